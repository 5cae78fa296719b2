"""The rules page covers every number the scoring uses; the checklist and removal guide."""

from __future__ import annotations

import ast
from pathlib import Path

import vetting
from vetting import checklist, removal, rules
from vetting.vocabulary import REMOVAL_METHODS

VETTING = Path(vetting.__file__).parent
SCORING = (
    "training", "credentials", "matching", "reputation", "ease", "authenticity", "scorecard",
    "prior", "reviews", "names", "registry", "evidence", "checklist", "steps",
)  # fmt: skip
# Numbers that are arithmetic, not rules: nothing, one, a half-life's half, percent.
PLAIN = {0, 1, 0.5, 100}


def _constants() -> dict[str, object]:
    """rules.py's rule constants (label tables and the page's own structure left out)."""
    from vetting import vocabulary

    labels = {"STEP_TITLES", "SUSPICION_NAMES", "SECTIONS"} | set(vars(vocabulary))
    return {
        name: value
        for name, value in vars(rules).items()
        if name.isupper() and not name.startswith("_") and name not in labels
    }


def test_every_rule_constant_is_on_the_page() -> None:
    assert set(_constants()) == rules.documented()


def test_the_scoring_modules_take_every_number_from_the_rules() -> None:
    for module in SCORING:
        tree = ast.parse((VETTING / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and type(node.value) in (int, float):
                assert node.value in PLAIN, f"{module}.py:{node.lineno} uses {node.value}"


def test_the_page_has_titles_texts_and_rules_with_values() -> None:
    sections = rules.rules_for_consumers()
    assert [s["title"] for s in sections][:1] == ["Overall score and grade"]
    values = []
    for section in sections:
        assert set(section) == {"title", "text", "rules"} and section["title"] and section["text"]
        for rule in section["rules"]:
            assert set(rule) == {"text", "value"} and rule["text"]
            assert isinstance(rule["value"], int | float | str)
            values.append(rule)
    texts = " ".join(r["text"] for r in values)
    assert "Lowest overall score for grade A" in texts
    assert "Added for a Licence a registry confirms" in texts
    assert {"text": "A review's weight halves every this many days", "value": 730} in values


def test_every_mapping_entry_appears_once() -> None:
    texts = [r["text"] for s in rules.rules_for_consumers() for r in s["rules"]]
    assert sum(t.startswith("Added for a listing that shows") for t in texts) == 6
    assert len(texts) == len(set(texts))


def test_the_checklist_has_stable_keys_each_feeding_a_step() -> None:
    keys = [q.key for q in checklist.QUESTIONS]
    assert keys == ["training", "certified", "experience", "portfolio", "pigment", "hygiene",
                    "aftercare", "answered", "at-ease"]  # fmt: skip
    assert {q.step for q in checklist.QUESTIONS} == {"training", "reputation", "ease"}
    assert all(q.text.endswith("?") and q.yes_means for q in checklist.QUESTIONS)
    assert [q.key for q in checklist.QUESTIONS if q.decisive] == ["answered", "at-ease"]


def test_answers_are_read_per_step_and_ignore_unknown_values() -> None:
    from vetting.model import ConsultationAnswers

    given = ConsultationAnswers({"at-ease": "No", "pigment": "maybe", "certified": "yes"})
    assert [(q.key, a) for q, a in checklist.answered(given, "ease")] == [("at-ease", "no")]
    assert [q.key for q, _ in checklist.answered(given, "training")] == ["certified"]
    assert checklist.answered(None, "ease") == []


def test_removal_methods_cover_the_vocabulary_with_the_domain_cautions() -> None:
    assert set(removal.METHODS) == set(REMOVAL_METHODS)
    laser = " ".join(removal.METHODS["removal-laser"].cautions)
    assert "darker skin" in laser and "hypopigmentation" in laser and "scars" in laser
    assert "scabbing" in " ".join(removal.METHODS["removal-saline"].cautions)
    assert all(removal.DEPTH_CAUTION in m.cautions for m in removal.METHODS.values())
    assert removal.offered(["smp", "removal-undo"]) == [removal.method_json("removal-undo")]
