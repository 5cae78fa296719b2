"""Credential registries: licence lookups, graduate lists, member directories.

Tables are read by their header row, each header matched to a field through a small
vocabulary (exact, then by words, then fuzzily); simple lists are read item by item; a
register laid out as cards (one repeated element per person) is read from what labels
each card's pieces: a `<dt>` or "Label:" before a value, or the value's own class words
("grad-status", "member-card__name"), matched through the same vocabulary.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree
from parsel import Selector
from rapidfuzz import fuzz

from crawler.items import RegistryEntry

from . import dates, overrides
from .contacts import US_STATES, page_region
from .context import Context
from .document import Document, element_text, in_chrome

HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "licensee",
        "licensee name",
        "name of licensee",
        "practitioner",
        "practitioner name",
        "artist",
        "artist name",
        "member",
        "member name",
        "graduate",
        "student",
        "student name",
        "holder",
        "person",
        "technician",
        "individual",
        "certificant",
        "certified artist",
    ),
    "licence_number": (
        "license",
        "license no",
        "license number",
        "license num",
        "lic no",
        "lic",
        "license id",
        "certificate no",
        "certificate number",
        "cert no",
        "registration",
        "registration no",
        "registration number",
        "reg no",
        "credential",
        "credential no",
        "credential number",
        "permit",
        "permit no",
        "permit number",
        "number",
        "no",
        "id",
        "member no",
        "member number",
        "membership no",
        "membership number",
    ),
    "business": (
        "business",
        "business name",
        "studio",
        "establishment",
        "company",
        "clinic",
        "salon",
        "shop",
        "employer",
        "facility",
        "practice",
        "trade name",
        "dba",
    ),
    "locality": ("city", "town", "locality", "city town"),
    "region": ("state", "region", "county", "province", "st"),
    "location": ("location", "city state", "address", "city st", "city and state"),
    "status": (
        "status",
        "license status",
        "licence status",
        "standing",
        "current status",
        "membership status",
        "certification status",
        "result",
        "outcome",
        "inspection result",
        "compliance",
    ),
    "valid_until": (
        "expires",
        "expiry",
        "expiration",
        "expiration date",
        "expiry date",
        "valid until",
        "valid to",
        "valid through",
        "exp date",
        "exp",
        "lic exp",
        "expires on",
        "renewal date",
        "renewal due",
    ),
    "course": (
        "course",
        "program",
        "programme",
        "training",
        "qualification",
        "certification",
        "course name",
        "level",
        "credential type",
        "type",
    ),
    "hours": ("hours", "training hours", "course hours", "clock hours", "hrs"),
    "year": (
        "year",
        "graduated",
        "graduation",
        "graduation year",
        "completed",
        "date completed",
        "year completed",
        "class of",
        "certified",
        "date certified",
        "issued",
        "issue date",
        "date issued",
        "year certified",
    ),
    "member_since": ("member since", "joined", "since", "date joined", "membership date"),
}
STATUSES: dict[str, tuple[str, ...]] = {
    "active": (
        "active",
        "current",
        "valid",
        "in good standing",
        "good standing",
        "licensed",
        "certified",
        "approved",
        "renewed",
        "clear",
        "yes",
        "issued",
        "member",
        "registered",
        "satisfactory",  # an inspection register's result
        "compliant",
        "passed",
    ),
    "suspended": (
        "suspended",
        "suspension",
        "on hold",
        "probation",
        "restricted",
        "closure order",
        "closed",
        "conditional",  # an inspection not passed cleanly: re-inspection required
    ),
    "expired": ("expired", "lapsed", "inactive", "not renewed", "delinquent", "not current"),
    "revoked": (
        "revoked",
        "cancelled",
        "canceled",
        "terminated",
        "surrendered",
        "void",
        "withdrawn",
        "disciplined",
        "denied",
        "removed",
        "deregistered",
        "struck off",
    ),
}
_STATUS_WORD = re.compile(
    r"\b("
    + "|".join(sorted({w for ws in STATUSES.values() for w in ws}, key=len, reverse=True))
    + r")\b",
    re.I,
)
_NUMBER = re.compile(
    r"(?i:\b(?:licen[cs]e|lic|reg(?:istration)?|cert(?:ificate)?|permit|member(?:ship)?)\.?\s*"
    r"(?:no\.?|number|#)?\s*[:#]?)\s*(?P<num>[A-Z]{0,6}-?\d[\dA-Z-]{2,14})\b"
    r"|#\s*(?P<hash>[A-Z]{0,6}-?\d[\dA-Z-]{2,14})\b|\b(?P<code>[A-Z]{2,6}-\d{3,9})\b"
)
_CITY_STATE = re.compile(r"\b([A-Z][A-Za-z.'’ -]{1,40}?),\s*([A-Z]{2})\b")
_HOURS = re.compile(r"\b(\d{1,4})\s*(?:hours?|hrs?)\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_NAME_SPLIT = re.compile(r"\s+[-–—|·•]\s+|\s*[|;(]\s*|,\s+(?=[A-Z0-9#])|:\s+")
_NON_CONTENT = "ancestor-or-self::*[self::nav or self::header or self::footer or self::aside]"


_REGISTER = re.compile(
    r"\b(?:graduates?|register|registry|(?:certified|licensed|accredited)\s+(?:artists|"
    r"practitioners|technicians|graduates|members)|member\s+directory|"
    r"find\s+a\s+(?:certified|member|graduate))\b",
    re.I,
)
_BODY = re.compile(
    r"\b(?:academy|institute|school|association|guild|society|board|college|council|"
    r"federation|alliance)\b",
    re.I,
)
_OF_BODY = re.compile(r"\b(?:graduates?|register|registry|members?)\s+of\s+(?:the\s+)?(.+)", re.I)


def published_register(headings: list[str]) -> tuple[str, str] | None:
    """(issuer, credential) where a page's title or heading says it is a body's register of
    the people it trained or admitted ("Liffey SMP Academy – Certified Graduates",
    "Graduates of the Keystone Academy"): an academy's list on its own site is a register."""
    for text in (" ".join(h.split()) for h in headings):
        if not _REGISTER.search(text):
            continue
        credential = "certification" if re.search(r"certif", text, re.I) else "training"
        of = _OF_BODY.search(text)
        parts = [of.group(1)] if of else []
        parts += re.split(r"\s+[-–—|·]\s+|:\s+", text)
        for part in parts:
            part = re.split(r"\s+[-–—|·]\s+", part)[0].strip(" .")
            if _BODY.search(part) and not _REGISTER.search(part) and len(part.split()) <= 8:
                return part, credential
    return None


