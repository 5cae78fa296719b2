"""What the search index holds for each practitioner: the schema and the document builder.

Text fields are analysed alike (index.analysis: words, lower case, accents folded, "micro
pigmentation" joined, stop words dropped, synonyms given their canonical word too, Porter
stems), so one query term matches in every field; field weight comes from the query
(`FIELD_BOOSTS`). Filters, facets and sorts read one compact JSON column
(`facts`), which a searcher loads once per segment; the page of hits reads the stored
`doc` (display data and passages).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from whoosh import columns, fields

from index.analysis import SmpAnalyzer
from index.geo import us_state_name
from index.profiles import Profile, load_profile
from index.store import Store
from vetting.vocabulary import CREDENTIAL_KINDS, REMOVAL_METHODS, SERVICES

SCHEMA_VERSION = 3  # bump when the schema or the analysis changes: forces a rebuild
META_ID = "__index_meta__"  # the document that records what the index reflects
GRADES = ("A", "B", "C", "D", "E", "F")
MAX_REVIEWS = 400  # per practitioner, newest first; a few practitioners have thousands
MAX_PASSAGE_CHARS = 3000
BATCH = 500  # practitioners whose scorecards are read in one query

# Query-time weight of each text field: name > services/claims > place/signals > reviews.
FIELD_BOOSTS: dict[str, float] = {
    "name": 8.0,
    "services": 3.0,
    "claims": 3.0,
    "place": 2.0,
    "signals": 1.5,
    "reviews": 1.0,
}
TEXT_FIELDS = tuple(FIELD_BOOSTS)
# Fields whose unstemmed words the spelling corrector knows (the `words` field); review
# words it knows by their stems only, which saves analysing the largest text twice.
SPELLING_FIELDS = ("name", "services", "claims", "place")

# Words indexed with each service, so plain-language queries find the facet.
SERVICE_TERMS: dict[str, str] = {
    "smp": "SMP scalp micropigmentation scalp tattoo hair tattoo",
    "hairline": "hairline design receding hairline",
    "density": "density thinning hair",
    "scar-camouflage": "scar camouflage hair transplant scar FUE FUT scar",
    "alopecia": "alopecia",
    "female": "SMP for women female hair loss",
    "correction": "correction repair bad SMP fix",
    "removal-laser": "laser removal laser tattoo removal",
    "removal-saline": "saline removal saline tattoo removal",
    "removal-undo": "UNDO removal deracination",
}


ANALYZER = SmpAnalyzer()
WORD_ANALYZER = SmpAnalyzer(stop=False, synonyms=False, stem=False)  # for the `words` field
_QUERY_WORDS = SmpAnalyzer(synonyms=False, stem=False)  # query words before stems


def stem(word: str) -> str:
    """The index form of one already lower-cased word."""
    return ANALYZER.stem_word(word)


def unstemmed_words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for each indexed word of a text, before stemming."""
    return [(t.text, t.startchar, t.endchar) for t in _QUERY_WORDS(text, chars=True)]


def make_schema() -> fields.Schema:
    text = {name: fields.TEXT(analyzer=ANALYZER) for name in TEXT_FIELDS}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        words=fields.TEXT(analyzer=WORD_ANALYZER, phrase=False),
        facts=fields.COLUMN(columns.VarBytesColumn()),
        doc=fields.STORED(),
        **text,
    )


_FACT_KEYS = {  # short JSON keys keep the column small
    "id": "i",
    "kind": "k",
    "grade": "g",
    "score": "s",
    "rating100": "r",
    "review_count": "n",
    "lat_e5": "la",
    "lon_e5": "lo",
    "services": "sv",
    "removal": "rm",
    "credentials": "cr",
    "verified_training": "vt",
    "fingerprint": "fp",
    "changed_seq": "q",
}


