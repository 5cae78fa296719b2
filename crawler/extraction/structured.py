"""JSON-LD, microdata and RDFa, read with extruct and brought to one plain shape.

Every item comes out as a dict whose "@type" is a list of short schema.org type names and
whose other keys are short property names ("name", "address", ...). Nested items are dicts,
`@id` references are resolved to the node they name, and repeated values are lists.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import jstyleson
from extruct.rdfa import RDFaExtractor
from extruct.w3cmicrodata import MicrodataExtractor

from .document import Document
from .schema_types import short_type

log = logging.getLogger(__name__)

Item = dict[str, Any]
_COMMENT_LINE = re.compile(r"^\s*(//.*|<!--.*-->)\s*$", re.M)
_WRAPPERS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def items(doc: Document) -> list[Item]:
    """All schema.org items of the page, top-level ones first, in one normalised shape."""
    found: list[Item] = []
    for reader in (_jsonld, _microdata, _rdfa):
        try:
            found.extend(reader(doc))
        except Exception as exc:  # extruct and pyRdfa raise anything on odd markup
            log.warning("skipped %s on %s: %s", reader.__name__.strip("_"), doc.url, exc)
    return found


def _jsonld(doc: Document) -> list[Item]:
    raw: list[Any] = []
    for script in doc.root.xpath('//script[@type="application/ld+json"]'):
        data = load_json(script.text_content())
        if isinstance(data, list):
            raw.extend(data)
        elif data is not None:
            raw.append(data)
    return Normaliser(raw).roots(raw)


def load_json(text: str) -> Any:
    """Parse a JSON-LD script leniently; None (with a warning) when it is beyond repair."""
    text = _WRAPPERS.sub("", text.strip()).strip()
    if not text:
        return None
    attempts = (
        lambda t: json.loads(t, strict=False),
        lambda t: jstyleson.loads(_COMMENT_LINE.sub("", t), strict=False),
        lambda t: json.loads(_TRAILING_COMMA.sub(r"\1", _COMMENT_LINE.sub("", t)), strict=False),
        _concatenated,
    )
    for attempt in attempts:
        try:
            return attempt(text)
        except (ValueError, TypeError, IndexError, RecursionError, AttributeError):
            continue
    log.warning("skipped broken JSON-LD (%d characters)", len(text))
    return None


def _concatenated(text: str) -> list[Any]:
    """Several JSON documents one after another, as some CMS plugins write them."""
    decoder = json.JSONDecoder(strict=False)
    out, pos = [], 0
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n,;":
            pos += 1
        if pos >= len(text):
            break
        value, pos = decoder.raw_decode(text, pos)
        out.append(value)
    if len(out) < 2:
        raise ValueError("not concatenated JSON")
    return out


def _microdata(doc: Document) -> list[Item]:
    if not doc.root.xpath("//*[@itemscope]"):
        return []
    raw = MicrodataExtractor(add_text_content=True).extract_items(doc.root, base_url=doc.base_url)
    return [_from_microdata(item) for item in raw if isinstance(item, dict)]


def _from_microdata(item: dict[str, Any]) -> Item:
    out: Item = {"@type": _types(item.get("type"))}
    if item.get("id"):
        out["@id"] = item["id"]
    text = " ".join(str(item.get("textContent") or "").split())
    if text and len(text) <= 80 and not (item.get("properties") or {}).get("name"):
        out["@text"] = text  # an item whose only content is its text, e.g. a business name
    for key, value in (item.get("properties") or {}).items():
        out[short_key(key)] = _microdata_value(value)
    return out


def _microdata_value(value: Any) -> Any:
    if isinstance(value, list):
        return [_microdata_value(v) for v in value]
    if isinstance(value, dict) and ("properties" in value or "type" in value):
        return _from_microdata(value)
    return value


def _rdfa(doc: Document) -> list[Item]:
    if not hasattr(doc.root, "documentElement") or not doc.root.xpath("//*[@typeof or @vocab]"):
        return []
    graph = RDFaExtractor().extract_items(doc.root, base_url=doc.base_url)
    nodes = [n for n in graph if isinstance(n, dict) and len(n) > 1]
    referenced = {
        ref["@id"]
        for node in nodes
        for key, values in node.items()
        if not key.startswith("@") and isinstance(values, list)
        for ref in values
        if isinstance(ref, dict) and "@id" in ref
    }
    roots = [n for n in nodes if n.get("@id") not in referenced and n.get("@type")]
    return Normaliser(nodes).roots(roots)


class Normaliser:
    """Turn JSON-LD (compact or expanded) into plain items, resolving @id references."""

    def __init__(self, raw: list[Any]):
        self.by_id: dict[str, dict[str, Any]] = {}
        self.memo: dict[int, Any] = {}
        self._index(raw)

    def _index(self, value: Any, depth: int = 0) -> None:
        if depth > 50:
            return
        if isinstance(value, list):
            for v in value:
                self._index(v, depth + 1)
        elif isinstance(value, dict):
            ident = value.get("@id")
            if isinstance(ident, str) and len(value) > 1:
                known = self.by_id.get(ident)
                if known is None or len(value) > len(known):
                    self.by_id[ident] = value
            for key, v in value.items():
                if key != "@context":
                    self._index(v, depth + 1)

    def roots(self, raw: list[Any]) -> list[Item]:
        out: list[Item] = []
        for value in raw:
            if isinstance(value, dict) and "@graph" in value:
                graph = value["@graph"]
                out.extend(self.roots(graph if isinstance(graph, list) else [graph]))
                rest = {k: v for k, v in value.items() if k not in ("@graph", "@context")}
                if rest.get("@type"):
                    out.append(self.node(rest))
            elif isinstance(value, dict):
                node = self.node(value)
                if isinstance(node, dict):
                    out.append(node)
        return out

    def node(self, raw: dict[str, Any]) -> Any:
        if set(raw) - {"@context"} <= {"@id"}:
            ident = raw.get("@id")
            if ident in self.by_id:
                raw = self.by_id[ident]
            else:
                return ident
        if "@value" in raw:
            return raw["@value"]
        if "@list" in raw or "@set" in raw:
            return self.value(raw.get("@list", raw.get("@set")))
        key = id(raw)
        if key in self.memo:
            return self.memo[key]
        out: Item = {}
        self.memo[key] = out
        for k, v in raw.items():
            if k == "@context":
                continue
            if k == "@type":
                out["@type"] = _types(v)
            elif k == "@id":
                out["@id"] = v
            else:
                out[short_key(k)] = self.value(v)
        out.setdefault("@type", [])
        return out

    def value(self, value: Any) -> Any:
        if isinstance(value, list):
            values = [self.value(v) for v in value]
            values = [v for v in values if v is not None and v != ""]
            return values[0] if len(values) == 1 else values
        if isinstance(value, dict):
            return self.node(value)
        return value


def short_key(key: str) -> str:
    """'http://schema.org/name', 'schema:name' -> 'name'."""
    if key.startswith("@") or ("schema" not in key and ":" not in key):
        return key
    return short_type(key)


def _types(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [short_type(v) for v in values if isinstance(v, str) and v.strip()]
