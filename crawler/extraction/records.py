"""Repeated records on a page with no markup: the sibling structures a list is made of.

A page that lists things (reviews, businesses, locations) repeats one structure per thing:
list items, cards of one class, table rows, `<dt>`/`<dd>` pairs. Such a run of siblings is
found by shape alone (tag, class words without numbers, the tags inside), never by the
class names of any one site; what each record holds is then read from its pieces of text:
a short name, a date, a rating written any of the ways pages write them, and a body.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

from . import dates, ratings
from .context import Context
from .document import SKIP_TAGS, Document, drawing_label, element_text, squash
from .text import QUOTE_MARKS, clean_author, quoted, words

MIN_RECORDS = 2
# a record's own words beside a blockquote it holds: a sentence, not a caption
OWN_WORDS = 8
MIN_BODY_WORDS = 5
MAX_NAME_WORDS = 5
_RECORD_TAGS = frozenset(
    ["li", "tr", "div", "article", "section", "dd", "p", "aside", "figure", "blockquote"]
)
_REPLY = re.compile(
    r"(?:^|[\s_-])(?:repl(?:y|ies)|response|respond|owner|answer|comment-reply)", re.I
)


def is_reply(marks: str) -> bool:
    """Whether an element's classes (or other marks) say it holds the business's reply."""
    return bool(_REPLY.search(marks))


def headed_as_reply(node: etree._Element) -> bool:
    """A block whose first words say it is the business's answer to the review."""
    first = squash(node.text)
    if not first:
        child = next((c for c in node if isinstance(c.tag, str)), None)
        first = squash(element_text(child)) if child is not None else ""
    return bool(first) and len(first) <= 80 and bool(_REPLY_TEXT.match(first))


# a forum poster's signature ("NW5 | Northline Glasgow, Apr 2024"): under every post, of none
_SIGNATURE = re.compile(r"(?:^|[\s_-])(?:signature|sig\d*)(?:$|[\s_-])", re.I)


def _not_the_post(node: etree._Element, record: etree._Element) -> bool:
    """A reply under the record, or its writer's signature; but where the record is itself
    an answer (a Q&A site's "question_answer_item"), its "answer_content" is its own words."""
    marks = f"{node.get('class', '')} {node.get('id', '')}"
    if _SIGNATURE.search(marks):  # (but a Q&A site's "post-signature" is the writer's card,
        return not any(profile_path(a.get("href") or "") for a in node.iter("a"))  # linked)
    return is_reply(marks) and not is_reply(f"{record.get('class', '')} {record.get('id', '')}")


# A block headed as the business's answer, in the languages review sites are written in:
# "Response from the owner", "Owner's reply", "The owner replied", "Kommentar der Praxis",
# "Antwort des Inhabers", "Réponse du propriétaire", "Respuesta del propietario"
_REPLY_TEXT = re.compile(
    r"^\s*(?:(?:response|reply|comment|answer)\s+(?:from|by)\b|owner'?s?\s+(?:response|reply)"
    r"|(?:the\s+)?owner\s+(?:replied|responded|says)"
    r"|(?:kommentar|antwort|stellungnahme)\s+(?:der|des|vom)\b"
    r"|r[ée]ponse\s+(?:du|de\s+l[a'’]?|de\s+la)\b|respuesta\s+del?\b)",
    re.I,
)
_CHROME = re.compile(
    r"^(?:was\s+this\s+(?:review\s+)?helpful|helpful|report|share|reply|read\s+more|"
    r"see\s+more|show\s+more|verified|flag|like|yes|no|"
    r"(?:asked|answered|edited|commented|posted|replied|modified|updated)$|"  # "answered" (a date)
    r"(?:accepted|pinned|featured)(?:\s+(?:answer|post|comment|review))?$|"  # a post's mark
    r"(?:not\s+)?recommended$)\b",  # a vote's verdict ("Recommended" in bold), no byline
    re.I,
)
_BY = re.compile(r"^(?:by|from|reviewed\s+by|posted\s+by|written\s+by|[-–—~])\s*", re.I)
_HEADER_ROLES = {
    "author": re.compile(r"reviewer|author|name|customer|client|patient|by|who|user", re.I),
    "date": re.compile(r"date|when|posted|time|visit", re.I),
    "rating": re.compile(r"rating|score|stars?|grade|mark", re.I),
    "body": re.compile(r"review|comment|text|feedback|experience|says|opinion|details", re.I),
}
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_DATE_LIKE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|"
    r"\b(?:\d+|an?|one)\s+(?:hours?|days?|weeks?|months?|years?)\s+ago\b|"
    r"\byesterday\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    rf"^\s*{dates.POST_AGE.pattern}\s*$|"  # a social site's "5d", "3w"
    rf"{dates.POSTED}{dates.POST_AGE.pattern}\b",  # "Updated 2y", "Answered 3w"
    re.I,
)


@dataclass
class Piece:
    """A run of text with the element it sits in."""

    text: str
    element: etree._Element


