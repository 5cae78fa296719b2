"""Credential claims made in prose: training, certification, licence, membership,
years of experience and insurance, each with the sentence that makes it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from rapidfuzz import fuzz

from crawler.items import Credential

from . import foreign_claims
from .text import WORD_NUMBERS, normal_key, quote, words

_I = re.IGNORECASE
ROLE_LABEL_WORDS = 4  # a "sentence" this short naming no issuer, hours or year is a label
_NAME_WORD = r"(?:[A-Z][\w&'’.+-]*|[A-Z]{2,})"
_LINK = r"(?:of|for|and|&|the|de|du|des|in|on|at|der|van|von|di|da|del|della|do|dos)"
# (a word of praise before the body's name: "trained at the prestigious AUK Cosmetics")
_PRAISE = (
    r"(?:prestigious|renowned|world-renowned|world-famous|famous|acclaimed|respected|leading|"
    r"award-winning)"
)
ISSUER = (
    rf"(?:the\s+)?(?:{_PRAISE}\s+)?"
    rf"(?P<issuer>{_NAME_WORD}(?:\s+(?:{_LINK}\s+)*{_NAME_WORD}){{0,8}})"
)
_ISSUER_AFTER = re.compile(
    r"^[^.;]{0,50}?\b(?:by|from|through|thru|with|at|via|under|in|with\s+the)\s+" + ISSUER
)
_ISSUER_NEXT = re.compile(r"^\s*(?:(?:of|in|with|at|to)\s+)?" + ISSUER)
_ISSUER_BEFORE = re.compile(
    rf"(?P<issuer>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})[\s-]+(?:certified|accredited|licen[cs]ed"
    r"|trained|(?i:approved|trusted|vetted)|registered)\s*$"
)
_ORG = re.compile(
    rf"(?P<issuer>(?:{_NAME_WORD}\s+(?:{_LINK}\s+)*){{0,5}}(?:Academy|Academie|Institute|School|"
    r"College|University|Association|Society|Guild|Federation|Alliance|Council|Board|Department|"
    r"Agency|Authority|Commission|Foundation|Registry|Register|Program|Programme|Union|Scheme)\b"
    rf"(?:\s+(?:{_LINK}\s+)+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})?)"
)
_NOT_ISSUER = words(
    """the a an our we i me you he she they it this that his her their my your its fully
    professionally officially nationally internationally highly properly also proudly double
    triple dual newly recently currently both and am are is all state board his her
    certified licensed trained insured members member since in i'm i’m we're we’re im"""
)
# A jurisdiction that licenses: "licensed by the State of Florida" (an issuer, though a place)
_JURISDICTION = re.compile(
    r"\b(?:by|in|with|from|under)\s+(?:the\s+)?(?P<issuer>(?:State|Commonwealth|Province|City|"
    r"County|Government)\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_YEAR = re.compile(
    r"\b(?:in|since|class\s+of|graduated|completed|certified|qualified|trained|licen[cs]ed)\s+"
    r"(?:in\s+)?((?:19|20)\d{2})\b|\(((?:19|20)\d{2})\)",
    _I,
)
_HOURS = re.compile(
    r"\b(\d{2,4})\s*\+?\s*(?:-\s*)?(?:(?:supervised|practical|hands-on|training|classroom|"
    r"clinical|guided)\s+)?(?:hours?|hrs?\.?|hr)\b",
    _I,
)
_LICENCE_NUMBER = re.compile(
    r"(?i:\b(?:licen[cs]e|lic|registration|reg|permit|certificate|cert)\.?\s*"
    r"(?:no\.?|number|num\.?|#|id)?\s*[:#]?)\s*"
    r"(?P<num>(?:[A-Z]{1,6}/){0,2}[A-Z]{0,6}[-\s]?\d[\dA-Z-]{2,14})\b"
    r"|\b(?P<code>[A-Z]{2,6}-\d{3,9})\b"
)
_NEGATED = re.compile(
    r"\b(?:not|never|no|isn'?t|aren'?t|don'?t|doesn'?t|without|nor|neither|"
    r"isn’t|aren’t|don’t|doesn’t)\b[^.;,]{0,25}$",
    _I,
)
_ADVICE = re.compile(
    r"\b(?:make\s+sure|ask\s+(?:your|the|if|whether|about|for|them|"
    r"to\s+see(?!\s+(?:it|them|ours?|mine|my|our)\b))|look\s+for|"  # (not "ask to see it!")
    r"should\s+(?:be|have|always|only)|check\s+(?:that|whether|if|for|their)|ensure\s+(?:that|"
    r"your|the)|always\s+(?:choose|check|ask|look|verify)|never\s+(?:choose|go|trust)|"
    r"choose\s+an?\b|find\s+an?\b|when\s+(?:choosing|looking|selecting|searching)|beware|"
    r"be\s+wary|verify\s+(?:that|their|the)|must\s+be|it\s+is\s+important|it's\s+important|"
    r"is\s+your\s+(?:artist|practitioner)|unlicensed|uncertified|untrained)\b",
    _I,
)
# Someone's own asking, told as a story ("unless they ask for Jade"), is not advice to ask
_TOLD = re.compile(r"(?i)\b(?:they|he|she|clients?|customers?|people|who)\s+(?:\w+\s+)?$")


def _is_advice(sentence: str) -> bool:
    """Advice on choosing an artist ("ask your artist if ..."), whose credentials are no one's."""
    return any(
        not (m.group(0).lower().startswith("ask") and _TOLD.search(sentence[: m.start()]))
        for m in _ADVICE.finditer(sentence)
    )


