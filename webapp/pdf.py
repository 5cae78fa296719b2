"""The printable shortlist: scorecards and the consultation checklist, as a PDF.

fpdf2 draws text only here: no images, no links, nothing fetched. The font is DejaVu
Sans, bundled in webapp/static/fonts, so every character a review may hold is drawn
from a file of our own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from vetting.checklist import QUESTIONS
from webapp.cards import Entry, contact
from webapp.templating import STEPS, label, status_label

FONTS = Path(__file__).parent / "static" / "fonts"
FAMILY = "DejaVu"
ANSWER_TEXT = {"yes": "Yes", "no": "No", "unsure": "Not sure", "": "Not answered yet"}
MAX_QUOTES = 2
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(value: object, limit: int = 600) -> str:
    """Text safe to draw: no control characters, not overlong."""
    text = _CONTROL.sub(" ", "" if value is None else str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ShortlistPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"smpvet shortlist · page {self.page_no()}", align="C")

    def para(
        self, text: str, size: float = 10, style: str = "", indent: float = 0, limit: int = 600
    ) -> None:
        self.set_font(FAMILY, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            0, size * 0.5, clean(text, limit), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )

    def heading(self, text: str, size: float = 14) -> None:
        self.ln(2)
        self.para(text, size, "B")
        self.ln(1)


def new_pdf() -> ShortlistPDF:
    pdf = ShortlistPDF(format="A4")
    pdf.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
    pdf.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.set_margins(16, 16, 16)
    pdf.set_title("smpvet shortlist")
    pdf.set_creator("smpvet")
    return pdf


def shortlist_pdf(entries: Sequence[Entry]) -> bytes:
    pdf = new_pdf()
    pdf.add_page()
    pdf.heading("Your SMP shortlist", 18)
    today = datetime.now(UTC).date().isoformat()
    pdf.para(
        f"Printed {today}. Grades follow smpvet's three-step checklist: verified training,"
        " reputation, and whether the practitioner puts you at ease.",
        9,
    )
    if not entries:
        pdf.para("This shortlist is empty.")
    for number, entry in enumerate(entries, 1):
        if number > 1:
            pdf.add_page()
        practitioner(pdf, entry)
        checklist(pdf, entry)
    return bytes(pdf.output())


def practitioner(pdf: ShortlistPDF, entry: Entry) -> None:
    card: dict[str, Any] = entry.card or {}
    pdf.heading(entry.name, 15)
    if entry.profile is None:
        pdf.para("No longer listed: the sources no longer show this practitioner.")
        return
    info = contact(entry.profile)
    grade = card.get("grade")
    pdf.para(
        f"Grade {grade} (score {card.get('score')} of 100)"
        if grade
        else "No grade: not enough evidence to judge",
        12,
        "B",
    )
    details = [
        ", ".join(filter(None, [info["locality"], info["region"]])),
        info["telephone"],
        info["email"],
        info["website"],
        f"Last checked {info['last_checked']}" if info["last_checked"] else None,
    ]
    pdf.para(" · ".join(d for d in details if d), 9)
    for number, (key, title) in enumerate(STEPS.items(), 1):
        step = card.get("steps", {}).get(key, {})
        score = f" ({step['score']}/100)" if step.get("score") is not None else ""
        pdf.para(f"{number}. {title} — {status_label(step.get('status'))}{score}", 11, "B")
        for ev in step.get("evidence", [])[:MAX_QUOTES]:
            source = " · ".join(str(v) for v in (ev.get("url"), ev.get("date")) if v)
            pdf.para(f"“{ev.get('text', '')}”" + (f" — {source}" if source else ""), 8.5, indent=4)
    claims = card.get("credentials", [])
    if claims:
        pdf.para("Credentials", 11, "B")
        for c in claims:
            kind = label(c.get("kind"), "credential")
            status = label(c.get("status"), "claim_status")
            pdf.para(f"{kind}: {status} — {c.get('text', '')}", 9, indent=4)
    flags = card.get("red_flags", [])
    if flags:
        pdf.para("Red flags in reviews", 11, "B")
        for f in flags:
            quote = (f.get("evidence") or [{}])[0].get("text", "")
            pdf.para(f"{label(f.get('flag'), 'flag')} ×{f.get('count')}: “{quote}”", 9, indent=4)


def checklist(pdf: ShortlistPDF, entry: Entry) -> None:
    pdf.heading("Consultation checklist", 12)
    for q in QUESTIONS:
        answer = ANSWER_TEXT.get(entry.item.answers.get(q.key, ""), "")
        pdf.para(f"{q.text}", 9.5, "B", indent=2)
        pdf.para(f"☐ {answer}" if answer == ANSWER_TEXT[""] else f"☑ {answer}", 9.5, indent=6)
    if entry.item.notes:
        pdf.heading("Your notes", 12)
        pdf.para(entry.item.notes, 9.5, limit=8000)
