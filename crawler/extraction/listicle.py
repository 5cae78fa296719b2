"""A "best of" article's businesses: numbered headings ("2. HD Scalp Clinic, Doncaster"),
each over a section giving its address or telephone, as a newspaper or a blog lists them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from crawler.items import Address, Practitioner

from . import contacts, offered
from .context import Context
from .document import Document, element_text, in_chrome

MIN_ENTRIES = 2
_HEADINGS = ("h2", "h3", "h4")
_NUMBERED = re.compile(r"^\s*(?:no\.\s*)?\d{1,2}\s*[.):]\s+(?P<title>\S.*)$", re.I)


def entries(ctx: Context) -> list[Practitioner]:
    """The businesses a page lists under numbered headings, each with its address or
    number; none unless two or more are so given."""
    doc = ctx.doc
    heads = [
        h
        for h in doc.body.iter(*_HEADINGS)
        if _NUMBERED.match(element_text(h)) and not in_chrome(h, aside=True)
    ]
    out: list[Practitioner] = []
    for head in heads:
        title = _NUMBERED.match(element_text(head))
        section = _section(head)
        text = "\n".join(element_text(el) for el in section)
        phones = contacts.phones_in_text(text, ctx.region)
        addresses = contacts.addresses_in_text(text)
        if title is None:
            continue
        name, place = _name_and_place(_LEAD_IN.sub("", title.group("title")))
        if not (phones or addresses or (_known_town(place) and len(text.split()) >= MIN_WORDS)):
            continue  # (a reviewer's paragraph under "2. Giulia Ferraro, Cork (mobile)")
        addresses.sort(key=lambda a: (a.postal_code is None, a.street is None))
        entry = Practitioner(name=name.strip(), telephone=next(iter(phones), None))
        entry.address = next(iter(addresses), None) or _town(place)
        entry.website = _website(section, ctx.doc.host)
        out.append(entry)
    return out if len(out) >= MIN_ENTRIES else []


MIN_WORDS = 20  # the paragraph a heading of a name and a town must head
# a heading's lead-in in lower case up to a preposition before the name ("A word on Celtic
# SMP, Ballincollig", "Why we like Giulia Ferraro"): the writer's, no part of the name
_LEAD_IN = re.compile(
    r"^(?:(?:A|An|The|Our|One|Why|How)\s+)?(?:[a-z]+\s+){0,2}(?:on|about|at|for|with|like)\s+"
    r"(?=[A-Z])"
)


def _name_and_place(title: str) -> tuple[str, str]:
    """A heading's name and the place it adds, after a comma or a dash ("Ciarán Devlin SMP –
    Belfast & Lisburn": the first town named)."""
    from .names import split_place

    name, town = split_place(title)
    if town:
        return name, town
    name, _, place = title.partition(",")
    return name, place


def _known_town(place: str) -> bool:
    from .brand import key_of, place_names

    town = _town(place)
    return town is not None and key_of(town.locality or "") in place_names()


def about_the_work(doc: Document) -> bool:
    """Whether the article's headline is about the work (not "the best barbers", one of
    which may host an artist)."""
    return bool(
        offered.WORK.search(" ".join([doc.title, *(element_text(h) for h in doc.body.iter("h1"))]))
    )


def _section(head: etree._Element) -> list[etree._Element]:
    """The elements after a heading up to the next heading of its level or higher."""
    level = int(head.tag[1])
    out = []
    for sibling in head.itersiblings():
        tag = sibling.tag if isinstance(sibling.tag, str) else ""
        if re.fullmatch(r"h[1-6]", tag) and int(tag[1]) <= level:
            break
        out.append(sibling)
    return out


def _town(place: str) -> Address | None:
    """The town a heading adds after the name ("Doncaster", "Hull (and Scarborough)")."""
    town = re.sub(r"\(.*?\)", "", place.split(",")[-1]).strip()
    return Address(locality=town) if town and len(town.split()) <= 3 else None


def _website(section: list[etree._Element], host: str) -> str | None:
    """The one outbound link of the section, or a bare domain written in it."""
    hosts = {
        href
        for el in section
        for a in el.iter("a")
        if (href := (a.get("href") or "").strip()).startswith(("http://", "https://"))
        and (urlsplit(href).hostname or "").removeprefix("www.") not in ("", host)
    }
    if len(hosts) == 1:
        return hosts.pop()
    written = {
        m.group(0).lower()
        for el in section
        for m in re.finditer(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2,6})\b", element_text(el))
        if "@" not in m.group(0)
    }
    domains = {d for d in written if not re.fullmatch(r"[\d.]+", d) and "." in d}
    return f"https://{domains.pop()}/" if len(domains) == 1 else None