_TRAINER = re.compile(
    r"\b(?:offer|offers|offering|provide|provides|teach|teaches|run|runs|host|hosts|book|enrol|"
    r"enroll|join|sign\s+up|register)\w*\b[^.]{0,40}\b(?:training|courses?|classes)\b",
    _I,
)
_TRAINEE = re.compile(r"\b(?:trained|graduat\w*|completed|studied|apprentic\w*)\b", _I)

KINDS: dict[str, re.Pattern[str]] = {
    "training": re.compile(
        r"\b(?:trained|training|apprentice(?:d|ship)?|residency|graduat(?:e|ed|ion)\s+(?:of|from)|"
        r"qualified\s+as\s+an?\s+(?=[a-z]+\s+(?:in|at|with|from)\s)|"
        r"studied|educated|mentored|learn(?:ed|t)\s+(?:smp|scalp\s+micro-?pigmentation|the\s+"
        r"(?:craft|trade))\s+(?:on|at|with|through|under|via|from|during)\b|"
        r"completed\s+(?:a|an|the|his|her|their|my|our)?\s*[^.]{0,60}?"
        r"(?:course|program|programme|apprenticeship|training)|"
        r"complet\w*\s+(?:a\s+minimum\s+of\s+|at\s+least\s+|over\s+)?\d{2,4}\s*(?:supervised\s+|"
        r"practical\s+|training\s+)?hours|\d{1,4}-hour\s+(?:\w+\s+){0,5}(?:module|course|workshop|"
        r"class|programme|program|intensive)|"
        # "after a weekend intensive", "a three-day intensive in Toronto": a course by its length
        r"(?:after|took|did|attended|completed)\s+(?:a|an|the)\s+(?:weekend|one-day|two-day|"
        r"three-day|[1-9]-day|week-long)\s+(?:intensive|course|workshop|class)|"
        r"(?:course|program|programme|apprenticeship|module|"
        r"workshop|diploma|certificate)\s*\(\s*\d{1,4}\s*(?:-\s*)?(?:hours?|hrs?)\b|(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})\s+"
        r"graduate)\b",
        _I,
    ),
    "certification": re.compile(
        r"\b(?:certified|certifications?|certificates?|accredited|accreditation|diplomas?|"
        r"qualifications\s+include|qualified\s+(?:as\s+an?\s+)?(?-i:[A-Z][\w-]*)|"
        # "holds a current infection control qualification (HLTINF006)"
        r"(?:holds?|held|has|had|have)\s+(?:a|an|the)\s+(?:current\s+|valid\s+)?"
        r"(?:[\w-]+\s+){0,4}qualification\b|"
        # a unit of competency held: "I hold the HLTINF006 infection prevention and control unit"
        r"(?:holds?|held|has|had|have|completed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?"
        r"(?:control|prevention|safety|hygiene|competency)\s+unit\b|"
        r"(?-i:(?:[A-Z]{2,7}|Dip\.)(?:\s*[,·•|/]\s*(?:[A-Z]{2,7}|Dip\.[^,·•|]{0,40})){2,}))",
        _I,
    ),
    "licence": re.compile(
        r"\b(?:licen[cs]ed|licen[cs]e|lic\.|permit\s*(?:no|number|#)|registered\s+(?:with|by)|"
        # "Our studio is permitted by the Allegheny County Health Department"
        r"permitted\s+by\s+(?=(?-i:(?:the\s+)?(?:(?:[A-Z][\w&'’-]*|of|and|&)\s+){0,6}"
        r"(?:Health|Council|Authority|Department|Board|Agency|Commission)\b))|"
        # "on Leicester City Council's register for skin piercing"
        r"\bon\s+(?:the\s+)?(?-i:(?:[A-Z][\w&'’-]*\s+){1,5}(?:Council|Authority|Board|"
        r"Department|Agency|Commission))['’]s?\s+(?:public\s+)?register\b|"
        # "registered tattoo artists with the Louisville Metro Department of Public Health"
        r"registered\s+(?:[\w-]+\s+){1,6}?(?:with|by)\s+(?=(?-i:(?:the\s+)?"
        r"(?:(?:[A-Z][\w&'’-]*|of|and|&)\s+){0,6}(?:Health|Council|Authority|Department|Board|"
        r"Agency|Commission)\b))|"
        r"(?:holds?|has|have|with)\s+(?:a|an|the|current|valid|full)\s+(?:[\w-]+\s+){0,6}"
        r"(?:permit|registration)\b|"
        r"registration\s*(?:no\.?|number|#)\s*[:#]?\s*(?=[A-Z]{0,6}[-\s]?\d)|"
        r"registered\s+(?:general\s+)?(?:nurse|midwife|pharmacist|dentist|physician)\b|"
        r"(?-i:[A-Z]{2,6})-registered\b|registered\s+(?:medical|health)\s+practitioners?\b|"
        r"inspected\s+(?:\w+\s+){0,3}(?=by\s+(?-i:(?:the\s+)?(?:(?:[A-Z][\w&'’-]*|of|and|&)\s+){0,5}"
        r"(?:Health|Council|Authority|Department|Board|Agency|Inspectorate|Services?)\b)))"
        r"(?!\s+plates?)",
        _I,
    ),
    "membership": re.compile(
        r"\b(?:members?(?:hip)?\s+(?:(?:studio|clinic|practice|salon|business)\s+)?"
        r"(?:of|in|with|at)|affiliated\s+with|belongs?\s+to|(?-i:Fellow)\s+of)\b"
        r"|^(?:proud\s+)?member\s*[,:–—]"
        # a scheme's vetting: "a Trading Standards approved trader", "a Which? Trusted Trader"
        r"|(?P<vetted>approved|trusted|vetted)\s+(?:traders?|members?|businesse?s?|providers?)\b"
        rf"|(?-i:(?P<issuer>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}))\s+member\b",
        _I,
    ),
    "experience": re.compile(
        r"\b(?:founded|created|opened|started|set\s+up|established)\b[^.]{0,60}?\b(?:over|more\s+than|"
        r"nearly|almost|about)?\s*(?P<ago>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|fifteen|twenty)\s+years?\s+ago\b|"
        r"\b(?:in|since)\s+(?P<became>(?:19|20)\d{2}),?\s+(?:i|we|he|she)\s*(?:'m\s+|’m\s+)?"
        r"(?:became|becam|started|began|opened|founded|qualified)\b|"
        r"\b(?:last|past)\s+(?P<last>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:years?\s+)?(?:i|we|he|she)(?:['’]ve|\s+have)?\s+(?:do|done|worked|work|perform|"
        r"practi[cs]e)\b|"
        r"\b(?:extensive|considerable|decades\s+of|many\s+years\s+of)\s+experience\b|"
        r"\b(?:an?\s+)?(?:extensive|considerable|long|strong|solid)\s+background\s+in\b|"
        r"\b(?:(?:performed|done|completed|treated|worked\s+on|carried\s+out)\s+(?:(?:a\s+little|"
        r"well|just)\s+)?(?:over|more\s+than|nearly|almost|about|around|at\s+least)?\s*"
        r"(?P<count>\d[\d,]{2,6})\+?|(?P<plus>\d[\d,]{2,6})\+)\s+(?:(?:smp|scalp|happy|new)\s+)?"
        r"(?:treatments|procedures|sessions|heads|scalps|clients|patients|hairlines)\b|"
        r"\b(?:over|more\s+than|nearly|almost|about|around|at\s+least)\s+(?P<done>\d[\d,]{2,6})\+?\s+"
        r"(?:smp\s+)?(?:treatments|procedures|sessions|heads|scalps|clients|hairlines)\s+"
        r"(?:treated|done|completed|performed|pigmented)\b|"
        r"^\W*(?:over|more\s+than)\s+(?P<served>\d[\d,]{2,6})\+?\s+(?:[a-z]+\s+){0,2}?"
        r"(?:clients|patients)\b|"  # a business's headline: "Over 150 happy clients!"
        r"\b(?P<decades>a\s+decade|two\s+decades|three\s+decades)\s+(?=as\s+an?\s|of\s|"
        r"(?:speciali[sz]|practi[cs]|working|tattooing|performing|doing)\w*\s+(?:in\s+)?\w)|"
        r"\b(?P<qual>over|more\s+than|nearly|almost|about|around|at\s+least|approximately|"
        r"close\s+to|some)?\s*(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
        r"thirty|a\s+decade|two\s+decades)\s*\+?\s*(?:full\s+)?(?:years?|yrs?|decades?)(?:'|’)?(?!\w)"
        r"|\b(?:since|established\s+in|est\.|founded\s+in|in\s+business\s+since)\s*"
        r"(?P<since>(?:19|20)\d{2})\b",
        _I,
    ),
    "insurance": re.compile(
        r"\b(?:fully\s+insured|(?:are|is|am|we're|we’re|i'm|i’m)\s+(?:fully\s+|properly\s+)?"
        r"insured|insured\s+(?:and|&)\s+(?:licen[cs]ed|bonded|certified)|"
        r"(?:licen[cs]ed|bonded|certified|trained|qualified|experienced),?\s+(?:(?:and|&)\s+)?"
        r"insured|"
        r"(?:public|professional|general|medical)?\s*(?:liability|indemnity|malpractice)\s+"
        r"(?:(?:and|&)\s+(?:[\w-]+\s+){1,2})?(?:insurance|coverage|cover)|"
        r"carr(?:y|ies)\s+(?:full\s+)?insurance)\b",
        _I,
    ),
}
_ANY_TRIGGER = re.compile(
    r"train|graduat|studied|educated|mentored|apprentic|complet|certif|accredit|diploma|licen|"
    r"hour|module|performed|done|treated|worked|qualif|ago|became|becam|experience|last|past|"
    r"residenc|decade|background|\d\+|learn|fellow|clients|patients|"
    r"(?-i:[A-Z]{2,7}\s*[,·•])|"
    r"lic\.|permit|regist|member|affiliat|belong|approved|trusted|vetted|\bunit\b|year|decade|"
    r"since|establish|est\.|founded|intensive|workshop|"
    r"insur|indemnity|liabil|malpractice|inspected",
    _I,
)
_EXPERIENCE_CONTEXT = re.compile(
    r"\b(?:experience\w*|practi[cs]\w*|industry|business|field|trade|perform\w*|tattoo\w*|"
    r"micropigment\w*|smp|doing|speciali[sz]\w*|working|career|serving|helping|artist|clinic|"
    r"trading|established|providing|perfecting|treating|transforming|expert\w*|worked|work|"
    r"scalps?|heads|clients|sessions|barber\w*|cutting\s+hair|tattooist|technician|as\s+an?|team|"
    r"medicine|nurs\w*|aesthetic\w*|cosmetic\w*|beauty|dermatolog\w*|tricholog\w*|"
    r"hair[\s-]loss|hair\s+restoration)\b",
    _I,
)
_SPECIFIC_TRAINING = re.compile(
    r"\b(?:course|program|programme|academy|apprentic\w*|hands-on|certif\w*|under|comprehensive|"
    r"extensive|formal|rigorous|theoretical|practical|in-depth)\b",
    _I,
)
_PRACTISING = re.compile(
    r"\b(?:practi[cs]\w*|tattoo\w*|perform\w*|doing|done|providing|offering|serving|work(?:ing|ed)|"
    r"trading|operating|speciali[sz]\w*|helping|treating|pigmenting|artist|been\s+in|"
    r"(?:i|we|she|he)\s+(?:do|does))\b",  # "I do permanent makeup since 2012"
    _I,
)
_WE_PRACTISE = re.compile(
    r"^[,\s]*(?:we|i|our\s+\w+|(?-i:[A-Z][a-z]+))\s*(?:have|has|'ve|’ve)\s+(?:been\s+\w+|"
    r"treated|done|performed|pigmented|worked|tattooed)",
    _I,
)
_NOT_EXPERIENCE = re.compile(
    r"\b(?:old|ago|last(?:s|ed|ing)?|fade[sd]?|fading|longevity|guarantee[sd]?|warranty|later|"
    r"healed|healing|norwood|"
    r"after|until|every|touch[\s-]?ups?|age[sd]?|aged|retain\w*|durab\w*|lifetime|up\s+to)\b",
    _I,
)
# a time to come: "would look wrong in ten years"
_IN_FUTURE = re.compile(
    r"(?i)\b(?:will|would|won['’]t|wouldn['’]t|['’]ll|going\s+to|might|could|may)\b"
    r"[^.;]*\bin\s*$"
)
_CERT_NOT_PERSON = re.compile(
    r"\bgift\s+certificates?|certified\s+(?:organic|vegan|pigments?|inks?|products?|needles?|"
    r"equipment|machines?|pre-owned|reviews?|ratings?|buyers?|customers?|purchases?)|"
    r"certificate\s+of\s+(?:authenticity|analysis)",
    _I,
)


