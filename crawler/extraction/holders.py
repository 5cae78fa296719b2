"""Whose a credential claim is: the person a sentence names, or the business.

A sentence that names one of the page's people ("Beth has trained at ...", "Dr. Soni
holds eight board certifications") is theirs; so is one that goes on about them ("She is
a qualified VTCT Educator"), and a first-person one on a page where someone introduced
themself ("I am Yaeli Fishman ..."; "I was trained in Ukraine"). "We" and "our team"
speak for the business: those claims have no holder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from crawler.items import Credential

from . import claims
from .people import ROLES, SUBJECT, Person, is_given_name, same_person, short_form
from .text import sentences

_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i’m|i've|i’ve|my|me|ich|mein|meine|je|j'|moi|yo|mi|eu|jestem)\b", re.I
)
_THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him|er|sie|il|elle|ella|él)\b", re.I)
_PLURAL = re.compile(r"\b(?:we|our|us|we're|we’ve|team|wir|unser\w*|nous|notre|nuestro)\b", re.I)


def speaks_for_all(sentence: str) -> bool:
    """A sentence in the voice of the whole business ("we", "our team", "every artist"), not
    of one person ("She … opened our Harrogate studio", "I trained …")."""
    return bool(_PLURAL.search(sentence)) and not _ONE_PERSON.search(sentence)


_ONE_PERSON = re.compile(
    r"\b(?:(?i:he|she|his|her|him|hers|himself|herself|my|me)|I|I['’]m|I['’]ve)\b"
)


def claims_with_holders(
    texts: Iterable[str],
    team: list[Person],
    now: datetime,
    *,
    section: bool = False,
    business: Iterable[str] = (),
    context: Iterable[str] = (),
    author: str | None = None,
) -> list[Credential]:
    """Every claim in these texts (in order), each with its holder where a person holds it.

    `section`: the texts are one person's own section (`team` is that person), so a claim
    that names nobody else and does not speak for the business (`we`, or its name,
    `business`: "Cedar & Salt holds a permit") is theirs. `context`: the rest of the page,
    where the writer may speak of someone of `team` ("Marcus joined us ... with me");
    `author`: the person a byline names as the page's writer, the "I" of its prose.
    """
    texts = list(texts)
    speaker = next((p.name for p in team if "introduces themself" in p.cues), None)
    speaker = speaker or signer(texts) or author
    # someone the writer speaks of ("Marcus joined us after an apprenticeship with me") is not
    # the "I" of the page
    spoken_of = _spoken_of(team, [*texts, *context])
    alone = team[0].name if section and len(team) == 1 and team[0].name not in spoken_of else None
    current: str | None = None
    out: list[Credential] = []
    letters: list[Credential] = []  # a line of post-nominals waiting for the name it goes with
    waited = 0
    for text in texts:
        for sentence in sentences(text):
            named = _named(sentence, team)
            if named:
                current = named
                for claim in letters:
                    claim.holder = named
                letters = []
            waited += 1
            if waited > _LETTERS_WAIT:
                letters = []
            found = claims.find_claims([sentence], now)
            if not found:
                continue
            holder = named
            if holder is None and _THIRD_PERSON.search(sentence) and not _PLURAL.search(sentence):
                holder = current
            if holder is None and _FIRST_PERSON.search(sentence) and not _PLURAL.search(sentence):
                sole = team[0].name if len(team) == 1 and team[0].name not in spoken_of else None
                holder = speaker or alone or sole
            if holder is None and alone and not _PLURAL.search(sentence):
                holder = None if any(_names_business(sentence, b) for b in business) else alone
            joint = _joint_holders(sentence, team) or _both_of_two(sentence, team)
            if len(joint) > 1:  # "Renee and Jordan are both registered ...": each holds one
                out.extend(replace(c, holder=name) for name in joint for c in found)
                continue
            for claim in found:
                claim.holder = holder
            if holder is None and _POSTNOMINALS.fullmatch(sentence.strip()):
                letters, waited = found, 0  # "MBBS · FRACGP · DCH", then "Dr Mandi Sandhu is..."
            out.extend(found)
    return out


_SIGN_OFF = r"(?:warmly|sincerely|best(?:\s+wishes)?|thanks|thank\s+you|with\s+love|cheers|regards|"
_SIGN_OFF += r"kind\s+regards|yours(?:\s+truly)?|love)"
_SIGNATURE = re.compile(
    rf"^(?:(?P<off>{_SIGN_OFF})\s*,?\s*[—–-]?\s*|[—–~-]+\s*)"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\s*(?:,\s*(?P<role>[^.!?]{2,50}))?[.!]?$",
    re.I,
)


def signer(texts: list[str]) -> str | None:
    """Who signs a letter in the first person: a short line after it, "— Celeste Ward,
    founder" or "Warmly, Celeste" (never a testimonial's "— Craig, Christchurch")."""
    for i, text in enumerate(texts):
        line = text.strip()
        match = _SIGNATURE.match(line) if len(line) <= 80 else None
        if (
            match
            and (match.group("off") or ROLES.search(match.group("role") or ""))
            and is_given_name(match.group("name").split()[0])
            and any(_FIRST_PERSON.search(t) for t in texts[max(0, i - 8) : i])
        ):
            return match.group("name")
    return None


