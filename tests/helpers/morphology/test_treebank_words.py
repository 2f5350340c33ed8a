"""Reading a treebank: rebuilding orthographic words from CoNLL-U, ElixirFM roots.

The CoNLL-U below was written for this test (it copies no treebank).
"""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest

from helpers.morphology.treebank_words import elixir_root_ar, read_conllu_ar

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


def test_orthographic_words_are_rebuilt(conllu: Path) -> None:
    [sentence] = list(read_conllu_ar(conllu))
    words = [w.text for w in sentence.words]
    assert words == ["وللحكومة", "مدينتها", "له", "هو", "للجنة", "بغداد", "."]
    assert sentence.text == " ".join(words)
    first, second, third = sentence.words[:3]
    assert (first.boundaries, first.lemma, first.root, first.upos) == ((1, 2), "حُكُومَة", "حكم", "NOUN")
    assert (second.boundaries, second.segments) == ((5,), ("مدينة", "ها"))
    assert (third.boundaries, third.lemma, third.upos) == ((1,), "لِ", "ADP")  # a preposition with a pronoun is the host
    for word in sentence.words:
        assert sentence.text[word.start : word.end] == word.text


def test_bad_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(read_conllu_ar(tmp_path / "missing.conllu"))
    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        list(read_conllu_ar(bad))


@pytest.mark.parametrize(
    ("notation", "root"),
    [("^g_m_`", "جمع"), (".h_.z_r", "حظر"), ("_h_m_s", "خمس"), ("^s__h_.s", "شخص"), ("b_.g_d_d", "بغدد"), ("min", ""), ("'amIrik", "")],
)
def test_elixir_roots(notation: str, root: str) -> None:
    assert elixir_root_ar(notation) == root
