"""One record per practitioner and per review when several syntaxes describe the same one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from crawler.items import Practitioner, Review
from vetting.vocabulary import SERVICES

from .claims import dedupe
from .text import normal_key

_SCALARS = (
    "url", "telephone", "email", "geo", "rating", "website", "works_for", "former_address"
)  # fmt: skip


def practitioners(found: Iterable[Practitioner]) -> list[Practitioner]:
    """Practitioners with the same name merged, the first one's values winning; not a
    chain's locations, which share a name but differ in both telephone and town."""
    out: list[Practitioner] = []
    by_key: dict[str, list[Practitioner]] = {}
    for practitioner in found:
        key = normal_key(practitioner.name)
        same = [p for p in by_key.get(key, []) if not _locations(p, practitioner)] if key else []
        if same:
            absorb(same[0], practitioner)
        else:
            if key:
                by_key.setdefault(key, []).append(practitioner)
            out.append(practitioner)
    return out


def _locations(a: Practitioner, b: Practitioner) -> bool:
    """Two places of one business: each has a telephone and a town, and both differ; or one
    artist at two of a chain's locations, each in its own town."""
    towns = [normal_key(p.address.locality or "") if p.address else "" for p in (a, b)]
    if not (all(towns) and towns[0] != towns[1]):
        return False
    if a.kind == b.kind == "artist" and a.works_for and a.works_for == b.works_for:
        return True
    return bool(a.telephone and b.telephone and a.telephone != b.telephone)


def absorb(target: Practitioner, other: Practitioner) -> None:
    """Fill what `target` lacks from `other` and pool their lists."""
    for name in _SCALARS:
        if getattr(target, name) is None and getattr(other, name) is not None:
            setattr(target, name, getattr(other, name))
    if other.address is not None:
        if target.address is None:
            target.address = other.address
        else:
            for field in ("street", "locality", "region", "postal_code", "country"):
                if getattr(target.address, field) is None:
                    setattr(target.address, field, getattr(other.address, field))
    target.services = services(target.services, other.services)
    target.credentials = dedupe([*target.credentials, *other.credentials])
    kinds = {s.kind for s in target.signals}
    target.signals += [s for s in other.signals if s.kind not in kinds]
    target.same_as = list(dict.fromkeys([*target.same_as, *other.same_as]))


def services(*groups: Iterable[str]) -> list[str]:
    """The union of service lists, in vocabulary order."""
    found = {s for group in groups for s in group}
    return [s for s in SERVICES if s in found]


def reviews(found: Iterable[Review]) -> list[Review]:
    """Reviews with the same text merged (one text containing the other counts as same)."""
    out: list[Review] = []
    keys: list[str] = []
    for review in found:
        key = normal_key(review.body)
        twin = next(
            (
                i
                for i, k in enumerate(keys)
                if key
                and k
                and _same_author(out[i], review)
                and (key == k or (min(len(key), len(k)) >= 30 and (key in k or k in key)))
            ),
            None,
        )
        if twin is None:
            out.append(review)
            keys.append(key)
            continue
        kept = out[twin]
        if len(review.body) > len(kept.body):
            kept.body = review.body
            keys[twin] = key
        if kept.author and review.author and len(review.author) < len(kept.author):
            kept.author = review.author  # the name alone, without what a card put round it
        for name in ("author", "rating", "date", "about"):
            if getattr(kept, name) is None and getattr(review, name) is not None:
                setattr(kept, name, getattr(review, name))
    return out


def _same_author(a: Review, b: Review) -> bool:
    """No author on one, or one's words all in the other's ("Sofia P." and a card's
    "S Sofia P. Nanoblading Client", its avatar initial and caption read with it)."""
    if not (a.author and b.author):
        return True
    x, y = (re.findall(r"[0-9a-z]+", n.lower().replace("&", "and")) for n in (a.author, b.author))
    shorter, longer = sorted((x, y), key=len)
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))
