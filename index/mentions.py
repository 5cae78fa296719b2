"""Reviews on pages about no one in particular, a forum thread or a neighbours' discussion,
given to the practitioner they name ("Harbourline on Sackville, hands down").

A review is given only where its words name exactly one practitioner by a name of its own:
a business's full name, the distinctive word of it ("Harbourline" of Harbourline Scalp
Studio), or an artist's full name. A review naming two, or a name two practitioners share
(a chain's locations), is given to no one, unless it names the chain and one location's town
or artist ("Priya at Follicle & Co's Leicester clinic"). A reply that names no one goes to the one
practitioner its thread's heading names ("NQ Scalp Studio Townsville - honest thoughts").
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from crawler.items import NameClue
from index import sites
from index.normalize import fold
from vetting.names import GENERIC, LEGAL

MIN_CORE_LETTERS = 6  # a one-word distinctive name shorter than this is too common to trust
RARE_CORE_LETTERS = 3  # ... unless it is no everyday word nor a given name ("Mauka", "Tav")


def names_of(name: str, aliases: Iterable[str] = ()) -> set[str]:
    """The folded names a practitioner may be mentioned by."""
    out: set[str] = set()
    for full in [name, *aliases]:
        words = re.findall(r"[\w'’]+", fold(full))
        # a company's legal form names no one ("Tyne Scalp Clinic Ltd" is "Tyne Scalp Clinic")
        words = [w for w in words if w not in LEGAL] or words
        core = [w for w in words if w not in GENERIC and w not in ("and", "the", "co", "by", "of")]
        if len(words) >= 2 and core:
            out.add(" ".join(words))
        # the one word of its own beside the trade's ("Inkline" of Inkline Tattoo & Scalp)
        own = [w for w in core if w not in _TRADE_TAIL] if len(core) > 1 else core
        if len(own) == 1 and (len(own[0]) >= MIN_CORE_LETTERS or _rare(own[0])):
            out.add(own[0])
        elif len(core) >= 2:
            out.add(" ".join(core))
            out.add(" ".join(core[:2]))  # "Shawn Daley" of Shawn Daley Tattoo & SMP
        short = list(words)
        while short and (short[-1] in GENERIC or short[-1] in _TRADE_TAIL):
            short.pop()  # "Scalp Fix" of Scalp Fix Barbers & SMP
        if len(short) >= 2 and short != words and any(w not in GENERIC for w in short):
            out.add(" ".join(short))
    return out


# what ends a business's name besides the trade's words ("Barbers & SMP", "Ltd")
_TRADE_TAIL = LEGAL | {"barbers", "barber", "barbershop", "salon", "tattoo", "tattoos"}


def names_in_town(name: str, towns: Iterable[str]) -> set[str]:
    """A name of trade words alone ("The Hairline Studio"), which names no one by itself, with
    its town: "the hairline studio in bedford", "bedford hairline studio", "the hairline
    studio bedford"."""
    words = [w for w in re.findall(r"[\w'’]+", fold(name)) if w != "the"]
    if not words:
        return set()
    plain = " ".join(words)
    forms = ("{plain} in {t}", "{t} {plain}", "{plain} {t}")  # "The Hairline Studio Cardiff"
    return {form.format(plain=plain, t=t) for form in forms for t in towns if t}


def _rare(word: str) -> bool:
    """A short word no one writes but as a name: not an everyday word of the five languages
    the product reads, nor a given name ("Kate" of Kate SMP may be any Kate)."""
    from crawler.extraction.people import common_words, is_given_name

    return (
        len(word) >= RARE_CORE_LETTERS
        and word.isalpha()
        and word not in common_words()
        and not is_given_name(word)
    )


