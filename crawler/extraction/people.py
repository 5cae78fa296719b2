"""The practitioners a page introduces, each with the part of the page about them.

A person is found by cues a reader uses, weighed together, never by layout alone:
- the text reads as a personal name (capitalised words, no business or service words),
  and its first word is a known given name (US census lists, `names` package);
- a role beside it ("Eric - Tattoo Artist", "Dr Jane Roe, Medical Director") or in its
  card ("lead artist", "founder", "barber", "Tätowiererin");
- a self-introduction ("Hi, I'm Dana", "Mein Name ist Holger", "Je suis Céline");
- a team section (a heading or a class saying team, artists, staff, barbers, meet);
- sibling cards of the same shape each naming someone; a link to a page of their own;
- a card that speaks of them (the name again, he/she/they).
Testimonials, reviews and quotes are never a source of people, nor are navigation labels,
packages, prices or the business's own name. Staff who do not treat clients (reception,
coordinators) are left out.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from lxml import etree

from .document import SKIP_TAGS, Document, element_text, in_chrome, squash, text_blocks
from .text import REVIEW_WORD, words

MIN_SCORE = 4  # cues needed for a name of two words or more
MIN_SCORE_ONE_WORD = 5  # and for a first name alone
MAX_CARD_WORDS = 250  # a card longer than this is a page section, not one person's card
_CAPITAL = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]")
_INLINE_HEADS = ("h1", "h2", "h3", "h4", "h5", "h6")
_INLINE = words("a span strong b em i small br sup sub abbr u font mark")
_CANDIDATE_TAGS = words(
    "h1 h2 h3 h4 h5 h6 strong b dt a p span figcaption td th li div label em header"
)
_TITLE = r"(?:(?:Dr|Dra|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)"
_NAME_WORD = (  # Ana, O'Connor, McLeod, Smith-Jones, J., DUBOIS
    r"[A-ZÀ-ÖØ-Þ](?:['’][A-ZÀ-ÖØ-Þ]|a?c[A-Z])?[a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
    r"|[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ]{2,}"
)
_PARTICLE = (
    r"(?:de|da|do|dos|das|del|della|di|du|la|las|los|le|van|von|der|den|ter|bin|al|el|mc|o')"
)
PERSON = (
    rf"(?P<title>{_TITLE})?"
    rf"(?P<name>(?:{_NAME_WORD})(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:{_NAME_WORD})){{0,3}})"
    r"(?P<post>,?\s+(?:M\.?D\.?|R\.?N\.?|D\.?O\.?|Ph\.?D\.?|NP|PA-C|(?-i:[A-Z]{3,6}(?:-[A-Z]{1,3})?))"
    r"(?:,?\s+(?-i:[A-Z]{2,6}(?:-[A-Z]{1,3})?)\b)*\b)?"  # post-nominals: BSN, FNP-C, RGN (not "MI")
)
_ROLE_SEP = r"\s*(?:[,–—|:·•(]|\s-\s|\s+-\s+|-\s)\s*"
_LABEL = re.compile(
    r"^(?i:(?:meet|about|introducing|hi,?\s+i'?m|hello,?\s+i'?m)\s+(?:(?:our|the)\s+\w+\s+)?)?"
    rf"{PERSON}(?:{_ROLE_SEP}(?P<role>[^)]{{2,70}})\)?)?$"
)
_SELF_INTRO = re.compile(
    r"(?i:(?:^|[.!?:]\s+|\b(?:hi|hello|hey|hiya|howdy|g['’]day|kia\s+ora|greetings|hallo|"
    r"hola|bonjour|cześć|olá|oi)[,!]?\s+)"
    r"(?:i['’]m|i\s+am|my\s+name\s+is|my\s+name's|ich\s+bin|mein\s+name\s+ist|ich\s+heiße|"
    r"je\s+suis|je\s+m'appelle|moi\s+c'est|me\s+llamo|soy|mi\s+nombre\s+es|eu\s+sou|"
    r"meu\s+nome\s+é|sou\s+a|sou\s+o|jestem|nazywam\s+się|mam\s+na\s+imię)\s+)"
    + PERSON.replace("(?P<title>", "(?P<t>")
    .replace("(?P<post>", "(?P<p>")
    .replace("(?P<name>", "(?P<intro>")
)
# A business attributed to its person: "Owner-operated by Kyle Naidoo.", "Owner/artist Dre
# Pittman.", "Owned and run by Sam Ito, who ..."
_OWNED_BY = re.compile(
    r"(?i:\b(?:owner|founder)[\s-]+(?:operated|run|led)\s+by|"
    r"\b(?:owned\s+(?:and|&)\s+(?:operated|run)|run|founded|owned|operated)\s+by|"
    r"(?:^|[.!?]\s+)(?:owner|founder|lead\s+artist)"
    r"(?:\s*[/&]\s*(?:lead\s+)?(?:artist|owner|founder|operator|practitioner))?:?)\s+"
    + PERSON.replace("(?P<title>", "(?P<t>")
    .replace("(?P<post>", "(?P<p>")
    .replace("(?P<name>", "(?P<owner>")
    + r"(?=\s*(?:[.,;!]|$)|\s+(?:who|in|since)\b)"
)
# What someone runs who runs the desk, not the business: "Our office is run by ..."
_RUNS_THE_DESK = re.compile(
    r"\b(?:office|front\s+desk|reception|bookings?|admin\w*|diary|accounts|schedul\w+)"
    r"(?:\s+(?:is|are|gets?))?\s*$",
    re.I,
)
# A person who is the subject of a sentence about their work: "Beth has trained at ...",
# "Our founder Erik Lindqvist opened ...", "Dr. Soni, New York's ..., holds ...".
SUBJECT = re.compile(
    rf"^(?:(?i:our|unsere?r?|notre|nuestro|nuestra)\s+(?:\w+\s+){{0,3}}"
    r"|(?i:owner(?:[\s-]operator)?|founder|co-founder|lead\s+artist|artist|practitioner|"
    r"director)\s+)?"
    rf"{PERSON}"
    r"(?=\s*(?:,|\s(?:is|has|holds|was|founded|started|opened|created|trained|completed|"
    r"studied|graduated|became|brings|joined|learned|learnt|qualified|earned|received|leads|"
    r"specializes|specialises|performs|creates|offers|works|has\s+been|ist|hat|verfügt|"
    r"grew|spent|began|came|moved|discovered|switched|turned|"
    r"arbeitet|est|a|travaille|es|tiene|ofrece|trabaja|realiza|jest)\b))"
)
WORK = re.compile(
    r"\b(?:trained|training|certified|licen[cs]ed|qualified|founded|opened|created|studio|clinic|"
    r"artist|practitioner|experience|years|specialis|specializ|performed|treatments?|clients|"
    r"procedures?|smp|micropigmentation|tattoo\w*|piercing|injector|physician|doctor|nurse|"
    r"member|diploma|course|academy|apprentic\w*)\b",
    re.I,
)
ROLES = re.compile(
    r"\b(?:(?:lead|senior|head|master|principal|resident|junior|chief|licen[cs]ed|certified)\s+)?"
    r"(?:artists?|founder|co-?founder|owner|co-?owner|proprietor|director|technician|tech|"
    r"(?<!general\s)practitioner|specialist|barber|stylist|tattooist|tattooer|tattoo\s+artist|piercer|"
    r"(?:a|e)sthetician|cosmetologist|nurse(?:\s+prescriber)?|doctor|physician|surgeon|"
    r"dermatologist|clinician|educator|trainer|instructor|therapist|apprentice|linergist|"
    r"micropigmentation\s+artist|smp\s+artist|pmu\s+artist|microblader|"
    r"t[äa]towierer(?:in)?|fachkraft|inhaber(?:in)?|gr[üu]nder(?:in)?|meister(?:in)?|"
    r"fondat(?:eur|rice)|format(?:eur|rice)|responsable|esth[ée]ticienne|tatoueu(?:r|se)|"
    r"tatuador(?:a)?|fundador(?:a)?|micropigmentador(?:a)?|propietari[oa]|właściciel(?:ka)?|"
    r"linergistka|kosmetolog)\b"
    r"|\b(?:M\.D\.|MD|RN|GP|FRACGP|MBBS|DO)\b",
    re.I,
)
_NOT_PRACTITIONER = re.compile(
    r"\b(?:reception\w*|r[ée]ception\w*|secr[ée]tari\w*|secretary|front\s+desk|coordinator|"
    r"office\s+manager|admin\w*|assistant|"
    r"book(?:ing|keeper)|accountant|marketing|social\s+media|manager|concierge|operations|"
    r"finance|consult(?:ing|ant)|trichologist|general\s+practitioner)\b",  # they advise
    re.I,
)
_TEAM = re.compile(
    r"\b(?:team|artists?|staff|practitioners?|barbers?|meet|our\s+people|who\s+we\s+are|bios?|"
    r"about\s+me|founder|owner|doctors?|specialists?|crew|über\s+mich|unser\s+team|"
    r"[ée]quipe|nuestro\s+equipo|equipe|zespół|o\s+mnie)\b",
    re.I,
)
_TESTIMONIAL = re.compile(
    REVIEW_WORD + r"|testimonial|quote|feedback|rating|stars?\b|comment|kundenstimme|avis|opini|"
    r"recommend|slider-item|client-say",
    re.I,
)
_PRONOUNS = re.compile(r"\b(?:he|she|they|his|her|him|their|er|sie|il|elle|ella|él)\b", re.I)
_PRICE = re.compile(r"[$£€]\s?\d|\d\s?(?:€|zł|kr)\b|\b(?:USD|GBP|EUR)\b")
# Words that make a text a thing, not a person: services, business words, labels, places.
_NOT_NAME_WORDS = words(
    """certified accredited licensed registered approved facility facilities center centre
    institute our the team meet about scalp hair micropigmentation smp pmu services service contact
    book booking free consultation consultations why what how who clinic clinics studio
    studios gallery reviews review testimonials pricing price prices results before after
    home blog faq faqs women men alopecia scar scars camouflage removal laser density
    hairline treatment treatments process aftercare location locations call email follow
    privacy policy policies terms training academy courses course hours opening open today
    now welcome your my we us new best top get started learn more read view see all
    customer client clients patient patients stories story portfolio cost costs session
    sessions day days step steps frequently asked questions thinning loss restoration
    pigment pigments package packages signature special offer offers deal gift voucher
    card info information links quick menu lips lip brows brow lash lashes line lines
    blushing powder ombre microblading nanoblading eyeliner permanent makeup make up tattoo
    tattoos piercing piercings ink barber barbers barbershop cuts cut fade fades beard
    shave salon spa beauty aesthetics aesthetic medical skin care center centre institute
    lounge house shop store cart checkout login account styles style fine old school
    watercolour blackwork realism color colour black grey gray dht blockers botox filler
    fillers laser injectables prp mesotherapy peel peels facial facials wax waxing nails
    nail política privacidad aviso legal impressum datenschutz kontakt accueil tarifs
    prestations cennik usta brwi oferta inicio contacto servicios precios reservar
    street st road rd avenue ave lane drive boulevard blvd suite unit floor plaza square
    and or with in on at of to for by from as is are was be this that it"""
)


@dataclass
class Person:
    name: str
    role: str | None
    heading: etree._Element  # the element that names them
    elements: list[etree._Element] = field(default_factory=list)  # the part about them
    score: int = 0
    cues: list[str] = field(default_factory=list)

    def text(self) -> str:
        return " ".join(element_text(el) for el in self.elements)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names, folded: the US census lists (5,494 names), and of the 48,000 names of
    55 countries in gender-guesser's dictionary ("Harpreet", "Mateo", "Gráinne") those
    that are not also everyday words."""
    out = set(census_given_names())
    everyday = common_words()
    out.update(n for n in _world_names() if len(n) >= 3 and n not in everyday)
    return frozenset(out)


