"""Write every review of the demo web: the independent review site's and the clinics' own.

Each category tells its story: good clinics get glowing, spread-out reviews from distinct
authors (regulars among them), average ones mixed, red-flagged ones complications,
suspicious ones a burst of near-identical five-star reviews from one-review authors.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TypeVar

from demoweb import review_texts as rt
from demoweb.names import review_authors
from demoweb.places import region_of
from demoweb.review_texts import Frag
from demoweb.truth import ClinicTruth, ReviewTruth

REVIEWS_PER_PAGE = 5
FIRST_DAY = date(2023, 1, 16)
REGULARS_PER_REGION = 3
BURST_START = date(2026, 9, 12)
MARKUP_OF_SITE = {"jsonld": "json-ld", "microdata": "microdata", "rdfa": "rdfa", "plain": "text"}

T = TypeVar("T")


class Deck:
    """Deal items in shuffled rounds, so a bank is used evenly before anything repeats."""

    def __init__(self, items: tuple[T, ...] | list[T], rng: random.Random) -> None:
        self.items = list(items)
        self.rng = rng
        self.pile: list[T] = []

    def deal(self) -> T:
        if not self.pile:
            self.pile = self.items[:]
            self.rng.shuffle(self.pile)
        return self.pile.pop()


@dataclass
class Draft:
    rating: float
    day: date
    frags: list[Frag] = field(default_factory=list)
    author: str | None = None
    regular: bool = False
    suspicious: bool = False


class Writer:
    """Compose reviews from the banks in review_texts, deterministically."""

    def __init__(self, today: date, seed: int = 11) -> None:
        self.today = today
        self.rng = random.Random(seed)
        deck = self._deck
        self.openers = deck(rt.GOOD_OPENERS)
        self.consult = deck(rt.CONSULT_OPENERS)
        self.ease_pos = {k: deck(v) for k, v in rt.EASE_POSITIVE.items()}
        self.ease_neg = {k: deck(v) for k, v in rt.EASE_NEGATIVE.items()}
        self.good_results = deck(rt.GOOD_RESULTS)
        self.negated_keys = deck(tuple(rt.NEGATED))
        self.negated = {k: deck(v) for k, v in rt.NEGATED.items()}
        self.good_closers = deck(rt.GOOD_CLOSERS)
        self.mixed = deck(rt.MIXED_RESULTS)
        self.mixed_closers = deck(rt.MIXED_CLOSERS)
        self.ordinary = deck(rt.ORDINARY_RESULTS)
        self.neutral = deck(rt.NEUTRAL_OPENERS)
        self.details = deck(rt.DETAILS)
        self.used: set[tuple[str, ...]] = set()
        self.flag_sentences = {k: deck(v) for k, v in rt.FLAG_SENTENCES.items()}
        self.bad_openers = deck(rt.BAD_OPENERS)
        self.bad_closers = deck(rt.BAD_CLOSERS)
        self.testimonials = deck(rt.TESTIMONIALS)
        self.tails = deck(rt.TESTIMONIAL_TAILS)

    def _deck(self, items: tuple[T, ...]) -> Deck:
        return Deck(items, self.rng)

    def spread(self, n: int, first: date, last: date) -> list[date]:
        """Return n dates spread over [first, last], one in each equal slice."""
        span = (last - first).days
        return [first + timedelta(days=int(span * (i + self.rng.random()) / n)) for i in range(n)]

    def good(self, regular: bool) -> list[Frag]:
        keys = ["answered-questions", "explained-process", "put-at-ease"]
        self.rng.shuffle(keys)
        extra = self.rng.choice(["professional", "honest", keys[2]])
        frags = [(self.consult if regular else self.openers).deal()]
        frags += [self.ease_pos[keys[0]].deal(), self.ease_pos[keys[1]].deal()]
        if extra not in keys[:2] and self.rng.random() < 0.5:
            frags.append(self.ease_pos[extra].deal())
        frags.append(self.good_results.deal())
        if self.rng.random() < 0.45:
            frags.append(self.negated[self.negated_keys.deal()].deal())
        if self.rng.random() < 0.7:
            frags.append(self.good_closers.deal())
        return frags

    def mixed_review(self, regular: bool, rating: float) -> list[Frag]:
        frags = [self.consult.deal()] if regular else []
        if rating >= 4 and self.rng.random() < 0.6:
            key = self.rng.choice(["answered-questions", "explained-process"])
            frags.append(self.ease_pos[key].deal())
        else:
            key = self.rng.choice(["rushed", "rushed", "pushy", "pushy", "unanswered"])
            frags.append(self.ease_neg[key].deal())
        frags.append(self.mixed.deal() if rating < 5 else self.good_results.deal())
        if self.rng.random() < 0.4:
            frags.append(self.details.deal())
        closer = self.mixed_closers.deal()
        if closer.text and rating < 5:
            frags.append(closer)
        return frags

    def ordinary_review(self, regular: bool) -> list[Frag]:
        frags = [self.consult.deal()] if regular else []
        if not regular and self.rng.random() < 0.6:
            frags.append(self.neutral.deal())
        if self.rng.random() < 0.3:
            frags.append(self.ease_pos["answered-questions"].deal())
        frags.append(self.ordinary.deal())
        if self.rng.random() < 0.6:
            frags.append(self.details.deal())
        return frags

    def testimonial(self) -> list[Frag]:
        head, tail = self.testimonials.deal(), self.tails.deal()
        shared = any(p in head and p in tail for p in ("{clinic}", "{artist}"))
        if shared or self.rng.random() < 0.3:
            return [Frag(head)]
        return [Frag(head), Frag(tail)]

    def unique(self, compose: Callable[[], list[Frag]]) -> list[Frag]:
        """Compose until the sentences differ from every review written so far."""
        for _ in range(50):
            frags = compose()
            key = tuple(f.text for f in frags)
            if key not in self.used:
                break
        self.used.add(key)
        return frags

    def bad(self, flags: list[str]) -> list[Frag]:
        frags = [self.bad_openers.deal()] if self.rng.random() < 0.6 else []
        frags += [self.flag_sentences[f].deal() for f in flags]
        if self.rng.random() < 0.4:
            key = self.rng.choice(["dismissive", "unanswered", "rushed"])
            frags.append(self.ease_neg[key].deal())
        frags.append(self.bad_closers.deal())
        return frags


def build_reviews(clinics: list[ClinicTruth], today: date) -> list[ReviewTruth]:
    """Return every review: the review site's, then each clinic's own testimonials."""
    writer = Writer(today)
    authors = iter(review_authors(600))
    regulars = _regulars([c for c in clinics if c.on_review_site], authors)
    reviews: list[ReviewTruth] = []
    on_site = [c for c in clinics if c.on_review_site]
    for index, clinic in enumerate(on_site):
        drafts = _drafts(clinic, writer, regulars.get(clinic.key, []))
        for draft in drafts:
            if draft.author is None:
                draft.author = next(authors)
        markup = "h-review" if index % 2 == 0 else "json-ld"
        reviews += _finish(clinic, drafts, writer.rng, markup)
    testimonial_authors = iter(review_authors(300, seed=23))
    for clinic in clinics:
        if clinic.site_up:
            reviews += _testimonials(clinic, writer, testimonial_authors)
    return [_numbered(r, i) for i, r in enumerate(reviews, 1)]


def _regulars(clinics: list[ClinicTruth], authors: Iterator[str]) -> dict[str, list[str]]:
    """Pick regular reviewers per region; each reviews its region's good clinics and more."""
    by_clinic: dict[str, list[str]] = {}
    regions: dict[str, list[ClinicTruth]] = {}
    for clinic in clinics:
        if clinic.category != "suspicious":
            slug = f"{clinic.locality.lower().replace(' ', '-')}-{clinic.region.lower()}"
            regions.setdefault(region_of(slug), []).append(clinic)
    for members in regions.values():
        good = [c for c in members if c.category == "good"]
        others = [c for c in members if c.category != "good"]
        for k in range(REGULARS_PER_REGION):
            name = next(authors)
            picks = list(good)
            j = k
            while len(picks) < 3 and others:
                candidate = others[j % len(others)]
                if candidate in picks:
                    break
                picks.append(candidate)
                j += 1
            for clinic in picks:
                by_clinic.setdefault(clinic.key, []).append(name)
    return by_clinic


