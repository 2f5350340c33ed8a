"""Scoring against a treebank: UPOS harmonization, the scores of a rebuilt sentence.

The CoNLL-U below was written for this test (it copies no treebank).
"""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest

from helpers.morphology import AnalysisCache
from helpers.morphology.evaluation import score_morphology_ar
from helpers.morphology.treebank_words import read_conllu_ar
from helpers.morphology.upos import upos_ar, upos_matches

ROWS = [
    # id form lemma upos xpos feats head deprel deps misc
    ("1", "وَ", "وَ", "CONJ", "C---------", "_", "0", "cc", "_", "Root=wa"),
    ("2", "لِ", "لِ", "ADP", "P---------", "AdpType=Prep", "3", "case", "_", "Root=l"),
    ("3", "اَلحُكُومَةِ", "حُكُومَة", "NOUN", "N------S2D", "Case=Gen", "0", "root", "_", "Gloss=government|Root=.h_k_m"),
    ("4", "مَدِينَةُ", "مَدِينَة", "NOUN", "N------S1R", "Case=Nom", "3", "nmod", "_", "Gloss=city|Root=m_d_n"),
    ("5", "هَا", "هُوَ", "PRON", "SP---3FS2-", "Case=Gen|PronType=Prs", "4", "nmod", "_", "_"),
    ("6", "لَ", "لِ", "ADP", "P---------", "AdpType=Prep", "7", "case", "_", "Root=l"),
    ("7", "هُ", "هُوَ", "PRON", "SP---3MS2-", "Case=Gen|PronType=Prs", "4", "nmod", "_", "_"),
    ("8", "هُوَ", "هُوَ", "PRON", "SP---3MS1-", "Case=Nom|PronType=Prs", "4", "nmod", "_", "_"),
    ("9", "لِ", "لِ", "ADP", "P---------", "AdpType=Prep", "10", "case", "_", "Root=l"),
    ("10", "اَللَّجنَةِ", "لَجنَة", "NOUN", "N------S2D", "Case=Gen", "4", "nmod", "_", "Gloss=committee|Root=l_^g_n"),
    ("11", "بَغدَادُ", "بَغدَاد", "NOUN", "N------S1I", "Case=Nom", "4", "nmod", "_", "Gloss=Baghdad|Root=b_.g_d_d"),
    ("12", ".", ".", "PUNCT", "G---------", "_", "3", "punct", "_", "_"),
]


@pytest.fixture()
def conllu(tmp_path: Path) -> Path:
    text = "# sent_id = t1\n" + "".join("\t".join(r) + "\n" for r in ROWS) + "\n"
    path = tmp_path / "mini.conllu.xz"
    with lzma.open(path, "wt", encoding="utf-8") as handle:
        handle.write(text)
    return path


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