def _world_names() -> set[str]:
    """The names of gender-guesser's nam_dict.txt (columns 3-29 of each entry; "+" joins
    the parts of a compound name, "=" lines pair spellings)."""
    raw = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_bytes()
    out = set()
    for line in raw.decode("utf-8", "replace").splitlines():
        if not line or line[0] in "#=" or len(line) < 30:
            continue
        name = line[3:29].strip()
        if name and "+" not in name and " " not in name and not name.startswith("<"):
            out.add(fold(name))
    return out


_ADDRESS_WORDS = words(
    "street st road rd avenue ave lane ln drive dr way place pl boulevard blvd court ct square "
    "park parade terrace close crescent grove hill row walk green gardens plaza center centre"
)
CITY_NOT_NAME = 100_000  # a one-word "name" that is a city this large, and no common given
# name, is a heading of a place


@lru_cache(maxsize=1)
def census_given_names() -> frozenset[str]:
    """The US census's given names only (the commonest; "Dallas" and "Paris" among them)."""
    out = set()
    for name in ("dist.male.first", "dist.female.first"):
        text = resources.files("names").joinpath(name).read_text("ascii")
        out.update(line.split()[0].lower() for line in text.splitlines() if line.strip())
    return frozenset(out)


def common_given_name(word: str) -> bool:
    return fold(word) in census_given_names()


COMMON_SURNAMES = 2000  # the census's most common surnames: Price, Lane, Park, Gold


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The US census's commonest surnames, folded (a "Price" after a given name is one)."""
    text = resources.files("names").joinpath("dist.all.last").read_text("ascii")
    lines = text.splitlines()[:COMMON_SURNAMES]
    return frozenset(line.split()[0].lower() for line in lines if line.strip())