def registry_entries(
    doc: Document,
    *,
    issuer: str,
    credential: str,
    selectors: dict[str, str] | None = None,
    now: datetime | None = None,
) -> list[RegistryEntry]:
    """Every row of the page's registry tables (or lists), as registry entries."""
    ctx = Context(doc, page_region(doc, None), now or datetime.now())
    reader = _Reader(ctx, issuer, credential)
    selectors = {k: v for k, v in (selectors or {}).items() if v and v.strip()}
    if "row" in selectors:
        return reader.selected_rows(selectors)
    tables = [*doc.root.iter("table"), *doc.root.xpath("//*[@role='table' or @role='grid']")]
    entries = [e for table in tables for e in reader.table(table)]
    if not entries:  # cards whose parts are labelled before list items read as text
        entries = reader.cards() or reader.lists()
    return entries


class _Reader:
    def __init__(self, ctx: Context, issuer: str, credential: str):
        self.ctx = ctx
        self.issuer = issuer
        self.credential = credential

    def table(self, table: etree._Element) -> list[RegistryEntry]:
        """A <table>, or an ARIA table of <div role="row"> (a no-code builder's)."""
        if table.tag == "table":
            rows = [r for r in table.iter("tr") if _closest_table(r) is table]
        else:
            rows = [r for r in table.iter(etree.Element) if r.get("role") == "row"]
        header_row, columns = _header(rows)
        if not columns or not {"name", "business"} & set(columns.values()):
            return []
        entries = []
        for row in rows[rows.index(header_row) + 1 :]:
            cells = _cells(row)
            if len(cells) < 2:
                continue
            entry = self.entry(
                _row_fields(columns, cells),
                " | ".join(c for c in cells if c),
            )
            if entry:
                entries.append(entry)
        return entries

    def lists(self) -> list[RegistryEntry]:
        entries: list[RegistryEntry] = []
        for listing in self.ctx.doc.body.iter("ul", "ol"):
            if listing.xpath(_NON_CONTENT) or "nav" in (listing.get("class") or "").lower():
                continue
            items = [element_text(li) for li in listing.iterchildren("li") if not _only_a_link(li)]
            found = [e for e in (self.entry_from_text(t) for t in items if t) if e]
            if len(found) >= 2 and len(found) >= 0.5 * len(items):
                entries.extend(found)
        return entries

    def cards(self) -> list[RegistryEntry]:
        """Runs of sibling cards, each labelling at least a name and one other field."""
        entries: list[RegistryEntry] = []
        taken: set[etree._Element] = set()
        for run in _card_runs(self.ctx.doc.body):
            if any(a in taken for a in run[0].iterancestors()):
                continue
            labelled = [(card, _card_fields(card)) for card in run]
            found = [
                self.entry(fields, " | ".join(_card_texts(card)))
                for card, fields in labelled
                if fields.get("name") and len(fields) >= 2
            ]
            found = [e for e in found if e]
            if len(found) >= 2 and len(found) >= 0.5 * len(run):
                entries.extend(found)
                taken.update(run)
        return entries

    def selected_rows(self, selectors: dict[str, str]) -> list[RegistryEntry]:
        page = Selector(root=self.ctx.doc.root)
        entries = []
        for row in overrides.select(page, selectors["row"]):
            el = row.root
            if not isinstance(el, etree._Element):
                continue
            fields: dict[str, str] = {}
            table = _closest_table(el)
            if el.tag == "tr" and table is not None:
                rows = [r for r in table.iter("tr") if _closest_table(r) is table]
                _, columns = _header(rows)
                cells = _cells(el)
                fields = _row_fields(columns, cells)
                text = " | ".join(c for c in cells if c)
            else:
                text = element_text(el)
            for field in ("name", "locality", "region"):
                found = overrides.value(row, selectors.get(field), field, self.ctx)
                if found:
                    fields[field] = found
            entry = self.entry(fields, text) if fields.get("name") else self.entry_from_text(text)
            if entry:
                entries.append(entry)
        return entries

    def entry_from_text(self, text: str) -> RegistryEntry | None:
        """A list item such as 'Jane Doe — Lic. NBL-40213 — Active — Dallas, TX'."""
        name = _NAME_SPLIT.split(text, 1)[0].strip(" ,.-–—")
        words = name.split()
        if not 2 <= len(words) <= 6 or not all(w[0].isupper() for w in words if w[0].isalpha()):
            return None
        if any(ch.isdigit() for ch in name):
            return None
        return self.entry({"name": name}, text, guess=True)

    def entry(self, fields: dict[str, str], text: str, guess: bool = False) -> RegistryEntry | None:
        name = " ".join((fields.get("name") or "").split())
        if not name or len(name) > 120:
            return None
        rest = text if guess else " ".join(fields.get(k, "") for k in ("course", "hours", "year"))
        locality, region = fields.get("locality"), fields.get("region")
        location = fields.get("location") or (text if guess else "")
        city_state = _CITY_STATE.search(location) if location else None
        if city_state and city_state.group(2) in US_STATES.values():
            locality = locality or city_state.group(1).strip()
            region = region or city_state.group(2)
        elif fields.get("location") and not locality:
            locality = fields["location"].strip()
        if locality and (bracketed := re.fullmatch(r"(.+?)\s*\((.+)\)", locality)):
            locality = bracketed.group(1)  # "Nashville (Davidson)": the town, its county
        town_column = fields.get("locality") or fields.get("location") or ""
        if (  # a town written "Portland, ME, USA", "Leeds, UK" (not a street's address)
            "," in town_column and locality == town_column and not town_column[:1].isdigit()
        ):
            town, _, rest = town_column.partition(",")
            code = rest.split(",")[0].strip()
            locality = town.strip()
            region = region or (
                code
                if re.fullmatch(r"[A-Z]{2,3}", code) and code not in _COUNTRIES
                else US_STATES.get(code.lower())  # "Albuquerque, New Mexico, United States"
            )
        number = fields.get("licence_number")
        if number is None and guess:
            match = _NUMBER.search(text)
            number = (
                (match.group("num") or match.group("hash") or match.group("code"))
                if match
                else None
            )
        said = _STATUS_SAID.search(text) if guess else None  # "… · Status: Lapsed"
        status_text = fields.get("status") or (said.group(1) if said else text if guess else "")
        valid = fields.get("valid_until")
        if valid is None and guess:
            after = re.search(
                r"(?i)(?:expires?|expiry|exp\.?|valid\s+(?:until|to|through))"
                r"\s*:?\s*(.{4,30})",
                text,
            )
            valid = after.group(1) if after else None
        return RegistryEntry(
            name=name,
            credential=self.credential,
            issuer=self.issuer,
            status=status(status_text),
            licence_number=(number or "").strip(" #:") or None,
            business=fields.get("business", "").strip(" -–—") or None,
            locality=locality or None,
            region=region or None,
            hours=_int(_HOURS, fields.get("hours") or rest) or _plain_int(fields.get("hours")),
            year=self._year(fields, rest),
            valid_until=dates.parse_date(valid, self.ctx.now, self.ctx.date_region, loose=True)
            if valid
            else self._ran_out_on(status_text),
            text=text,
        )

    def _ran_out_on(self, status_text: str) -> str | None:
        """The date a status saying the credential ran out gives ("Expired 31/01/2025",
        "Lapsed (did not renew, March 2015)"): the day it was valid until."""
        ran = _RAN_OUT.search(status_text or "")
        near = status_text[ran.end() : ran.end() + _RAN_OUT_NEAR] if ran else ""
        return dates.find_date(near, self.ctx.now, self.ctx.date_region) if near else None

    def _year(self, fields: dict[str, str], rest: str) -> int | None:
        for key in ("year", "member_since"):
            value = fields.get(key)
            if value:
                found = _int(_YEAR, value)
                if found:
                    return found
        found = _int(_YEAR, rest) if rest else None
        return found if found and found <= self.ctx.now.year else None


