"""Score what the product stored from a web against a reader's truth (truth.json form).

Every live practitioner in the store is traced to the truth entry (or person) its
sightings are about: a sighting on a practitioner's own site belongs to the entry whose
`site` it is on; a sighting on a directory or review page belongs to the entry listed on
that page whose name or telephone it carries. What matches nothing is a record of no
practitioner at all. The figures are the issue's: names, kinds, people, credentials with
their holders, reviews on review pages, duplicates and wrong merges, step statuses and
"A above B" pairs, contacts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import phonenumbers
from rapidfuzz import fuzz

from index.profiles import live_ids, load_profile
from index.store import Store

_TITLES = {"dr", "mr", "mrs", "ms", "miss", "md", "m", "d", "dds", "rn", "prof"}

# A team member the truth's role says does not do the work ("Consultant Trichologist (does
# not perform SMP)", "tattoo artist (not SMP)") is on the pages but is not a practitioner:
# the product should not show them as one.
_NOT_PRACTISING = re.compile(
    r"\b(?:does|do)\s+not\s+(?:do|perform|offer|tattoo|practi[cs]e|treat)\b|\b(?:not|no)\s+SMP\b|\bnon-SMP\b",
    re.I,
)


_TEAM_HOLDER = re.compile(r"(?:all|both|every|each|the\s+(?:whole\s+)?team)\b")


def fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " and ").replace("’", "'")
    return " ".join(re.sub(r"[^\w\s']+", " ", text).split())


def same_name(found: str | None, names: list[str]) -> bool:
    """A business name exactly right: equal to one of the truth's names, case and
    punctuation aside."""
    key = fold(found).replace("'", "")
    return bool(key) and any(key == fold(n).replace("'", "") for n in names if n)


def person_tokens(name: str | None) -> list[str]:
    text = re.sub(r"\(.*?\)", " ", name or "")
    return [w for w in fold(text).replace("'", "").split() if w not in _TITLES]


def same_person(a: str | None, b: str | None) -> bool:
    """One name's words all in the other's (first names alone match full names); a name
    with a nickname ('Andre "Dre" Batiste') is also read without it."""
    nick = re.compile(r"\s*[\"“][^\"”]*[\"”]")
    if a and nick.search(a):
        plain = re.sub(r"[\"“”]", " ", a)  # (its words with the nickname among them)
        return same_person(nick.sub("", a), b) or same_person(plain, b)
    if b and nick.search(b):
        return same_person(b, a)
    x, y = person_tokens(a), person_tokens(b)
    if not x or not y:
        return False
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    return all(any(w == v or (len(w) > 3 and fuzz.ratio(w, v) >= 90) for v in big) for w in small)


def phone_key(raw: str | None, country: str | None) -> str | None:
    if not raw:
        return None
    try:
        number = phonenumbers.parse(raw, (country or "US").upper())
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", raw)[-9:] or None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@dataclass
class Record:
    """A live practitioner of the store, with what the scoring needs."""

    id: str
    kind: str
    name: str
    clinic_id: str | None
    sightings: list[dict[str, Any]]
    card: dict[str, Any] | None
    telephone: str | None = None
    locality: str | None = None
    reviews: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)  # with "person": whose it is
    truth: set[str] = field(default_factory=set)  # entries its sightings are about
    person_of: str | None = None  # "slug/person name" when it is one of an entry's people


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hit += bool(ok)

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.value:.2f} ({self.hit}/{self.total})" if self.total else "n/a"


@dataclass
class Score:
    figures: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    problems: list[str] = field(default_factory=list)
    steps: list[dict[str, Any]] = field(default_factory=list)  # each step: ours, its score, truth

    def to_json(self) -> dict[str, Any]:
        return {
            "figures": {k: {"hit": r.hit, "total": r.total, "value": r.value}
                        for k, r in self.figures.items()},
            "counts": dict(self.counts),
            "problems": self.problems,
            "steps": self.steps,
        }  # fmt: skip


def load_records(path: Path) -> list[Record]:
    """Every live practitioner of the store at `path`."""
    with Store(path, readonly=True) as store:
        return _records(store)


def _records(store: Store) -> list[Record]:
    db = store.conn
    cards = {
        r["practitioner_id"]: json.loads(r["json"])
        for r in db.execute("SELECT practitioner_id, json FROM scorecards")
    }
    sightings: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in db.execute("SELECT * FROM sightings WHERE gone = 0 AND practitioner_id IS NOT NULL"):
        sightings[s["practitioner_id"]].append(dict(s))
    reviews = profile_reviews(store)
    claims: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in db.execute(
        "SELECT c.*, s.practitioner_id, s.name AS sighting_name FROM claims c"
        " JOIN sightings s ON s.id = c.sighting_id WHERE c.gone = 0 AND s.gone = 0"
    ):
        claims[c["practitioner_id"]].append(dict(c))
    out = []
    names = {p["id"]: p["name"] for p in db.execute("SELECT id, name FROM practitioners")}
    for pid, found in claims.items():
        shown: dict[str, list[str]] = defaultdict(list)
        for cred in (cards.get(pid) or {}).get("credentials", []):
            if cred.get("person"):
                shown[cred["text"]].append(cred["person"])
        for claim in found:  # whose the scorecard says it is (one sentence may be two people's)
            held = claim.get("holder")
            persons = shown.get(claim["text"], [])
            mine = [n for n in persons if held and same_person(held, n)]
            claim["person"] = (
                next(iter(mine), None)
                or (persons[-1] if persons else None)
                or held
                or names.get(pid)
                or claim["sighting_name"]
            )
    profiles = {pid: load_profile(store, pid) for pid in cards}  # what the product shows
    for pid in cards:  # what the practitioner holds from pages it shares (a chain's)
        have = {c["text"] for c in claims.get(pid, [])}
        profile = profiles[pid]
        claims[pid] += [
            {"text": c.text, "kind": c.kind, "person": c.person}
            for c in (profile.claims if profile else [])
            if c.text not in have
        ]
    for p in db.execute("SELECT * FROM practitioners WHERE gone = 0 ORDER BY id"):
        seen = sightings.get(p["id"], [])
        own = [s for s in seen if s["own_site"]] + [s for s in seen if not s["own_site"]]
        shown = profiles.get(p["id"])
        out.append(
            Record(
                id=p["id"],
                kind=p["kind"],
                name=p["name"],
                clinic_id=p["clinic_id"],
                sightings=seen,
                card=cards.get(p["id"]),
                telephone=shown.telephone.value
                if shown and shown.telephone
                else next((s["telephone"] for s in own if s["telephone"]), None),
                locality=(shown.locality if shown else None)
                or next((s["locality"] for s in own if s["locality"]), None),
                reviews=reviews.get(p["id"], []),
                claims=claims.get(p["id"], []),
            )
        )
    return out


def profile_reviews(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The reviews each practitioner's page shows (index.profiles), as the consumer sees them."""
    out = {}
    for pid in live_ids(store):
        profile = load_profile(store, pid)
        if profile is not None:
            out[pid] = [
                {
                    "url": r.url,
                    "body": r.body,
                    "author": r.author,
                    "rating": r.rating,
                    "date": r.date,
                }
                for r in profile.reviews
            ]
    return out