COMMON_FREQUENCY = 1000  # a word this frequent in film subtitles is a word, not a name
COMMON_LANGUAGES = ("en", "fr", "de", "es", "pt")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday words of five languages (pyspellchecker's frequency lists), folded."""
    out: set[str] = set()
    for language in COMMON_LANGUAGES:
        raw = resources.files("spellchecker").joinpath("resources", f"{language}.json.gz")
        counts = json.loads(gzip.decompress(raw.read_bytes()))
        out.update(fold(w) for w, n in counts.items() if n >= COMMON_FREQUENCY)
    return frozenset(out)


def fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def is_given_name(word: str) -> bool:
    return fold(word.strip(".'’")) in given_names()


def find_people(
    doc: Document, exclude: set[etree._Element] | None = None, business: Iterable[str] = ()
) -> list[Person]:
    """The practitioners this page introduces, best cue score first, one per name."""
    return find_team(doc, exclude, business)[0]


def find_team(
    doc: Document, exclude: set[etree._Element] | None = None, business: Iterable[str] = ()
) -> tuple[list[Person], list[Person]]:
    """The practitioners this page introduces (as find_people), and the team members it says
    do not do the work (a consulting trichologist), who may still hold claims of their own."""
    quoted = _Quoted(exclude or set())
    business_keys = {fold(b) for b in business if b}
    candidates = [
        p
        for p in (*_labelled(doc, quoted), *_introduced(doc, quoted), *_mentioned(doc, quoted))
        if fold(p.name) not in business_keys and not _business_short(p, business)
    ]
    candidates += _named_by_business(doc, business, quoted)
    candidates += _founders(doc, business, quoted)
    candidates += _fielded(doc, quoted)
    candidates += _work_by(doc, quoted)
    candidates += _captioned(doc, quoted)
    _score_siblings(candidates)
    # someone the page says does not do the work is not a practitioner however else it names them
    vetoed = [p.name for p in candidates if "not doing the work" in p.cues]
    staff: list[Person] = []
    for p in candidates:
        # (a full name with a given name the lists know, or a card's name with its role: "Ange
        # Whitaker, brows & lips")
        named = len(p.name.split()) > 1 and (is_given_name(p.name.split()[0]) or bool(p.role))
        known = any(same_person(s.name, p.name) for s in staff)
        if "not doing the work" in p.cues and named and p.elements and not known:
            staff.append(p)
    people: dict[str, Person] = {}
    for person in sorted(candidates, key=lambda p: -p.score):
        need = MIN_SCORE_ONE_WORD if len(person.name.split()) == 1 else MIN_SCORE
        if person.score < need or any(same_person(v, person.name) for v in vetoed):
            continue
        if len(person.name.split()) == 1 and _a_place_here(person.name, doc.text):
            continue  # "Robina, QLD · 1 review": a town, though also a given name
        same = next(
            (
                k
                for k in people
                if same_person(k, person.name)
                or _short_for(person, people[k])
                or _short_for(people[k], person)
            ),
            None,
        )
        if same is None:
            people[person.name] = person
        else:
            kept = people[same]
            if len(person.name) > len(kept.name):  # "Beth Smith" over "Beth"
                people.pop(same)
                person.elements = person.elements or kept.elements
                person.role = person.role or kept.role
                people[person.name] = person
            elif not kept.role:
                kept.role = person.role
    others = _other_trades(list(people.values()))
    staff += [p for p in others if not any(same_person(s.name, p.name) for s in staff)]
    # "Dr. Okafor" of a sentence about his work is the surgeon the team card names
    return [
        p for p in people.values() if not any(same_person(s.name, p.name) for s in staff)
    ], staff


def _business_short(person: Person, business: Iterable[str]) -> bool:
    """The business's first word, alone or with a town, is the business, not a person:
    "Rhodri opened Hafren in 2017", "Hafren Bristol" heading a location page of "Hafren Scalp
    Studios" (a one-word name given a role, "Marisol, lead artist", is still a person; so is
    the given name of a business named for its owner, "Lindiwe" of "Lindiwe Khumalo SMP")."""
    from vetting.names import GENERIC

    from .brand import key_of, place_names

    words = key_of(person.name).split()
    names = [k.split() for k in (key_of(b) for b in business) if len(k.split()) >= 2]
    if not words or words[0] not in {n[0] for n in names}:
        return False
    if len(words) == 1:  # (of "Kelvin Hair & Scalp Clinic", not of "Lindiwe Khumalo SMP")
        trade = any(n[0] == words[0] and all(w in GENERIC for w in n[1:]) for n in names)
        return trade and not person.role
    return key_of(" ".join(words[1:])) in place_names()


def short_form(short: str, full: str) -> bool:
    """Whether a one-word name is the short form of a full name's given name ("Mitch" of
    Mitchell Anand): its first three letters or more."""
    words, names_ = short.split(), full.split()
    if len(words) != 1 or len(names_) < 2:
        return False
    key, first = fold(words[0]), fold(names_[0])
    return len(key) >= 3 and len(first) > len(key) and first.startswith(key)


def _short_for(short: Person, full: Person) -> bool:
    """ "Mitch" in the card of Mitchell Anand ("Mitch opened Reef City in 2018") is he: a
    given name's short form said within the card of the one whose name it begins."""
    if not short_form(short.name, full.name):
        return False
    inside = {d for el in full.elements for d in el.iter()}
    return any(el in inside for el in short.elements)


_GUEST = re.compile(
    r"\bguest\s+(?:post|contributor|author|writer|blogger|article|column|expert)\b"
    r"|\bnot\s+(?:affiliated|employed)\s+(?:with|by)\b",
    re.I,
)
_NAMED = re.compile(rf"(?:{_TITLE})?(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,2}}")


def guests(texts: list[str]) -> set[str]:
    """Surnames of people a page says are guests, not its team ("A guest post by Dr. Renata
    Holm", "Dr. Holm is not affiliated with us"): what they hold is not the business's."""
    out: set[str] = set()
    for text in texts:
        if not _GUEST.search(text):
            continue
        for match in _NAMED.finditer(text):
            words_ = match.group(0).split()
            titled = re.match(_TITLE, match.group(0)) is not None
            if (titled and len(words_) >= 2) or (len(words_) >= 2 and is_given_name(words_[0])):
                out.add(fold(words_[-1]))
    return out


def is_guest(name: str, surnames: set[str]) -> bool:
    """Whether a person ("Dr. Renata Holm, MD") is one of the page's guests."""
    words_ = name.split(",")[0].split()
    return bool(words_) and fold(words_[-1].strip(".")) in surnames


def same_person(a: str, b: str) -> bool:
    """ "Beth" and "Beth Chapman", "Dr. Soni" and "Dr. Prabhat Soni" are one person."""
    x = [w for w in _NAME_TOKEN.findall(fold(a)) if w not in _TITLE_WORDS]
    y = [w for w in _NAME_TOKEN.findall(fold(b)) if w not in _TITLE_WORDS]
    if not x or not y:
        return False
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    return all(w in big for w in small)


_NAME_TOKEN = re.compile(r"[\w'’-]+")  # ("Raymond Okafor, MD": raymond, okafor, md)
_TITLE_WORDS = {"dr", "dra", "mr", "mrs", "ms", "miss", "mx", "prof", "md", "rn"}


# a nickname between given name and surname, in quotes or brackets ('Luis "Lu" Ortega',
# "Tavita (Tav) Faleolo")
_NICKNAME = re.compile(
    r"\s[\"“'‘][^\"”'’]{2,20}[\"”'’](?=\s)|(?<=[^\W\d_])\s\([A-Z][^\W\d_]{1,15}\)(?=\s[A-Z])"
)


def person_name(text: str) -> tuple[str, str | None, str | None] | None:
    """(name, role, title) when a short text reads as a person's name, maybe with a role.

    A nickname in quotes is left out ('BARRY "BAZZA" NOLAN'), and a name in capitals is
    written as a name ("Barry Nolan")."""
    text = squash(_NICKNAME.sub(" ", f" {text} "))
    if not 2 <= len(text) <= 90:
        return None
    match = _LABEL.match(text)
    if not match:
        return None
    name = match.group("name")
    role = (match.group("role") or "").strip(" )") or None
    if name.isupper() and " " in name:
        name = " ".join(w.capitalize() for w in name.split())
    if not _name_words_ok(name):
        return None
    if role and not ROLES.search(role) and len(role.split()) > 6:
        return None
    title = (match.group("title") or "").strip() or None
    full = f"{title} {name}" if title else name
    post = (match.group("post") or "").strip(" ,")
    return (f"{full}, {post}" if post else full), role, title


def _name_words_ok(name: str) -> bool:
    tokens = name.split()
    if not 1 <= len(tokens) <= 4:
        return False
    folded = [fold(t.strip(".'’")) for t in tokens]
    blocked = [t for t in folded if len(t) > 1 and t in _NOT_NAME_WORDS]
    if blocked and not (  # "Wendell Price": a given name, then a common surname
        len(folded) > 1
        and is_given_name(folded[0])
        and blocked == [folded[-1]]
        and folded[-1] in common_surnames()
        and folded[-1] not in _ADDRESS_WORDS
    ):
        return False
    if any(any(ch.isdigit() for ch in t) for t in tokens):
        return False
    if ROLES.search(name):  # "Dermal Clinician", "Lead Artist"
        return False
    caps = [t for t in tokens if t.isupper() and len(t) > 1]
    return len(caps) < len(tokens) or (len(tokens) == 1 and is_given_name(tokens[0]))


class _Quoted:
    """Which elements sit in a testimonial, a quotation, a navigation bar or a footer (or in
    `exclude`): what is said there is not the page introducing its people. Each element's
    answer is remembered, and serves the elements inside it."""

    def __init__(self, exclude: set[etree._Element]):
        self.exclude = exclude
        self.known: dict[etree._Element, bool] = {}

    def __call__(self, el: etree._Element) -> bool:
        chain: list[etree._Element] = []
        node: etree._Element | None = el
        found = False
        while node is not None:
            if node in self.known:
                found = self.known[node]
                break
            if node.tag in ("body", "html"):
                break  # a body's classes are the theme's settings, not this part's
            chain.append(node)
            if (
                node in self.exclude
                or node.tag in ("blockquote", "q", "cite", "nav", "footer")
                or _testimonial_marks(node.get("class"), node.get("id"), node.get("itemprop"))
            ):
                found = True
                break
            node = node.getparent()
        for seen in chain:
            self.known[seen] = found
        return found


@lru_cache(maxsize=4096)
def _testimonial_marks(cls: str | None, ident: str | None, prop: str | None) -> bool:
    marks = f"{cls or ''} {ident or ''} {prop or ''}"
    return bool(marks.strip()) and len(marks.split()) <= 12 and bool(_TESTIMONIAL.search(marks))


def _labelled(doc: Document, quoted: _Quoted) -> list[Person]:
    """People named by a short element of their own: a heading, a card title, a link."""
    out = []
    for el in doc.body.iter(*_CANDIDATE_TAGS):
        if el.tag in SKIP_TAGS or len(el) > 3:
            continue
        if any(isinstance(c.tag, str) and c.tag not in _INLINE for c in el):
            continue  # a container: its children are candidates of their own
        own = squash(element_text(el))
        if not own or len(own) > 90 or len(own.split()) > 10:
            continue
        about = el.tag in _HEADING_TAGS and _ABOUT_SOMEONE.match(own)
        if about:  # a page's heading of one person: "About Kirsty"
            own = own[about.end() :]
        found = person_name(own)
        if found is None or quoted(el) or _elsewhere(el, doc, own):
            continue
        name, role, title = found
        signed = _SIGNED.match(role or "")
        if signed and is_given_name(signed.group("given")):
            continue  # "Diolch, Rhodri Pugh": a sign-off, then the name
        person = Person(name, role, el)
        _score(person, doc, title)
        _score_name(person, doc, el)
        if about and el.tag == "h1" and person.role and "this page is theirs" not in person.cues:
            person.score += 2
            person.cues.append("this page is theirs")
        out.append(person)
    return out


_HEADING_TAGS = frozenset(["h1", "h2", "h3"])
_ABOUT = r"(?:about|meet)"  # a heading or a page about one person: "About Kirsty", /meet-dana/
_ABOUT_SOMEONE = re.compile(rf"^{_ABOUT}\s+(?=[A-Z][a-z])")


def _elsewhere(el: etree._Element, doc: Document, own: str) -> bool:
    """A name linked, in a sentence, to a website of its own ("He mentors artists, including
    Hobart-based <a href=https://tamsinkerr.example/>Tamsin Kerr</a>."): someone who works
    elsewhere, not a member of this page's team."""
    if el.tag != "a":
        return False
    host = re.sub(r"^www\.", "", urlsplit(el.get("href") or "").hostname or "")
    parent = el.getparent()
    around = squash(element_text(parent)) if parent is not None else own
    return bool(host) and host != doc.host and len(around) > len(own) + 20


_SIGNED = re.compile(r"(?P<given>[A-Z][a-z'’-]+)\s+[A-Z][a-z'’-]+(?:\s|$)")


# a directory's field of the business's principals ("Business Management: Mr. Dale Kowalchuk,
# Owner"): its people where it calls them owner or artist
_MANAGEMENT_FIELD = re.compile(r"^(?:business\s+)?(?:management|principals?|contacts?)\s*:?$", re.I)
_OWNER_ROLE = re.compile(r"\b(?:owner|founder|proprietor|artist|practitioner)\b", re.I)
_PEOPLE_FIELD = re.compile(
    r"^(?:(?:lead\s+|senior\s+|smp\s+)?(?:artists?|artist\(s\)|practitioners?|practitioner\(s\)|"
    r"technicians?|owners?|founders?|proprietors?|staff)|(?:owned|run)\s+by|"
    r"(?:business\s+)?(?:management|principals?|contacts?))\s*:?$",
    re.I,
)


def _fielded(doc: Document, quoted: _Quoted) -> list[Person]:
    """People a listing's fields name: <dt>Artist(s)</dt><dd>Dana Kessler</dd>, or a table
    row whose header says so."""
    out = []
    for label in doc.body.iter("dt", "th"):
        if not _PEOPLE_FIELD.match(squash(element_text(label))):
            continue
        value = label.getnext()
        while value is not None and not isinstance(value.tag, str):
            value = value.getnext()
        if value is None or value.tag not in ("dd", "td") or quoted(value):
            continue
        if _MANAGEMENT_FIELD.match(squash(element_text(label))) and not _OWNER_ROLE.search(
            element_text(value)
        ):
            continue  # ("Business Management: Ms. Jo Lee, Office Manager": not the artist)
        for part in re.split(r"\s*(?:,|;|&|\band\b)\s*", squash(element_text(value))):
            found = person_name(part) if part else None
            if found is None:
                continue
            person = Person(found[0], found[1], value, score=MIN_SCORE, cues=["a name field"])
            person.elements = [value]
            out.append(person)
    return out


NAME_CUES = ("a title", "a given name", "introduces themself", "a name field", "never lower case")


def _score_name(person: Person, doc: Document, el: etree._Element) -> None:
    """How much the words read as someone's name rather than a thing's or a place's."""
    marks = f"{el.get('class', '')} {el.get('itemprop', '')} {el.get('id', '')}".lower()
    if re.search(r"(?:^|[\s_-])(?:real)?name|__name|-name|person", marks):
        person.score += 1
        person.cues.append("a name field")
    tokens = [fold(t.strip(".,'’")) for t in person.name.split()]
    tokens = [t for t in tokens if t not in _TITLE_WORDS and len(t) > 1]
    given = bool(tokens) and tokens[0] in given_names()
    if len(tokens) > 1 and " ".join(tokens) in place_keys():
        person.score = -99  # "Caroline Springs"
        return
    if not given and tokens and all(t in common_words() for t in tokens):
        person.score = -99  # "Pain Management", "Formation Dermographie"
        return
    lower = _lower_words(doc)
    others = [t for i, t in enumerate(tokens) if not (i == 0 and t in given_names())]
    if others and all(t in lower for t in others):
        person.score -= 3
        person.cues.append("its words are written in lower case elsewhere")
    elif others and not any(t in lower for t in others):
        person.score += 1
        person.cues.append("never lower case")
    if not any(c in person.cues for c in NAME_CUES) and not person.role:
        person.score = min(person.score, 0)  # nothing says it is a name


def _lower_words(doc: Document) -> frozenset[str]:
    """Words the page writes in lower case (mid-sentence): common words, not names."""
    return doc.lower_words


def place_keys() -> frozenset[str]:
    from .brand import place_names

    return place_names()


def _introduced(doc: Document, quoted: _Quoted) -> list[Person]:
    """People who introduce themselves in the page's prose."""
    out = []
    for block in doc.blocks:
        if len(block.text) > 3000 or quoted(block.element):
            continue
        for match in _SELF_INTRO.finditer(_NICKNAME.sub(" ", block.text)):
            name = match.group("intro")
            if name.isupper():  # "HEY, I'M VALERIIA"
                name = " ".join(w.capitalize() for w in name.split())
            tokens = name.split()
            # "I'm Dana and I..." : keep the capitalised run only
            while tokens and not _name_words_ok(" ".join(tokens)):
                tokens = tokens[:-1]
            if not tokens:
                continue
            if (
                len(tokens) == 1
                and not is_given_name(tokens[0])
                and fold(tokens[0]) in common_words()
            ):
                continue  # "I'm Passionate about brows"
            person = Person(" ".join(tokens), None, block.element)
            person.score += 5
            person.cues.append("introduces themself")
            person.elements = [_card(block.element, doc)]
            if is_given_name(tokens[0]):
                person.score += 2
                person.cues.append("a given name")
            out.append(person)
        for match in _OWNED_BY.finditer(block.text):
            name = match.group("owner")
            words = name.split()
            given = is_given_name(words[0])
            plain = not any(fold(w) in common_words() for w in words)  # not "Google Inc"
            if len(words) < 2 or not _name_words_ok(name) or not (given or plain):
                continue
            if _RUNS_THE_DESK.search(block.text[max(0, match.start() - 40) : match.start()]):
                continue  # "Our office is run by Lise, who will book your consultation"
            person = Person(name, None, block.element)
            person.score += 6
            person.cues.append("the business's owner by name")
            person.elements = [_card(block.element, doc)]
            out.append(person)
    return out


def _mentioned(doc: Document, quoted: _Quoted) -> list[Person]:
    """People the prose speaks of: the subject of a sentence about their work."""
    from .text import sentences

    found: dict[str, Person] = {}
    for block in doc.blocks:
        if len(block.text) > 5000 or quoted(block.element):
            continue
        for sentence in sentences(block.text):
            match = SUBJECT.match(sentence)
            if not match or not WORK.search(sentence):
                continue
            name, title = match.group("name"), (match.group("title") or "").strip()
            if not _name_words_ok(name) or not (title or is_given_name(name.split()[0])):
                continue
            full = f"{title} {name}" if title else name
            rest = sentence[match.end() :]
            if _LABEL_LINE.match(rest):  # "Page created – 14 February 2021": a label, no one
                continue
            if _not_practising(rest) or _another_trade(rest):  # "Naomi Frazier, our
                found[full] = Person(full, None, block.element, score=-99)  # consulting
                found[full].cues.append("not doing the work")  # trichologist"
                if declines(rest):
                    found[full].cues.append(DECLINES)
                continue
            known = next((p for k, p in found.items() if same_person(k, full)), None)
            if known is not None:
                if known.score < 6:
                    known.score += 1
                if len(full) > len(known.name):
                    known.name = full
                continue
            person = Person(full, None, block.element, score=4, cues=["the subject of its work"])
            person.cues.append("a title" if title else "a given name")
            person.elements = [block.element]
            found[full] = person
    return list(found.values())


# a business's line of what it does and whose work it is: "Scalp micropigmentation by
# Dewayne Pruitt.", "Permanent makeup by Jess Moreau"
_WORK_BY = re.compile(
    r"^(?:[\w&'’-]+\s+){0,3}?(?i:scalp\s+micropigmentation|micropigmentation|smp|"
    r"permanent\s+make-?up|microblading|cosmetic\s+tattoo\w*|tattoo\w*|pmu|artistry)"
    r"\s+by\s+" + PERSON + r"\s*[.!]?$"
)


def _captioned(doc: Document, quoted: _Quoted) -> list[Person]:
    """Someone a photo's text names with their role ("Brantley Cole, founder")."""
    out: list[Person] = []
    for img in doc.body.iter("img"):
        found = person_name(img.get("alt") or "")
        if found is None or not found[1] or not ROLES.search(found[1]) or quoted(img):
            continue
        if in_chrome(img, aside=True) or len(found[0].split()) < 2:
            continue
        holder = img.getparent() if img.getparent() is not None else img
        person = Person(found[0], found[1], holder, score=MIN_SCORE)
        person.cues.append("a photo captioned with their role")
        person.elements = [holder]
        out.append(person)
    return out


def _work_by(doc: Document, quoted: _Quoted) -> list[Person]:
    """Someone a short line says the business's work is by."""
    out: list[Person] = []
    for block in doc.blocks:
        if len(block.text) > 120 or quoted(block.element):
            continue
        match = _WORK_BY.match(block.text.strip())
        if match and len(match.group("name").split()) >= 2 and _name_words_ok(match.group("name")):
            person = Person(match.group("name"), None, block.element, score=6)
            person.cues.append("the work is theirs by name")
            person.elements = [block.element]
            out.append(person)
    return out


_LABEL_LINE = re.compile(r"^\s*\w+\s*[–—:]|^\s*\w+\s+-\s")


# "Born and raised in Wailuku, Jase Pereira founded Hairline Studio Maui in 2023": the one
# who founded, opened or started the business, named as a clause's subject
_FOUNDED = re.compile(
    r"(?:^|(?<=[.!?:;,] )|(?<=\n))"
    + PERSON.replace("(?P<title>", "(?P<t>").replace("(?P<post>", "(?P<p>")
    + r"\s+(?:first\s+)?(?:founded|opened|started|established|launched|set\s+up)\s+"
    r"(?P<what>[^.;!?]{2,80})"
)
_OUR_PLACE = re.compile(r"^(?:the|our|this)\s+(?:studio|clinic|practice|business|salon)\b", re.I)
_A_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4}")
# "Derwent SMP is Jarrah Whitlock's one-chair studio": the business said to be someone's
_OWNED = re.compile(
    r"(?:^|(?<=[.!?:;] )|(?<=\n))(?P<what>[^.;!?]{2,60}?)\s+is\s+"
    + PERSON.replace("(?P<title>", "(?P<t>").replace("(?P<post>", "(?P<p>")
    + r"['’]s\s+(?:[\w-]+\s+){0,3}(?:studio|clinic|practice|business|salon)\b"
)


