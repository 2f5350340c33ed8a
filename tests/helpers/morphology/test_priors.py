"""The frequency priors: clitic segmentation and proper-noun use, and guessed readings."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.priors import clitic_rates, host_form_ar, preferred_segmentation


def test_clitic_rates_are_plausible() -> None:
    rates = clitic_rates()
    assert set("وفبلكس") <= set(rates)
    assert all(0 < rates[c] < 0.2 for c in "وفبلكس")


@pytest.mark.parametrize(
    ("form", "candidates", "expected"),
    [
        ("كما", [("ك", "")], ("", "")),
        ("لكن", [("ل", "")], ("", "")),
        ("فقط", [("ف", "")], ("", "")),
        ("بعد", [("ب", "")], ("", "")),
        ("وزير", [("و", "")], ("", "")),
        ("وغلاسكو", [("و", "")], ("و", "")),
        ("وقال", [("و", "")], None),  # both uses are common: context decides
    ],
)
def test_preferred_segmentation(form: str, candidates: list, expected: tuple | None) -> None:
    assert preferred_segmentation(form, candidates) == expected


@pytest.mark.parametrize(
    ("form", "segmentation", "host"),
    [("وللحكومة", ("ول", ""), "الحكومة"), ("حكومته", ("", "ه"), "حكومة"), ("كتابهم", ("", "هم"), "كتاب"), ("لندن", ("و", ""), None)],
)
def test_host_form(form: str, segmentation: tuple, host: str | None) -> None:
    assert host_form_ar(form, segmentation) == host


# text, token, lemma (no diacritics), pos_coarse, proclitics
ROWS = [
    ("قال الوزير إن الاجتماع انتهى", "الوزير", "وزير", "NOUN", "ال"),
    ("وصل وزير الخارجية", "وزير", "وزير", "NOUN", ""),
    ("قال محمد إن الاجتماع انتهى", "محمد", "محمد", "PROPN", ""),
    ("وصل الوفد إلى لندن أمس", "لندن", "لندن", "PROPN", ""),
    ("وصل الوفد إلى غلاسكو وغلاسكو", "وغلاسكو", "غلاسكو", "PROPN", "و"),
    ("وعد الرئيس بالإصلاح", "وعد", "وعد", "VERB", ""),
]


@pytest.mark.parametrize(("text", "token", "lemma", "pos", "proclitics"), ROWS, ids=[r[1] for r in ROWS])
def test_rows(text: str, token: str, lemma: str, pos: str, proclitics: str) -> None:
    from camel_tools.utils.dediac import dediac_ar

    table = analyze_morphology_ar(text)
    row = table[table["token"] == token].iloc[-1]
    assert (dediac_ar(row.lemma), row.pos_coarse, row.proclitics) == (lemma, pos, proclitics)


def test_unknown_name_is_a_marked_guess() -> None:
    row = analyze_morphology_ar("قال الكاظمي").iloc[1]
    assert (row.analyzed, row.pos, row.pos_coarse, row.lemma, row.proclitics, row.root) == (False, "guess", "PROPN", "الكاظمي", "ال", "")  # a name keeps its article in the lemma
