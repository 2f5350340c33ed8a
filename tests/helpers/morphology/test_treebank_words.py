"""Reading a treebank: rebuilding orthographic words from CoNLL-U, ElixirFM roots.

The CoNLL-U sentence is the `conllu` fixture (tests/helpers/conftest.py), written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.morphology.treebank_words import elixir_root_ar, read_conllu_ar


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