@dataclass
class Found:
    """What one record says: the review's parts where it is a review."""

    element: etree._Element
    author: str | None = None
    rating: float | None = None
    date: str | None = None
    body: str = ""
    named: bool = False  # the author came from a byline cue ("by", a name field, <cite>)
    quoted: str | None = None  # the blockquote a post's own words answer


def groups(root: etree._Element) -> Iterator[list[etree._Element]]:
    """Runs of two or more sibling elements of one shape, outermost first."""
    for parent in root.iter(etree.Element):
        if parent.tag in SKIP_TAGS:
            continue
        by_shape: dict[tuple[object, ...], list[etree._Element]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _RECORD_TAGS:
                by_shape[_shape(child)].append(child)
        for members in by_shape.values():
            if len(members) >= MIN_RECORDS:
                yield members


_HASHED = re.compile(r"(?:^|[-_])(?=[a-z\d]*\d)(?=[a-z\d]*[a-z])[a-z\d]{5,}$", re.I)


# A class saying which of the run is shown now ("t-slds__item_active", "is-current"), not
# what the element is
_STATE = re.compile(
    r"(?:^|[-_])(?:active|current|selected|visible|shown|open)$"
    # ... or which of them is marked out: a Q&A site's "accepted-answer", a "pinned-post"
    r"|(?:^|[-_])(?:accepted|featured|highlighted|pinned|sticky)(?:$|[-_])",
    re.I,
)
# A class saying where in the run the element stands ("first", "et-last-child", "omega",
# Enfold's "el_before_av_one_third"): the first of three like columns is still one of them
_POSITION = re.compile(
    r"(?:^|[-_])(?:first|last|odd|even|alpha|omega|only)(?:[-_](?:child|item|col|column))?$"
    r"|^el_(?:before|after)_",
    re.I,
)


def _shape(el: etree._Element) -> tuple[object, ...]:
    """Tag, classes and children: what repeated records share. A builder's per-element class
    ("elementor-element-0655c1d", "comp-kx7ab12") names one element, not a shape."""
    kept = [
        c
        for c in el.get("class", "").split()
        if not _HASHED.search(c) and not _STATE.search(c) and not _POSITION.search(c)
    ]
    classes = sorted(re.sub(r"\d+", "", c) for c in kept[:3])
    inner = tuple(sorted({c.tag for c in el if isinstance(c.tag, str)}))
    if el.tag == "tr":
        inner = (len(el.findall("td")),)
    return (el.tag, tuple(classes), inner if el.tag in ("tr", "li", "div") else ())


def pieces(el: etree._Element) -> list[Piece]:
    """The record's text in small pieces, each with its own element; replies left out."""
    out: list[Piece] = []

    def walk(node: etree._Element) -> None:
        if node.tag == "svg":  # stars drawn in SVG, named for a screen reader
            label = drawing_label(node)
            if label and ratings.rating_in_text(label) is not None:
                out.append(Piece(label, node))
            return
        if node.tag in SKIP_TAGS:
            return
        if node is not el and _not_the_post(node, el):
            return
        alt = _accessible_name(node)
        if alt:
            out.append(Piece(alt, node))
        text = squash(node.text)
        if text:
            out.append(Piece(text, node))
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            tail = squash(child.tail)
            if tail:
                out.append(Piece(tail, node))

    walk(el)
    return out


def _accessible_name(node: etree._Element) -> str:
    """What a screen reader says for an image: an <img>'s alt, or the label of stars drawn
    in SVG or CSS (<span role="img" aria-label="Rated 4 out of 5">, an empty labelled box)."""
    if node.tag == "img":
        return squash(node.get("alt") or node.get("title"))
    label = squash(node.get("aria-label"))
    if label and (node.get("role") == "img" or not squash(element_text(node))):
        return label
    return ""


# what a block holding others holds (a comment's cell holding its own table of cells)
_HOLDS_BLOCKS = frozenset(["p", "div", "td", "blockquote", "table", "ul", "ol"])


def blocks(el: etree._Element, quotes: bool = True) -> list[str]:
    """The record's block texts (paragraphs, cells), replies, headings (a title, or a
    "Liam recommends Kiln Scalp." line) and page chrome left out; without `quotes`, the
    blockquotes it holds left out too (a post quoting another before its own words)."""
    if not quotes:
        el = _without_quotes(el)
    out: list[str] = []
    for node in el.iter(etree.Element):
        if node.tag in SKIP_TAGS or any(
            _not_the_post(a, el) or a.tag in _HEADINGS for a in _between(node, el)
        ):
            continue
        if node.tag in ("p", "td", "dd", "blockquote", "q", "div", "span") and not any(
            isinstance(c.tag, str) and c.tag in _HOLDS_BLOCKS for c in node
        ):
            text = squash(element_text(node))
            if text and not _REPLY_TEXT.match(text) and not _CHROME.match(text):
                out.append(text)
    return out


# a forum's quote of another post, headed by whom it quotes ("utahbuzz wrote: View Post",
# "Originally Posted by Dom", "Quote from: Dom on May 2", "Dom said:")
_ATTRIBUTION = re.compile(
    r"^(?:(?:originally\s+posted\s+by|quote\s+from:?|quoting)\s+\S|"
    r"\S+(?:\s+\S+){0,2}\s+(?:wrote|said|schrieb|a\s+écrit|escribió)\s*:)",
    re.I,
)


# the words such a heading holds, looked for once in the record before its elements are
_ATTRIBUTION_WORD = re.compile(
    r"\b(?:wrote|said|schrieb|écrit|escribió|originally\s+posted|quote\s+from|quoting)\b", re.I
)


def quotes(el: etree._Element) -> list[etree._Element]:
    """The quotes a record holds: its blockquotes, and a forum's quote of another post made
    of plain elements, headed by whom it quotes."""
    found = [q for q in el.iter("blockquote", "q") if q is not el]
    if not _ATTRIBUTION_WORD.search(element_text(el)):
        return found
    for node in el.iter(etree.Element):
        if node is el or any(a in found for a in _between(node, el)):
            continue
        text = squash(element_text(node))
        if len(text) <= ATTRIBUTION_MAX and _ATTRIBUTION.match(text):
            quote = _quote_headed_by(node, el)
            if quote is not None:
                found.append(quote)
    return found


ATTRIBUTION_MAX = 80  # "utahbuzz wrote: View Post": a quote's heading, not the quote


def _quote_headed_by(head: etree._Element, el: etree._Element) -> etree._Element | None:
    """The element holding a quote's heading and the words it quotes: the lowest one above
    the heading that the post's own words follow."""
    node = head.getparent()
    while node is not None and node is not el:
        after = [node.tail or ""]
        after += [f"{element_text(s)} {s.tail or ''}" for s in node.itersiblings()]
        if len(" ".join(after).split()) >= OWN_WORDS:
            return node
        node = node.getparent()
    return None


def _without_quotes(el: etree._Element) -> etree._Element:
    """A copy of the record without the quotes it holds, the words after them kept
    ("[quote] Same here, mine went blue too." is "Same here, mine went blue too.")."""
    copy = deepcopy(el)
    for quote in quotes(copy):
        parent = quote.getparent()
        if parent is None:
            continue
        if quote.tail:
            previous = quote.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + quote.tail
            else:
                parent.text = (parent.text or "") + quote.tail
        parent.remove(quote)
    return copy


def _between(node: etree._Element, top: etree._Element) -> Iterator[etree._Element]:
    while node is not None and node is not top:
        yield node
        node = node.getparent()


def read_record(el: etree._Element, ctx: Context, roles: dict[int, str] | None = None) -> Found:
    """Author, rating, date and body of one record (with table columns' roles if known)."""
    found = Found(el)
    if roles:
        for i, cell in enumerate(el.findall("td")):
            role = roles.get(i)
            text = squash(element_text(cell))
            if role == "author":
                found.author = clean_author(_BY.sub("", text))
            elif role == "date":
                found.date = dates.parse_date(text, ctx.now, ctx.date_region, loose=True)
            elif role == "rating":
                found.rating = _rating_of(cell, text)
            elif role == "body":
                found.body = text
    parts = pieces(el)
    held = quotes(el)
    answer = own_words_and_quote(el, held)  # a post quoting another before its own words
    # (the quote's rating, and the name heading it, are the other's)
    own = [p for p in parts if not _in_quote(p, el, held)] if answer else parts
    if found.rating is None:
        found.rating = next(
            (r for p in own if (r := _rating_of(p.element, p.text)) is not None), None
        )
        if found.rating is None:
            found.rating = next(
                (r for p in own if (r := ratings.verdict_in_line(p.text)) is not None), None
            )
    if found.date is None:
        found.date = _date_of(el, parts, ctx)
    if not found.body:
        candidates = [b for b in blocks(el) if len(b.split()) >= MIN_BODY_WORDS]
        if answer and candidates:
            found.body, found.quoted = answer
        else:
            # not a short line holding the date: the card's byline ("Tony R. Verified patient
            # Sep 28, 2026" over "Andre is the man! Quick and cheap.")
            words = [b for b in candidates if not _dated_line(b)] or candidates
            best = max(words, key=len) if words else ""
            found.body = _with_its_paragraphs(el, best) if len(words) > 1 else best
    if found.rating is None:  # a forum post's own score in its words: "9/10"
        found.rating = ratings.score_in_prose(found.body)
    if found.author is None:
        found.author, found.named = author_of(own, found.body)
        linked = profile_author(el, member=True)  # a link to the writer's forum profile
        if linked and not found.named:
            found.author, found.named = linked, True
    else:
        found.named = True
    return found


_SENTENCE_END = re.compile(r"[.!?…)”\"]\W*$")


def _with_its_paragraphs(el: etree._Element, body: str) -> str:
    """A body written in several paragraphs, whole: the longest paragraph with the other
    paragraphs of its container, in order ("I went to Dundee Scalp Studio ... / She showed
    me photos ...")."""
    para = next((p for p in el.iter("p") if squash(element_text(p)) == body), None)
    parent = para.getparent() if para is not None else None
    if parent is None:
        return body
    paragraphs = [squash(element_text(p)) for p in parent if p.tag == "p"]
    paragraphs = [  # (not a line of its writer's name or date: "Jarrod, Edge Hill")
        t
        for t in paragraphs
        if len(t.split()) >= MIN_BODY_WORDS
        and _SENTENCE_END.search(t)  # prose, not "Visit website Write a review"
        and not _REPLY_TEXT.match(t)
        and not _dated_line(t)
    ]
    return " ".join(paragraphs) if len(paragraphs) > 1 and body in paragraphs else body


DATED_LINE_WORDS = 12  # a line this short with a date in it heads a record


def _dated_line(text: str) -> bool:
    return len(text.split()) <= DATED_LINE_WORDS and dates.find_date(text) is not None


def _rating_of(node: etree._Element, text: str) -> float | None:
    value = ratings.rating_in_attributes(dict(node.attrib))
    if value is None and len(text) <= 40:
        value = ratings.rating_in_text(text)
    return value


def own_words_and_quote(
    el: etree._Element, held: list[etree._Element] | None = None
) -> tuple[str, str | None] | None:
    """Of a post quoting another before its own words, its own words (its longest block
    outside the quotes, `held` where already found) and the post it quotes; None for a
    record that quotes no one."""
    held = quotes(el) if held is None else held
    if not held:
        return None
    own = [b for b in blocks(el, quotes=False) if len(b.split()) >= OWN_WORDS]
    if not own:
        return None
    quoted = [_quoted_words(q) for q in held if q.tag != "q"]
    return max(own, key=len), squash(" ".join(quoted)) or None


def _quoted_words(quote: etree._Element) -> str:
    """A quote's words without its heading ("utahbuzz wrote: View Post")."""
    text = squash(element_text(quote))
    if quote.tag == "blockquote":
        return text
    inner = [b for b in blocks(quote) if not _ATTRIBUTION.match(b)]
    return " ".join(inner) or text


def _in_quote(piece: Piece, el: etree._Element, held: list[etree._Element]) -> bool:
    return any(a in held for a in _between(piece.element, el))


def _date_of(el: etree._Element, parts: list[Piece], ctx: Context) -> str | None:
    for node in el.iter("time"):
        value = node.get("datetime") or element_text(node)
        found = dates.parse_date(value, ctx.now, ctx.date_region, loose=True) if value else None
        if found:
            return found
    for node in el.iter(etree.Element):
        title = node.get("title")
        if title and len(title) <= 40 and _DATE_LIKE.search(title):
            found = dates.parse_date(title, ctx.now, ctx.date_region, loose=True)
            if found:
                return found
    for piece in parts:
        if len(piece.text) <= 40 and _DATE_LIKE.search(piece.text):
            found = dates.parse_date(_BY.sub("", piece.text), ctx.now, ctx.date_region, loose=True)
            if found:
                return found
        found = dates.updated_date(piece.text, ctx.now, ctx.date_region)
        if found:
            return found
    return None


def author_of(parts: list[Piece], body: str) -> tuple[str | None, bool]:
    """The first short piece that reads as a name: not the body, a date, a rating or chrome."""
    for piece in parts:
        byline = None if piece.text.strip() in body else _byline_name(piece.text)
        if byline:
            return byline, True
    after_by = False
    for i, piece in enumerate(parts):
        text = piece.text.strip(" ,:|·•")
        if not text or text in body or piece.text.rstrip().endswith(":"):
            continue  # the body, or a label ("Score:")
        if re.fullmatch(r"(?i)by|from|posted\s+by|reviewed\s+by|written\s+by", text):
            after_by = True
            continue
        lowered = f"{piece.element.get('class', '')} {piece.element.tag}".lower()
        named = (
            after_by
            or _in_bold(piece.element)
            or re.search(r"author|name|reviewer|user|cite|by|nick|poster|handle", lowered)
            or (piece.element.tag in _HEADINGS and is_handle(text))  # a forum's "<h3>okie_matt"
            or _links_to_profile(piece.element)  # "<a href="/users/13949/cmh_runner/">"
        )
        name = clean_author(_BY.sub("", text))
        if not name or len(name.split()) > MAX_NAME_WORDS or _CHROME.match(name):
            continue
        if ratings.rating_in_text(name) is not None or dates.find_date(name) is not None:
            continue
        if _DATE_LIKE.search(name):  # "Answered Feb 14": a date without its year
            continue
        if not _name_like(name) or avatar_initials(name, [p.text for p in parts]):
            continue
        if named:
            return name, True
        initials = is_initialled(name)
        short = name[:1].isupper() and len(name.split()) <= 3 and not name.endswith(".")
        if short or initials:
            return name, _named_again(name, parts[i + 1 :])
    return None, False


def _links_to_profile(el: etree._Element) -> bool:
    """Whether a piece is a link to a member's page on the site ("/users/13949/cmh_runner/",
    "member.php?u=12"), a writer's; a directory's "/profile/<business>" is the business's."""
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    href = (link.get("href") or "") if link is not None else ""
    return bool(href) and (member_page(href) or bool(_USER_PATH.search(_path(href))))


_USER_PATH = re.compile(r"/(?:users?|members?|u)/(?:\d+/)?[^/?#]+/?$", re.I)


def _named_again(name: str, later: list[Piece]) -> bool:
    """Whether a name first met unmarked (an avatar's alt text) is written again in the
    record's name field: a forum's photo over its "user-display-name" link."""
    return any(
        clean_author(p.text.strip(" ,:|·•")) == name
        and re.search(r"author|name|user|nick|poster", (p.element.get("class") or "").lower())
        for p in later
    )


_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_POSTED = re.compile(r"(?i)(?:posted|reviewed|written|visited|updated)\b")
_BADGE = re.compile(r"(?i)\b(?:verified|updated|review|booking|purchase|customer|guest)\b")


_ONE_WORD = re.compile(r"[\w.-]{3,30}")
_HANDLE_MARK = re.compile(r"[_\d]|^[a-z]|[a-z][A-Z]")  # "_" or a digit, lower case, "TomSmith"


def is_handle(text: str) -> bool:
    """A user name as forums show them, one word in lower case, run together or with "_" or
    digits ("okie_matt", "scalpnerd", "TynesideTom", "chunk405"), not a person's name."""
    return bool(_ONE_WORD.fullmatch(text) and _HANDLE_MARK.search(text)) and not text.isdigit()


def _byline_name(text: str) -> str | None:
    """The name that opens a review's meta line, "Baldy_in_D6 · Dublin, IE · Posted Feb 14,
    2026": the first of parts set apart by separators, where a later part is its date."""
    parts = _SEPARATOR.split(text.strip(" ·•|\t\n"))
    dated = next((i for i, p in enumerate(parts) if _DATE_LIKE.search(p) or _POSTED.match(p)), 0)
    for part in parts[:dated]:  # (after a badge: "Verified review · Andy, Exeter, EX1 · ...")
        name = clean_author(_BY.sub("", part.split(",")[0]))  # ("Andy, Exeter, EX1")
        if not name or _BADGE.search(name) or len(name.split()) > MAX_NAME_WORDS:
            continue
        if ratings.rating_in_text(name) is not None or dates.find_date(name) is not None:
            continue
        return name if _name_like(name) and not _a_town(name) else None
    return None


def _a_town(name: str) -> bool:
    """A known town written alone ("Dublin · 2 days ago"): where, not who."""
    from .brand import key_of, place_names

    return " " not in name and key_of(name) in place_names()


# A link to the writer's page on the site that shows the review: "/Profile/Francis_Qc",
# "/members/ashley-p/", "/user/kalihi_kid", "/u/bigislandbob"
_PROFILE_PATH = re.compile(
    r"/(?:profile|profiles|members?|users?|u|people|reviewers?|author|authors)/(?:\d+/)?"
    r"[^/?#]+/?(?:[?#]|$)",  # (a Q&A site's "/users/13949/cmh_runner/")
    re.I,
)


# ... or forum software's query for it: "index.php?action=profile;u=3190" (SMF),
# "member.php?u=12" (vBulletin), "memberlist.php?mode=viewprofile&u=2" (phpBB)
_PROFILE_QUERY = re.compile(
    r"(?:^|[?&;])(?:action=profile\b|mode=viewprofile\b|(?:u|uid|userid|showuser)=\d+)", re.I
)


# ... or a forum's member page by number: "user-412.html" (MyBB's friendly URLs)
_MEMBER_PATH = re.compile(r"/(?:user|member|profile)-\d+\.html?$", re.I)
# a search for what someone wrote ("search.php?action=finduser&uid=412": "Find") is no profile
_SEARCH = re.compile(r"search|[?&;]action=find", re.I)


def profile_path(href: str) -> bool:
    """A link to a writer's or member's own page on the site ("/Profile/x", "/author/x/")."""
    return bool(_PROFILE_PATH.search(_path(href)) or member_page(href))


def member_page(href: str) -> bool:
    """A link to a forum member's own page: by the forum software's query or path."""
    if _SEARCH.search(href):
        return False
    query = urlsplit(href).query
    return bool(_PROFILE_QUERY.search(query) or _MEMBER_PATH.search(f"/{_path(href).lstrip('/')}"))


def _path(href: str) -> str:
    """A link's path, of an absolute or a relative address."""
    return urlsplit(href).path if "//" in href else href.split("?")[0]


def profile_author(el: etree._Element, member: bool = False) -> str | None:
    """The writer a record names by a short link to their profile page on the site (with
    `member`, only a forum's member profile, "?action=profile;u=3190": a directory's
    "/profile/<business>" names the business a card lists, not a writer)."""
    for a in el.iter("a"):
        text = clean_author(squash(element_text(a)))
        href = a.get("href") or ""
        linked = member_page(href) if member else profile_path(href)
        if not text or len(text) > 40 or not linked:
            continue
        if ratings.rating_in_text(text) is None and dates.find_date(text) is None:
            return text
    return None


def is_initialled(name: str | None) -> bool:
    """A review site's byline: a given name and an initial ("Declan F.")."""
    return bool(name) and re.fullmatch(r"[A-Z][\w'’-]*\s+[A-Z]\.?", name or "") is not None


def avatar_initials(name: str, texts: list[str | None]) -> bool:
    """Initials drawn as an avatar ("DF" beside "Declan Furlong"), where the name is written
    too."""
    if not re.fullmatch(r"[A-Z]{2,3}", name):
        return False
    return any(
        len(t.split()) == len(name) and "".join(w[0] for w in t.split()).upper() == name
        for t in texts
        if t
    )


def _in_bold(node: etree._Element) -> bool:
    """A byline set apart as a name: in bold or a <cite>, or a link in one
    (<strong><a href="/profile/liam/">Liam Carter</a></strong>)."""
    parent = node.getparent()
    return node.tag in ("strong", "b", "cite") or (
        node.tag == "a" and parent is not None and parent.tag in ("strong", "b", "cite")
    )


_RATING_CUE = re.compile(
    r"[★☆⭐✩]|\b\d(?:[.,]\d)?\s*(?:/|out\s+of|of)\s*(?:5|10)\b|\bstars?\b|\brated\b", re.I
)


def _may_be_review(el: etree._Element) -> bool:
    """A cheap first look: some prose, and a date or a rating somewhere in the record."""
    text = element_text(el)
    if len(text.split()) < MIN_BODY_WORDS + 1:
        return False
    marks = " ".join(
        f"{n.get('class', '')} {n.get('alt', '')} {n.get('title', '')} {n.get('aria-label', '')}"
        for n in el.iter(etree.Element)
    )
    return bool(
        _DATE_LIKE.search(text)
        or _QUOTATION.search(text)
        or _RATING_CUE.search(text)
        or _RATING_CUE.search(marks)
        or re.search(r"star|rating|datetime", marks, re.I)
        or el.find(".//time") is not None
        or _opens_with_handle(el)
    )


def _opens_with_handle(el: etree._Element) -> bool:
    """A record headed by its writer's user name: a forum post's "<h3>okie_matt</h3>"."""
    first = next((n for n in el.iter(*_HEADINGS)), None)
    return first is not None and is_handle(element_text(first))


_QUOTATION = re.compile(r"[“\"«„](?:[^”\"»“\s]+\s+){5}[^”\"»“]*[”\"»“]")


_PARTICLES = words("van der den de del della la le du da di dos das von ter ten")


def _name_like(name: str) -> bool:
    """A reviewer's byline: a name, initials or a user name, not a label of the page."""
    from .people import common_words, fold, given_names

    if re.fullmatch(r"(?:[A-Z]\.\s*){1,2}[A-Z][\w'’-]+", name):  # "K. Simmons"
        return True
    if re.fullmatch(r"[A-Z][a-z'’-]+\s+[A-Z]\.", name):  # "Gabe M.": a given name and initial
        return True
    tokens = name.replace(",", " ").split()
    if len(tokens) == 1:
        return bool(re.fullmatch(r"[\w.'’-]{2,30}", tokens[0]))
    # (a surname's particles in lower case: "Jaco van der Merwe", "Ana de la Cruz")
    tokens = [t for i, t in enumerate(tokens) if not (0 < i < len(tokens) - 1 and t in _PARTICLES)]
    if not all(t[:1].isupper() or t[:1].isdigit() for t in tokens):
        return False
    words = [fold(t.strip(".'’")) for t in tokens if len(t.strip(".")) > 1]
    return bool(words) and (
        words[0] in given_names() or not all(w in common_words() for w in words)
    )


def table_roles(rows: list[etree._Element]) -> dict[int, str]:
    """Column roles of a table from its header row, where it has one."""
    table = rows[0].getparent()
    while table is not None and table.tag != "table":
        table = table.getparent()
    if table is None:
        return {}
    header = table.find(".//tr")
    cells = header.findall("th") if header is not None else []
    roles: dict[int, str] = {}
    for i, cell in enumerate(cells):
        text = element_text(cell)
        for role, pattern in _HEADER_ROLES.items():
            if pattern.search(text) and role not in roles.values():
                roles[i] = role
                break
    return roles


def is_review(found: Found, among_reviews: bool = False) -> bool:
    """Enough of a review: a body of a few words, and a rating with an author or a date,
    or else a byline and a date; or, `among_reviews` (its siblings of one shape are
    reviews), a byline alone; or a quotation with a name after it (a testimonial:
    “...” Wei Jie, Bishan)."""
    words = len(found.body.split())
    if words < MIN_BODY_WORDS or (words < 8 and not re.search(r"[.!?…)”\"]\W*$", found.body)):
        return False  # a title or a label, not something a client wrote
    if found.rating is not None:
        return found.author is not None or found.date is not None
    if found.author is not None and quoted(found.body, _QUOTATION_MARKS):
        return True
    return found.named and found.author is not None and (found.date is not None or among_reviews)


_QUOTATION_MARKS = QUOTE_MARKS.replace("'", "")  # not an apostrophe: "'Twas ... rock'n'"


_STAFF = re.compile(
    r"(?:^|[\s_-])(?:staff|team|employees?|artists|practitioners)(?:$|[\s_-])", re.I
)


# a badge a site sets on a post written by the business itself: "Business Owner", "Owner"
_OWNER_BADGE = re.compile(r"(?i)(?:business|shop|studio|clinic)?\s*owner|business\s+account")
_BADGE_MARK = re.compile(r"(?i)owner|badge|biz|business")


def by_the_business(el: etree._Element) -> bool:
    """A post the site marks as the business's own (a forum's "Business Owner" badge beside
    its writer's name): the business answering, not a client reviewing it."""
    for node in el.iter(etree.Element):
        text = squash(element_text(node))
        if len(text) > 20 or not _OWNER_BADGE.fullmatch(text):
            continue
        if not _BADGE_MARK.search(f"{node.get('class', '')} {text}"):
            continue
        if not any(_in_reply_block(a, text) for a in _between(node, el)):
            return True  # (not the header of the owner's answer under a client's review)
    return False


def _in_reply_block(node: etree._Element, badge: str) -> bool:
    """A block marked as a reply and holding a reply's words ("Thanks!"), not just its badge
    and the business's name."""
    if not is_reply(f"{node.get('class', '')} {node.get('id', '')}"):
        return False
    rest = squash(element_text(node)).replace(badge, "", 1)
    return len(rest.split()) >= 6 or bool(re.search(r"[.!?]", rest))


def _staff_list(el: etree._Element) -> bool:
    """Whether a record or the list holding it is named as a staff or team list."""
    for node in (el, *list(el.iterancestors())[:2]):
        if _STAFF.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def review_records(ctx: Context, taken: set[etree._Element]) -> list[Found]:
    """Reviews in repeated structures that no other reader took (`taken`: their elements)."""
    out: list[Found] = []
    claimed: set[etree._Element] = set(taken)
    # runs of two or more; a headed review table's rows however few
    runs = [(m, MIN_RECORDS) for m in ctx.doc.runs] + [(t, 1) for t in _review_tables(ctx.doc.body)]
    for members, least in runs:
        if any(a in claimed for m in members[:1] for a in (m, *m.iterancestors())):
            continue
        if sum(1 for m in members[:6] if _may_be_review(m)) < min(2, len(members)):
            continue
        if _staff_list(members[0]):
            continue  # staff cards with their own star ratings ("Sophie Nguyen, SMP Artist")
        roles = table_roles(members) if members[0].tag == "tr" else {}
        read = [read_record(m, ctx, roles) for m in members]
        reviews = [f for f in read if is_review(f)]
        if len(reviews) < max(least, len(read) // 2):  # a thread's posts, dated or not
            reviews = _undated_posts(read) or reviews
        if len(reviews) < least or len(reviews) < len(read) // 2:
            continue
        # one of a run of reviews that shows no date or rating ("2y") is a review all the same
        reviews = [f for f in read if f in reviews or is_review(f, among_reviews=True)]
        out.extend(reviews)
        for f in reviews:
            claimed.update(f.element.iter())
    return out


OPENING_LEVELS = 3  # how far above a run of posts its thread's opening post may stand
OPENING_SHARE = 0.6  # of the classes every post holds, the share the opening post holds too
OPENING_CLASSES = 3  # the fewest classes every post shares for their shape to be telling
OPENING_SAMPLE = 6  # the posts whose classes are compared


def opening_post(
    members: list[etree._Element], claimed: set[etree._Element], ctx: Context
) -> Found | None:
    """A thread's opening post, set apart above its replies (Vanilla's discussion above its
    comments, a Reddit post above its comments): before the run, holding most of the classes
    every post of the run holds (author, user name, date, message), and read as a review."""
    shared = set.intersection(*(_inner_classes(m) for m in members[:OPENING_SAMPLE]))
    if len(shared) < OPENING_CLASSES:
        return None
    level = members[0].getparent()
    for _ in range(OPENING_LEVELS):
        if level is None or level.tag in ("body", "main"):
            break
        for before in level.itersiblings(preceding=True):
            if not isinstance(before.tag, str) or before in claimed:
                continue
            if len(_inner_classes(before) & shared) < OPENING_SHARE * len(shared):
                continue
            if not _may_be_review(before):
                return None
            found = read_record(before, ctx)
            return found if is_review(found, among_reviews=True) else None
        level = level.getparent()
    return None


def _inner_classes(el: etree._Element) -> set[str]:
    """The class words inside an element (not its own), numbers taken out."""
    return {
        re.sub(r"\d+", "", c)
        for node in el.iterdescendants(etree.Element)
        for c in node.get("class", "").split()
        if not _HASHED.search(c)
    }


def _undated_posts(read: list[Found]) -> list[Found]:
    """A thread's posts shown without dates (a forum's fallback for readers without scripts):
    each a body under its writer's name, most of the names user names ("tulsa_tim"), which a
    team's or a list's cards never are."""
    signed = [f for f in read if f.named and f.author]
    handles = sum(is_handle(f.author or "") for f in signed)
    if len(signed) < len(read) or handles * 2 < len(signed):
        return []
    posts = [f for f in signed if len(f.body.split()) >= MIN_BODY_WORDS]  # not "Following."
    return posts if len(posts) >= MIN_POSTS else []


MIN_POSTS = 3  # undated posts a run must hold to be read as a thread


def _review_tables(root: etree._Element) -> Iterator[list[etree._Element]]:
    """The data rows of a table whose header names a review's columns (a body and two of
    author, rating and date), even one row long: "Older reviews" with one left."""
    for table in root.iter("table"):
        rows = [r for r in table.iter("tr") if r.find("td") is not None]
        if len(rows) != 1:
            continue  # (two or more are a run already)
        roles = set(table_roles(rows).values())
        if "body" in roles and len(roles & {"author", "rating", "date"}) >= 2:
            yield rows


def is_listing_index(doc: Document, base_host: str, reviews: Iterable[etree._Element] = ()) -> bool:
    """A page that lists many things, each linking to a page of its own on this site
    (a directory's or review site's index): no single practitioner is its subject. Reviews
    (`reviews`: their elements) linking each to its writer's profile list no things."""

    read = set(reviews)
    roots = [r for r in read if r.getparent() not in read]
    holding = {a for r in roots for a in r.iterancestors()}  # sections that hold reviews
    paged = is_paged(doc.body)  # the last page of a paged list may hold only two
    for members in doc.runs:
        if any(m in read or m in holding for m in members):
            continue  # reviews, or sections holding them (a header beside the reviews)
        # a table with its column headers lists things even on a last page of two rows
        table = next(members[0].iterancestors("table"), None)
        headed = members[0].tag == "tr" and table is not None and table.find(".//th") is not None
        need = 2 if headed or paged else 3
        if len(members) < need or any(
            a.tag in ("nav", "header", "footer") for a in members[0].iterancestors()
        ):
            continue
        targets = set()
        for m in members:
            if len(element_text(m).split()) < 4:
                continue
            for a in m.iter("a"):
                href = (a.get("href") or "").split("#")[0]
                path = urlsplit(href).path.rstrip("/")
                if (
                    not href
                    or href.startswith(("mailto:", "tel:"))
                    or (path.endswith(("", "index.html")) and len(path) <= 1)
                ):
                    continue
                if (urlsplit(href).hostname or base_host) == base_host and not path.endswith(
                    "index.html"
                ):
                    targets.add(path)
                    break
        if len(targets) >= need and len(targets) >= len(members) * 0.6:
            return True
        phones = {_phone_key(element_text(m)) for m in members} - {None}
        if len(phones) >= need and len(phones) >= len(members) * 0.6:
            return True  # cards each with a telephone of its own: a list of businesses
    return False


# a forum's thread pages, as forum software writes their addresses
_THREAD_PATH = re.compile(
    r"/(?:comments|threads?|topics?|t|d|questions|discussions?|posts?)/[^/]+|"
    r"viewtopic|showthread|[?&;]topic=",
    re.I,
)


def previews_threads(reviews: list[etree._Element], base_host: str) -> bool:
    """Whether what was read as posts are a forum's list of threads: each post titled by a
    link to a thread of its own on the site ("Update: 8 months after Express SMP at ..." at
    /r/ScalpMicro/comments/1ggx02/...), the forum's index, whose name is no business."""
    if len(reviews) < 2:
        return False
    threads = set()
    for el in reviews:
        for a in el.iter("a"):
            href = a.get("href") or ""
            host = urlsplit(href).hostname or base_host
            titled = len(element_text(a).split()) >= 3
            if host == base_host and _THREAD_PATH.search(href) and titled:
                threads.add(urlsplit(href).path)
                break
    return len(threads) >= max(2, len(reviews) * 0.6)


_PHONE_LIKE = re.compile(r"\+?\(?\d[\d\s().-]{7,}\d")


def _phone_key(text: str) -> str | None:
    """The digits of the first telephone-like number in a text."""
    match = _PHONE_LIKE.search(text)
    digits = re.sub(r"\D", "", match.group(0)) if match else ""
    return digits[-9:] if len(digits) >= 9 else None


_PAGER = re.compile(r"(?:^|[\s_-])(?:pagination|pager|page-numbers|paging)(?:$|[\s_-])", re.I)


def is_paged(doc_body: etree._Element) -> bool:
    """A page of a paged list: a pager (<nav class="pagination">, <a rel="prev">) or a run of
    links named by page numbers ("1 2 3 Next")."""
    if doc_body.xpath(".//a[@rel='next' or @rel='prev']"):
        return True
    for el in doc_body.iter("nav", "ul", "ol", "div"):
        marks = f"{el.get('class', '')} {el.get('id', '')} {el.get('aria-label', '')}"
        if _PAGER.search(marks):
            numbers = [a for a in el.iter("a", "span") if element_text(a).strip().isdigit()]
            if len(numbers) >= 2:
                return True
    return False