def _dated(w: Writer, ratings: list[float], first: date, last: date) -> list[Draft]:
    days = w.spread(len(ratings), first, last)
    return [Draft(r, d) for r, d in zip(ratings, days, strict=True)]


def _drafts(clinic: ClinicTruth, w: Writer, regulars: list[str]) -> list[Draft]:
    last = w.today - timedelta(days=9)
    if clinic.category == "good":
        drafts = _dated(
            w, [5, 5, 4, 5, 5, 5, 4, 5, 5, 5, 5, 4][: 10 + len(clinic.artists)], FIRST_DAY, last
        )
    elif clinic.category == "average":
        drafts = _dated(w, [4, 3, 4, 3, 4, 5, 3], FIRST_DAY, last)
    elif clinic.category == "red-flagged":
        drafts = _dated(w, [5, 4], FIRST_DAY, date(2024, 3, 1)) + _dated(
            w, [1, 2, 1, 1, 2, 1], date(2024, 5, 1), last
        )
    elif clinic.category == "suspicious":
        drafts = _dated(w, [3, 4, 2, 3], FIRST_DAY, date(2026, 8, 1))
        drafts += [
            Draft(5, BURST_START + timedelta(days=w.rng.randint(0, 3)), suspicious=True)
            for _ in rt.BURST
        ]
    else:
        drafts = _dated(w, [5, 4, 4, 5, 3], FIRST_DAY, last)
    genuine = [d for d in drafts if not d.suspicious]
    slots = genuine if clinic.category != "red-flagged" else genuine[2:]
    for draft, name in zip(slots, regulars, strict=False):
        draft.author, draft.regular = name, True
    _compose(clinic, w, drafts)
    return drafts


