"""Which services of the contract's vocabulary a practitioner's words offer.

A mention only counts when its clause does not deny it: "we do not offer laser removal",
"non-laser removal" and "an alternative to laser" do not give `removal-laser`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vetting.vocabulary import SERVICES

_I = re.IGNORECASE
PATTERNS: dict[str, list[re.Pattern[str]]] = {
    "smp": [
        re.compile(r"\bscalp\s+micro[\s-]?pigment(?:ation|ing)?\b", _I),
        re.compile(r"\bscalp\s+(?:pigmentation|tattoo(?:ing)?|tricho[\s-]?pigmentation)\b", _I),
        re.compile(r"\bhair\s+(?:follicle\s+)?(?:tattoo(?:ing|s)?|pigmentation)\b", _I),
        re.compile(r"\bmicro[\s-]?hair\s+(?:pigmentation|technique)\b", _I),
        re.compile(r"\bsmp\b", _I),
    ],
    "hairline": [
        re.compile(r"\bhair[\s-]?lines?\b", _I),
        re.compile(r"\bfront(?:al)?\s+line\s+(?:design|restoration)\b", _I),
    ],
    "density": [
        re.compile(r"\bdensity\b", _I),
        re.compile(r"\bthinn(?:ing|er)\s+hair\b|\bhair\s+thinning\b|\bdiffuse\s+thinning\b", _I),
        re.compile(r"\b(?:thickening|thicker[\s-]looking)\b", _I),
    ],
    "scar-camouflage": [
        re.compile(
            r"\bscars?\s+(?:camouflage|concealment|cover(?:age|[\s-]?up)?|coverup|"
            r"blending|disguise|treatment)\b",
            _I,
        ),
        re.compile(
            r"\b(?:camouflag|conceal|hid(?:e|ing)|disguis|cover|blend)\w*\s+"
            r"(?:\w+\s+){0,4}?scars?\b",
            _I,
        ),
        re.compile(r"\b(?:FUT|FUE|strip|transplant|surgical)\s+scars?\b", _I),
    ],
    "alopecia": [re.compile(r"\balopecia\b", _I)],
    "female": [
        re.compile(r"\b(?:women|woman|female|ladies|lady)(?:'s|’s)?\b", _I),
        re.compile(r"\bfor\s+her\b", _I),
    ],
    "correction": [
        re.compile(
            r"\b(?:smp|micropigmentation|pigmentation|tattoo)\s+(?:correction|repair|"
            r"fix(?:es|ing)?|revision)s?\b",
            _I,
        ),
        re.compile(r"\bcorrect(?:ion|ive|ing)\b", _I),
        re.compile(
            r"\b(?:fix|repair|redo|revis)\w*\s+(?:\w+\s+){0,2}?(?:bad|botched|poor|"
            r"failed|previous|old|unwanted|someone\s+else's)\b",
            _I,
        ),
        re.compile(r"\bcover[\s-]?ups?\s+of\b|\bbad\s+smp\s+(?:repair|fix)", _I),
    ],
    "removal-laser": [
        re.compile(
            r"\b(?P<k>laser)\b(?:[^.;]{0,60}?)\bremov\w*|"
            r"\bremov\w*\b(?:[^.;]{0,40}?)\b(?P<k2>laser)\b",
            _I,
        ),
        re.compile(
            r"\b(?:pico\s?sure|pico\s?way|picosecond|q[\s-]?switch(?:ed)?|"
            r"nd:?\s?yag)\b",
            _I,
        ),
        re.compile(r"\blaser\s+(?:tattoo\s+)?(?:fading|lightening|treatments?|sessions?)\b", _I),
    ],
    "removal-saline": [
        re.compile(r"\bsaline\b", _I),
        re.compile(r"\bli[\s-]?ft\b", _I),
    ],
    "removal-undo": [
        re.compile(r"\bUNDO\b(?:\s+(?:SMP|removal|method|system|treatment))?"),
        re.compile(r"\bundo\s+(?:smp\s+)?(?:removal|method|system)\b", _I),
        re.compile(r"\bderacination\b", _I),
    ],
}
_CLAUSE = re.compile(
    r"[;:(),\n]|"
    r"\b(?:but|however|whereas|although)\b|[.!?](?:\s|$)",
    _I,
)
_NEGATION_BEFORE = re.compile(
    r"\b(?:not|no|never|nor|neither|without|instead\s+of|rather\s+than|alternative\s+to|"
    r"alternatives\s+to|unlike|avoid|avoids|avoiding|free\s+of|no\s+longer|cannot|can't|"
    r"can’t|won't|won’t|don't|don’t|doesn't|doesn’t|isn't|isn’t|aren't|aren’t)\b[^.;]*$"
    r"|\bnon-?$",
    _I,
)
_AND = re.compile(r".*\band\s", _I | re.S)
_NEGATION_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:is|are)\s+(?:not|no\s+longer)\s+(?:offered|available|provided|something)"
    r"|^[\s-]*free\b|^[^.;]{0,40}\b(?:not\s+(?:offered|available|provided)|we\s+(?:do\s+not|"
    r"don't|don’t)\s+(?:offer|do|provide))",
    _I,
)


_ANY = re.compile(
    r"smp|scalp|hair|densit|thin|scar|alopecia|wom[ae]n|female|lad(?:y|ies)|\bher\b|correct|"
    r"fix|repair|redo|revis|cover|laser|pico|switch|yag|saline|li.?ft|undo|deracination|"
    r"pigment|tattoo",
    _I,
)


def offered(text: str, start: int, end: int) -> bool:
    """True when the words at [start, end) are not denied within their clause."""
    window = max(0, start - 200)
    clause_start = window
    for match in _CLAUSE.finditer(text, window, start):
        clause_start = match.end()
    before = text[clause_start:start]
    joined = _AND.match(before)
    if joined:
        before = before[joined.end() :]
    if _NEGATION_BEFORE.search(before):
        return False
    next_clause = _CLAUSE.search(text, end, end + 200)
    after = text[end : next_clause.start() if next_clause else end + 200]
    return not _NEGATION_AFTER.search(after)


def _key_span(match: re.Match[str]) -> tuple[int, int]:
    for group in ("k", "k2"):
        if group in match.re.groupindex and match.group(group):
            return match.span(group)
    return match.span()


def services_in(texts: Iterable[str], names: Iterable[str] = ()) -> list[str]:
    """The services offered in these texts, in vocabulary order; 'smp' also from names."""
    found: set[str] = set()
    text = "\n".join(t for t in texts if t)
    if not _ANY.search(text):
        text = ""
    for service, patterns in PATTERNS.items():
        for pattern in patterns:
            if any(offered(text, *_key_span(m)) for m in pattern.finditer(text)):
                found.add(service)
                break
    if any("smp" in (name or "").lower() for name in names):
        found.add("smp")
    return [s for s in SERVICES if s in found]