def _goes_by(first: str, text: str) -> bool:
    """Whether a person's first name is one: a given name the lists know, or a word no one
    writes but as a name, which the page makes the subject of a clause ("Jarrah holds ...")."""
    if is_given_name(first):
        return True
    return fold(first) not in common_words() and bool(
        re.search(rf"\b{re.escape(first)}\s+[a-z]", text)
    )


def _founders(doc: Document, business: Iterable[str], quoted: _Quoted) -> list[Person]:
    """Someone the prose says founded this business, by its name or as "the studio", or
    whose studio it says the business is."""
    keys = [fold(b) for b in business if b and len(b) >= 4]
    out: list[Person] = []
    for block in doc.blocks:
        if len(block.text) > 3000 or quoted(block.element):
            continue
        for match in (*_FOUNDED.finditer(block.text), *_OWNED.finditer(block.text)):
            name, what = match.group("name"), match.group("what")
            if len(name.split()) < 2 or not _name_words_ok(name):
                continue
            owned = match.re is _OWNED
            if owned and not _goes_by(name.split()[0], doc.text):
                continue  # "... is Far North Queensland's dedicated SMP studio": a region's
            named = owned and _A_NAME.fullmatch(what.strip())  # "Derwent SMP is ..."
            if not (_OUR_PLACE.match(what) or any(k in fold(what) for k in keys) or named):
                continue
            person = Person(name, None, block.element, score=6)
            person.cues.append(
                "founded the business" if match.re is _FOUNDED else "the business is theirs"
            )
            person.elements = [_card(block.element, doc)]
            out.append(person)
    return out