def _compose(clinic: ClinicTruth, w: Writer, drafts: list[Draft]) -> None:
    flags = sorted(clinic.expected_flags)
    burst = list(rt.BURST)
    w.rng.shuffle(burst)
    bad = 0
    for draft in drafts:
        if draft.suspicious:
            draft.frags = [Frag(burst.pop())]
        elif clinic.category == "red-flagged" and draft.rating <= 2:
            mine = [flags[bad % len(flags)]]
            if w.rng.random() < 0.4 and len(flags) > 1:
                mine.append(flags[(bad + 1) % len(flags)])
            bad += 1
            draft.frags = w.unique(lambda mine=mine: w.bad(mine))
        else:
            draft.frags = w.unique(lambda d=draft: _genuine(clinic, w, d))


def _genuine(clinic: ClinicTruth, w: Writer, draft: Draft) -> list[Frag]:
    if clinic.category == "good":
        return w.good(draft.regular)
    if clinic.category in ("average", "suspicious"):
        return w.mixed_review(draft.regular, draft.rating)
    return w.ordinary_review(draft.regular)


def _fill(frags: list[Frag], clinic: ClinicTruth, rng: random.Random) -> str:
    """Join a review's sentences, naming one of the clinic's artists throughout."""
    artist = rng.choice(clinic.artists).name.split()[0] if clinic.artists else "the artist"
    name = clinic.listed_names.get("reviews", clinic.name)
    return " ".join(f.text.format(artist=artist, clinic=name, city=clinic.locality) for f in frags)


def _finish(
    clinic: ClinicTruth, drafts: list[Draft], rng: random.Random, markup: str
) -> list[ReviewTruth]:
    drafts = sorted(drafts, key=lambda d: d.day, reverse=True)
    base = clinic.listings["reviews"]
    out = []
    for i, d in enumerate(drafts):
        page = i // REVIEWS_PER_PAGE + 1
        out.append(
            _truth(
                clinic,
                d,
                _fill(d.frags, clinic, rng),
                source="review-site",
                path=base if page == 1 else f"{base}?page={page}",
                markup=markup,
            )
        )
    return out


def _testimonials(clinic: ClinicTruth, w: Writer, authors: Iterator[str]) -> list[ReviewTruth]:
    count = 3 + len(clinic.key) % 3
    days = w.spread(count, FIRST_DAY, w.today - timedelta(days=20))
    out = []
    for number, day in enumerate(sorted(days, reverse=True)):
        d = Draft(w.rng.choice([5, 5, 5, 4.5]), day, w.unique(w.testimonial))
        d.author = next(authors)
        out.append(
            _truth(
                clinic,
                d,
                _fill(d.frags, clinic, w.rng),
                source="own-site",
                path=clinic.pages["testimonials"],
                markup=MARKUP_OF_SITE[clinic.markup],
                also_on=(clinic.pages["home"],) if number == 0 else (),
            )
        )
    return out


def _truth(
    clinic: ClinicTruth,
    d: Draft,
    body: str,
    source: str,
    path: str,
    markup: str,
    also_on: tuple[str, ...] = (),
) -> ReviewTruth:
    def tags(name: str) -> frozenset[str]:
        return frozenset(t for f in d.frags for t in getattr(f, name))

    return ReviewTruth(
        id="",
        clinic_key=clinic.key,
        source=source,
        author=d.author or "",
        rating=d.rating,
        date=d.day.isoformat(),
        body=body,
        flags=tags("flags"),
        negated=tags("negated"),
        ease_positive=tags("pos"),
        ease_negative=tags("neg"),
        suspicious=d.suspicious,
        regular=d.regular,
        path=path,
        markup=markup,
        also_on=also_on,
    )


def _numbered(review: ReviewTruth, number: int) -> ReviewTruth:
    return replace(review, id=f"rv{number:04d}")
