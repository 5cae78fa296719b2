"""Decode a page once, parse it once, and hand out its tree, metadata and text blocks."""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urljoin, urlsplit

import lxml.html
from extruct.xmldom import XmlDomHTMLParser
from lxml import etree
from lxml.html import HtmlElement
from w3lib.encoding import html_to_unicode

from .text import words

log = logging.getLogger(__name__)

BLOCK_TAGS = words(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul br"
)
SKIP_TAGS = words("script style noscript template svg iframe object canvas math select head button")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_RDFA_HINT = re.compile(r"\s(?:typeof|vocab)\s*=", re.I)
_local = threading.local()


@dataclass(frozen=True)
class Block:
    """A run of text as a reader sees it, and the block element that holds it."""

    text: str
    element: etree._Element


def in_chrome(el: etree._Element, *, aside: bool = False) -> bool:
    """Whether an element sits in the page's navigation or its own header or footer (not an
    article's or a profile's: <main><header>name, address</header>), or, with `aside`, in a
    sidebar (a listing's sidebar may hold the business's own contact box)."""
    for a in el.iterancestors():
        if a.tag == "nav" or (aside and a.tag == "aside"):
            return True
        if a.tag in ("header", "footer"):
            return not any(x.tag in ("main", "article", "section") for x in a.iterancestors())
    return False


def decode(body: bytes | str | None, encoding: str | None = None) -> str:
    """Return the page as text: declared or sniffed charset, never an exception."""
    if body is None:
        return ""
    if isinstance(body, str):
        text = body
    else:
        header = f"text/html; charset={encoding}" if encoding else None
        try:
            _, text = html_to_unicode(header, bytes(body), auto_detect_fun=_sniff)
        except (LookupError, ValueError, TypeError):
            text = bytes(body).decode("utf-8", errors="replace")
    return _XML_DECL.sub("", _CONTROL.sub("", text), count=1)


