"""Fixtures shared by the helpers' tests.

- `conllu` (morphology): a one-sentence CoNLL-U treebank written for these tests (it copies no
  treebank): an orthographic word split into clitics (و+ل+الحكومة, مدينة+ها, ل+ه), a free pronoun,
  and a name tagged NOUN with an English gloss (بغداد), compressed like the PADT files.
- `entity_spans` (entities): the named-entity layer's spans, with the embedded morphology and without.

One conftest for the folder: conftest files in sibling folders without __init__.py would clash.
"""

from __future__ import annotations

import lzma
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers.entities import find_entities_ar

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


@pytest.fixture(params=[True, False], ids=["farahidi", "no-morphology"])
def entity_spans(request: pytest.FixtureRequest) -> Callable[[str], list[tuple[str, str]]]:
    """A function giving the layer's spans of a text as (text, label), once with the embedded
    morphology and once without any (the test runs for each)."""
    morphology = None if request.param else False
    return lambda text: [(e.text, e.label) for e in find_entities_ar(text, morphology=morphology)]
