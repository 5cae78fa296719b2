"""The questions a consumer takes to a consultation (DOMAIN.md), with stable keys.

Each question says which step of the checklist its answer feeds. Answers are "yes" (a
good answer: they did, or could show it), "no" or "unsure". A "no" to a decisive
question fails its step.
"""

from __future__ import annotations

from dataclasses import dataclass

from vetting.evidence import evidence
from vetting.model import ConsultationAnswers, Evidence

ANSWERS = ("yes", "no", "unsure")


@dataclass(frozen=True)
class Question:
    key: str  # stable: stored with shortlists
    text: str
    step: str  # training | reputation | ease
    yes_means: str = ""
    decisive: bool = False  # a "no" fails the step


QUESTIONS: tuple[Question, ...] = (
    Question(
        "training",
        "Where and for how long were you trained, and by whom?",
        "training",
        "They named the academy or trainer and the hours, without hesitation.",
    ),
    Question(
        "certified",
        "Are you certified or licensed, and can I see it?",
        "training",
        "They showed you the certificate or licence.",
    ),
    Question(
        "experience",
        "How many years have you done SMP, and for how many clients?",
        "training",
        "They gave years and a number of clients you found convincing.",
    ),
    Question(
        "portfolio",
        "Can I see your own before/after work, healed?",
        "reputation",
        "They showed healed results of their own clients, not stock photos.",
    ),
    Question(
        "pigment",
        "Which pigment do you use, and how deep do you implant?",
        "ease",
        "They named the pigment and explained the depth (the upper dermis).",
    ),
    Question(
        "hygiene",
        "What hygiene practice do you follow (single-use needles, sterile setup)?",
        "ease",
        "Single-use needles opened in front of you, gloves, a clean sterile setup.",
    ),
    Question(
        "aftercare",
        "What does aftercare involve, are touch-ups included, and is there a guarantee?",
        "ease",
        "Clear aftercare, and touch-ups or a guarantee in writing.",
    ),
    Question(
        "answered",
        "Did they answer everything without hesitation?",
        "ease",
        "Every question got a clear answer.",
        decisive=True,
    ),
    Question(
        "at-ease",
        "Did you feel at ease?",
        "ease",
        "You felt comfortable and unpressured.",
        decisive=True,
    ),
)
BY_KEY = {q.key: q for q in QUESTIONS}


def answered(answers: ConsultationAnswers | None, step: str) -> list[tuple[Question, str]]:
    """The answered questions of one step, in checklist order, with their answers."""
    if answers is None:
        return []
    given = {k: str(v).strip().lower() for k, v in answers.answers.items()}
    return [(q, given[q.key]) for q in QUESTIONS if q.step == step and given.get(q.key) in ANSWERS]


def cite(answers: ConsultationAnswers, question: Question, answer: str) -> Evidence:
    """An answer as evidence (kind "consultation")."""
    return evidence(
        f"{question.text} Your answer: {answer}.", "", answers.answered_on, "consultation"
    )