def _sniff(data: bytes) -> str:
    """The charset of a page that declares none: UTF-8 if it decodes, else Windows-1252."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _parser(rdfa: bool) -> etree.HTMLParser:
    key = "rdfa" if rdfa else "html"
    parser = getattr(_local, key, None)
    if parser is None:
        cls = XmlDomHTMLParser if rdfa else etree.HTMLParser
        parser = cls(remove_comments=True, remove_pis=True, huge_tree=True)
        if not rdfa:  # lxml.html's own lookup runs Python for every element touched
            parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=HtmlElement))
        setattr(_local, key, parser)
    return parser


def parse(text: str) -> etree._Element:
    """Parse HTML text into an lxml tree (a DOM-compatible one when RDFa is present)."""
    parser = _parser(bool(_RDFA_HINT.search(text[:2_000_000])) if "=" in text else False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser) if text.strip() else None
    except (etree.ParserError, ValueError) as exc:
        log.warning("unparseable HTML (%s); treating the page as empty", exc)
        root = None
    if root is None:
        root = lxml.html.document_fromstring("<html><body></body></html>", parser=parser)
    return root


def _unaccent(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def squash(text: str | None) -> str:
    """Collapse runs of whitespace to single spaces."""
    return " ".join(text.split()) if text else ""


def drawing_label(el: etree._Element) -> str:
    """What a screen reader says for an <svg>: its aria-label, the text of the elements its
    aria-labelledby names, or its own <title> ("5.0 of 5 bubbles")."""
    label = squash(el.get("aria-label"))
    if label:
        return label
    ids = (el.get("aria-labelledby") or "").split()
    if ids:
        root = el.getroottree()
        named = [squash(element_text(n)) for i in ids for n in root.xpath("//*[@id=$i]", i=i)]
        if any(named):
            return " ".join(t for t in named if t)
    title = next((c for c in el if c.tag == "title"), None)
    return squash(element_text(title)) if title is not None else ""


def element_text(el: etree._Element) -> str:
    """The visible text of an element, blocks separated by spaces."""
    return squash(" ".join(_texts(el)))


def _more_words_than(el: etree._Element, limit: int) -> bool:
    """Whether an element's visible text runs to more than `limit` words (reading no
    further than that)."""
    count = 0
    for part in _texts(el):
        count += len(part.split())
        if count > limit:
            return True
    return False


def _texts(el: etree._Element) -> Iterator[str]:
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag.lower() in SKIP_TAGS:
                walker.skip_subtree()
                continue
            if node.text and tag:
                yield node.text
        elif node is not el and node.tail:
            if tag.lower() in BLOCK_TAGS:
                yield " "
            yield node.tail


def text_blocks(root: etree._Element) -> list[Block]:
    """The text blocks of a subtree, as a reader sees them, in document order."""
    blocks: list[Block] = []
    stack: list[etree._Element] = [root]
    parts: list[str] = []

    def flush() -> None:
        text = squash("".join(parts))
        parts.clear()
        if text:
            blocks.append(Block(text, stack[-1]))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS and node is not root:
                flush()
                stack.append(node)
            if node.text and tag:
                parts.append(node.text)
        else:
            if tag in BLOCK_TAGS and node is not root:
                flush()
                if stack[-1] is node:
                    stack.pop()
            if node.tail and node is not root:
                parts.append(node.tail)
    flush()
    return blocks


NOSCRIPT_CONTENT_WORDS = 40  # a <noscript> this long may be the page's content


def _read_fallback_content(root: etree._Element) -> None:
    """A script-built page's content served in <noscript> for readers without scripts (a
    Flarum forum's posts, an app's pre-rendered fallback) is the page's content where the
    page shows less without it: it is read as a <div>. A widget's fallback beside the page's
    own content, a tracking pixel or an "enable JavaScript" notice is left out as before."""
    body = root.find("body")
    if body is None:
        return
    fallbacks = [(n, len(n.text_content().split())) for n in body.iter("noscript") if len(n)]
    fallbacks = [(n, size) for n, size in fallbacks if size >= NOSCRIPT_CONTENT_WORDS]
    if not fallbacks:
        return
    shown = len(element_text(body).split())
    for noscript, size in fallbacks:
        if size > shown:
            noscript.tag = "div"
            noscript.set("data-noscript", "")


class Document:
    """One page: its URL, decoded text and parsed tree, with lazily computed views."""

    def __init__(self, body: bytes | str | None, url: str, encoding: str | None = None):
        self.url = url or ""
        self.html = decode(body, encoding)
        self.root = parse(self.html)
        self._longer: dict[tuple[etree._Element, int], bool] = {}
        _read_fallback_content(self.root)

    @cached_property
    def base_url(self) -> str:
        base = self.root.xpath("//head/base/@href")
        return urljoin(self.url, base[0].strip()) if base else self.url

    def absolute(self, href: str | None) -> str | None:
        """Resolve a link against the page's base URL."""
        if not href or not href.strip():
            return None
        href = href.strip()
        if href.lower().startswith(("javascript:", "mailto:", "tel:", "#")):
            return None
        try:
            return urljoin(self.base_url, href)
        except ValueError:
            return None

    @cached_property
    def host(self) -> str:
        host = (urlsplit(self.url).hostname or "") if "//" in self.url else ""
        return host.removeprefix("www.")

    @cached_property
    def title(self) -> str:
        titles = self.root.xpath("//title")
        return squash(titles[0].text_content()) if titles else ""

    @cached_property
    def meta(self) -> dict[str, str]:
        """Meta tags by lower-cased name or property (first non-empty content wins)."""
        out: dict[str, str] = {}
        for el in self.root.iter("meta"):
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            value = squash(el.get("content"))
            if key and value and key not in out:
                out[key] = value
        return out

    @cached_property
    def lang(self) -> str:
        return (self.root.get("lang") or self.meta.get("og:locale") or "").replace("_", "-")

    @cached_property
    def body(self) -> etree._Element:
        body = self.root.find("body")
        return body if body is not None else self.root

    @cached_property
    def blocks(self) -> list[Block]:
        """Text blocks in document order; script, style and the like left out."""
        return text_blocks(self.body)

    def more_words_than(self, el: etree._Element, limit: int) -> bool:
        """Whether an element's visible text runs to more than `limit` words (remembered:
        the people on a page ask it of the same containers again and again)."""
        key = (el, limit)
        if key not in self._longer:
            self._longer[key] = _more_words_than(el, limit)
        return self._longer[key]

    @cached_property
    def runs(self) -> list[list[etree._Element]]:
        """Runs of two or more sibling elements of one shape (`records.groups`), found once."""
        from .records import groups

        return list(groups(self.body))

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Words the page writes in lower case after another word (without accents): common
        words, not names."""
        found = set(re.findall(r"(?<=[a-zà-ÿ,;] )([a-zà-ÿß][a-zà-ÿß'’-]+)", self.text))
        return frozenset(_unaccent(w) for w in found)

    @cached_property
    def text(self) -> str:
        """The visible text, one block a line."""
        return "\n".join(b.text for b in self.blocks)