_RAN_OUT = re.compile(r"\b(?:expir\w*|laps\w*|(?:not\s+)?renew\w*|ran\s+out)", re.I)
_STATUS_SAID = re.compile(r"\bstatus\s*:\s*(.+)", re.I)
_RAN_OUT_NEAR = 40  # characters after those words where the date it ran out on is written
# countries written after a town in a register's column ("Leeds, UK"), not its region
_COUNTRIES = frozenset(["UK", "US", "USA", "GB", "NZ", "AU", "IE", "ZA", "UAE"])
_CARD_TAGS = frozenset(["div", "article", "section", "li", "dl", "aside"])
_CLASS_WORDS = re.compile(r"[-_\s]+")
_LABELLED = re.compile(r"^([A-Za-z][\w .#/&'’-]{1,30}?)\s*:\s*(\S.*)$")


def _card_runs(root: etree._Element) -> list[list[etree._Element]]:
    """Sibling elements of one tag and one first class word ("member-card" whatever its
    "--suspended" modifier), outermost first, outside page chrome."""
    runs = []
    for parent in root.iter(etree.Element):
        if parent.tag in ("nav", "header", "footer", "aside", "script", "style") or in_chrome(
            parent, aside=True
        ):
            continue
        by_kind: dict[tuple[str, str], list[etree._Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _CARD_TAGS:
                first = (child.get("class") or "").split()[:1]
                block = re.sub(r"\d+", "", first[0].split("--")[0]) if first else ""
                by_kind.setdefault((child.tag, block), []).append(child)
        runs.extend(run for run in by_kind.values() if len(run) >= 2)
    return runs


def _card_fields(card: etree._Element) -> dict[str, str]:
    """What one card's labels say: `<dt>`/`<dd>` pairs, "Label: value" lines, then leaf
    elements named for their field by their class words; a heading is the name."""
    fields: dict[str, str] = {}

    def put(field: str | None, value: str) -> None:
        value = " ".join(value.split())
        if field and value and field not in fields:
            fields[field] = value

    for dt in card.iter("dt"):
        dd = dt.getnext()
        if dd is not None and dd.tag == "dd" and len(element_text(dt)) <= 40:
            put(header_field(element_text(dt)), element_text(dd))
    labels: set[etree._Element] = set()
    for node in card.iter(etree.Element):
        if node.tag in ("dt", "dd") or node in labels:
            continue
        if any(isinstance(c.tag, str) for c in node):
            if lead := _lead_label(node):  # "<p><strong>Status</strong> Active</p>"
                label, field = lead
                labels.add(label)
                put(field, (label.tail or "").strip(" :–—-"))
            continue
        text = element_text(node)
        labelled = _LABELLED.match(text)
        if labelled and header_field(labelled.group(1)):
            put(header_field(labelled.group(1)), labelled.group(2))
            continue
        for word in (node.get("class") or "").split():
            field = header_field(" ".join(_CLASS_WORDS.split(word)))
            if field:
                put(field, text)
                break
        if node.tag in ("h2", "h3", "h4", "h5", "strong") and "name" not in fields:
            put("name", text)
    return fields


_LABEL_TAGS = frozenset(["strong", "b", "span", "label", "em", "th"])


def _lead_label(node: etree._Element) -> tuple[etree._Element, str] | None:
    """The one inline element a line opens with that names the field its text after gives
    ("<strong>Member since</strong> March 4, 2021"), without a colon as often as with one;
    with that field."""
    kids = [c for c in node if isinstance(c.tag, str)]
    if len(kids) != 1 or kids[0].tag not in _LABEL_TAGS or (node.text or "").strip():
        return None
    label = element_text(kids[0]).rstrip(": ")
    if len(label) > 30 or not (kids[0].tail or "").strip(" :–—-") or len(kids[0]):
        return None
    field = header_field(label)
    return (kids[0], field) if field else None


def _card_texts(card: etree._Element) -> list[str]:
    return [t for t in (element_text(n) for n in card.iter(etree.Element) if not len(n)) if t]


def _only_a_link(li: etree._Element) -> bool:
    """A list item that is a link and nothing else: navigation ("Board Home"), not a row."""
    links = li.findall(".//a")
    return len(links) == 1 and element_text(links[0]) == element_text(li)


def status(text: str | None) -> str | None:
    """active | suspended | expired | revoked, from the words a registry uses."""
    if not text:
        return None
    for match in _STATUS_WORD.finditer(text):
        word = match.group(1).lower()
        if _UNDONE.match(text[match.end() :]):  # "Closure order lifted 2026-02-02"
            return "active"
        for normal, words in STATUSES.items():
            if word in words:
                if normal == "active" and re.search(
                    r"\b(?:not|in)\s*$", text[: match.start()], re.I
                ):
                    return "expired"
                return normal
    return None


_UNDONE = re.compile(r"\s*(?:lifted|rescinded|reinstated|overturned|ended)\b", re.I)


def header_field(text: str) -> str | None:
    """The registry field a column header names, or None; of a header naming alternatives
    ("ESTABLISHMENT / DBA / LOCATION"), the field its first names."""
    first = text.split("/")[0]
    if first != text and (field := header_field(first)):
        return field
    # "City (County)": the town, with its county in brackets ("Nashville (Davidson)"); but
    # "Studio Name (DBA)" is the business's name
    town = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", text)
    if (
        town
        and header_field(town.group(1)) == "locality"
        and header_field(town.group(2)) == "region"
    ):
        return "locality"
    key = _header_key(text)
    if not key:
        return None
    tokens = set(key.split())
    best: tuple[float, str] | None = None
    for field, phrases in HEADERS.items():
        for phrase in phrases:
            if key == phrase:
                score = 200.0 + len(phrase)
            elif set(phrase.split()) <= tokens:  # the header's last word is its head noun
                score = 150.0 + len(phrase) + 10 * (phrase.split()[-1] == key.split()[-1])
            else:
                ratio = fuzz.ratio(key, phrase)
                score = ratio if ratio >= 85 else 0.0
            if score and (best is None or score > best[0]):
                best = (score, field)
    return best[1] if best else None


def _header_key(text: str) -> str:
    text = text.lower().replace("#", " no ").replace("licence", "license")
    text = re.sub(r"\bnum(?:ber)?\b\.?", "number", text)
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def _header(rows: list[etree._Element]) -> tuple[etree._Element | None, dict[int, str]]:
    for row in rows[:3]:
        cells = _cell_elements(row)
        in_head = row.getparent() is not None and row.getparent().tag == "thead"
        if not (in_head or all(_is_head(c) for c in cells) or row is rows[0]):
            continue
        columns = {}
        for i, text in enumerate(_cells(row)):
            field = header_field(text) if len(text) <= 40 else None
            if field and field not in columns.values():
                columns[i] = field
        if len(columns) >= 2 and {"name", "business"} & set(columns.values()):
            return row, columns
    return None, {}


def _row_fields(columns: dict[int, str], cells: list[str]) -> dict[str, str]:
    """A row's values by field; in a register of premises ("Facility", "Studio" and no
    person) the business is the row's name."""
    fields = {columns[i]: c for i, c in enumerate(cells) if i in columns}
    if "name" not in columns.values() and fields.get("business"):
        fields["name"] = fields["business"]
    return fields


_CELL_ROLES = frozenset(["cell", "gridcell", "columnheader", "rowheader"])


def _cell_elements(row: etree._Element) -> list[etree._Element]:
    if row.tag == "tr":
        return row.xpath("./th|./td")
    return [c for c in row if isinstance(c.tag, str) and c.get("role") in _CELL_ROLES]


def _is_head(cell: etree._Element) -> bool:
    return cell.tag == "th" or cell.get("role") == "columnheader"


def _cells(row: etree._Element) -> list[str]:
    out: list[str] = []
    for cell in _cell_elements(row):
        text = element_text(cell)
        out.append(text)
        span = cell.get("colspan", "1")
        if span.isdigit() and 1 < int(span) <= 20:
            out.extend([""] * (int(span) - 1))
    return out


def _closest_table(el: etree._Element) -> etree._Element | None:
    for ancestor in el.iterancestors("table"):
        return ancestor
    return None


def _int(pattern: re.Pattern[str], text: str | None) -> int | None:
    match = pattern.search(text or "")
    return int(match.group(1)) if match else None


def _plain_int(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() else None
