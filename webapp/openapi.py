"""The OpenAPI 3.1 document of /api/, maintained by hand (tests check it against responses)."""

from __future__ import annotations

from typing import Any

from vetting.vocabulary import (
    CLAIM_STATUSES,
    CREDENTIAL_KINDS,
    FLAGS,
    REMOVAL_METHODS,
    SERVICES,
)
from webapp.params import GRADES, SORTS


def _nullable(kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": [kind, "null"], **extra}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERROR = _json(_ref("Error"), "A problem, explained for people")
EVIDENCE = {
    "type": "object",
    "required": ["text", "url", "date", "kind"],
    "properties": {
        "text": {"type": "string", "description": "A quote of at most 300 characters"},
        "url": {"type": "string"},
        "date": _nullable("string"),
        "kind": {"type": "string"},
    },
}
STEP = {
    "type": "object",
    "required": ["status", "score", "evidence"],
    "properties": {
        "status": {"type": "string", "enum": ["pass", "caution", "fail", "unknown"]},
        "score": _nullable("integer", minimum=0, maximum=100),
        "evidence": {"type": "array", "items": _ref("Evidence")},
    },
}
SCORECARD = {
    "type": "object",
    "required": [
        "id",
        "name",
        "grade",
        "score",
        "confidence",
        "steps",
        "credentials",
        "red_flags",
        "authenticity",
        "services",
    ],
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "grade": _nullable("string", enum=[*GRADES, None]),
        "score": _nullable("integer", minimum=0, maximum=100),
        "confidence": {"type": "string", "enum": ["high", "medium", "low"]},
        "steps": {
            "type": "object",
            "required": ["training", "reputation", "ease"],
            "properties": {k: _ref("Step") for k in ("training", "reputation", "ease")},
        },
        "credentials": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "issuer", "text", "status", "evidence"],
                "properties": {
                    "kind": {"type": "string", "enum": list(CREDENTIAL_KINDS)},
                    "issuer": _nullable("string"),
                    "text": {"type": "string"},
                    "status": {"type": "string", "enum": list(CLAIM_STATUSES)},
                    "evidence": {"type": "array", "items": _ref("Evidence")},
                },
            },
        },
        "red_flags": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["flag", "count", "evidence"],
                "properties": {
                    "flag": {"type": "string", "enum": list(FLAGS)},
                    "count": {"type": "integer", "minimum": 1},
                    "evidence": {"type": "array", "items": _ref("Evidence")},
                },
            },
        },
        "authenticity": {
            "type": "object",
            "required": ["suspicious_reviews", "signals"],
            "properties": {
                "suspicious_reviews": {"type": "integer", "minimum": 0},
                "signals": {"type": "array", "items": {"type": "string"}},
            },
        },
        "services": {"type": "array", "items": {"type": "string", "enum": list(SERVICES)}},
    },
}
CONTACT = {
    "type": "object",
    "required": [
        "kind",
        "locality",
        "region",
        "address",
        "website",
        "telephone",
        "email",
        "last_checked",
    ],
    "properties": {
        "kind": {"type": "string", "enum": ["clinic", "artist"]},
        "locality": _nullable("string"),
        "region": _nullable("string"),
        "address": _nullable("object"),
        "website": _nullable("string"),
        "telephone": _nullable("string"),
        "email": _nullable("string"),
        "last_checked": _nullable("string", description="YYYY-MM-DD"),
    },
}
PRACTITIONER = {
    "allOf": [
        _ref("Scorecard"),
        {
            "type": "object",
            "required": ["contact", "url"],
            "properties": {"contact": _ref("Contact"), "url": {"type": "string"}},
        },
    ]
}
SEARCH = {
    "type": "object",
    "required": ["total", "results", "facets"],
    "properties": {
        "total": {"type": "integer", "minimum": 0},
        "results": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "id",
                    "name",
                    "kind",
                    "grade",
                    "score",
                    "rating",
                    "review_count",
                    "locality",
                    "region",
                    "distance_km",
                    "services",
                    "highlights",
                ],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "kind": {"type": "string"},
                    "grade": _nullable("string"),
                    "score": _nullable("integer"),
                    "rating": _nullable("number"),
                    "review_count": {"type": "integer", "minimum": 0},
                    "locality": _nullable("string"),
                    "region": _nullable("string"),
                    "distance_km": _nullable("number"),
                    "services": {"type": "array", "items": {"type": "string"}},
                    "highlights": {
                        "type": "array",
                        "items": {"type": "string"},
                        "description": "Passages matching the query, as plain text",
                    },
                    "fragments": {
                        "type": "array",
                        "description": "Each highlight as [text, is_match] pairs",
                        "items": {
                            "type": "array",
                            "items": {
                                "type": "array",
                                "prefixItems": [{"type": "string"}, {"type": "boolean"}],
                            },
                        },
                    },
                    "steps": {
                        "type": "object",
                        "description": "Step -> pass|caution|fail|unknown",
                        "additionalProperties": {"type": "string"},
                    },
                    "removal": {"type": "array", "items": {"type": "string"}},
                    "verified_training": {"type": "boolean"},
                    "last_checked": _nullable("string"),
                },
            },
        },
        "facets": {
            "type": "object",
            "description": "Facet -> value -> count (each counted under the other filters)",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": {"type": "integer"},
            },
        },
        "page": {"type": "integer", "minimum": 1},
        "per_page": {"type": "integer", "minimum": 1},
        "notes": {
            "type": "array",
            "items": {"type": "string"},
            "description": "What was corrected or ignored, for people",
        },
        "place": {
            "oneOf": [
                {"type": "null"},
                {
                    "type": "object",
                    "required": ["label", "lat", "lon", "kind"],
                    "properties": {
                        "label": {"type": "string"},
                        "lat": {"type": "number"},
                        "lon": {"type": "number"},
                        "kind": {"type": "string"},
                    },
                },
            ]
        },
    },
}
ITEM = {
    "type": "object",
    "required": [
        "id",
        "name",
        "listed",
        "grade",
        "score",
        "notes",
        "answers",
        "answered_on",
        "added_at",
        "scorecard",
    ],
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "listed": {"type": "boolean", "description": "false once no source shows it"},
        "grade": _nullable("string"),
        "score": _nullable("integer"),
        "notes": {"type": "string"},
        "answers": {
            "type": "object",
            "additionalProperties": {"type": "string", "enum": ["yes", "no", "unsure"]},
        },
        "answered_on": _nullable("string"),
        "added_at": {"type": "string"},
        "contact": _ref("Contact"),
        "scorecard": {"oneOf": [_ref("Scorecard"), {"type": "null"}]},
    },
}
SHORTLIST = {
    "type": "object",
    "required": ["token", "url", "items"],
    "properties": {
        "token": {"type": "string", "description": "The shortlist's only key; keep it private"},
        "url": {"type": "string"},
        "items": {"type": "array", "items": _ref("ShortlistItem")},
    },
}
ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "title", "message"],
            "properties": {
                "status": {"type": "integer"},
                "title": {"type": "string"},
                "message": {"type": "string"},
            },
        }
    },
}


