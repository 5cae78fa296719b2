"""The product's fixed vocabularies (CONTRACT.md), with the labels consumers see."""

from __future__ import annotations

SERVICES: dict[str, str] = {
    "smp": "Scalp micropigmentation",
    "hairline": "Hairline design",
    "density": "Density / thinning hair",
    "scar-camouflage": "Scar camouflage",
    "alopecia": "Alopecia",
    "female": "SMP for women",
    "correction": "Correction of bad SMP",
    "removal-laser": "Laser removal",
    "removal-saline": "Saline removal",
    "removal-undo": "UNDO (non-laser) removal",
}

REMOVAL_METHODS: dict[str, str] = {
    key: label for key, label in SERVICES.items() if key.startswith("removal-")
}

CREDENTIAL_KINDS: dict[str, str] = {
    "training": "Training",
    "certification": "Certification",
    "licence": "Licence",
    "membership": "Membership",
    "experience": "Years of experience",
    "insurance": "Insurance",
}

FLAGS: dict[str, str] = {
    "discoloration": "Discoloration (blue, green or purple tint)",
    "migration": "Migration (dots spread, blur or merge)",
    "helmet": "Helmet look (flat, painted-on)",
    "too-dark": "Too dark for the client",
    "hairline": "Unnatural or misjudged hairline",
    "infection": "Infection or poor hygiene",
    "scarring": "Scarring, keloids or burns",
    "patchy-fading": "Patchy, uneven fading",
}

EASE_POSITIVE: dict[str, str] = {
    "answered-questions": "Answered all questions",
    "explained-process": "Explained process, depth, pigment and healing",
    "put-at-ease": "Put the client at ease",
    "professional": "Professional and knowledgeable",
    "honest": "Honest, no pressure",
}

EASE_NEGATIVE: dict[str, str] = {
    "rushed": "Rushed",
    "pushy": "Pushy or upselling",
    "dismissive": "Dismissive",
    "unanswered": "Questions left unanswered",
    "rude": "Rude",
}

# What a practitioner's own listing can show about step 3 (not in the extract JSON).
LISTING_SIGNALS: dict[str, str] = {
    "free-consultation": "Free consultation",
    "clear-pricing": "Clear pricing",
    "portfolio": "Portfolio of own healed work",
    "aftercare": "Aftercare instructions",
    "touch-up-policy": "Touch-up or guarantee policy",
    "hygiene": "Stated hygiene practice",
}

PRACTITIONER_KINDS = ("clinic", "artist")
SOURCE_KINDS = ("directory", "clinic", "reviews", "registry")
CLAIM_STATUSES = ("verified", "claimed", "contradicted")
REGISTRY_STATUSES = ("active", "suspended", "expired", "revoked")