def find_claims(sentences: Iterable[str], now: datetime | None = None) -> list[Credential]:
    """Every credential claim in these sentences (not yet deduplicated)."""
    now = now or datetime.now()
    claims: list[Credential] = []
    for sentence in sentences:
        if len(sentence) < 8 or sentence.rstrip().endswith("?"):
            continue
        found: list[Credential] = []
        if _ANY_TRIGGER.search(sentence) and not _is_advice(sentence):
            found = [c for kind, p in KINDS.items() if (c := _claim(kind, p, sentence, now))]
        kinds = {c.kind for c in found}  # then what a sentence in another language claims
        found += [c for c in foreign_claims.find(sentence, now) if c.kind not in kinds]
        claims.extend(found)
    return claims


def _claim(kind: str, pattern: re.Pattern[str], sentence: str, now: datetime) -> Credential | None:
    for match in pattern.finditer(sentence):
        if _NEGATED.search(sentence[max(0, match.start() - 40) : match.start()]):
            continue
        maker = _MAKERS[kind]
        claim = maker(match, sentence, now)
        if claim:
            return claim
    return None


def _training(match: re.Match[str], sentence: str, now: datetime) -> Credential | None:
    if _TRAINER.search(sentence) and not _TRAINEE.search(sentence):
        return None
    if re.search(
        r"(?i)\b(?:fully|professionally|highly|extensively|properly)\s+trained\b", sentence
    ):
        return _make("training", sentence, match, hours=_hours(sentence), year=_year(sentence, now))
    issuer = _issuer_after(sentence, match.end()) or _org_in(sentence)
    hours = _hours(sentence)
    year = _year(sentence, now)
    if match.group(0).lower() == "training":  # the noun alone says little
        finished = re.search(r"(?i)\b(?:finished|completed)\s+(?:\w+\s+)?training\b", sentence)
        if not (issuer or hours or (year and finished)):  # "finished his training in 2024"
            return None
    elif len(sentence.split()) <= ROLE_LABEL_WORDS and not (issuer or hours or year):
        return None  # "Apprentice · Melbourne": a role on a card, not a claim of training
    elif not (
        issuer
        or hours
        or year
        or _SPECIFIC_TRAINING.search(sentence)
        or _trained_in_place(sentence, match.end())
    ):
        return None
    return _make("training", sentence, match, issuer=issuer, hours=hours, year=year)


