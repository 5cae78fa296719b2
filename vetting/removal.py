"""Removal and correction of SMP: the methods, whom they suit, and their cautions (DOMAIN.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEPTH_CAUTION = (
    "Pigment placed too deep takes many sessions to remove and is uncomfortable; pigment at "
    "the right depth may need only one or two."
)


@dataclass(frozen=True)
class Method:
    label: str
    how: str
    suits: str
    cautions: tuple[str, ...]


METHODS: dict[str, Method] = {
    "removal-laser": Method(
        "Laser removal",
        "The most common method: a laser breaks the pigment into particles that the lymphatic "
        "system clears. Often done by partner clinics or medical practices.",
        "Lighter skin tones.",
        (
            "Works best on lighter skin; on darker skin (more melanin) results are often "
            "disappointing.",
            "Risk of hypopigmentation and hyperpigmentation afterwards.",
            "It can hurt: the laser heats the skin.",
            "Handled badly, it can burn and leave scars.",
            DEPTH_CAUTION,
        ),
    ),
    "removal-saline": Method(
        "Saline removal",
        "A needle works saline into the skin and the pigment lifts out by osmosis.",
        "Small areas, and skin tones a laser suits less well.",
        (
            "More scabbing and peeling than other methods, and slower healing.",
            DEPTH_CAUTION,
        ),
    ),
    "removal-undo": Method(
        "UNDO (non-laser) removal",
        "Deracination in three steps: a serum implanted to lift the pigment, a clay lifting "
        "mask, then a recovery mask.",
        "Most skin tones; for people who want fewer sessions and short healing.",
        (
            "Fewer sessions and side effects are reported, but it is offered by fewer clinics.",
            DEPTH_CAUTION,
        ),
    ),
}

CORRECTION = Method(
    "Correction (SMP repair)",
    "Bad SMP (too dark, blurred, a misjudged hairline) corrected by blending, lightening or "
    "redoing it; SMP can also hide hair-transplant scars.",
    "Work that is uneven or misjudged rather than blue or deeply blurred.",
    ("Badly migrated or discoloured pigment may need removal before it can be corrected.",),
)


def method_json(key: str) -> dict[str, Any]:
    """A removal method as the scorecard lists it."""
    method = METHODS[key]
    return {"method": key, "label": method.label, "cautions": list(method.cautions)}


def offered(services: list[str]) -> list[dict[str, Any]]:
    """The removal methods among a practitioner's services, with their cautions."""
    return [method_json(key) for key in METHODS if key in services]
