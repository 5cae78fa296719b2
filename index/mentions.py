"""Reviews on pages about no one in particular, a forum thread or a neighbours' discussion,
given to the practitioner they name ("Harbourline on Sackville, hands down").

A review is given only where its words name exactly one practitioner by a name of its own:
a business's full name, the distinctive word of it ("Harbourline" of Harbourline Scalp
Studio), or an artist's full name. A review naming two, or a name two practitioners share
(a chain's locations), is given to no one.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from index.normalize import fold
from vetting.names import GENERIC

MIN_CORE_LETTERS = 6  # a one-word distinctive name shorter than this is too common to trust


def names_of(name: str, aliases: Iterable[str] = ()) -> set[str]:
    """The folded names a practitioner may be mentioned by."""
    out: set[str] = set()
    for full in [name, *aliases]:
        words = re.findall(r"[\w'’]+", fold(full))
        core = [w for w in words if w not in GENERIC and w not in ("and", "the", "co")]
        if len(words) >= 2 and core:
            out.add(" ".join(words))
        if len(core) == 1 and len(core[0]) >= MIN_CORE_LETTERS:
            out.add(core[0])
        elif len(core) >= 2:
            out.add(" ".join(core))
            out.add(" ".join(core[:2]))  # "Shawn Daley" of Shawn Daley Tattoo & SMP
    return out


def attribute(db: sqlite3.Connection, practitioners: dict[str, set[str]]) -> set[str]:
    """Set each review on a page about no one to the one practitioner it names (by the names
    in `practitioners`: id -> names_of(...)); the ids whose mentioned reviews changed."""
    owners: dict[str, set[str]] = defaultdict(set)
    for pid, keys in practitioners.items():
        for key in keys:
            owners[key].add(pid)
    unique = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    shared = {k for k, v in owners.items() if len(v) > 1}
    if not unique:
        return set()
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(k) for k in sorted(owners, key=len, reverse=True)) + r")\b"
    )
    changed: set[str] = set()
    rows = db.execute(
        "SELECT id, body, mentions FROM reviews WHERE sighting_id IS NULL AND own_site = 0"
        " AND gone = 0"
    ).fetchall()
    for review_id, body, before in rows:
        found = {m.group(1) for m in pattern.finditer(fold(body))}
        named = {unique[k] for k in found if k in unique}
        after = next(iter(named)) if len(named) == 1 and not (found & shared) else None
        if after != before:
            db.execute("UPDATE reviews SET mentions = ? WHERE id = ?", (after, review_id))
            changed.update(x for x in (before, after) if x)
    return changed