def attribute(
    db: sqlite3.Connection,
    practitioners: dict[str, set[str]],
    clinic_of: dict[str, str] | None = None,
    chains: dict[int, dict[str, set[str]]] | None = None,
    families: list[dict[str, set[str]]] | None = None,
    towns: dict[str, set[str]] | None = None,
) -> set[str]:
    """Set each review on a page about no one to the one practitioner it names (by the names
    in `practitioners`: id -> names_of(...); an artist named with their own clinic, `clinic_of`,
    names that clinic); and each review on a listing of a whole chain (`chains`: its sighting
    -> each location's id -> the towns and artists that tell it from the others) to the one
    location it names; a name two practitioners share goes to the one in the town the text
    names (`towns`: id -> folded towns). The ids whose mentioned reviews changed."""
    clinic_of = clinic_of or {}
    chains = chains or {}
    kin = [(set(f), _owners(f), _longest(_owners(f))) for f in families or []]
    owners = _owners(practitioners)
    longest = _longest(owners)
    located = {sid: (here := _owners(keys), _longest(here)) for sid, keys in chains.items()}
    changed: set[str] = set()
    query = (
        "SELECT id, body, mentions, sighting_id, url, quoted FROM reviews"
        " WHERE own_site = 0 AND gone = 0"
    )
    rows = db.execute(f"{query} AND sighting_id IS NULL").fetchall()
    for sid in chains:
        rows += db.execute(f"{query} AND sighting_id = ?", (sid,)).fetchall()
    for review_id, before, sighting in db.execute(
        "SELECT id, mentions, sighting_id FROM reviews WHERE mentions IS NOT NULL"
        " AND sighting_id IS NOT NULL"
    ).fetchall():
        if sighting not in chains:  # its listing now belongs to one location, or is gone
            db.execute("UPDATE reviews SET mentions = NULL WHERE id = ?", (review_id,))
            changed.add(before)
    threads = {row[4] for row in rows if row[3] is None}
    clues: dict[str, list[NameClue]] | None = None  # the threads' headings, read when needed
    subjects: dict[str, tuple[set[str], _Names | None]] = {}
    given = _given_names(practitioners)
    read: list[tuple[int, str | None, int | None, str, list[str], set[str], bool, str]] = []
    in_thread: dict[str, set[str]] = defaultdict(set)  # whom a thread's pages name by name
    for review_id, body, before, sighting, url, quoted in rows:
        words = _WORD.findall(fold(body))
        unclear = False
        if sighting is not None:  # "Kate at the Sydney clinic": one of the chain's locations
            named = _named(words, *located[sighting], shared_vetoes=False)
        else:
            named = _named(words, owners, longest, towns=towns, clinics=clinic_of)
            named = {p for p in named if clinic_of.get(p) not in named}  # "Marc-André at Rideau"
            named = named or _in_chain(words, owners, longest, kin)
            if len(named) != 1:  # the writer's own visit first, another's after
                named = _own_visit(body, owners, longest, clinic_of, towns) or named
            answering = quoted and named and _answers_another(quoted, named, owners, longest)
            if answering and _points_back(body):  # "That's where I ended up after the X mess"
                named, unclear = set(), True  # naming another than the post it answers
        if sighting is None and not named and not unclear and quoted:  # "Same here": the one
            found = _named(_WORD.findall(fold(quoted)), owners, longest, towns=towns)  # the
            named = found if len(found) == 1 else set()  # post it quotes or paragraph it follows
        if sighting is None and len(named) == 1:
            in_thread[thread_key(url)] |= named
        read.append((review_id, before, sighting, url, words, named, unclear, body))
    opening: dict[str, set[str]] = {}  # whom each thread's first post names
    for _, _, sighting, url, _, named, _, _ in sorted(read, key=lambda row: row[0]):
        if sighting is None:
            opening.setdefault(thread_key(url), named)
    for review_id, before, sighting, url, words, named, unclear, body in read:
        if sighting is None and not named and not unclear:  # "Tomas did mine too": one the
            here = in_thread[thread_key(url)]  # thread names in full, or an artist of a clinic
            named = {  # it names ("Marcus did my scar" after "Second vote for Inkline")
                clinic_of.get(p, p)
                for p, first in given.items()
                if first & set(words) and (p in here or clinic_of.get(p) in here)
            }
            named = named if len(named) == 1 else set()
        if sighting is None and not named and not unclear and towns:  # "if anyone in cork
            text = f" {' '.join(words)} "  # wants someone who comes to the house, giulia"
            named = {
                clinic_of.get(p, p)  # (a clinic's artist: "jace from the wichita one", his clinic)
                for p, first in given.items()
                if first & set(words)
                and any(
                    f" {t} " in text
                    for t in towns.get(p, set()) | towns.get(clinic_of.get(p), set())
                )
            }  # the one practitioner of that given name in the town the text names
            named = named if len(named) == 1 else set()
        if sighting is None and not named and not unclear:  # naming no one: the thread's subject
            if url not in subjects:
                clues = sites.page_clues(db, threads) if clues is None else clues
                page = clues.get(url, [])
                heading = _WORD.findall(fold(sites.heading(page)))
                subjects[url] = _subject(heading, owners, longest, kin)
                if not subjects[url][0] and subjects[url][1] is None:  # the h1 a player's
                    title = " ".join(c.text for c in page if c.kind == "title")  # notice: the
                    subjects[url] = _subject(_WORD.findall(fold(title)), owners, longest, kin)
            named, chain = subjects[url]
            if not named and chain is not None:
                named = _named(words, *chain, shared_vetoes=False)
            first = opening.get(thread_key(url), set())
            if not named and len(first) == 1 and _points_back(" ".join(words)):
                named = first  # "Same guy did my brother": whom the thread's first post names
            # "He did my session on a folding chair": the writer's own visit, in a thread
            # that names one practitioner, naming no other (not even a name two share)
            alone = len(first) == 1 and in_thread[thread_key(url)] <= first
            if not named and alone and _own_experience(body):
                others = _named(words, owners, longest, shared_vetoes=False, shared=True)
                named = set() if others else first
        after = next(iter(named)) if len(named) == 1 else None
        if after != before:
            db.execute("UPDATE reviews SET mentions = ? WHERE id = ?", (after, review_id))
            changed.update(x for x in (before, after) if x)
    return changed