_TRADE_TAIL = re.compile(
    r"(?:\s+(?:&|and|barbers?|barbershop|salon|studio|smp|scalp|tattoos?|tattooer|ink|shop|"
    r"hair|skin|beauty|clinic))+$",
    re.I,
)


def _named_by_business(doc: Document, business: Iterable[str], quoted: _Quoted) -> list[Person]:
    """ "Sina Tattooer", and "Sina creates custom designs" in its prose: a business named
    after a person whose prose speaks of them by that name, opening a sentence or clause
    (never "IVY" of "IVY Studio", which the pages only write as part of the name, nor the
    business's short name: "Rhodri opened Hafren in 2017")."""
    out: list[Person] = []
    for name in {b for b in business if b}:
        words = name.split()
        if len(words) < 2 or words[0].isupper():
            continue
        surname = (  # "Dai Morgan": "Dai" is a name here (not "Crownz Barber Shop")
            fold(words[1]) in common_surnames() and not _TRADE_TAIL.fullmatch(f" {words[1]}")
        )
        if not is_given_name(words[0]) and not surname:
            continue
        bare = _TRADE_TAIL.sub("", name)  # "Dai Morgan" of Dai Morgan Barbers
        full = bare if bare != name and len(bare.split()) == 2 and _name_words_ok(bare) else None
        rest = re.escape(words[1])
        # at a sentence's or clause's start ("Sina creates ...", "…, Jim ofrece") or after
        # "I'm", never after another word ("I started Hafren", "Every Hafren artist")
        alone = re.compile(
            rf"(?:^|(?<=[.!?:;,\"“‘(–—-] )|(?<=[\"“‘(])|(?<=\n)|(?<=I['’]m )|(?<=I am ))"
            rf"{re.escape(words[0])}\b(?!['’]s\b|\s+{rest})(?=\s+[a-z]|[,.])"
        )
        for block in doc.blocks:
            if alone.search(block.text) and not quoted(block.element):
                person = Person(full or words[0], None, block.element, score=5)
                person.cues += ["the business's name", "a given name", "its prose names them"]
                person.elements = [block.element]
                out.append(person)
                break
    return out