_IN_PLACES = re.compile(
    r"\bin\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)*)"
)


def _trained_in_place(sentence: str, end: int) -> bool:
    """ "Trained ... in Brazil and Turkey": where the training was is a specific claim."""
    match = _IN_PLACES.search(sentence, end, min(len(sentence), end + 60))
    return bool(match) and _is_place(match.group(1))


_CODES = frozenset(
    [
        "USA",
        "US",
        "UK",
        "EU",
        "GB",
        "CA",
        "AU",
        "NZ",
        "IE",
        "USD",
        "GBP",
        "EUR",
        "AUD",
        "CAD",
        "FAQ",
        "SMP",
        "PMU",
        "UV",
        "LED",
        "TV",
        "PR",
    ]
)


def _certification(match: re.Match[str], sentence: str, now: datetime) -> Credential | None:
    if _CERT_NOT_PERSON.search(sentence):
        return None
    letters = re.findall(r"\b[A-Z]{2,7}\b", match.group(0))
    if len(letters) >= 2 and not re.search(r"(?i)certif|accredit|diploma|qualif", match.group(0)):
        # post-nominal letters: after a person's name or on a line of their own
        before = sentence[: match.start()].rstrip(" ,")
        named = re.search(r"(?:Dr\.?|[A-Z][a-z]+)\s+[A-Z][a-z]+$", before)
        if set(letters) & _CODES or not (named or not before):
            return None
    issuer = (  # "a Stipple Academy certified Practitioner ... in SMP": the name just before
        _issuer_before(sentence, match.end())
        or _issuer_after(sentence, match.end())
        or _org_in(sentence)
    )
    return _make(
        "certification",
        sentence,
        match,
        issuer=issuer,
        hours=_hours(sentence),
        year=_year(sentence, now),
    )