class Scorer:
    """Compare the records of one store with one web's truth."""

    def __init__(self, truth: dict[str, dict[str, Any]], host_of: Any):
        self.truth = truth
        self.host_of = host_of  # served URL -> the web's host name
        self.by_site: dict[str, list[str]] = defaultdict(list)  # a chain: several on one site
        for slug, t in truth.items():
            if t.get("site"):
                self.by_site[t["site"]].append(slug)
        self.listed: dict[tuple[str, str], list[str]] = defaultdict(list)
        for slug, t in truth.items():
            for listing in t.get("listings", []):
                self.listed[(listing["site"], _path(listing["page"]))].append(slug)
            for review in t.get("reviews", []):
                key = (review["site"], _path(review["page"]))
                if slug not in self.listed[key]:
                    self.listed[key].append(slug)

    # -- tracing records to the truth
    def about(self, sighting: dict[str, Any]) -> str | None:
        """The truth entry one sighting is about, or None."""
        host = self.host_of(sighting["url"])
        if host is None:
            return None
        if host in self.by_site and len(self.by_site[host]) == 1:
            slug = self.by_site[host][0]
            if not self._platform(host, slug) or self._own_page(sighting["url"], slug):
                return slug  # (a profile on a platform is its own pages, not the platform)
        chain = self.by_site.get(host) if len(self.by_site.get(host, [])) > 1 else None
        listed = chain or self.listed.get((host, _path(sighting["url"])), [])
        best, best_score = None, 0.0
        for slug in listed:
            t = self.truth[slug]
            names = [t["name"], *t.get("alternate_names", [])]
            score = max(fuzz.token_set_ratio(fold(sighting["name"]), fold(n)) for n in names)
            locality = (t.get("address") or {}).get("locality")
            if host in self.by_site:  # a chain's own site: which location is it?
                score = 0.0
                if locality and fold(sighting["locality"]) == fold(locality):
                    score = 90.0
            country = (t.get("address") or {}).get("country")
            if sighting["telephone"] and phone_key(sighting["telephone"], country) == phone_key(
                t.get("telephone"), country
            ):
                score = max(score, 95)
            if score > best_score:
                best, best_score = slug, score
        return best if best_score >= 75 else None

    def _platform(self, host: str, slug: str) -> bool:
        """Whether other practitioners' listings or reviews lie on this site too: a booking
        platform that hosts someone's only profile."""
        return any(h == host and set(slugs) - {slug} for (h, _), slugs in self.listed.items())

    def _own_page(self, url: str, slug: str) -> bool:
        """Whether a page lies in the folder of one of the practitioner's own pages."""
        path = _path(url)
        folders = {p.rsplit("/", 1)[0] if "/" in p else "" for p in self.truth[slug]["pages"]}
        return any(not f or path == f or path.startswith(f"{f}/") for f in folders)

    def trace(self, records: list[Record]) -> None:
        by_id = {r.id: r for r in records}
        for r in records:
            r.truth = {slug for s in r.sightings if (slug := self.about(s))}
        for r in records:
            clinic = by_id.get(r.clinic_id) if r.clinic_id else None
            homes = set(r.truth) | (clinic.truth if clinic else set())
            for slug in sorted(homes):
                person = next(
                    (p["name"] for p in self.truth[slug].get("people", [])
                     if same_person(r.name, p["name"])),
                    None,
                )  # fmt: skip
                if person and (r.kind == "artist" or not same_name(r.name, self.names(slug))):
                    r.person_of = f"{slug}/{person}"
                    break

    def names(self, slug: str) -> list[str]:
        t = self.truth[slug]
        return [t["name"], *t.get("alternate_names", [])]

    # -- the figures
    def score(self, records: list[Record]) -> Score:
        self.trace(records)
        out = Score()
        businesses: dict[str, list[Record]] = defaultdict(list)
        for r in records:
            if r.person_of and not (r.kind == "artist" and self._is_business(r)):
                continue
            for slug in r.truth:
                businesses[slug].append(r)
            if len(r.truth) > 1:
                out.counts["wrong merges"] += 1
                out.problems.append(f"wrong merge: {r.name!r} is {sorted(r.truth)}")
            if not r.truth and not r.person_of:
                out.counts["records of no practitioner"] += 1
                where = r.sightings[0]["url"] if r.sightings else "?"
                out.problems.append(f"no practitioner: {r.kind} {r.name!r} from {where}")
        for slug, t in self.truth.items():
            found = businesses.get(slug, [])
            out.figures["practitioners found"].add(bool(found))
            if not found:
                out.problems.append(f"missing: {slug} ({t['name']})")
                continue
            main = max(found, key=lambda r: (self._looks_like(r, slug), len(r.sightings)))
            for other in found:
                if other is main:
                    continue
                if self._looks_like(other, slug):
                    out.counts["duplicates"] += 1
                    out.problems.append(f"duplicate: {slug} stored again as {other.name!r}")
                else:
                    out.counts["records of no practitioner"] += 1
                    out.problems.append(
                        f"no practitioner: {other.kind} {other.name!r} on {slug}'s pages"
                    )
            self._business(out, slug, t, main)
            self._people(out, slug, t, main, records)
            self._credentials(out, slug, t, main, records)
            self._reviews(out, slug, t, main)
            self._steps(out, slug, t, main)
        return out

    def _looks_like(self, r: Record, slug: str) -> bool:
        """A record that reads as this entry: its name, or its telephone."""
        t = self.truth[slug]
        country = (t.get("address") or {}).get("country")
        phone = phone_key(t.get("telephone"), country)
        return any(
            fuzz.token_set_ratio(fold(r.name), fold(n)) >= 85 for n in self.names(slug)
        ) or bool(phone and phone_key(r.telephone, country) == phone)

    def _is_business(self, r: Record) -> bool:
        """A record named as an entry is (an owner's name the directory lists it under), unless
        it is an artist placed under a clinic: then it is one of that clinic's people."""
        if r.kind == "artist" and r.clinic_id:
            return False
        return any(same_name(r.name, self.names(s)) for s in r.truth)

    def _business(self, out: Score, slug: str, t: dict[str, Any], main: Record) -> None:
        ok = same_name(main.name, self.names(slug))
        out.figures["business name exact"].add(ok)
        if not ok:
            out.problems.append(f"name: {slug}: {main.name!r}, truth {t['name']!r}")
        kind_ok = main.kind == t.get("kind", "clinic")
        out.figures["kind"].add(kind_ok)
        if not kind_ok:
            out.problems.append(f"kind: {slug}: {main.kind}, truth {t.get('kind')}")
        country = (t.get("address") or {}).get("country")
        if t.get("telephone"):
            want = phone_key(t["telephone"], country)
            got = phone_key(main.telephone, country)
            out.figures["telephone"].add(want == got)
            if want != got:
                out.problems.append(f"telephone: {slug}: {main.telephone!r}, truth {want!r}")
        locality = (t.get("address") or {}).get("locality")
        if locality:
            ok = fold(main.locality) == fold(locality)
            out.figures["locality"].add(ok)
            if not ok:
                out.problems.append(f"locality: {slug}: {main.locality!r}, truth {locality!r}")

    def _people(
        self, out: Score, slug: str, t: dict[str, Any], main: Record, records: list[Record]
    ) -> None:
        people = [p for p in t.get("people", []) if not _NOT_PRACTISING.search(p.get("role") or "")]
        mine = [
            r for r in records
            if r is not main and r.kind == "artist"
            and (r.clinic_id == main.id or (slug in r.truth and r.clinic_id is None))
        ]  # fmt: skip
        for p in people:
            if t.get("kind") == "artist" and main.kind == "artist" and len(people) == 1:
                out.figures["artists recall"].add(True)
                continue
            hit = any(same_person(r.name, p["name"]) for r in mine)
            out.figures["artists recall"].add(hit)
            if not hit:
                out.problems.append(f"artist missed: {slug}: {p['name']!r}")
        for r in mine:
            ok = any(same_person(r.name, p["name"]) for p in people)
            out.figures["artists precision"].add(ok)
            if not ok:
                out.problems.append(f"not an artist: {slug}: {r.name!r}")

    def _credentials(
        self, out: Score, slug: str, t: dict[str, Any], main: Record, records: list[Record]
    ) -> None:
        linked = [r for r in records if r.clinic_id == main.id]
        creds = [c for r in [main, *linked] for c in r.claims]
        english = t.get("language", "en").startswith("en")
        for c in t.get("credentials", []):
            text = fold(c.get("text"))
            match = [
                x for x in creds
                if text and (fuzz.partial_ratio(fold(x.get("text")), text) >= 85
                             or fuzz.partial_ratio(text, fold(x.get("text"))) >= 85)
            ]  # fmt: skip
            found = bool(match)
            holder_ok = any(self._holder_ok(x.get("person"), c.get("holder"), slug) for x in match)
            suffix = "" if english else " (other languages)"
            out.figures["credentials found" + suffix].add(found)
            out.figures["credentials with holder" + suffix].add(found and holder_ok)
            if found:
                out.figures["credential kind"].add(any(x.get("kind") == c["kind"] for x in match))
            if not found:
                out.problems.append(f"claim missed: {slug}: {c['kind']}: {c.get('text')!r}")
            elif not holder_ok:
                held = [x.get("person") for x in match]
                out.problems.append(f"claim holder: {slug}: {held}, truth {c.get('holder')!r}")

    def _holder_ok(self, person: str | None, holder: str | None, slug: str) -> bool:
        names = self.names(slug)
        # a claim the truth gives to the whole team ("both artists (A, B)", "all practitioners
        # (...)") is the business's: the business or any one of them holds it
        team = bool(holder) and _TEAM_HOLDER.match(fold(holder)) is not None
        truth_is_business = not holder or team or any(fold(n) in fold(holder) for n in names)
        if truth_is_business:
            return (
                not person
                or same_name(person, names)
                or any(same_person(person, p["name"]) for p in self.truth[slug].get("people", []))
            )
        return bool(person) and same_person(person, holder)

    def _reviews(self, out: Score, slug: str, t: dict[str, Any], main: Record) -> None:
        stored = main.reviews
        for review in t.get("reviews", []):
            text = fold(review.get("text"))[:60]
            hits = [
                r for r in stored
                if self.host_of(r["url"]) == review["site"] and text and text in fold(r["body"])
            ]  # fmt: skip
            out.figures["reviews found"].add(bool(hits))
            if not hits:
                out.problems.append(f"review missed: {slug}: {review['site']}: {text!r}")
                continue
            got = hits[0]
            if review.get("author"):
                ok = same_person(got["author"], review["author"]) or fold(got["author"]) == fold(
                    review["author"]
                )
                out.figures["review author"].add(ok)
                if not ok:
                    out.problems.append(
                        f"review author: {got['author']!r}, truth {review['author']!r}"
                    )
            if review.get("rating") is not None:
                ok = got["rating"] is not None and abs(got["rating"] - review["rating"]) < 0.01
                out.figures["review rating"].add(ok)
                if not ok:
                    out.problems.append(f"review rating: {got['rating']}, truth {review['rating']}")
            if review.get("date"):
                ok = got["date"] == review["date"]
                out.figures["review date"].add(ok)
                if not ok:
                    out.problems.append(f"review date: {got['date']}, truth {review['date']}")
        seen: dict[str, int] = defaultdict(int)
        for r in stored:
            seen[fold(r["body"])[:80]] += 1
        twice = sum(n - 1 for n in seen.values() if n > 1)
        if twice:
            out.counts["reviews stored twice"] += twice
            out.problems.append(f"reviews stored twice: {slug}: {twice}")

    def _steps(self, out: Score, slug: str, t: dict[str, Any], main: Record) -> None:
        steps = t.get("steps") or {}
        got = (main.card or {}).get("steps", {})
        for step, want in steps.items():
            have = (got.get(step) or {}).get("status")
            out.figures["step statuses"].add(have == want)
            score = (got.get(step) or {}).get("score")
            out.steps.append(
                {"slug": slug, "step": step, "status": have, "score": score, "truth": want}
            )
            if have != want:
                out.problems.append(f"step {step}: {slug}: {have}, truth {want}")

    def score_pairs(self, out: Score, records: list[Record], pairs: list[list[str]]) -> None:
        main: dict[str, Record] = {}
        for r in records:
            if r.person_of and not (r.kind == "artist" and self._is_business(r)):
                continue
            for slug in r.truth:
                if slug not in main or len(r.sightings) > len(main[slug].sightings):
                    main[slug] = r
        for better, worse in pairs:
            a = ((main.get(better) and main[better].card) or {}).get("score")
            b = ((main.get(worse) and main[worse].card) or {}).get("score")
            ok = a is not None and b is not None and a > b
            out.figures["pairs in order"].add(ok)
            if not ok:
                out.problems.append(f"pair: {better} ({a}) should be above {worse} ({b})")


def _path(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path.lstrip("/")
    for suffix in ("index.html", ".html", "/"):
        path = path.removesuffix(suffix)
    return path + (f"?{parts.query}" if parts.query else "")