def _score(person: Person, doc: Document, title: str | None) -> None:
    parts = person.name.split()
    if len(parts) == 1 and not title:
        from .brand import key_of, population

        size = population(key_of(person.name))
        if size >= CITY_NOT_NAME and not common_given_name(parts[0]):
            person.score = -99  # a "Sheffield" heading over a studio's team; Adrian is a person
            return
        if _a_place_here(parts[0], doc.text):
            person.score = -99  # a "Houston" tag on a card, where the page says "in Houston"
            return
    first = parts[1] if title and len(parts) > 1 else parts[0]
    if title:
        person.score += 2
        person.cues.append("a title")
    if first and is_given_name(first):
        person.score += 2
        person.cues.append("a given name")
    if person.role:
        if _NOT_PRACTITIONER.search(person.role) and not _practising_role(person.role):
            person.score = -99  # "Co-founder & Operations": runs the business, not the chair
            return
        if ROLES.search(person.role):
            person.score += 2
            person.cues.append(f"role {person.role!r}")
    card = _card(person.heading, doc)
    person.elements = [card, *_following(card)] if card is person.heading else [card]
    text = " ".join(element_text(el) for el in person.elements)
    alts = " ".join(img.get("alt", "") for el in person.elements for img in el.iter("img"))
    rest = text.replace(squash(element_text(person.heading)), " ", 1)
    if _PRICE.search(text) and len(text.split()) < 40:
        person.score -= 3
        person.cues.append("a price beside it")
    # "Leah Carter, Client Coordinator", "does not perform SMP"
    if _not_practising(rest, 12, person.name):
        person.score = -99
        person.cues.append("not doing the work")
        if declines(rest, person.name):
            person.cues.append(DECLINES)
        return
    if not person.role and ROLES.search(f"{rest} {alts} {card.get('class', '')}"):
        if _NOT_PRACTITIONER.search(rest) and not _practising_role(rest):
            person.score = -99
            return
        person.score += 1
        person.cues.append("a role in its card")
        person.role = _role_line(person)
    first_word = person.name.split()[-1 if title else 0]
    if re.search(rf"\b{re.escape(first_word)}\b", rest) or _PRONOUNS.search(rest):
        person.score += 1
        person.cues.append("its card speaks of them")
    if _team_context(person.heading):
        person.score += 1
        person.cues.append("a team section")
    href = person.heading.get("href") or ""
    if href and re.search(re.escape(fold(first_word)), fold(href)):
        person.score += 1
        person.cues.append("a page of their own")
    # /team/jarrah-whitfield/, /about-kirsty/
    if person.role and _slug(person.name) == _ABOUT_SLUG.sub("", _slug(_last_part(doc.url))):
        person.score += 2
        person.cues.append("this page is theirs")