def _licence(match: re.Match[str], sentence: str, now: datetime) -> Credential | None:
    if re.search(
        r"\b(?:driver'?s?|driving|software|creative\s+commons|music|image)\s+licen", sentence, _I
    ):
        return None
    jurisdiction = _JURISDICTION.search(sentence[match.end() : match.end() + 40])
    by = re.search(r"(?i)\b(?:with|by)$", match.group(0))  # "registered with Derby City Council"
    issuer = (
        _org_in(sentence[: match.end()])  # "holds an Arizona Board of ... licence"
        or (jurisdiction.group("issuer") if jurisdiction else None)
        or (_issuer_after(sentence, match.end(), joiner=False) if by else None)
        or _issuer_after(sentence, match.end())
        or _issuer_before(sentence, match.end())
        or _licensing_org(sentence)
    )
    number = _number(sentence)
    held = re.search(
        r"(?i)\b(?:hold|holds|held|have|has)\s+(?:an?\s+|their\s+|his\s+|her\s+)?(?:active|valid|"
        r"current|full)?\s*(?:[\w-]+\s+){0,4}licen[cs]es?\b",
        sentence,
    )
    if re.fullmatch(r"(?i)licen[cs]e", match.group(0)) and not (issuer or number or held):
        return None  # "a surgeon's licence might be revoked": a licence, not a claim to one
    return _make(
        "licence",
        sentence,
        match,
        issuer=issuer,
        licence_number=number,
        year=_year(sentence, now),
    )


