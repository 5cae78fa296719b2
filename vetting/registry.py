"""All registry rows of a batch, indexed by name words and licence number for fast lookup."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from vetting import names
from vetting.model import RegistryFact


@dataclass
class RegistryIndex:
    """Registry rows (licences, graduates, members), and which registries are complete."""

    rows: list[RegistryFact] = field(default_factory=list)
    _by_word: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _by_number: dict[str, list[int]] = field(default_factory=dict, repr=False)
    complete: list[RegistryFact] = field(default_factory=list)  # one row per complete registry

    @classmethod
    def build(cls, rows: Iterable[RegistryFact]) -> RegistryIndex:
        """Index every row once per batch."""
        index = cls()
        seen_complete: set[tuple[str, str]] = set()
        for i, row in enumerate(rows):
            index.rows.append(row)
            for word in names.tokens(row.name) | names.tokens(row.business):
                index._by_word.setdefault(word, []).append(i)
            if row.licence_number:
                index._by_number.setdefault(names.number(row.licence_number), []).append(i)
            key = (names.issuer(row.issuer), row.credential)
            if row.complete and key not in seen_complete:
                seen_complete.add(key)
                index.complete.append(row)
        return index

    def candidates(
        self, who: Iterable[str | None], number: str | None = None
    ) -> list[RegistryFact]:
        """Rows sharing a distinctive name word with any of `who`, or the licence number."""
        found: set[int] = set()
        for name in who:
            for word in names.tokens(name):
                found.update(self._by_word.get(word, ()))
        if number:
            found.update(self._by_number.get(names.number(number), ()))
        return [self.rows[i] for i in sorted(found)]

    def by_number(self, number: str | None) -> list[RegistryFact]:
        """Rows with this licence number."""
        if not number:
            return []
        return [self.rows[i] for i in self._by_number.get(names.number(number), ())]

    def complete_registries(self, credentials: Iterable[str]) -> list[RegistryFact]:
        """One row of each complete registry of these credential kinds."""
        kinds = set(credentials)
        return [row for row in self.complete if row.credential in kinds]
