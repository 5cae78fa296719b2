"""Shortlist exports: CSV (safe to open in a spreadsheet) and JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from flask import Response

from vetting.checklist import QUESTIONS
from webapp.cards import Entry, contact

# OWASP "CSV injection": a cell starting with one of these may run as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")
STEPS = ("training", "reputation", "ease")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: formula starts get a leading apostrophe."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(FORMULA_START):
        text = "'" + text
    return text.replace("\0", "\ufffd")


def shortlist_rows(entries: Sequence[Entry]) -> list[list[str]]:
    header = [
        "id",
        "name",
        "locality",
        "region",
        "grade",
        "score",
        *(f"step: {s}" for s in STEPS),
        "red flags",
        "website",
        "telephone",
        "email",
        "last checked",
        "notes",
        *(q.text for q in QUESTIONS),
    ]
    rows = [header]
    for e in entries:
        card = e.card or {}
        steps = card.get("steps", {})
        info = contact(e.profile) if e.profile else None
        flags = "; ".join(f"{f['flag']} x{f['count']}" for f in card.get("red_flags", []))
        rows.append(
            [
                e.id,
                e.name,
                info and info["locality"],
                info and info["region"],
                card.get("grade"),
                card.get("score"),
                *(steps.get(s, {}).get("status") for s in STEPS),
                flags,
                info and info["website"],
                info and info["telephone"],
                info and info["email"],
                info and info["last_checked"],
                e.item.notes,
                *(e.item.answers.get(q.key, "") for q in QUESTIONS),
            ]
        )
    return [[safe_cell(c) for c in row] for row in rows]


def shortlist_csv(entries: Sequence[Entry]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows(shortlist_rows(entries))
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM tells spreadsheets it is UTF-8


def shortlist_json(entries: Sequence[Entry]) -> bytes:
    payload = {"practitioners": [e.to_json() for e in entries]}
    return json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")


def download(body: bytes, mimetype: str, filename: str) -> Response:
    response = Response(body, content_type=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