def _membership(match: re.Match[str], sentence: str, now: datetime) -> Credential | None:
    vetted = match.group("vetted")
    candidates = [
        _clean_issuer(match.group("issuer")),
        _issuer_before(sentence, match.start("vetted") + len(vetted)) if vetted else None,
        _issuer_after(sentence, match.end(), joiner=False),
        _org_in(sentence[match.start() :]),
    ]
    issuer = next((c for c in candidates if c and (_is_org(c) or _named_body(c))), None)
    if not issuer:
        return None
    return _make("membership", sentence, match, issuer=issuer, year=_year(sentence, now))


def _named_body(name: str) -> bool:
    """A body one is a member of, named in capitals though not as an Association ("Pigment
    Artists Aotearoa"): two words or more, not a person's name nor a place."""
    from .people import is_given_name

    words = name.split()
    return len(words) >= 2 and not is_given_name(words[0]) and not _is_place(name)


def _experience(match: re.Match[str], sentence: str, now: datetime) -> Credential | None:
    if match.group("decades"):  # "after a decade as a barber"
        years = {"a": 10, "two": 20, "three": 30}[match.group("decades").split()[0].lower()]
        return _make("experience", sentence, match, years=years)
    if (
        match.group("count")
        or match.group("plus")
        or match.group("done")
        or match.group("served")
        or re.search(r"(?i)(?:experience|background\s+in)$", match.group(0))
    ):
        return _make("experience", sentence, match)  # "over 1,500 treatments", "extensive"
    for group in ("ago", "last"):
        if match.group(group):
            n = match.group(group).lower()
            years = WORD_NUMBERS.get(n) or (int(n) if n.isdigit() else 0)
            return _make("experience", sentence, match, years=int(years)) if years else None
    if match.group("became"):
        years = now.year - int(match.group("became"))
        return _make("experience", sentence, match, years=years) if 0 < years <= 70 else None
    if match.group("since"):
        years = now.year - int(match.group("since"))
        explicit = re.match(r"(?i)established|est\.|founded|in\s+business", match.group(0))
        before = sentence[max(0, match.start() - 50) : match.start()]
        after = sentence[match.end() : match.end() + 60]
        if not (explicit or _PRACTISING.search(before) or _WE_PRACTISE.search(after)):
            return None
    else:
        window = sentence[max(0, match.start() - 25) : match.end() + 25]
        career = re.match(
            r"\s+(?:as|of)\s+an?\s+", sentence[match.end() :]
        )  # "eight years as a barber"
        if (_NOT_EXPERIENCE.search(window) and not career) or not _EXPERIENCE_CONTEXT.search(
            sentence
        ):
            return None
        if _IN_FUTURE.search(sentence[max(0, match.start() - 80) : match.start()]) and not re.match(
            r"\W*(?:of|as)\b", sentence[match.end() :]
        ):
            return None  # "a lower hairline would look wrong in ten years": a time to come
        n = match.group("n").lower()
        years = WORD_NUMBERS.get(" ".join(n.split()), None) or (int(n) if n.isdigit() else 0)
        if "decade" in match.group(0).lower() and "decade" not in n:
            years *= 10
    if not 0 < years <= 70:
        return None
    return _make("experience", sentence, match, years=years)


