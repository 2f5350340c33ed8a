"""Tests for helpers.exercises.nb06: right, wrong and unanswered answers for every check.

The tables use the case-study article and its gold chain (the checks' defaults). The figures
the notebook teaches are written out in ``test_case_study_figures`` as an independent record;
the tables derive their answers from the helpers, so a change in a helper shows up there as
one clear failure. Texts written for these tests show that nothing about the article is
hard-coded in the checks.
"""

from __future__ import annotations

import pytest
from staged_hints import STAGED, hint_matches

from helpers.data import case_study_path
from helpers.discourse import (
    ChainMention,
    chain_recall_ar,
    find_attributions_ar,
    find_connectives_ar,
    read_gold_chain_ar,
    reference_chains_ar,
)
from helpers.exercises import Feedback, nb06
from helpers.text.load import read_text_ar

TEXT = read_text_ar(case_study_path())
GOLD = read_gold_chain_ar("chain_kadhimi.tsv", text=TEXT)
PAIR = next(c for c in find_connectives_ar(TEXT) if c.kind == "paired").parts
FIRST, SECOND = PAIR
EPITHETS = [g.text for g in GOLD if g.mention_type == "epithet"]
RECALL = chain_recall_ar(reference_chains_ar(TEXT), [g for g in GOLD if g.mention_type != "zero"]).recall

CHECKS = [nb06.check_bal_sense, nb06.check_paired_parts, nb06.check_epithets, nb06.check_attribution_counts,
          nb06.check_recall_without_zero]

# A short report written for these tests (invented actors), with reported speech.
REPORT = (
    "وصل الوزير نزار الحديثي أمس إلى القاهرة.\n\n"
    "وقال الحديثي إن المحادثات مثمرة. ومع أن الطرفين لم يعلنا اتفاقاً، لكن الرجل بدا متفائلاً.\n\n"
    "وذكرت مصادر مطلعة أن الحوار مستمر، بل تجاوز التوقعات."
)


def test_case_study_figures():
    assert PAIR == ((659, 664), (702, 705))
    assert [TEXT[s:e] for s, e in PAIR] == ["مع أن", "لكن"]
    bal = [c for c in find_connectives_ar(TEXT) if c.connective == "بل"]
    assert [(c.sense, c.subtype, c.pdtb) for c in bal] == [("alternative", "substitution", "Expansion.Substitution")]
    assert sorted(EPITHETS) == sorted(["الرجل", "رئيس وزرائه"])
    labels = [a.label for a in find_attributions_ar(TEXT)]
    assert labels == ["evidential", "evidential"]
    assert round(RECALL, 3) == 0.929
    assert round(chain_recall_ar(reference_chains_ar(TEXT), GOLD).recall, 3) == 0.65


@pytest.mark.parametrize(("check", "answer"), [
    pytest.param(nb06.check_bal_sense, "alternative", id="bal"),
    pytest.param(nb06.check_bal_sense, " Alternative ", id="bal-case-and-spaces"),
    pytest.param(nb06.check_paired_parts, PAIR, id="paired-tuple"),
    pytest.param(nb06.check_paired_parts, [list(FIRST), list(SECOND)], id="paired-lists"),
    pytest.param(nb06.check_epithets, EPITHETS, id="epithets"),
    pytest.param(nb06.check_epithets, list(reversed(EPITHETS)), id="epithets-reversed"),
    pytest.param(nb06.check_epithets, tuple(EPITHETS), id="epithets-tuple"),
    pytest.param(nb06.check_epithets, [f" {e} " for e in EPITHETS], id="epithets-spaces"),
    pytest.param(nb06.check_epithets, [e.replace(" ", "  ") + "\n" for e in EPITHETS], id="epithets-inner-spaces"),
    pytest.param(nb06.check_attribution_counts, (0, 2), id="attribution-tuple"),
    pytest.param(nb06.check_attribution_counts, [0, 2], id="attribution-list"),
    pytest.param(nb06.check_recall_without_zero, RECALL, id="recall-exact"),
    pytest.param(nb06.check_recall_without_zero, round(RECALL, 3), id="recall-rounded"),
    pytest.param(nb06.check_recall_without_zero, round(RECALL, 2), id="recall-2-decimals"),
    pytest.param(nb06.check_recall_without_zero, RECALL + 0.0049, id="recall-within-0.005"),
])
def test_right(check, answer):
    feedback = check(answer)
    assert feedback.ok, str(feedback)
    assert str(feedback).startswith("✓")


BAL_WRONG = [
    pytest.param("addition", "لن", id="addition-ignores-negation"),
    pytest.param("substitution", ".subtype", id="subtype"),
    pytest.param("Expansion", ".sense_class", id="class"),
    pytest.param("concession", "denied", id="concession"),
    pytest.param("contrast", "denied", id="contrast"),
    pytest.param("temporal", STAGED, id="unrelated"),
    pytest.param(3, "str", id="number"),
    pytest.param(("alternative",), "str", id="tuple"),
]

PAIRED_WRONG = [
    pytest.param(FIRST, "c.parts[1]", id="first-part-only"),
    pytest.param((FIRST[0], SECOND[1]), "each part", id="whole-stretch"),
    pytest.param((SECOND, FIRST), "first part", id="swapped"),
    pytest.param(("مع أن", "لكن"), "offsets", id="texts"),
    pytest.param((FIRST, (SECOND[0], SECOND[1] - 1)), "one past", id="end-inclusive"),
    pytest.param((FIRST, (2076, 2079)), "same sentence", id="another-lakin"),
    pytest.param(((0, 1), (2, 3)), STAGED, id="unrelated"),
    pytest.param((FIRST,), STAGED, id="one-item"),
    pytest.param("659, 664", STAGED, id="string"),
]

