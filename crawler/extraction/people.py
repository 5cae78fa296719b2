"""Team pages: the artists a page introduces, each with the part of the page about them.

An artist is a heading that reads as a person's name (optionally "Meet ..." or followed by a
role) whose section speaks of a person (he/she/they, artist, founder, trained, ...). Only
pages with two or more such sections count as team pages, or one section that the page
presents as its team (a "Meet the team" heading, a card classed artist/team/staff/bio).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .document import Document, element_text
from .text import words

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt")
_NAME = re.compile(
    r"^(?:meet\s+(?:our\s+\w+\s+)?|about\s+)?(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?"
    r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:de|van|von|da|di|le|la|del|mc|o')?\s*"
    r"[A-Z][a-zà-ÿA-Z'’-]+){1,2})"
    r"(?:\s*(?:[,–—|:(]|\s-\s)\s*(?P<role>[^)]{2,60})\)?)?$",
    re.I,
)
_NOT_NAME_WORDS = words(
    """our the team meet about scalp hair micropigmentation smp services service contact book
    free consultation consultations why what how who clinic clinics studio studios gallery
    reviews review testimonials pricing price prices results before after home blog faq faqs
    women men alopecia scar scars camouflage removal laser density hairline treatment
    treatments process aftercare location locations call email follow privacy policy terms
    training academy courses course hours opening open today now welcome your my we us new
    best top get started learn more read view see all customer client clients patient
    patients stories story results gallery portfolio cost costs session sessions day days
    step steps what's frequently asked questions thinning loss restoration pigment pigments
    artist artists founder owner practitioner specialist director lead senior from by for
    and with in on at of to"""
)
_PERSON_WORDS = re.compile(
    r"\b(?:artist|practitioner|founder|co-founder|owner|technician|specialist|director|"
    r"trainer|educator|trained|certified|licen[cs]ed|experience|micropigment\w*|smp|tattoo\w*|"
    r"clinician|nurse|doctor|dermatologist)\b",
    re.I,
)


@dataclass
class Person:
    name: str
    role: str | None
    heading: etree._Element
    elements: list[etree._Element] = field(default_factory=list)

    def text(self) -> str:
        return " ".join(element_text(el) for el in self.elements)


def find_people(doc: Document, exclude: set[etree._Element] | None = None) -> list[Person]:
    """The artist sections of a team page (empty unless there are at least two)."""
    exclude = exclude or set()
    candidates: list[Person] = []
    for el in doc.body.iter(*_HEADINGS):
        if el in exclude:
            continue
        found = person_name(element_text(el))
        if found:
            candidates.append(Person(found[0], found[1], el))
    if not candidates:
        return []
    if len(candidates) == 1:
        return _lone_artist(candidates[0])
    heads = {p.heading for p in candidates}
    counts: dict[etree._Element, int] = {}
    for person in candidates:
        for ancestor in person.heading.iterancestors():
            counts[ancestor] = counts.get(ancestor, 0) + 1
    people = []
    for person in candidates:
        person.elements = _section(person.heading, counts, heads)
        if _PERSON_WORDS.search(person.text()):
            people.append(person)
    return people if len(people) >= 2 else []


_TEAM_WORDS = re.compile(
    r"\b(?:team|artists?|staff|practitioners?|meet|our people|who we are|bios?)\b", re.I
)
_CARD_TAGS = ("section", "article", "div", "li", "aside")


def _lone_artist(person: Person) -> list[Person]:
    """One artist section, when the page presents it as its team."""
    card = person.heading.getparent()
    if card is None or card.tag not in _CARD_TAGS or card.find(".//h1") is not None:
        return []
    marks = f"{card.get('class', '')} {card.get('id', '')}"
    if not (_TEAM_WORDS.search(marks) or _TEAM_WORDS.search(_heading_before(card))):
        return []
    person.elements = [card]
    return [person] if _PERSON_WORDS.search(person.text()) else []


def _heading_before(element: etree._Element) -> str:
    """The text of the nearest heading before an element, among its earlier siblings."""
    for sibling in element.itersiblings(preceding=True):
        if isinstance(sibling.tag, str) and sibling.tag in _HEADINGS[:6]:
            return element_text(sibling)
    return ""


def person_name(text: str) -> tuple[str, str | None] | None:
    """(name, role) when a heading reads as a person's name."""
    text = " ".join(text.split())
    if not 4 <= len(text) <= 90:
        return None
    match = _NAME.match(text)
    if not match:
        return None
    name = match.group("name")
    words = [w.lower().strip(".'’") for w in name.split()]
    if any(w in _NOT_NAME_WORDS for w in words) or not name[0].isupper():
        return None
    if sum(1 for w in name.split() if w[0].isupper()) < 2:
        return None
    role = (match.group("role") or "").strip() or None
    return name, role


def _section(
    heading: etree._Element, counts: dict[etree._Element, int], heads: set[etree._Element]
) -> list[etree._Element]:
    """The heading's own card, or the run of siblings up to the next person's heading."""
    section = heading
    parent = heading.getparent()
    while parent is not None and parent.tag not in ("body", "html") and counts.get(parent, 0) <= 1:
        section = parent
        parent = parent.getparent()
    if section is not heading:
        return [section]
    elements = [heading]
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling in heads or any(d in heads for d in sibling.iterdescendants()):
            break
        if sibling.tag in ("h1", "h2") or (
            sibling.tag in _HEADINGS[:6] and sibling.tag <= heading.tag and heading.tag[0] == "h"
        ):
            break
        elements.append(sibling)
    return elements