_WORD = re.compile(r"[\w'’]+")


# a thread's later pages: "/page/2/", "?page=2", "topic,4821.5.html" (SMF), "t1182-8.html",
# a post's number after the thread's slug ("/d/41-tyne-or-liam/21", Flarum's and Discourse's)
_PAGE_OF_THREAD = re.compile(
    r"/page/?\d+/?$|[?&](?:page|p|start)=\d+$|(?<=\d)[.-]\d+(?=\.html?$)|/index\d+\.html?$"
    r"|(?<=/)(?P<slug>[a-z\d]+(?:-[a-z\d]+)+)/\d{1,5}$",
    re.I,
)


def thread_key(url: str) -> str:
    """A thread's address without its page: its pages are one conversation."""
    return _PAGE_OF_THREAD.sub(lambda m: m.group("slug") or "", url.rstrip("/")) if url else url


def _given_names(practitioners: dict[str, set[str]]) -> dict[str, set[str]]:
    """The given name each practitioner named for a person goes by ("tomas" of Tomas Reyes)."""
    from crawler.extraction.people import is_given_name

    return {
        pid: {n.split()[0] for n in names if len(n.split()) == 2 and is_given_name(n.split()[0])}
        for pid, names in practitioners.items()
    }


_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|my|me|mine)\b")
_FIRST_SENTENCE = re.compile(r"^.+?(?:[.!?](?=\s)|$)", re.S)


def _own_experience(body: str) -> bool:
    """Whether a post opens on the writer's own experience ("Mine turned out okay", "He did
    my session"), not a question to the thread."""
    first = _FIRST_SENTENCE.match(body.strip())
    return bool(first) and bool(_FIRST_PERSON.search(first.group(0)))


def _own_visit(
    body: str,
    owners: dict[str, set[str]],
    longest: int,
    clinic_of: dict[str, str],
    towns: dict[str, set[str]] | None,
) -> set[str]:
    """The one practitioner a post's first sentence names as the writer's own experience
    ("Dana Ortiz did my density at Summit and it's spot on. Funny enough my brother saw her
    at Wasatch ..."): the post is about that visit; else none."""
    first = _FIRST_SENTENCE.match(body.strip())
    if not first or not _FIRST_PERSON.search(first.group(0)):
        return set()
    words = _WORD.findall(fold(first.group(0)))
    named = _named(words, owners, longest, towns=towns, clinics=clinic_of)
    named = {p for p in named if clinic_of.get(p) not in named}
    return named if len(named) == 1 else set()


_Names = tuple[dict[str, set[str]], int]  # name -> practitioners, and the most words a name has