@dataclass
class Facts:
    """What filters, facets and sorts read for one practitioner (the `facts` column)."""

    id: str
    kind: str
    grade: str | None = None
    score: int | None = None
    rating100: int | None = None  # rating x 100, an integer
    review_count: int = 0
    lat_e5: int | None = None  # latitude x 100,000
    lon_e5: int | None = None
    services: list[str] = field(default_factory=list)
    removal: list[str] = field(default_factory=list)  # service keys: "removal-laser"
    credentials: list[str] = field(default_factory=list)  # "training:verified"
    verified_training: bool = False
    fingerprint: str = ""  # of the scorecard the document was built from
    changed_seq: int = 0

    def encode(self) -> bytes:
        data = {short: getattr(self, name) for name, short in _FACT_KEYS.items()}
        return json.dumps(data, separators=(",", ":")).encode()

    @classmethod
    def decode(cls, raw: bytes) -> Facts | None:
        try:
            data = json.loads(raw)
            return cls(**{name: data[short] for name, short in _FACT_KEYS.items() if short in data})
        except (ValueError, TypeError, KeyError):
            return None

    @property
    def rating(self) -> float | None:
        return None if self.rating100 is None else self.rating100 / 100

    @property
    def point(self) -> tuple[float, float] | None:
        if self.lat_e5 is None or self.lon_e5 is None:
            return None
        return (self.lat_e5 / 1e5, self.lon_e5 / 1e5)