EPITHETS_WRONG = [
    pytest.param(len(EPITHETS), "how many", id="count"),
    pytest.param(7, "list", id="other-number"),
    pytest.param(EPITHETS[0], "list of strings", id="one-string"),
    pytest.param(EPITHETS[:1], "missing", id="missing-one"),
    pytest.param([*EPITHETS, "رئيس مجلس الوزراء"], "title", id="title-included"),
    pytest.param([*EPITHETS, "الكاظمي"], "another type", id="name-included"),
    pytest.param([*EPITHETS, "الزعيم"], "not mentions in the gold", id="not-in-gold"),
    pytest.param([g for g in GOLD if g.mention_type == "epithet"], "m.text", id="records"),
    pytest.param([1, 2], "str", id="not-strings"),
]

ATTRIBUTION_WRONG = [
    pytest.param(2, "total", id="total"),
    pytest.param(5, "pair", id="one-number"),
    pytest.param((2, 0), "swapped", id="swapped"),
    pytest.param((0, 3), "'evidential'", id="wrong-second"),
    pytest.param((1, 2), "'attribution'", id="wrong-first"),
    pytest.param((1, 1), "does not match", id="both-wrong"),
    pytest.param("0, 2", "pair", id="string"),
    pytest.param((0.0, 2.0), "pair", id="floats"),
]

RECALL_WRONG = [
    pytest.param(0.65, "zero subjects included", id="full-gold"),
    pytest.param(92.86, "percentage", id="percentage"),
    pytest.param(13, "Divide", id="count"),
    pytest.param(1.0, "removed more", id="relative-removed-too"),
    pytest.param(0.5, STAGED, id="unrelated"),
    pytest.param(RECALL + 0.006, STAGED, id="just-outside-tolerance"),
    pytest.param("0.929", "number", id="string"),
    pytest.param(True, "number", id="bool"),
    pytest.param(float("nan"), "number", id="nan"),
]


@pytest.mark.parametrize(("check", "answer", "part"), [
    *[pytest.param(nb06.check_bal_sense, *p.values, id=f"bal-{p.id}") for p in BAL_WRONG],
    *[pytest.param(nb06.check_paired_parts, *p.values, id=f"paired-{p.id}") for p in PAIRED_WRONG],
    *[pytest.param(nb06.check_epithets, *p.values, id=f"epithets-{p.id}") for p in EPITHETS_WRONG],
    *[pytest.param(nb06.check_attribution_counts, *p.values, id=f"attribution-{p.id}") for p in ATTRIBUTION_WRONG],
    *[pytest.param(nb06.check_recall_without_zero, *p.values, id=f"recall-{p.id}") for p in RECALL_WRONG],
])
def test_wrong(check, answer, part):
    feedback = check(answer)
    assert not feedback.ok
    assert feedback.message and feedback.hint
    assert hint_matches(feedback, part) if part == STAGED else part in f"{feedback.message} {feedback.hint}", str(feedback)
    assert "Hint" in str(feedback)


def test_checks_use_the_given_text():
    """Nothing is hard-coded: on another text the expected values follow that text."""
    # بل without a negation before it: addition, not a substitution.
    assert nb06.check_bal_sense("addition", text="نجح الحوار، بل تجاوز التوقعات.").ok
    assert not nb06.check_bal_sense("alternative", text="نجح الحوار، بل تجاوز التوقعات.").ok
    # The report's بل has no negation in its own sentence (لم is in the sentence before).
    bal = next(c for c in find_connectives_ar(REPORT) if c.connective == "بل")
    assert nb06.check_bal_sense(bal.sense, text=REPORT).ok
    pair = next(c for c in find_connectives_ar(REPORT) if c.kind == "paired").parts
    assert nb06.check_paired_parts(pair, text=REPORT).ok
    assert not nb06.check_paired_parts(PAIR, text=REPORT).ok
    assert nb06.check_attribution_counts((2, 0), text=REPORT).ok
    assert not nb06.check_attribution_counts((0, 2), text=REPORT).ok


@pytest.mark.parametrize(("check", "text"), [
    pytest.param(nb06.check_bal_sense, "وصل الوفد إلى بغداد.", id="no-bal"),
    pytest.param(nb06.check_paired_parts, "وصل الوفد إلى بغداد.", id="no-pair"),
])
def test_text_without_the_item(check, text):
    feedback = check("alternative" if check is nb06.check_bal_sense else ((0, 1), (2, 3)), text=text)
    assert not feedback.ok
    assert "right text" in feedback.hint


def test_chain_checks_take_a_gold_chain():
    found = reference_chains_ar(REPORT)
    man = REPORT.index("الرجل")
    said = REPORT.index("وقال") + 1
    gold = [
        ChainMention(REPORT.index("نزار الحديثي"), REPORT.index("نزار الحديثي") + 12, "نزار الحديثي", "mention", "h", "name", 1.0),
        ChainMention(man, man + 5, "الرجل", "mention", "h", "epithet", 1.0),
        ChainMention(said, said + 3, "قال", "mention", "h", "zero", 1.0),
    ]
    assert nb06.check_epithets(["الرجل"], text=REPORT, gold=gold).ok
    assert not nb06.check_epithets(["الرجل", "نزار الحديثي"], text=REPORT, gold=gold).ok
    expected = chain_recall_ar(found, gold[:2]).recall
    assert nb06.check_recall_without_zero(expected, text=REPORT, gold=gold).ok
    only_zero = [gold[2]]
    assert "only zero" in nb06.check_recall_without_zero(0.5, text=REPORT, gold=only_zero).message