_GENERIC_END = re.compile(
    r"(?:\s+(?:scalp|hair|clinic|studios?|smp|micropigmentation|co\.?|company|ltd|llc|inc|"
    r"centre|center|salon|lounge|bar|&|and))+\s*$",
    re.I,
)


def _names_business(sentence: str, business: str) -> bool:
    """Whether a sentence names the business by the distinctive part of its name ("Cedar &
    Salt" of "Cedar & Salt Scalp Clinic")."""
    core = _GENERIC_END.sub("", business).strip()
    words = re.findall(r"[\w'’]+|&", core)
    if not words or (len(words) == 1 and len(words[0]) < 4):
        return False
    return re.search(r"\b" + r"\W+".join(map(re.escape, words)), sentence) is not None


_LETTERS_WAIT = 3  # sentences a line of post-nominals waits for the person it goes with
_POSTNOMINALS = re.compile(
    r"(?:[A-Z][A-Za-z]{1,7}\.?(?:\s+[A-Z][\w.]*){0,3}(?:\s*\([A-Z]+\))?\s*[,·•|/]?\s*){2,}"
)
_TRAINER_BEFORE = re.compile(  # "trained under Dr. Okafor": the trainer, not the holder
    r"\b(?:under|with|alongside|taught\s+by|trained\s+by|mentored\s+by|from)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
_TITLED = re.compile(r"\b(?:Dr|Prof)\.?\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\b")


def _spoken_of(team: list[Person], texts: list[str]) -> set[str]:
    """The people of `team` a first-person writer names before speaking of themself."""
    out: set[str] = set()
    for text in texts if team else ():
        if _FIRST_PERSON.search(text):
            for sentence in sentences(text):
                out.update(p.name for p in team if _named_first(sentence, p.name))
    return out


_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_JOINT = re.compile(
    rf"^(?:both\s+)?(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME})"
    r"\s+(?:are|both|each|have|hold|were)\b"
)


def _joint_holders(sentence: str, team: list[Person]) -> list[str]:
    """The people of the team a sentence's subject names together ("Renee and Jordan are
    both registered tattoo artists"): a claim of theirs is each one's."""
    match = _JOINT.match(sentence.strip())
    if not match:
        return []
    names = match.group("names")
    found = [p.name for p in team if _name_pattern(p.name).search(names)]
    if not found:
        return []
    # and a colleague this page names by given name only ("Dean and Priya are both members"):
    # the practice's pages give her full name
    known = {w for name in found for w in name.split()}
    found += [
        w for w in re.findall(r"\b[A-Z][a-z'’-]+\b", names) if w not in known and is_given_name(w)
    ]
    return found


_BOTH = re.compile(
    r"^(?:both\s+(?:of\s+(?:us|them|our\s+\w+)|(?:our\s+|the\s+)?(?:practitioners|artists|"
    r"technicians|owners|founders|partners|specialists))|the\s+two\s+of\s+us|we\s+both|"
    r"our\s+two\s+(?:practitioners|artists|technicians|specialists))\b",
    re.I,
)


def _both_of_two(sentence: str, team: list[Person]) -> list[str]:
    """A team of two spoken of together ("Both practitioners are members of ..."): a claim
    of theirs is each one's."""
    return [p.name for p in team] if len(team) == 2 and _BOTH.match(sentence.strip()) else []


def _named_first(sentence: str, name: str) -> bool:
    """Whether the sentence names the person before its first "I", "me" or "my"."""
    first = _FIRST_PERSON.search(sentence)
    named = _name_pattern(name).search(sentence) if first is not None else None
    return named is not None and named.start() < first.start()


_AFTER_COMMA = re.compile(r",\s+(?=[A-Z])(.*)")


def _named(sentence: str, team: list[Person]) -> str | None:
    """The person of the page a sentence names, or a titled or given-named subject."""
    at = {p.name: m.start() for p in team if (m := _name_pattern(p.name).search(sentence))}
    if at:  # the one named first: "Darragh earned ... and spent a year assisting Sinéad"
        return min(at, key=at.__getitem__)
    titled = _TITLED.search(sentence)  # "led by the renowned Dr. Prabhat Soni, ABIM, FCCP"
    if titled and not _TRAINER_BEFORE.search(sentence[: titled.start()]):
        known = next((p.name for p in team if same_person(p.name, titled.group(0))), None)
        return known or titled.group(0)
    # the subject starts the sentence, or its main clause after an opening phrase ("With
    # over 8 years in the chair and more than 1,500 clients, Derek has seen ...")
    clauses = [sentence.strip(), *(m.group(1) for m in _AFTER_COMMA.finditer(sentence))]
    match = next((m for c in clauses if (m := SUBJECT.match(c))), None)
    if match:
        name = match.group("name")
        title = match.group("title")
        first = name.split()[0]
        if title or is_given_name(first):
            full = f"{title.strip()} {name}" if title else name
            known = next((p.name for p in team if same_person(p.name, full)), None)
            short = [p.name for p in team if short_form(full, p.name)]  # "Mitch" of Mitchell
            return known or (short[0] if len(short) == 1 else full)
    return None


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str]:
    """Any of the words a page may call the person by, as a whole word."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _name_words(name)) + r")\b")


def _name_words(name: str) -> list[str]:
    words = [w for w in re.split(r"[\s,]+", name) if len(w) > 2 and w[0].isupper()]
    return [name, *(w for w in words if w.rstrip(".") not in ("Dr", "Mr", "Mrs", "Ms", "Prof"))]
