"""Checks the web tests share: is this HTML free of anything active from scraped text?"""

from __future__ import annotations

from html.parser import HTMLParser

ACTIVE_TAGS = {"img", "iframe", "object", "embed", "frame", "base", "meta-refresh", "svg-script"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster"}


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.links: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ACTIVE_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "script" and values.get("src") != "/static/app.js":
            self.problems.append(f"script other than /static/app.js: {values}")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name}={value!r} on <{tag}>")
            if name == "style":
                self.problems.append(f"inline style on <{tag}> (CSP forbids it)")
            if name in URL_ATTRS and value is not None:
                scheme = value.split(":", 1)[0].lower() if ":" in value.split("/", 1)[0] else ""
                if scheme and scheme not in ("http", "https", "mailto"):
                    self.problems.append(f"{name}={value!r} on <{tag}>")
        if tag == "a" and values.get("href", "").startswith(("http://", "https://")):
            self.links.append((tag, values))

    def handle_data(self, data: str) -> None:
        pass


def audit(html: str) -> list[str]:
    """What in a page could run script or load something: should be nothing at all."""
    parser = _Audit()
    parser.feed(html)
    problems = list(parser.problems)
    for _, attrs in parser.links:
        rel = set((attrs.get("rel") or "").split())
        if not {"nofollow", "noopener", "noreferrer"} <= rel:
            problems.append(f"external link without rel=nofollow noopener noreferrer: {attrs}")
    return problems
