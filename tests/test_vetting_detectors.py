"""The review detectors against labelled sets written for them, plus per-label checks.

The sets (tests/data/vetting/, README beside them) were written by hand. In
review_passages.jsonl (rounds 1-4) the `holdout` passages were never used to tune the
detectors; the whole file must score at least 0.9. Round 5 is two files written together
before the detectors were run on them: round5_dev.jsonl was then used to widen the
detectors, round5_holdout.jsonl was scored once at the end and never tuned on, so its
recall shows how the detectors do on phrasing they have not seen. Rounds 6 to 8 are the
same again (7 and 8 written by strangers to the detectors; the README says which holdouts
were later tuned on). ROUNDS holds each later round with the floors it must keep.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vetting import detectors
from vetting.detectors import (
    MAX_QUOTE,
    detect_correction,
    detect_ease,
    detect_flags,
    detect_signals,
    labels,
)
from vetting.vocabulary import EASE_NEGATIVE, EASE_POSITIVE, FLAGS, LISTING_SIGNALS

DATA_DIR = Path(__file__).parent / "data" / "vetting"


def _load(name: str) -> list[dict]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


PASSAGES = _load("review_passages.jsonl")
FLOOR = 0.9


@dataclass(frozen=True)
class Round:
    """A later round: a dev set tuned on, and a holdout scored before and after tuning.

    `recall_floor` is the holdout recall reached after tuning (README), so a change that
    loses recall on unseen phrasing shows.
    """

    dev: list[dict]
    holdout: list[dict]
    recall_floor: dict[str, float]
    precision_floor: dict[str, float] = field(
        default_factory=lambda: {"flags": FLOOR, "ease": FLOOR}
    )
    dev_recall_floor: dict[str, float] = field(
        default_factory=lambda: {"flags": FLOOR, "ease": FLOOR}
    )


ROUNDS = {
    # before tuning: flags 0.595, ease 0.638; after: 0.649 and 0.660 (flags 0.703 after round 7)
    "r5": Round(
        _load("round5_dev.jsonl"), _load("round5_holdout.jsonl"), {"flags": 0.70, "ease": 0.65}
    ),
    # before tuning: flags 0.700, ease 0.727; after: 0.733 and 0.727 (0.758 after round 7)
    "r6": Round(
        _load("round6_dev.jsonl"), _load("round6_holdout.jsonl"), {"flags": 0.73, "ease": 0.75}
    ),
    # Another writer and register (forum threads, second-language English, metaphor):
    # before tuning flags 0.824 / 0.350, ease 0.895 / 0.395; after 0.833 / 0.375 and
    # 0.895 / 0.395. Below the precision floor the other rounds keep (README, round 7).
    "r7": Round(
        _load("round7_dev.jsonl"),
        _load("round7_holdout.jsonl"),
        {"flags": 0.37, "ease": 0.39},
        {"flags": 0.83, "ease": 0.89},
    ),
    # A third writer (removal clients, women with alopecia, family members, owners' replies
    # pasted in, translations): before tuning flags 0.760 / 0.487, ease 0.762 / 0.291;
    # after tuning on its dev half 0.769 / 0.513 and 0.818 / 0.327. Its false positives
    # were then used to fix context rules (README, round 8), so it is no longer unseen.
    # Its dev half was widened only as far as the time allowed: recall 0.868 and 0.726.
    "r8": Round(
        _load("round8_dev.jsonl"),
        _load("round8_holdout.jsonl"),
        {"flags": 0.51, "ease": 0.34},
        dev_recall_floor={"flags": 0.86, "ease": 0.72},
    ),
}
EVERY_PASSAGE = PASSAGES + [p for r in ROUNDS.values() for p in r.dev + r.holdout]


def _ease(text: str) -> set[tuple[str, str]]:
    positive, negative = detect_ease(text)
    return {("+", d.label) for d in positive} | {("-", d.label) for d in negative}


def _wanted_ease(p: dict) -> set[tuple[str, str]]:
    return {("+", x) for x in p["ease_positive"]} | {("-", x) for x in p["ease_negative"]}


class Tally:
    """Micro precision and recall over (passage, label) pairs, overall and per label."""

    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, got: set, want: set) -> None:
        for x in got & want:
            self.tp[str(x)] += 1
        for x in got - want:
            self.fp[str(x)] += 1
        for x in want - got:
            self.fn[str(x)] += 1

    @staticmethod
    def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
        return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)

    def overall(self) -> tuple[float, float]:
        return self._pr(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def per_label(self) -> dict[str, tuple[float, float, int]]:
        keys = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        return {
            k: (*self._pr(self.tp[k], self.fp[k], self.fn[k]), self.tp[k] + self.fn[k])
            for k in keys
        }


def _score(passages: list[dict]) -> tuple[Tally, Tally]:
    flags, ease = Tally(), Tally()
    for p in passages:
        flags.add({d.label for d in detect_flags(p["text"])}, set(p["flags"]))
        ease.add(_ease(p["text"]), _wanted_ease(p))
    return flags, ease


def _print_per_label(name: str, flags: Tally, ease: Tally) -> None:
    for title, tally in (("flags", flags), ("ease (polarity, label)", ease)):
        print(f"  {name}, per label, {title}:")
        for label, (p, r, n) in tally.per_label().items():
            print(f"    {label:42} P={p:.3f} R={r:.3f} (n={n})")


@pytest.fixture(scope="module")
def figures() -> dict[str, tuple[Tally, Tally]]:
    sets = {
        "all": PASSAGES,
        "dev": [p for p in PASSAGES if p["split"] == "dev"],
        "holdout": [p for p in PASSAGES if p["split"] == "holdout"],
    }
    for name, round_ in ROUNDS.items():
        sets[f"{name}-dev"], sets[f"{name}-hold"] = round_.dev, round_.holdout
    out = {name: _score(passages) for name, passages in sets.items()}
    print()
    for name, (flags, ease) in out.items():
        fp, fr = flags.overall()
        ep, er = ease.overall()
        print(
            f"[{name:7} {len(sets[name]):3} passages] flags P={fp:.3f} R={fr:.3f}"
            f"   ease P={ep:.3f} R={er:.3f}"
        )
    for name in out:
        if name not in ("dev", "holdout"):
            _print_per_label(name, *out[name])
    return out


def _well_formed(passages: list[dict]) -> None:
    for p in passages:
        assert set(p["flags"]) <= set(FLAGS), p["id"]
        assert set(p["ease_positive"]) <= set(EASE_POSITIVE), p["id"]
        assert set(p["ease_negative"]) <= set(EASE_NEGATIVE), p["id"]
        assert p["split"] in ("dev", "holdout")


def test_the_labelled_set_is_big_and_varied_enough() -> None:
    tags = Counter(t for p in PASSAGES for t in p["tags"])
    assert len(PASSAGES) >= 120
    assert sum(1 for p in PASSAGES if {"negation", "hypothetical"} & set(p["tags"])) >= 30
    assert tags["neutral"] >= 25
    assert len({p["id"] for p in EVERY_PASSAGE}) == len(EVERY_PASSAGE)
    _well_formed(EVERY_PASSAGE)


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_later_rounds_are_big_and_varied_enough(name: str) -> None:
    # At least a quarter denied, feared, asked, settled, general or about another
    # practitioner, and 15% neutral.
    hedged = {"negation", "hypothetical", "elsewhere", "question", "transient", "general"}
    hedged |= {"camouflage"}  # an old scar that SMP hides
    for passages, size in ((ROUNDS[name].dev, 120), (ROUNDS[name].holdout, 80)):
        assert len(passages) >= size
        assert sum(1 for p in passages if hedged & set(p["tags"])) >= 0.25 * len(passages)
        assert sum(1 for p in passages if "neutral" in p["tags"]) >= 0.15 * len(passages)
        assert len({p["split"] for p in passages}) == 1


def test_flags_reach_the_floor(figures: dict[str, tuple[Tally, Tally]]) -> None:
    precision, recall = figures["all"][0].overall()
    assert precision >= FLOOR and recall >= FLOOR


def test_ease_polarity_reaches_the_floor(figures: dict[str, tuple[Tally, Tally]]) -> None:
    precision, recall = figures["all"][1].overall()
    assert precision >= FLOOR and recall >= FLOOR


def test_on_unseen_text_a_flag_is_rarely_wrong(figures: dict[str, tuple[Tally, Tally]]) -> None:
    # Recall on text the detectors never saw is lower (printed above); precision matters
    # most, since a false red flag is unfair to a practitioner.
    flags, ease = figures["holdout"]
    assert flags.overall()[0] >= FLOOR and ease.overall()[0] >= FLOOR
    for name, round_ in ROUNDS.items():
        flags, ease = figures[f"{name}-hold"]
        assert flags.overall()[0] >= round_.precision_floor["flags"], name
        assert ease.overall()[0] >= round_.precision_floor["ease"], name


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_later_dev_sets_reach_the_floor(figures: dict[str, tuple[Tally, Tally]], name: str) -> None:
    for kind, tally in zip(("flags", "ease"), figures[f"{name}-dev"], strict=True):
        precision, recall = tally.overall()
        assert precision >= FLOOR and recall >= ROUNDS[name].dev_recall_floor[kind]


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_later_holdouts_keep_their_recall(
    figures: dict[str, tuple[Tally, Tally]], name: str
) -> None:
    flags, ease = figures[f"{name}-hold"]
    assert flags.overall()[1] >= ROUNDS[name].recall_floor["flags"]
    assert ease.overall()[1] >= ROUNDS[name].recall_floor["ease"]


# -- per label -------------------------------------------------------------------------------

REPORTED = {
    "discoloration": [
        "My head looks blue after six months.",
        "It has turned grey-blue at the crown.",
        "There's a bluish tinge under office lights.",
        "The colour went a bit green.",
    ],
    "migration": [
        "The dots have spread and merged.",
        "It's blown out at the temples.",
        "The pigment bled into each other.",
        "Each dot is way too large now.",
    ],
    "helmet": [
        "It looks painted on.",
        "Honestly it looks like a helmet.",
        "Flat, one-tone grey with no follicle pattern at all.",
    ],
    "too-dark": ["Far too dark for my skin.", "It came out much darker than my stubble."],
    "hairline": [
        "The hairline is too low.",
        "My hairline looks fake.",
        "The hairline is uneven, one side is higher than the other.",
    ],
    "infection": ["My scalp got infected.", "The needles were reused.", "The studio was filthy."],
    "scarring": [
        "The laser left scars.",
        "I now have a keloid at the front.",
        "The laser burned my scalp.",
    ],
    "patchy-fading": ["It faded unevenly within months.", "It's gone blotchy on the left."],
}
# Constructions added in round 5 (README): one example each, phrased afresh.
REPORTED_ROUND_5 = {
    "discoloration": ["It's gone a sort of ashy blue-grey on top."],
    "migration": ["The dots are the size of peppercorns now."],
    "helmet": ["Looks like I'm wearing a grey beanie.", "Just a dark slab on my head."],
    "too-dark": ["The shade is far too heavy for my fair skin."],
    "hairline": [
        "The hairline ended up much lower than I asked for.",
        "Hairline is dead straight.",
    ],
    "infection": [
        "I never saw her open a fresh needle.",
        "The chair wasn't cleaned between clients.",
    ],
    "scarring": ["There's a ridge of thickened skin at the front."],
    "patchy-fading": ["Half my crown has pretty much faded away.", "I asked about the patchiness."],
}
# Constructions added in round 6 (README): one example each, phrased afresh.
REPORTED_ROUND_6 = {
    "discoloration": [
        "By spring it had gone a kind of slate-purple.",
        "There's a plum tinge across the crown.",
        "The colour's shifted since the summer.",
    ],
    "migration": [
        "The dots have ballooned over the last year.",
        "Each one is now roughly the size of a sesame seed.",
        "At the back the dots have blended into mush.",
    ],
    "helmet": ["It looks painted onto my scalp.", "Flat as a pancake, the whole top."],
    "too-dark": ["Way too dark a shade for someone with my colouring."],
    "hairline": [
        "The hairline is that straight it looks stamped on.",
        "Both temples are right angles.",
        "One side of my hairline is clearly higher than the other.",
        "I look like a toy soldier from the front.",
        "What I got was a forehead tattoo.",
    ],
    "infection": [
        "He picked a needle up off the floor and kept going.",
        "There was dried blood on the chair when I sat down.",
    ],
    "scarring": [
        "The removal left pitted skin on the crown.",
        "I've got a white raised line behind my ear.",
    ],
    "patchy-fading": [
        "It has washed out unevenly over the winter.",
        "The front went lighter in blotches.",
        "Patches have dropped out near the crown.",
        "He laughed off the patchy bit at the back.",
    ],
}
DENIED = {
    "discoloration": [
        "No blue tint at all.",
        "I was scared of it turning blue.",
        "Will it turn blue over time?",
        "Not a hint of green.",
    ],
    "migration": [
        "None of the spreading I'd read about.",
        "Without any blurring.",
        "The dots haven't blurred at all.",
        "Blurring hasn't been an issue.",
    ],
    "helmet": [
        "I was worried it would look like a helmet but it doesn't.",
        "It doesn't look painted on at all.",
    ],
    "too-dark": ["Not too dark, not too light.", "I was terrified it would end up too dark."],
    "hairline": [
        "The hairline isn't too low or too straight.",
        "I worried the hairline would be too low.",
    ],
    "infection": [
        "Zero signs of infection.",
        "No infection whatsoever.",
        "The risk of infection was explained.",
    ],
    "scarring": ["It covered my FUE scar perfectly.", "No scarring, no burns."],
    "patchy-fading": [
        "It didn't fade unevenly.",
        "It never went patchy.",
        "Bit patchy after session one, but session two filled it all in.",
    ],
}


@pytest.mark.parametrize("flag", sorted(FLAGS))
def test_each_flag_is_found_when_reported(flag: str) -> None:
    for text in REPORTED[flag] + REPORTED_ROUND_5[flag] + REPORTED_ROUND_6[flag]:
        assert flag in labels(detect_flags(text)), text


# Sentences that use a trigger word of a later round innocently, round by round.
INNOCENT_FLAGS = [
    # round 5
    "It's impossible to tell apart from real stubble.",
    "The dots are the size of a pinhead, so natural.",
    "It hides the patchiness from my alopecia really well.",
    "Half my hair had gone by 30.",
    "The hairline is completely perfect.",
    "I thought it'd come out too dark, but it's spot on.",
    "A friend of mine went somewhere cheap and his went blue.",
    "The needles were not only new but opened in front of me.",
    "Raised bumps for a day or two, totally normal.",
    "I have the hairline of a teenager again!",
    # round 6
    "I bought a navy-blue hoodie on the way home.",
    "The dots blended together so well it looks like real stubble.",
    "Each one is about the size of a pinhead, just like a follicle.",
    "She dropped a cartridge, binned it and opened a fresh one.",
    "The cartridge rolled off the table and she threw it away.",
    "A spot of my own blood on the towel afterwards, which is normal.",
    "Around the scar it all looks natural.",
    "My transplant scar might not take pigment the same way, she said.",
    "Nowhere near too dark, it matches my greys.",
    "I'm someone who scars easily, so I asked a lot of questions.",
    "It went lighter within a few weeks, as expected.",
    "My hair fell out in patches when I was nineteen.",
    "Apparently it can fade a bit unevenly over scar tissue.",
    "It will fade unevenly if you use sunbeds.",
    "The guy before her had done a great job on my brother.",
    "My first go at SMP went perfectly.",
    "The left temple looks natural and the rest matches.",
    # rounds 7 and 8
    "Healed completely flat, no scabs, no redness.",
    "The nurse went through the possible scarring and burns before the first pass.",
    "They keep a shower cap by the sink for clients with long hair.",
    "My olive skin tone made the colour choice tricky, and she got it right.",
    "From a normal distance it just reads as thicker hair.",
    "It was a bit patchy after the first go, and the second session filled every gap.",
    "> mine went blue after a year\nSorry to hear it. Mine is still perfect at two years.",
    "Owner's response: 'We are sorry to hear about the infection you had elsewhere.'",
    "The scar cover took beautifully, you can't see the line at all.",
    "He knows how pigment behaves in scar tissue better than anyone I consulted.",
    "My husband's FUT scar is not seen now, the dots run right across it.",
    "The dots looked fuzzy while the scabs were still on, then sharp again by week three.",
]


@pytest.mark.parametrize("text", INNOCENT_FLAGS)
def test_later_constructions_do_not_fire_on_innocent_text(text: str) -> None:
    assert detect_flags(text) == []


def test_another_practitioners_work_is_named_in_new_ways() -> None:
    for text in (
        "The guy before her had set my hairline like a ruler.",
        "A lad at work had his done and ended up with an infection.",
        "The clinic I used before this one gave me an infection.",
        "My first go at SMP, somewhere in Leeds, left the dots spread into blobs.",
        "A back-street place did my first lot and it went blue.",
    ):
        assert detect_flags(text) == [], text


@pytest.mark.parametrize("flag", sorted(FLAGS))
def test_each_flag_is_not_found_when_denied_feared_or_asked(flag: str) -> None:
    for text in DENIED[flag]:
        assert flag not in labels(detect_flags(text)), text


def test_no_blue_tint_at_all_is_not_a_flag() -> None:
    assert detect_flags("No blue tint at all, and the hairline is perfect.") == []


def test_another_clinics_work_is_not_a_flag_but_a_sign_of_correction() -> None:
    text = "I came here to fix my blue SMP from another clinic, and it's nearly gone."
    assert detect_flags(text) == []
    assert labels(detect_correction(text)) == ["correction"]
    assert detect_correction("Lovely people, great result.") == []


def test_own_bad_work_is_a_flag_even_when_they_refuse_to_fix_it() -> None:
    assert labels(detect_flags("They refused to fix the patchy areas.")) == ["patchy-fading"]


EASE = {
    "answered-questions": ["She answered all my questions.", "No question was too silly."],
    "explained-process": [
        "He explained the depth, pigment and healing.",
        "They walked me through every step.",
    ],
    "put-at-ease": ["She put me at ease straight away.", "I never felt rushed."],
    "professional": ["Very professional and knowledgeable."],
    "honest": ["Refreshingly honest about what SMP can do.", "No pressure to book at all."],
    "rushed": ["The consultation felt rushed."],
    "pushy": ["He kept trying to upsell me.", "Pushy sales tactics."],
    "dismissive": ["She brushed off my concerns.", "He was condescending."],
    "unanswered": ["He didn't answer my questions.", "My emails went unanswered."],
    "rude": ["The receptionist was rude."],
}
EASE_ROUND_5 = {
    "answered-questions": ["No question went unanswered."],
    "explained-process": [
        "She made sure I understood every step.",
        "He broke down what each session does.",
    ],
    "put-at-ease": [
        "Couldn't have been more patient.",
        "She really listened and it helped my nerves.",
    ],
    "professional": ["You can tell he's done hundreds of these."],
    "honest": ["He cared more about whether SMP was right for me than the sale."],
    "rushed": ["Ten minutes tops, and he kept glancing at his watch.", "Felt like cattle."],
    "pushy": ["Kept telling me the price would go up if I didn't book that day."],
    "dismissive": ["They won't admit anything is wrong.", "He blamed it on my aftercare."],
    "unanswered": ["Not a word about aftercare.", "Nobody ever called me back."],
    "rude": ["He got defensive and raised his voice.", "She was sharp with me on the phone."],
}


EASE_ROUND_6 = {
    "answered-questions": [
        "He went through my list of questions one at a time.",
        "By the end there was nothing left to ask.",
    ],
    "explained-process": ["She drew me a quick diagram of where the pigment sits."],
    "put-at-ease": [
        "Patient with all my silly questions.",
        "Not once did he make me feel a pain.",
    ],
    "professional": ["You can tell she knows skin."],
    "honest": ["Said the crown could wait and saved me a few hundred quid."],
    "rushed": ["The consultation lasted all of six minutes."],
    "pushy": [],
    "dismissive": ["He told me the patchiness was all in my head."],
    "unanswered": [
        "Asked twice and still no straight answer.",
        "Still waiting on that callback they promised.",
    ],
    "rude": [],
}


@pytest.mark.parametrize("label", sorted(EASE))
def test_each_ease_label_is_found(label: str) -> None:
    for text in EASE[label] + EASE_ROUND_5[label] + EASE_ROUND_6[label]:
        positive, negative = detect_ease(text)
        found = labels(positive if label in EASE_POSITIVE else negative)
        assert label in found, text


INNOCENT_EASE = [
    # round 5
    "My scalp got really angry for a couple of days.",
    "My refund is being processed.",
    "I wasn't sure whether SMP was right for me.",
    "He said it would be rushed if I came on a Saturday.",
    "Nothing about the aftercare was complicated.",
    "As a patient, I had a lot of questions.",
    # round 6
    "My nerves were all in my head, it turned out.",
    "SMP saved me a fortune compared to a transplant.",
    "Sarcastic clap for my old comb-over 👏",
    "She knows her skin care products too.",
    "There was nothing left to ask about, the website covers it.",
    "Still waiting on the healing before I post photos.",
    "The numbing cream lasted eight minutes at most.",
    # rounds 7 and 8
    "I laughed and told her it was the best money I've spent.",
    "My wife said it's just the lighting in the photo, and she's right.",
    "Found out from YouTube what SMP was, then found this clinic.",
    "The discount expired before I got round to booking, my own fault.",
    "The receptionist was at me to sign the consent form, which is fair enough.",
    "That's on me for booking a Monday.",
    "She apologised for running five minutes late.",
    "He refused to work on a Sunday, understandably.",
    "I was braced for a hard sell that never came.",
    "The first clinic I tried had me in and out in ten minutes; this one took its time.",
]


@pytest.mark.parametrize("text", INNOCENT_EASE)
def test_later_ease_constructions_do_not_fire_on_innocent_text(text: str) -> None:
    assert detect_ease(text) == ([], [])


def test_never_felt_rushed_is_put_at_ease_not_rushed() -> None:
    positive, negative = detect_ease("I never felt rushed.")
    assert labels(positive) == ["put-at-ease"] and negative == []


def test_a_feared_hard_sell_is_not_pushy() -> None:
    positive, negative = detect_ease("I expected a hard sell but got an honest chat instead.")
    assert "pushy" not in labels(negative) and "honest" in labels(positive)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("We offer a free consultation, in person or by video.", "free-consultation"),
        ("Full head from £1,800, fixed price, no hidden costs.", "clear-pricing"),
        ("See our portfolio of healed before and after photos.", "portfolio"),
        ("Aftercare instructions are emailed after each session.", "aftercare"),
        ("Touch-ups within the first year are included.", "touch-up-policy"),
        ("We use single-use needles and a sterile setup.", "hygiene"),
    ],
)
def test_listing_signals(text: str, signal: str) -> None:
    assert signal in labels(detect_signals(text))
    assert set(labels(detect_signals(text))) <= set(LISTING_SIGNALS)


def test_a_negated_signal_is_not_a_signal() -> None:
    assert "free-consultation" not in labels(detect_signals("We do not offer free consultations."))


# -- detections --------------------------------------------------------------------------------


def test_one_detection_per_label_and_sentence_quoting_the_sentence() -> None:
    text = "Great artist. The dots blurred, spread and merged. Sadly it went blue too."
    found = detect_flags(text)
    assert [(d.label, d.quote) for d in found] == [
        ("migration", "The dots blurred, spread and merged."),
        ("discoloration", "Sadly it went blue too."),
    ]
    for d in found:
        assert text[d.start : d.end] in d.quote


def test_a_long_sentence_is_quoted_around_the_phrase_within_300_characters() -> None:
    filler = "and then we talked about football and the weather " * 12
    text = f"I went in {filler} and now the dots have spread badly {filler}."
    (found,) = detect_flags(text)
    assert len(found.quote) <= MAX_QUOTE and "spread" in found.quote


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600))
def test_detectors_never_raise_on_arbitrary_text(text: str) -> None:
    for d in [*detect_flags(text), *detect_correction(text), *detect_signals(text)]:
        assert len(d.quote) <= MAX_QUOTE and 0 <= d.start <= d.end <= len(text)
    positive, negative = detect_ease(text)
    assert {d.label for d in positive} <= set(EASE_POSITIVE)
    assert {d.label for d in negative} <= set(EASE_NEGATIVE)


_VOCABULARY = """
no not never didn't blue tint dots spread blurred helmet painted on too dark hairline low
infection scar burn faded unevenly patchy rushed pushy upsell answered questions explained
honest professional at ease worried if but another clinic fix İ ſ K ’ . , ? !
patchiness hide the size of couldn't have been more patient he got angry scalp sort of ashy
"""
WORDS = tuple(_VOCABULARY.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.randoms(use_true_random=False))
def test_the_anchor_index_finds_exactly_what_a_full_scan_finds(words: list, rnd) -> None:
    text = "".join(w + rnd.choice([" ", "  ", "\n", ""]) for w in words)
    # The detectors remember answers by text: without clearing, both runs would be one.
    detectors.clear_caches()
    fast = (detect_flags(text), detect_ease(text), detect_signals(text))
    detectors.clear_caches()
    detectors.PREFILTER = False
    try:
        slow = (detect_flags(text), detect_ease(text), detect_signals(text))
    finally:
        detectors.PREFILTER = True
        detectors.clear_caches()
    assert fast == slow


def test_the_labelled_set_is_read_the_same_with_and_without_the_anchor_index() -> None:
    detectors.clear_caches()
    fast = [(detect_flags(p["text"]), detect_ease(p["text"])) for p in EVERY_PASSAGE]
    detectors.clear_caches()
    detectors.PREFILTER = False
    try:
        slow = [(detect_flags(p["text"]), detect_ease(p["text"])) for p in EVERY_PASSAGE]
    finally:
        detectors.PREFILTER = True
        detectors.clear_caches()
    assert fast == slow


def test_the_scars_a_camouflage_review_names_are_the_ones_treated() -> None:
    before = (
        "The scar from my appendix operation bothered me for years. After the scar "
        "camouflage sessions you can barely see it."
    )
    assert "scarring" not in {d.label for d in detect_flags(before)}


def test_a_camouflage_review_that_ties_new_scars_to_the_work_is_a_flag() -> None:
    harmed = "I went in for scar camouflage and the needles left me with new raised scars."
    assert "scarring" in {d.label for d in detect_flags(harmed)}


def test_an_update_that_says_a_complication_was_put_right_settles_the_first_complaint() -> None:
    updated = (
        "Edit: she redid the crown for free and the patchiness is gone. Original review:"
        " three months in, my crown had faded unevenly."
    )
    assert labels(detect_flags(updated)) == []
    assert labels(detect_flags("Three months in, my crown had faded unevenly.")) == [
        "patchy-fading"
    ]
    assert labels(detect_flags("The hairline has gone blue and the crown has gone patchy.")) != []
    later = (
        "My crown faded patchy after the first session. UPDATE: after the last top-up it's"
        " completely even."
    )
    assert labels(detect_flags(later)) == []
    not_yet = "My crown faded patchy after the first session. UPDATE: still not completely even."
    assert labels(detect_flags(not_yet)) == ["patchy-fading"]


def test_a_tinge_of_the_healing_weeks_that_settled_is_no_discoloration() -> None:
    settled = (
        "Slight blue-grey tinge for the first couple of weeks which freaked me out, but Tom had"
        " warned me and it settled to a natural charcoal by week four."
    )
    assert labels(detect_flags(settled)) == []
    for stayed in (
        "Six months on it has turned blue and it never settled.",
        "For the first few weeks it looked blue, and it is still blue now.",
    ):
        assert labels(detect_flags(stayed)) == ["discoloration"]


def test_a_plan_put_right_before_the_work_is_no_complication() -> None:
    from vetting.detectors import detect_flags

    advice = "She told me straight that my first hairline idea was too low for my age."
    assert detect_flags(advice) == []
    assert [d.label for d in detect_flags("The hairline is too low and uneven.")] == ["hairline"]
    assert [d.label for d in detect_flags("No idea why the hairline is so uneven.")] == ["hairline"]


def test_what_the_trade_at_large_gets_wrong_is_no_flag_on_this_artist() -> None:
    from vetting.detectors import detect_flags

    praise = (
        "Spot on colour match for my skin tone, which a lot of places here get wrong because"
        " they go far too dark."
    )
    assert detect_flags(praise) == []
    own = "Some clinics are great but they made mine far too dark."
    assert [d.label for d in detect_flags(own)] == ["too-dark"]
