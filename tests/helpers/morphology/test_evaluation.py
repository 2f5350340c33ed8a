"""Scoring against a treebank: UPOS harmonization, the scores of a rebuilt sentence.

The CoNLL-U sentence is the `conllu` fixture (tests/helpers/conftest.py), written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from helpers.morphology import AnalysisCache
from helpers.morphology.evaluation import score_morphology_ar
from helpers.morphology.treebank_words import read_conllu_ar
from helpers.morphology.upos import upos_ar, upos_matches


def test_upos_harmonization() -> None:
    assert upos_matches("CCONJ", "CONJ") and upos_matches("SCONJ", "CONJ")
    # PADT's tag conventions count only when asked for, and only for their lemmas
    assert not upos_matches("ADV", "NOUN", lemma="آن") and upos_matches("ADV", "NOUN", lemma="آن", conventions=True)
    assert upos_matches("DET", "ADJ", lemma="أي", conventions=True) and not upos_matches("DET", "ADJ", lemma="كل", conventions=True)
    assert not upos_matches("NOUN", "ADJ", conventions=True)
    assert upos_matches("PROPN", "X", xpos="X---------") and not upos_matches("NOUN", "X", xpos="U---------")
    assert not upos_matches("NOUN", "ADJ") and upos_matches("PROPN", "NOUN", gloss="Baghdad")
    assert upos_ar("PRON", lemma="هذا", next_word="الحكومة") == "DET"
    assert upos_ar("PRON", pos="closed-class/DET") == "DET"


def test_score(conllu: Path) -> None:
    result = score_morphology_ar(list(read_conllu_ar(conllu)), cache=AnalysisCache())
    kit = result["kit"]
    assert result["words"] == 6 and kit["tokens"]["f1"] == 1.0
    assert kit["clitics"]["tp"] + kit["clitics"]["fn"] == 5
    for measure in ("lemma", "upos_strict", "root", "analysed"):
        assert 0.0 <= kit[measure]["score"] <= 1.0 and kit[measure]["n"] > 0
    assert kit["root"]["n"] == 4  # الحكومة مدينتها للجنة بغداد
    assert kit["upos_strict"]["right"] <= kit["upos_strict_conventions"]["right"] <= kit["upos_strict"]["n"]
    assert set(result["baseline"]) >= {"clitics", "lemma", "upos_strict"}