def meta_document(seq: int, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The document recording which change counter the index reflects."""
    meta = {"seq": seq, "schema": SCHEMA_VERSION, **(extra or {})}
    return {
        "id": META_ID,
        "facts": json.dumps({"i": META_ID, "k": "meta", "meta": meta}).encode(),
        "doc": {"meta": meta},
    }


def read_meta(raw: bytes) -> dict[str, Any] | None:
    """The meta document's record, from its `facts` column value."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data.get("meta") if isinstance(data, dict) else None


def build_document(
    profile: Profile, card: dict[str, Any] | None, fingerprint: str = ""
) -> dict[str, Any]:
    """The index document of one practitioner with its stored scorecard (or None)."""
    card = card if isinstance(card, dict) else {}
    services = sorted(
        {s for s in profile.services if s in SERVICES}
        | {s for s in _strings(card.get("services")) if s in SERVICES}
    )
    removal = removal_methods(services, card.get("removal"))
    credentials = _credentials(profile, card)
    rating, review_count = rating_of(profile, card)
    point = _point(profile)
    address = profile.address.value if profile.address else {}
    reviews = sorted(profile.reviews, key=lambda r: r.date or r.first_seen or "", reverse=True)
    review_texts = [r.body[:MAX_PASSAGE_CHARS] for r in reviews[:MAX_REVIEWS] if r.body]
    claim_texts = _unique(t for c in profile.claims for t in (c.text, c.issuer) if t)
    signal_texts = _unique(s.text for s in profile.signals if s.text)
    grade = card.get("grade") if card.get("grade") in GRADES else None
    raw_score = card.get("score")
    score = (
        round(raw_score)
        if isinstance(raw_score, int | float) and not isinstance(raw_score, bool)
        else None
    )
    facts = Facts(
        id=profile.id,
        kind=profile.kind,
        grade=grade,
        score=score,
        rating100=None if rating is None else round(rating * 100),
        review_count=review_count,
        lat_e5=None if point is None else round(point[0] * 1e5),
        lon_e5=None if point is None else round(point[1] * 1e5),
        services=services,
        removal=removal,
        credentials=credentials,
        verified_training="training:verified" in credentials,
        fingerprint=fingerprint,
        changed_seq=profile.changed_seq,
    )
    steps = card.get("steps") if isinstance(card.get("steps"), dict) else {}
    stored = {
        "name": profile.name,
        "kind": profile.kind,
        "locality": address.get("locality"),
        "region": address.get("region"),
        "services": services,
        "removal": removal,
        "steps": {
            k: str(v.get("status") or "unknown") if isinstance(v, dict) else "unknown"
            for k, v in steps.items()
        },
        "last_checked": profile.last_checked[:10] if profile.last_checked else None,
        "passages": {"claims": claim_texts, "signals": signal_texts, "reviews": review_texts},
    }
    text = {
        "name": "\n".join([profile.name, *profile.aliases]),
        "services": "\n".join(SERVICE_TERMS.get(s, s) for s in services),
        "claims": "\n".join(claim_texts),
        "place": _place_text(address),
        "signals": "\n".join(signal_texts),
        "reviews": "\n".join(review_texts),
    }
    return {
        "id": profile.id,
        **text,
        "words": "\n".join(text[f] for f in SPELLING_FIELDS),
        "facts": facts.encode(),
        "doc": stored,
    }


def documents_for(store: Store, ids: list[str]) -> Iterator[dict[str, Any] | None]:
    """The index document of each id, in order (None for an id no longer live)."""
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        cards = _scorecards(store, batch)
        for pid in batch:
            profile = load_profile(store, pid)
            if profile is None:
                yield None
                continue
            card, fingerprint = cards.get(pid, (None, ""))
            yield build_document(profile, card, fingerprint)


def _scorecards(store: Store, ids: list[str]) -> dict[str, tuple[dict, str]]:
    """Stored scorecards (as index.scores.stored_scorecard returns them) with fingerprints."""
    marks = ",".join("?" * len(ids))
    rows = store.conn.execute(
        f"SELECT practitioner_id, json, fingerprint FROM scorecards"  # noqa: S608
        f" WHERE practitioner_id IN ({marks})",
        ids,
    )
    out: dict[str, tuple[dict, str]] = {}
    for pid, raw, fingerprint in rows:
        try:
            out[pid] = (json.loads(raw), fingerprint)
        except ValueError:
            out[pid] = ({}, fingerprint)
    return out


def removal_methods(services: list[str], extra: object = None) -> list[str]:
    """Removal methods offered, as service keys ("removal-laser"), with a scorecard's list."""
    methods = {s for s in services if s in REMOVAL_METHODS}
    if isinstance(extra, dict):
        extra = extra.get("methods")
    if isinstance(extra, list):  # strings, or {"method": key, ...} entries
        extra = [e.get("method") if isinstance(e, dict) else e for e in extra]
    for value in _strings(extra):
        key = "removal-" + value.lower().strip().removeprefix("removal-")
        if key in REMOVAL_METHODS:
            methods.add(key)
    return sorted(methods)


def rating_of(profile: Profile, card: dict[str, Any]) -> tuple[float | None, int]:
    """The rating to show and sort by (0-5), and how many reviews it rests on."""
    counted = len(profile.reviews)
    listing_count = max((r.count for r in profile.listing_ratings), default=0)
    review_count = max(counted, listing_count)
    value = card.get("rating")
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, int | float) and 0 <= value <= 5:
        return float(value), review_count
    weighted = [(r.value, r.count) for r in profile.listing_ratings if r.count > 0]
    if weighted:
        total = sum(c for _, c in weighted)
        return sum(v * c for v, c in weighted) / total, review_count
    rated = [r.rating for r in profile.reviews if r.rating is not None]
    if rated:
        return sum(rated) / len(rated), review_count
    return None, review_count


def _credentials(profile: Profile, card: dict[str, Any]) -> list[str]:
    out: set[str] = set()
    entries = card.get("credentials")
    if isinstance(entries, list) and entries:
        for c in entries:
            if isinstance(c, dict) and c.get("kind") in CREDENTIAL_KINDS:
                out.add(f"{c['kind']}:{c.get('status') or 'claimed'}")
    else:
        out.update(f"{c.kind}:claimed" for c in profile.claims if c.kind in CREDENTIAL_KINDS)
    return sorted(out)


def _point(profile: Profile) -> tuple[float, float] | None:
    if profile.geo is None:
        return None
    try:
        lat, lon = float(profile.geo.value["lat"]), float(profile.geo.value["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return (lat, lon)


def _place_text(address: dict[str, Any]) -> str:
    parts = [
        str(address[k])
        for k in ("street", "locality", "region", "postal_code", "country")
        if address.get(k)
    ]
    region = str(address.get("region") or "").upper()
    if len(region) == 2:
        name = us_state_name(region)
        if name:
            parts.append(name)
    return "\n".join(parts)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [v for v in value if isinstance(v, str)]
    return []


def _unique(texts: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for t in texts:
        key = t.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append(t.strip()[:MAX_PASSAGE_CHARS])
    return out
