"""The passages of a hit that match the query, as plain text with the matches marked.

A highlight is a list of (text, is_match) fragments, so the web escapes the text and
wraps matches in <mark> itself; joined, the fragments are the plain passage.
"""

from __future__ import annotations

from index.analysis import SYNONYMS
from index.documents import ANALYZER
from index.normalize import fold

MAX_HIGHLIGHTS = 3
WINDOW = 240  # characters of context shown per passage
LEAD = 60  # characters shown before the first match
MAX_ANALYSED = 4  # passages analysed per hit, the most promising first
SOURCES = ("reviews", "claims", "signals")

Fragments = list[tuple[str, bool]]


def highlights(
    passages: dict[str, list[str]],
    terms: set[str],
    phrases: list[tuple[str, ...]] = (),  # type: ignore[assignment]
    limit: int = MAX_HIGHLIGHTS,
) -> list[Fragments]:
    """The best matching passages (most distinct query terms, whole phrases first)."""
    if not terms:
        return []
    probes = _probes(terms)
    # A cheap substring test ranks the passages; only the most promising are analysed.
    promising: list[tuple[int, int, str]] = []
    order = 0
    for source in SOURCES:
        for text in passages.get(source, []):
            order += 1
            lower = text.lower() if text.isascii() else fold(text)
            found = sum(1 for p in probes if p in lower)
            if found:
                promising.append((-found, order, text))
    promising.sort()
    scored: list[tuple[int, int, Fragments]] = []
    for _, order, text in promising[:MAX_ANALYSED]:
        match = _match(text, terms, phrases)
        if match is not None:
            scored.append((-match[0], order, _fragments(text, match[1])))
    scored.sort(key=lambda s: (s[0], s[1]))
    return [fragments for _, _, fragments in scored[:limit]]


def _probes(terms: set[str]) -> set[str]:
    """Substrings a passage must contain to possibly hold a term (stems end differently)."""
    probes = {t[: max(3, min(len(t) - 1, 5))] for t in terms}
    for term in terms & SYNONYMS.keys():
        probes.update(member[0][:5] for member in SYNONYMS[term])
    return probes


def plain(fragments: Fragments) -> str:
    return "".join(text for text, _ in fragments)


def _match(
    text: str, terms: set[str], phrases: list[tuple[str, ...]]
) -> tuple[int, list[tuple[int, int]]] | None:
    tokens = [(t.text, t.startchar, t.endchar) for t in ANALYZER(text, chars=True)]
    spans = [(start, end) for word, start, end in tokens if word in terms]
    if not spans:
        return None
    distinct = {word for word, _, _ in tokens if word in terms}
    score = 10 * len(distinct)
    words = [word for word, _, _ in tokens]
    for phrase in phrases:
        n = len(phrase)
        if any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)):
            score += 20 * n
    return score, spans


def _fragments(text: str, spans: list[tuple[int, int]]) -> Fragments:
    start, end = _window(text, spans[0][0])
    out: Fragments = []
    if start > 0:
        out.append(("…", False))
    pos = start
    for s, e in spans:
        if s < pos or e > end:
            continue
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < end:
        out.append((text[pos:end], False))
    if end < len(text):
        out.append(("…", False))
    return _merge(out)


def _window(text: str, first: int) -> tuple[int, int]:
    """A window of about WINDOW characters starting a little before the first match."""
    if len(text) <= WINDOW:
        return 0, len(text)
    start = max(0, first - LEAD)
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + WINDOW)
    if end < len(text):
        space = text.rfind(" ", max(first + 1, end - 40), end)
        end = space if space != -1 else end
    return start, end


def _merge(fragments: Fragments) -> Fragments:
    out: Fragments = []
    for text, is_match in fragments:
        if out and out[-1][1] == is_match and not is_match:
            out[-1] = (out[-1][0] + text, False)
        elif text:
            out.append((text, is_match))
    return out
