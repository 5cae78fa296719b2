"""Review and testimonial blocks in plain HTML, found by what they have in common.

A block is an element whose class, id, itemprop or data-* attributes speak of a review,
testimonial, comment or feedback, that repeats (same tag and such attributes) and that does
not itself hold several of another repeated kind (then it is a list, not a review).
Quotes in <blockquote> with a named source count too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from lxml import etree

from crawler.items import Review

from . import dates, ratings, records
from .context import Context
from .document import SKIP_TAGS, drawing_label, element_text, squash
from .text import REVIEW_WORD, clean_author, quoted, words

_KEY = re.compile(REVIEW_WORD + r"|testimonial|comment|feedback|recommendation", re.I)
_BLOCK_TAGS = words("div li article section blockquote tr td figure aside p dd table")
_ROLES = re.compile(
    r"(?P<author>author|reviewer|byline|profile-?name|user-?name|customer-?name|client-?name|"
    r"(?:^|[-_\s])name(?:$|[-_\s])|(?:^|[-_])(?:by|who)(?:$|[-_])|cite)"
    r"|(?P<rating>rating|stars?(?:$|[-_\s])|score)"
    r"|(?P<date>date|(?:^|[-_\s])time|posted|published|when)"
    r"|(?P<body>body|text|content|comment|quote|message|desc|excerpt)"
    r"|(?P<title>title|headline|summary|subject)",
    re.I,
)
_ID_NOISE = re.compile(r"[A-Z0-9]{5,}|\d+")
# Tokens naming a part of a review (its text, date, stars, buttons...), not a whole one.
_PART = re.compile(
    r"(?:^|[-_.:])(?:body|text|content|title|head|date|time|rating|star|score|author|name|"
    r"user|helpful|vote|count|translat|button|btn|link|image|img|media|photo|avatar|read|more|"
    r"less|load|form|histogram|summary|widget|action|meta|footer|icon|badge|verif|report|repl|"
    r"respon|comments|stats|filter|sort|nav|page|popover|modal|tooltip|expander|data|strip|"
    r"spacing|write|submit|add|leave|ad|sponsor|section|list|container|wrapper|slider|"
    r"carousel|swiper|grid|row|col|collaps|expand)",
    re.I,
)
_UPDATE = re.compile(r"(?:^|[-_\s])update(?:d)?(?:$|[-_\s])", re.I)
_MORE = re.compile(r"\s*(?:read|see|show|view)\s+(?:more|less|full review)\.*\s*$", re.I)
_POST_NUMBER = re.compile(r"^#\d{1,6}\s+")  # a thread's post number before the post: "#3 Avoid"
# a forum's buttons and label before a post's words, its date taken out: "Share Posted …"
_POST_CHROME = re.compile(r"^(?:(?:Share|Report|Quote|MultiQuote|Reply)\s+)+(?:Posted\s+)?")
_DASH_AUTHOR = re.compile(r"(?:^|\s)[-–—~]\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
_KEY_ATTRIBUTES = ("class", "id", "itemprop", "itemtype", "role")
_PLAIN_VALUE = re.compile(r"^[\w\s.:/-]*$")


@dataclass
class FoundReview:
    review: Review
    element: etree._Element


def find_reviews(ctx: Context) -> list[FoundReview]:
    """Review blocks keyed on their attributes, then <blockquote> testimonials."""
    found = [f for f in (parse_block(el, ctx) for el in review_blocks(ctx)) if f]
    found = _with_left_out_siblings(found, ctx)
    # Sets of elements, not of id()s: lxml makes a new proxy object for a node each time it
    # is reached unless one is alive, so the id of a proxy let go may name another node.
    taken = {f.element for f in found}
    for quote_el in ctx.doc.body.iter("blockquote", "q"):
        if quote_el in taken or any(a in taken for a in quote_el.iterancestors()):
            continue
        quoted = _blockquote(quote_el, ctx)
        if quoted:
            found.append(FoundReview(*quoted))
            taken.add(quote_el)
    taken_all = {d for f in found for d in f.element.iter()}
    found += [_from_record(r) for r in records.review_records(ctx, taken_all)]
    return _opening_posts(found, ctx) + found  # (a thread's opening post first, as shown)


def _with_left_out_siblings(found: list[FoundReview], ctx: Context) -> list[FoundReview]:
    """The reviews found, and their siblings of the same tag and classes that the blocks'
    keys left out (a thread's first post, not marked up as a comment as its replies are),
    in the page's order."""
    if not found:
        return found
    taken = {f.element for f in found}
    shapes = {(f.element.tag, f.element.get("class")) for f in found}
    parents = {f.element.getparent() for f in found} - {None}
    more = [
        r
        for parent in parents
        for sib in parent
        if isinstance(sib.tag, str)
        and sib not in taken
        and (sib.tag, sib.get("class")) in shapes
        and (r := parse_block(sib, ctx)) is not None
    ]
    if not more:
        return found
    order = {el: i for i, el in enumerate(ctx.doc.body.iter(etree.Element))}
    return sorted([*found, *more], key=lambda f: order.get(f.element, 0))


def _from_record(record: records.Found) -> FoundReview:
    review = Review(
        body=clean_body(record.body),
        author=record.author,
        rating=record.rating,
        date=record.date,
        quoted=record.quoted,
    )
    return FoundReview(review, record.element)


def _opening_posts(found: list[FoundReview], ctx: Context) -> list[FoundReview]:
    """The opening post of each thread whose replies were found, where the page sets it apart
    above them in a shape of its own."""
    by_parent: dict[etree._Element, list[etree._Element]] = defaultdict(list)
    for f in found:
        parent = f.element.getparent()
        if parent is not None:
            by_parent[parent].append(f.element)
    taken = {d for f in found for d in f.element.iter()}
    out: list[FoundReview] = []
    for members in by_parent.values():
        if len(members) < records.MIN_RECORDS:
            continue
        record = records.opening_post(members, taken, ctx)
        if record:
            out.append(_from_record(record))
            taken.update(record.element.iter())
    return out


def review_blocks(ctx: Context) -> list[etree._Element]:
    """Outermost repeated review-like elements that are not lists of several reviews."""
    groups: dict[tuple[str, ...], list[etree._Element]] = defaultdict(list)
    group_of: dict[int, tuple[str, ...]] = {}
    keyed = [
        el
        for el in ctx.doc.body.iter(etree.Element)
        if el.attrib and el.tag not in SKIP_TAGS and _KEY.search(" ".join(el.attrib.values()))
    ]
    for el in keyed:
        tokens = _key_tokens(el)
        if tokens:
            signature = (el.tag, *tokens)
            groups[signature].append(el)
            group_of[id(el)] = signature
    whole = {sig for sig, members in groups.items() if len(members) >= 2 and _is_whole(sig)}
    inside: dict[int, dict[tuple[str, ...], int]] = defaultdict(lambda: defaultdict(int))
    for signature in whole:
        for el in groups[signature]:
            for ancestor in el.iterancestors():
                if id(ancestor) in group_of:
                    inside[id(ancestor)][group_of[id(el)]] += 1
    accepted: list[etree._Element] = []
    accepted_ids: set[int] = set()
    for el in keyed:
        signature = group_of.get(id(el))
        if signature is None or el.tag not in _BLOCK_TAGS:
            continue
        if signature not in whole and not _single_review(el):
            continue
        if any(n > 1 for n in inside[id(el)].values()):
            continue
        if any(id(a) in accepted_ids for a in el.iterancestors()):
            continue
        accepted.append(el)
        accepted_ids.add(id(el))
    return accepted


def _is_whole(signature: tuple[str, ...]) -> bool:
    """True when some token names a whole review rather than a part of one."""
    return any(not _PART.search(_KEY.sub("", t.split("=", 1)[1])) for t in signature[1:])


def _key_tokens(el: etree._Element) -> tuple[str, ...]:
    tokens: list[str] = []
    for name, value in el.attrib.items():
        if name not in _KEY_ATTRIBUTES and not name.startswith("data-"):
            continue
        if name.startswith("data-") and (len(value) > 40 or not _PLAIN_VALUE.match(value)):
            continue
        for token in value.split():
            if _KEY.search(token):
                tokens.append(f"{name}={_ID_NOISE.sub('', token).lower()}")
    return tuple(sorted(set(tokens)))


def _single_review(el: etree._Element) -> bool:
    """A block named as one review, though the page shows only one: "review", "testimonial",
    "review-card", a CSS module's "reviewCard_Nf8s3"."""
    values = " ".join(el.get(a, "") for a in ("class", "itemprop", "itemtype"))
    return bool(_ONE_REVIEW.search(values))


# (a CSS module's hash after it: "reviewCard_Nf8s3", "reviewCard__hcAvl"; a bare "review__09f24"
# may be a part, a "previous-review__09f24" inside the review it was updated by)
_ONE_REVIEW = re.compile(
    r"(?:^|[\s/_-])(?:review|testimonial)(?:[-_]?(?:card|item|entry|box|tile|block))?"
    r"(?:_[A-Za-z\d]{4,6}|(?<=card)__[A-Za-z\d]{4,6})?(?:$|\s)",
    re.I,
)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _marks(node: etree._Element) -> str:
    """What a node's attributes say it is: its class, itemprop and id, and its data-
    attributes' names and short values, camelCase split ("styles_consumerName__dP8Um",
    data-service-review-title-typography)."""
    marks = [
        part
        for k, v in node.attrib.items()
        if k in ("class", "itemprop", "id") or k.startswith("data-")
        for part in ((v,) if not k.startswith("data-") else (k, v) if len(v) <= 40 else (k,))
    ]
    return _CAMEL.sub("-", " ".join(marks))


def parse_block(el: etree._Element, ctx: Context) -> FoundReview | None:
    """Author, rating, date and body of one review block."""
    parts: dict[str, list[etree._Element]] = defaultdict(list)
    replies: list[etree._Element] = []  # the business's reply is not the review
    walker = etree.iterwalk(el, events=("start",))
    for _, node in walker:
        if node is el or not isinstance(node.tag, str):
            continue
        if node.tag in SKIP_TAGS:
            walker.skip_subtree()
            continue
        attrs = _marks(node)
        if records.is_reply(attrs) or (
            node.tag in ("div", "section") and records.headed_as_reply(node)
        ):
            replies.append(node)
            walker.skip_subtree()
            continue
        roles = {m.lastgroup for m in _ROLES.finditer(attrs)} if attrs else set()
        for role in roles:
            parts[role].append(node)
        if node.tag == "cite":
            parts["author"].append(node)
        if node.tag == "time":
            parts["date"].append(node)
        if node.tag in ("blockquote", "q"):
            parts["body"].append(node)
    # the innermost author part: a name within its byline line ("author-line" > "author-name");
    # never the review's own title (<h5 itemprop="name" class="review-title">Works, pricey)
    titled = set(parts["title"])
    parts["author"] = [n for n in parts["author"] if n not in titled]
    named = set(parts["author"])
    author = _author(
        [n for n in parts["author"] if not any(d in named for d in n.iterdescendants())]
    )
    author = author or _author(parts["author"])
    rating = _rating(el, parts["rating"])
    date = _date(parts["date"], ctx)
    exclude = [n for role in ("author", "date", "rating", "title") for n in parts[role]]
    exclude += replies
    body = body_text(el, parts["body"], exclude)
    quoted = None
    answer = records.own_words_and_quote(el)
    if answer:  # a reply quoting a post: its own words are its body
        body, quoted = answer
    block_text = element_text(el)
    if rating is None:
        rating = ratings.rating_in_text(block_text)
    if rating is None:  # a star image anywhere in the review: <img alt="4 stars">
        rating = _star_image(el)
    if date is None:  # (not a time its words tell of: "I had it done last year")
        rest = block_text.replace(body, " ") if len(body) > 20 else block_text
        date = dates.written_date(rest, ctx.now, ctx.date_region) or dates.find_date(
            rest, ctx.now, ctx.date_region
        )
    if author is None:
        dash = _DASH_AUTHOR.search(block_text)
        author = dash.group(1) if dash else None
    if author is None:  # a byline linking to the writer's profile: <a href="/Profile/x">
        author = records.profile_author(el)
    if author is None:  # a byline without a class of its own: <strong>Nathan E.</strong>
        pieces = records.pieces(el)
        author, named = records.author_of(pieces, body)
        if not named:  # or the first "Declan F.", a review site's byline
            author = next((a for p in pieces if records.is_initialled(a := p.text.strip())), None)
    evidence = sum(1 for v in (author, rating, date) if v is not None)
    if len(body) < 3 or evidence == 0 or (evidence == 1 and len(body.split()) < 4):
        return None
    if _REMOVED.fullmatch(body):  # a forum's "[deleted]" in a post's place
        return None
    review = Review(body=body, author=author, rating=rating, date=date, quoted=quoted)
    return FoundReview(review, el)


_REMOVED = re.compile(r"(?:\W*\[[–-]\])?\W*\[?(?:deleted|removed)\]?\W*", re.I)


def _author(nodes: list[etree._Element]) -> str | None:
    texts = [clean_author(element_text(node)) for node in nodes]
    for text in texts:
        if not text or len(text) > 60 or any(ch.isdigit() for ch in text[:3]):
            continue
        if not records.avatar_initials(text, texts):
            return text
    return None


def _star_image(el: etree._Element) -> float | None:
    """The rating a star image within gives: <img alt="4 out of 5 stars">, or stars drawn
    for the eye and named for a screen reader: <span role="img" aria-label="Rated 4 out of 5">."""
    for node in el.iter():
        if node.tag == "svg":  # <svg aria-labelledby="b1"><title id="b1">4.5 of 5 bubbles</title>
            found = ratings.rating_in_text(drawing_label(node))
            if found is not None:
                return found
        if node.tag == "img" or node.get("role") == "img" or node.get("aria-label"):
            found = ratings.rating_in_attributes(node.attrib)
            if found is not None:
                return found
    return None


def _rating(el: etree._Element, nodes: list[etree._Element]) -> float | None:
    for node in [el, *nodes]:
        found = ratings.rating_in_attributes(dict(node.attrib))
        if found is None and node is not el:
            found = ratings.rating_in_text(element_text(node))
        if found is None and node is not el:  # a star image: alt="5 out of 5 stars"
            found = _star_image(node)
        if found is not None:
            return found
    return None


def _date(nodes: list[etree._Element], ctx: Context) -> str | None:
    """The review's date: an exact one in any date part's attributes (datetime, content,
    title) before the words any part shows ("a month ago")."""
    attributes = [n.get(a) for n in nodes for a in ("datetime", "content", "title")]
    for value in [*attributes, *(element_text(n) for n in nodes)]:
        found = dates.parse_date(value, ctx.now, ctx.date_region, loose=True) if value else None
        found = found or (dates.updated_date(value, ctx.now, ctx.date_region) if value else None)
        if found:
            return found
    return None


def body_text(
    el: etree._Element, nodes: list[etree._Element], exclude: list[etree._Element]
) -> str:
    """The review's own words: its body-like parts, else its paragraphs, else all but `exclude`."""
    skip = {id(n) for n in exclude}
    nodes = [n for n in nodes if id(n) not in skip]
    if not nodes:
        paragraphs = [t for t in (_text_without(p, skip) for p in el.iter("p")) if t]
        if paragraphs:
            return clean_body(" ".join(paragraphs))
        own = _own_long_blocks(el)
        return clean_body(" ".join(own) if own else _text_without(el, skip))
    best = max((_text_without(n, skip) for n in nodes), key=len)
    if len(best) < 20:
        paragraphs = [_text_without(p, skip) for p in el.iter("p") if id(p) not in skip]
        best = max([best, *paragraphs], key=len)
    updates = [  # the writer's own later word, kept apart from the first: part of the review
        text
        for n in el.iter(etree.Element)
        if _UPDATE.search(n.get("class") or "")
        and not any(_UPDATE.search(a.get("class") or "") for a in n.iterancestors())
        and (text := _text_without(n, skip))
        and text not in best
    ]
    return clean_body(" ".join([best, *updates]))


def _own_long_blocks(el: etree._Element) -> list[str]:
    """A card's sentences of its own, where nothing marks its body: its blocks long enough
    to be written words, less any its sibling cards repeat word for word (a review site's
    "This review is the subjective opinion of a member ..." under every review)."""
    parent = el.getparent()
    siblings = [c for c in parent if c is not el and c.tag == el.tag] if parent is not None else []
    template = {b for c in siblings for b in records.blocks(c)}
    own = [b for b in records.blocks(el) if len(b.split()) >= records.OWN_WORDS]
    return list(dict.fromkeys(b for b in own if b not in template))  # (a span in its div)


def clean_body(text: str) -> str:
    text = _POST_CHROME.sub("", _POST_NUMBER.sub("", _MORE.sub("", squash(text))))
    if quoted(text):
        text = text[1:-1].strip()
    return text


def _text_without(el: etree._Element, skip: set[int]) -> str:
    parts: list[str] = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if node is not el and (id(node) in skip or tag in SKIP_TAGS):
                walker.skip_subtree()
                continue
            if node.text and tag:
                parts.append(node.text)
            if tag in ("br", "p", "div", "li"):
                parts.append(" ")
        elif node is not el and node.tail:
            parts.append(" " + node.tail if tag in ("p", "div", "li", "br") else node.tail)
    return squash("".join(parts))


def _blockquote(el: etree._Element, ctx: Context) -> tuple[Review, etree._Element] | None:
    """A quote with its source: <cite>/<footer> inside, a caption, or a dashed name after it;
    and the element that holds both (a <figure> with its caption)."""
    sources = [n for n in el.iter("cite", "footer", "figcaption") if n is not el]
    author = _author(sources)
    whole = el
    if author is None:
        sibling = el.getnext()
        parent = el.getparent()
        caption = (
            parent.find("figcaption") if parent is not None and parent.tag == "figure" else None
        )
        for candidate in (caption, sibling):
            if candidate is not None and isinstance(candidate.tag, str):
                text = element_text(candidate)
                if 1 < len(text) <= 60 and (
                    candidate.tag in ("cite", "figcaption") or text[:1] in "-–—~"
                ):
                    author = clean_author(text)
                    whole = parent if candidate is caption or len(parent) <= 2 else el
                    break
    body = clean_body(_text_without(el, {id(n) for n in sources}))
    if author is None:
        dash = _DASH_AUTHOR.search(body)
        if dash:
            author = dash.group(1)
            body = body[: dash.start()].strip()
    if author is None or len(body) < 20:
        return None
    text = element_text(el)
    review = Review(
        body=body,
        author=author,
        rating=ratings.rating_in_text(text),
        date=dates.find_date(text, ctx.now, ctx.date_region),
        quoted=_lead_in(whole),
    )
    return review, whole


def _lead_in(el: etree._Element) -> str | None:
    """The paragraph or heading a quote follows ("Winner: Scalp Theory, Maroochydore."),
    skipping the quotes before it: its context, naming whom it is about."""
    node = el.getprevious()
    while node is not None and (not isinstance(node.tag, str) or node.tag == "blockquote"):
        node = node.getprevious()
    if node is None or node.tag not in ("p", "h2", "h3", "h4", "h5", "h6"):
        return None
    text = squash(element_text(node))
    return text if 0 < len(text) <= LEAD_IN_MAX else None


LEAD_IN_MAX = 400  # characters: a paragraph, not a page