_ABOUT_SLUG = re.compile(rf"^{_ABOUT}-(?:the-artist-|your-artist-)?")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).casefold()).strip("-")


def _last_part(url: str) -> str:
    """A page's last path part without its extension ("" for a site's home)."""
    path = [p for p in urlsplit(url).path.split("/") if p]
    return re.sub(r"\.[a-z]{2,5}$", "", path[-1]) if path else ""


_ROLE_LINE_END = re.compile(r"[.!?|\n]\s|[.!?]$|\s[·•|]\s")


def _role_line(person: Person) -> str | None:
    """The role a card gives under or after a name ("Owner / Barber", "– Senior SMP
    Practitioner (Sydney). Kate completed ..."): the first words after it, where they name one."""
    line = _card_line(person)
    return line if line and ROLES.search(line) else None


def _card_line(person: Person) -> str | None:
    """The short line a card gives under or after a name: a role, or a specialty ("Fine line
    & botanical")."""
    blocks = [b for el in person.elements for b in text_blocks(el)]
    # ("Luis “Lu” Ortega" is Luis Ortega; "KEV BARRY" in capitals is Kev Barry)
    words = person.name.casefold().split()
    at = next((i for i, b in enumerate(blocks) if all(w in b.text.casefold() for w in words)), None)
    if at is None:
        return None
    text, folded = blocks[at].text, blocks[at].text.casefold()
    last = folded.find(words[-1], folded.find(words[0]))  # (a surname before the given name)
    after = text[last + len(words[-1]) :].strip(' \t–—-:,|”"') if last >= 0 else ""

    # the next line that is not the name again (a linked name inside its heading)
    def named(t: str) -> bool:
        return all(w in t.casefold() for w in words)

    # (a block's element's first line may be the name again: <b>NAME</b><br><i>Role</i>)
    lines = (b.text if named(first := _first_line(b.element)) else first for b in blocks[at + 1 :])
    line = after or next((t for t in lines if not named(t)), "")
    line = _ROLE_LINE_END.split(line, maxsplit=1)[0].strip()
    return line if line and len(line.split()) <= 8 else None


def _first_line(el: etree._Element) -> str:
    """An element's text up to its first line break ("Barber / SMP Artist<br>Fades, ...")."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "br":
            break
        parts += [element_text(child), child.tail or ""]
    return squash(" ".join(parts))


# A role naming the work itself; on a team where someone holds one, a colleague whose role
# names another trade (the barbers of a barbershop, the surgeons of a transplant clinic, the
# tattooists of a tattoo studio) does not do it
_SMP_ROLE = re.compile(r"\b(?:smp|scalp|micropigment\w*|hairline|scar\s+camouflage)\b", re.I)
_OTHER_TRADE = re.compile(
    r"\b(?:barber|hair\s*stylist|stylist|hairdresser|tattoo\w*|"
    r"piercer|surgeon|nurse|doctor|physician|dermatologist|(?:a|e)sthetician|cosmetologist|"
    r"trichologist|"
    r"microblader|pmu|lash|brow|"
    # the same trades in French, German and Spanish
    r"(?:infirmi[eè]re?|m[ée]decin|dermatologue|chirurgien\w*|tatoueu[rs]\w*|coiffeu[rs]\w*|"
    r"barbier|esth[ée]ticienne|krankenschwester|pflege\w*|(?:fach)?[äa]rzt(?:in)?|dermatolog[ei]\w*|"
    r"chirurg(?:in)?|t[äa]towierer\w*|friseu\w*|kosmetiker\w*|enfermer[ao]|m[ée]dic[oa]|"
    r"tatuador[a]?|peluquer[ao]|"
    # and Dutch
    r"tatoe[eë]erder|kapper|schoonheidsspecialiste?|verpleegkundige|dermatoloog)\b)",
    re.I,
)


CARD_LINE_MAX = 80  # a card this short is a name and a role, no bio


def _other_trades(people: list[Person]) -> list[Person]:
    """Those of a mixed team whose role names another trade than the one a colleague's role
    names as SMP, or only a specialty of their own ("Callum Reid – blackwork & traditional"
    beside "Harriet Vos – SMP & cosmetic tattoo")."""
    lines = {p.name: p.role or _card_line(p) for p in people}
    # (a role read short, "Owner" of "Owner · SMP Artist": the card, when short, says the rest)
    smp = [
        line
        for p in people
        for line in (lines[p.name], p.text() if len(p.text()) <= CARD_LINE_MAX else None)
        if line and _SMP_ROLE.search(line)
    ]
    if not smp:
        return []
    # a tattoo studio, a barbershop: the SMP role names another trade too, or each card gives
    # a specialty ("Scalp micropigmentation" beside "Fine line & botanical", "Blackwork")
    mixed = any(_OTHER_TRADE.search(line) or not ROLES.search(line) for line in smp)
    return [
        p
        for p in people
        if (line := lines[p.name])
        and not _SMP_ROLE.search(line)
        and not _SMP_ROLE.search(p.text())  # ("Esthetician & Paramedical Tattoo Artist<br>
        # Scalp micropigmentation lead": the work named on the card's next line)
        # (a specialty and only the business's role: "Traditional & neo-traditional — owner")
        and (_OTHER_TRADE.search(line) or (mixed and not _practising_role(line)))
    ]


def _score_siblings(candidates: list[Person]) -> None:
    """Two or more candidates in cards of one shape under one parent: a team."""
    keys = {}
    for person in candidates:
        card = person.elements[0] if person.elements else person.heading
        key = (  # (a builder's numbered classes, "bde-column-14-130", name one element)
            card.tag,
            re.sub(r"\d+", "", card.get("class", "").split(" ")[0]),
            person.heading.tag,
            re.sub(r"\d+", "", person.heading.get("class", "").split(" ")[0]),
            fold(person.name),
        )
        keys[id(person)] = key
    kinds = Counter(k[:4] for k in set(keys.values()))
    for person in candidates:
        if not person.role and _in_roll(person.heading):
            continue  # a table's rows of bare names (a graduate list): a roll, not a team
        if kinds[keys[id(person)][:4]] >= 2 and person.score > 0:
            person.score += 1
            person.cues.append("one of several cards")


def _in_roll(el: etree._Element) -> bool:
    """Within a table whose column headings include a name column ("Name | Town | Year"):
    a list of people (graduates, members), not cards of a team."""
    table = next(el.iterancestors("table"), None) if el.tag != "table" else el
    if table is None:
        return False
    return any(re.search(r"(?i)\bname\b", element_text(th)) for th in table.iter("th"))


def _a_place_here(word: str, text: str) -> bool:
    """A town's name (in the gazetteer) that the page writes as a place."""
    from .brand import key_of, population

    return bool(population(key_of(word))) and _written_as_place(word, text)


def _written_as_place(word: str, text: str) -> bool:
    """Whether the page writes the word as a place: "in Houston", "the Houston studio",
    "Houston, TX"."""
    w = re.escape(word)
    return bool(
        re.search(
            rf"\b(?:in|at|near|from|to|around|of)\s+(?:the\s+)?{w}\b(?!\s+[A-Z][a-z])"
            rf"|\b{w}\s+(?:studio|clinic|location|office|branch|salon|team|area)s?\b"
            rf"|\b{w},\s+[A-Z]{{2,3}}\b",
            text,
        )
    )