def _insurance(match: re.Match[str], sentence: str, now: datetime) -> Credential | None:
    return _make("insurance", sentence, match)


_MAKERS = {
    "training": _training,
    "certification": _certification,
    "licence": _licence,
    "membership": _membership,
    "experience": _experience,
    "insurance": _insurance,
}


def _make(kind: str, sentence: str, match: re.Match[str], **fields: object) -> Credential:
    return Credential(kind=kind, text=quote(sentence, match.start(), match.end()), **fields)


_ANOTHER_CLAIM = re.compile(
    r"\b(?:certified|certificate|accredited|licen[cs]ed|trained|training|registered|qualified|"
    r"diploma|member)\b",
    re.I,
)


def _issuer_after(sentence: str, end: int, joiner: bool = True) -> str | None:
    """The body named after the claim's words, unless another claim's words come between
    ("State licensed & certified at X Academy": the academy certified, not licensed)."""
    pattern = _ISSUER_AFTER if joiner else _ISSUER_NEXT
    match = pattern.search(sentence[end:])
    if not match or _ANOTHER_CLAIM.search(sentence[end : end + match.start("issuer")]):
        return None
    return _clean_issuer(match.group("issuer"))


def _is_org(name: str) -> bool:
    return bool(_ORG.search(name) or re.fullmatch(r"[A-Z]{2,8}", name))


def _issuer_before(sentence: str, end: int) -> str | None:
    match = _ISSUER_BEFORE.search(sentence[max(0, end - 120) : end])
    return _clean_issuer(match.group("issuer")) if match else None


def _licensing_org(sentence: str) -> str | None:
    """A body named in a licence's sentence that can license: not a school ("licensed and
    certified by X Academy": the academy certified)."""
    issuer = _org_in(sentence)
    return None if issuer and _SCHOOL.search(issuer) else issuer