def _subject(
    heading: list[str],
    owners: dict[str, set[str]],
    longest: int,
    families: list[tuple[set[str], dict[str, set[str]], int]],
) -> tuple[set[str], _Names | None]:
    """Whom a thread's heading is about: the one practitioner it names, or a chain it names
    by its name or its places ("Tress & Co - Harborne vs West Bridgford"), whose locations'
    names then tell a reply's location ("Priya", "Harborne")."""
    shared = _named(heading, owners, longest, shared_vetoes=False, shared=True)
    named = [
        (ids, names, most)
        for ids, names, most in families
        if (shared and shared <= ids) or _named(heading, names, most, shared=True)
    ]
    chain = named[0][1:] if len(named) == 1 else None
    return _named(heading, owners, longest), chain


# A reply's words pointing back at the post it quotes: "that's (actually) where I went",
# "same place", "that clinic", "same here"
_POINTS_BACK = re.compile(
    r"\b(?:that|this)(?:'s|’s|\s+is|\s+was)\s+(?:\w+ly\s+)?(?:where|who|the\s+one|the\s+place)\b"
    r"|\b(?:same|that|this)\s+(?:place|clinic|studio|guy|artist|one|lot)\b|\bsame\s+here\b",
    re.I,
)


def _points_back(body: str) -> bool:
    return bool(_POINTS_BACK.search(body))


def _answers_another(
    quoted: str, named: set[str], owners: dict[str, set[str]], longest: int
) -> bool:
    """Whether the post a reply quotes names someone other than the reply's own words do
    ("That's where I ended up after the Northern Line mess", answering a post on Carys)."""
    context = _named(_WORD.findall(fold(quoted)), owners, longest)
    return bool(context) and context != named


def _in_chain(
    words: list[str],
    owners: dict[str, set[str]],
    longest: int,
    families: list[tuple[set[str], dict[str, set[str]], int]],
) -> set[str]:
    """The location of a chain a text names by the chain's name and the location's town or
    artist ("Priya at Follicle & Co's Leicester clinic"), where it names nothing else."""
    shared = _named(words, owners, longest, shared_vetoes=False, shared=True)
    for ids, names, most in families:
        if shared and shared <= ids:
            return _named(words, names, most, shared_vetoes=False)
    return set()


def _owners(keys: dict[str, set[str]]) -> dict[str, set[str]]:
    """Name -> the practitioners it names."""
    owners: dict[str, set[str]] = defaultdict(set)
    for pid, names in keys.items():
        for key in names:
            owners[key].add(pid)
    return owners


def _longest(owners: dict[str, set[str]]) -> int:
    """The most words a name of these has."""
    return max((len(k.split()) for k in owners), default=0)


def _named(
    words: list[str],
    owners: dict[str, set[str]],
    longest: int,
    shared_vetoes: bool = True,
    shared: bool = False,
    towns: dict[str, set[str]] | None = None,
    clinics: dict[str, str] | None = None,
) -> set[str]:
    """The practitioners a text's runs of words name; none where a name it uses is shared
    (unless not `shared_vetoes`: then that name is passed over, or, with `shared`, all
    those sharing it are named). A name shared by one artist's records at two clinics
    (`clinics`: artist -> clinic) is theirs at the clinic the text names."""
    named: set[str] = set()
    others: set[str] | None = None
    covered = 0  # a name within a longer one the text uses is that one ("dundee" of "dundee
    for i in range(len(words)):  # scalp studio"): the longest name at each word counts
        for n in range(min(longest, len(words) - i), 0, -1):
            if i + n <= covered:
                break
            who = owners.get(" ".join(words[i : i + n]))
            if who is None:
                continue
            covered = i + n
            if len(who) > 1 and towns:  # "Camille Arsenault in Halifax": hers in Halifax
                text = f" {' '.join(words)} "
                here = {p for p in who if any(f" {t} " in text for t in towns.get(p, ()))}
                who = here if len(here) == 1 else who
            if len(who) > 1 and clinics:  # "Dana Ortiz did my density at Summit"
                if others is None:
                    others = _named(words, owners, longest, shared_vetoes=False)
                here = {p for p in who if clinics.get(p) in others}
                who = here if len(here) == 1 else who
            if len(who) > 1 and not shared:
                if shared_vetoes:
                    return set()  # a name two practitioners share (a chain's locations)
                continue
            named |= who
    return named