def _query(name: str, schema: dict[str, Any], description: str, many: bool = False) -> dict:
    if many:
        schema = {"type": "array", "items": schema}
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
        **({"explode": True} if many else {}),
    }


TOKEN = {
    "name": "token",
    "in": "path",
    "required": True,
    "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]{32}$"},
}
ID_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}},
            }
        }
    },
}
LIMITED = {"429": {**ERROR, "description": "Too many requests; see the Retry-After header"}}

PATHS: dict[str, Any] = {
    "/api/search": {
        "get": {
            "summary": "Search practitioners",
            "operationId": "search",
            "parameters": [
                _query("q", {"type": "string", "maxLength": 500}, "Words to search for"),
                _query("near", {"type": "string"}, 'A place: "Dallas, TX", a US ZIP or "lat,lon"'),
                _query("radius_km", {"type": "number", "minimum": 1}, "Radius around the place"),
                _query("service", {"type": "string", "enum": list(SERVICES)}, "Services", True),
                _query(
                    "removal",
                    {"type": "string", "enum": list(REMOVAL_METHODS)},
                    "Removal methods",
                    True,
                ),
                _query("verified_training", {"type": "boolean"}, "Only verified training"),
                _query("min_grade", {"type": "string", "enum": list(GRADES)}, "Minimum grade"),
                _query(
                    "min_rating", {"type": "number", "minimum": 0, "maximum": 5}, "Minimum rating"
                ),
                _query("sort", {"type": "string", "enum": list(SORTS)}, "Order of results"),
                _query("page", {"type": "integer", "minimum": 1, "maximum": 1000}, "Page"),
                _query("per_page", {"type": "integer", "minimum": 1, "maximum": 50}, "Page size"),
            ],
            "responses": {
                "200": _json(_ref("SearchResults"), "Matching practitioners"),
                "400": ERROR,
                **LIMITED,
            },
        }
    },
    "/api/practitioners/{id}": {
        "get": {
            "summary": "A practitioner's scorecard with contact details",
            "operationId": "practitioner",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": _json(_ref("Practitioner"), "The scorecard (as `smpvet vet --json`)"),
                "301": {"description": "The practitioner was merged: follow Location"},
                "404": ERROR,
                **LIMITED,
            },
        }
    },
    "/api/shortlists": {
        "post": {
            "summary": "Create a shortlist",
            "operationId": "createShortlist",
            "responses": {"201": _json(_ref("Shortlist"), "The new, empty shortlist"), **LIMITED},
        }
    },
    "/api/shortlists/{token}/items": {
        "parameters": [TOKEN],
        "get": {
            "summary": "The shortlist's practitioners with notes, answers and scorecards",
            "operationId": "shortlistItems",
            "responses": {
                "200": _json(_ref("Shortlist"), "The shortlist"),
                "404": ERROR,
                **LIMITED,
            },
        },
        "post": {
            "summary": "Add a practitioner",
            "operationId": "addShortlistItem",
            "requestBody": ID_BODY,
            "responses": {
                "201": _json(_ref("Shortlist"), "Added"),
                "200": _json(_ref("Shortlist"), "Already on the shortlist"),
                "400": ERROR,
                "404": ERROR,
                "415": ERROR,
                **LIMITED,
            },
        },
        "delete": {
            "summary": "Remove a practitioner",
            "operationId": "removeShortlistItem",
            "requestBody": ID_BODY,
            "responses": {
                "200": _json(_ref("Shortlist"), "Removed"),
                "400": ERROR,
                "404": ERROR,
                "415": ERROR,
                **LIMITED,
            },
        },
    },
    "/api/openapi.json": {
        "get": {
            "summary": "This document",
            "operationId": "openapi",
            "responses": {
                "200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}
            },
        }
    },
}


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "smpvet API",
            "version": "0.1.0",
            "description": "Search SMP practitioners, read their three-step scorecards, and keep"
            " shortlists. No cookies are used: a shortlist's token is its only key. Requests"
            " are rate-limited per client address (429 with Retry-After).",
        },
        "paths": PATHS,
        "components": {
            "schemas": {
                "Evidence": EVIDENCE,
                "Step": STEP,
                "Scorecard": SCORECARD,
                "Contact": CONTACT,
                "Practitioner": PRACTITIONER,
                "SearchResults": SEARCH,
                "ShortlistItem": ITEM,
                "Shortlist": SHORTLIST,
                "Error": ERROR_SCHEMA,
            }
        },
    }