_PLAIN_TAGS = frozenset(("div", "span", "p", "li", "td"))  # no heading of their own kind
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:title|name|heading)(?:$|[\s_-])", re.I)


def _card(heading: etree._Element, doc: Document) -> etree._Element:
    """The largest container around an element that is still about one person."""
    own = element_text(heading)
    while (  # a name in a <span> of an <h3>: the card is bounded by the other <h3>s
        heading.tag not in _INLINE_HEADS
        and (parent := heading.getparent()) is not None
        and parent.tag in (*_INLINE_HEADS, *_INLINE)
        and element_text(parent) == own
    ):
        heading = parent
    card = heading
    titled = heading.tag in _PLAIN_TAGS and bool(_TITLE_CLASS.search(heading.get("class", "")))
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("body", "html", "main"):
            break
        if doc.more_words_than(ancestor, MAX_CARD_WORDS):
            break
        others = [  # another of its kind: a <div class="t030__title"> name is bounded by the
            h  # next title so marked, not by the <div> of text below it
            for h in ancestor.iter(*_INLINE_HEADS, heading.tag)
            if h is not heading
            and h.tag == heading.tag
            and (not titled or h.get("class") == heading.get("class"))
        ]
        if any(not same_person(element_text(h), own) for h in others if element_text(h)):
            break  # another person's (or thing's) heading: the card ends below here
        card = ancestor
    return card


# a refusal of all other work says what one does ("I don't do tattoos, brows or anything
# else. Just scalps."): a specialist, not someone who does not do the work
_ONLY_THIS = re.compile(
    r"^[^.!?]{0,30}\b(?:anything\s+else|other\s+than|except)\b|^[^!?]{0,3}\s*(?:just|only)\b", re.I
)
_NOT_DOING = re.compile(
    r"\b(?:does|do|did)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:(?:perform|do|carry\s+out|provide|"
    r"offer|practi[cs]e|treat)\b[^.]{0,30}\b(?:smp|micropigmentation|treatments?|procedures?|"
    r"tattoo\w*|clients?|patients?|herself|himself|themselves)\b|hold\s+a\s+needle)"
    r"|\bnot\s+(?:an?\s+)?(?:smp\s+)?(?:artist|practitioner|technician)\b"
    # in the languages of the clinics' own sites: "Elle ne fait pas de micropigmentation",
    # "Sie führt keine Pigmentierungen durch", "No realiza micropigmentación"
    r"|\bne\s+(?:fait|pratique|réalise|effectue)\s+(?:pas|aucune?)\s+(?:de\s+)?"
    r"(?:micropigmentation|smp|tatouage|traitements?)\b"
    r"|\b(?:führt|macht)\s+keine\s+(?:\w+)?pigmentierung\w*"
    r"|\bno\s+(?:realiza|hace|practica)\s+(?:la\s+)?micropigmentaci[oó]n\b"
    # and Dutch: "Hij doet geen SMP-behandelingen"
    r"|\b(?:doet|verricht|geeft)\s+geen\s+(?:smp|micropigmentati\w*)",
    re.I,
)
_BUSINESS_ROLE = re.compile(r"^(?:co-?)?(?:founder|owner|proprietor|director)$", re.I)


def _not_practising(rest: str, words: int = 8, name: str = "") -> bool:
    """What follows a name says they are on the team but not doing the work: an apposition
    naming another role ("…, our practice manager,") or "she does not perform SMP" (not a
    sentence about someone else the card names: "Our apprentice Sam ... does not treat")."""
    near = " ".join(rest.split()[:words])
    if declines(rest, name):
        return True
    return bool(_NOT_PRACTITIONER.search(near)) and not _practising_role(near)


DECLINES = "says they do not do the work"  # a cue: in so many words, not by another role


def declines(rest: str, name: str = "") -> bool:
    """Whether what follows a name says in words that they do not do the work ("he performs
    FUE transplants and does not perform SMP"), not of someone else, nor of all other work
    ("I don't do tattoos, brows or anything else")."""
    return any(
        not _about_another(rest, m.start(), name)
        and not _ONLY_THIS.search(rest[m.end() : m.end() + 40])
        for m in _NOT_DOING.finditer(rest)
    )


# what a sentence says someone is, right after their name: "…, our medical director, is a
# board-certified dermatologist"
_IS_A = re.compile(
    r"^(?:\s*,\s*(?:our|the|a|an)\b[^,.;]{0,60},?)?"
    r"(?:\s*(?:is|was|works\s+as)\s+(?:a|an|our|the)\b[^,.;]{0,60})?"
)


def _another_trade(rest: str) -> bool:
    """What a sentence says someone is, after their name, is another trade, with no word of
    the work ("Dr. Yoder, our medical director, is a board-certified dermatologist")."""
    said = _IS_A.match(rest)
    span = said.group(0) if said else ""
    return bool(_MEDICAL.search(span)) and not _SMP_ROLE.search(span)


# the medical trades that oversee or refer rather than do the work (a tattoo artist, a nurse
# or a barber may well do SMP too)
_MEDICAL = re.compile(
    r"\b(?:surgeon|physician|doctor|dermatologist|trichologist|medical\s+director|"
    r"dermatologue|chirurgien\w*|m[ée]decin|dermatolog[eo]\w*|chirurg\w*)\b",
    re.I,
)


def _about_another(text: str, at: int, name: str) -> bool:
    """Whether the sentence holding `at` names someone by a given name other than `name`."""
    start = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at)) + 1
    own = {fold(w) for w in name.split()}
    said = text[start:at]
    return any(
        is_given_name(w) and fold(w) not in own for w in re.findall(r"\b[A-Z][a-z'’]+\b", said)
    ) or any(fold(w) not in own for w in _TITLED.findall(said))  # "Dr Ashworth ... does not"


_TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Dre)\.?\s+([A-Z][a-z'’-]+)")


def _practising_role(role: str) -> bool:
    """A role that does the work: an artist's or technician's, not only a founder's."""
    return any(not _BUSINESS_ROLE.match(m.group(0).strip()) for m in ROLES.finditer(role))


def _following(heading: etree._Element) -> list[etree._Element]:
    """What follows a heading in a flat section (<h3>name</h3><p>bio</p><h3>...), up to the
    next heading."""
    out: list[etree._Element] = []
    count = 0
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in SKIP_TAGS:
            continue
        if sibling.tag in (heading.tag, *_INLINE_HEADS) or any(
            sibling.find(f".//{h}") is not None for h in _INLINE_HEADS
        ):
            break
        count += len(element_text(sibling).split())
        if count > MAX_CARD_WORDS:
            break
        out.append(sibling)
    return out


def _team_context(el: etree._Element) -> bool:
    """A heading before it, or a container around it, that speaks of a team."""
    for ancestor in (el, *el.iterancestors()):
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if marks.strip() and _TEAM.search(marks.replace("-", " ").replace("_", " ")):
            return True
        for sibling in ancestor.itersiblings(preceding=True):
            if isinstance(sibling.tag, str) and sibling.tag in ("h1", "h2", "h3"):
                return bool(_TEAM.search(element_text(sibling)))
    return False