_SCHOOL = re.compile(r"\b(?:academy|academie|institute|school|college|university)\b", re.I)


def _org_in(sentence: str) -> str | None:
    match = _ORG.search(sentence)
    return _clean_issuer(match.group("issuer")) if match else None


def _clean_issuer(issuer: str | None) -> str | None:
    if not issuer:
        return None
    words = issuer.strip(" .,'’-").split()
    while words and (words[0].lower() in _NOT_ISSUER or re.fullmatch(_LINK, words[0], _I)):
        words.pop(0)
    while words and (words[-1].lower() in _NOT_ISSUER or re.fullmatch(_LINK, words[-1], _I)):
        words.pop()
    text = " ".join(words).removesuffix("'s").removesuffix("’s").strip(" .,")
    if not text or text.lower() in _NOT_ISSUER or re.fullmatch(r"(?:19|20)\d{2}", text):
        return None
    if text.upper() in _CODES:  # "specialised in SMP": a trade or a country code, no issuer
        return None
    if _is_place(text):  # "in Colorado Springs", "Brazil and Turkey": where, not who
        return None
    return text


def _is_place(text: str) -> bool:
    from .brand import key_of, place_names

    places = place_names()
    parts = [p for p in re.split(r"\s*(?:,|\band\b|&)\s*", text) if p]
    return bool(parts) and all(key_of(p) in places for p in parts)


def _hours(sentence: str) -> int | None:
    match = _HOURS.search(sentence)
    return int(match.group(1)) if match and 8 <= int(match.group(1)) <= 5000 else None


def _year(sentence: str, now: datetime) -> int | None:
    for match in _YEAR.finditer(sentence):
        year = int(match.group(1) or match.group(2))
        if 1950 <= year <= now.year:
            return year
    return None


def _number(sentence: str) -> str | None:
    for match in _LICENCE_NUMBER.finditer(sentence):
        number = (match.group("num") or match.group("code") or "").strip()
        if number and not re.fullmatch(r"(?:19|20)\d{2}", number):
            return number
    return None


def dedupe(claims: Iterable[Credential]) -> list[Credential]:
    """One claim per holder, kind and sentence: a claim repeated on a page (or whose
    sentence is part of another's) is kept once, with the details either gives."""
    out: list[Credential] = []
    keys: list[tuple[str, str, str]] = []
    claims = list(claims)
    for claim in [c for c in claims if not _bare(c)] + [c for c in claims if _bare(c)]:
        key = (claim.kind, normal_key(claim.holder or ""), normal_key(claim.text))
        if _bare(claim):  # "Certified." says nothing another claim of its kind does not
            twin = next((i for i, k in enumerate(keys) if k[:2] == key[:2]), None)
            if twin is not None:
                _fill(out[twin], claim)
                continue
        twin = next(
            (
                i
                for i, (kind, holder, text) in enumerate(keys)
                if (kind, holder) == key[:2]
                and (
                    text == key[2]
                    or (min(len(text), len(key[2])) >= 20 and (text in key[2] or key[2] in text))
                )
                and (
                    not out[i].issuer
                    or not claim.issuer
                    or _same_issuer(out[i].issuer, claim.issuer)
                )
            ),
            None,
        )
        if twin is None:
            out.append(claim)
            keys.append(key)
        else:
            _fill(out[twin], claim)
    return out


def _bare(claim: Credential) -> bool:
    details = (claim.issuer, claim.hours, claim.years, claim.licence_number, claim.year)
    return all(v is None for v in details) and len(claim.text.split()) < 6


def _same_issuer(a: str | None, b: str | None) -> bool:
    ka, kb = normal_key(a or ""), normal_key(b or "")
    ka, kb = ka.removeprefix("the"), kb.removeprefix("the")
    return ka == kb or (min(len(ka), len(kb)) >= 6 and fuzz.ratio(ka, kb) >= 90)


def _fill(target: Credential, other: Credential) -> None:
    for name in ("issuer", "hours", "years", "licence_number", "year"):
        if getattr(target, name) is None and getattr(other, name) is not None:
            setattr(target, name, getattr(other, name))
