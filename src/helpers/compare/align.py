"""Content alignment: which statements two or more texts share, and which only one of them makes.

:func:`align_statements_ar` cuts every text into units (sentences by default, with
:func:`helpers.text.sentences.split_sentences_ar`; or clauses, or paragraphs), and compares every unit
with every unit of the *other* texts:

1. **features**: each unit is normalized (:func:`helpers.text.normalize.normalize_ar`: no diacritics,
   one alef, ى→ي, ة→ه), reduced to Arabic letters and digits with single spaces, padded with a
   space at each end, and cut into overlapping character n-grams (``ngram_range``, default 2 to
   4 characters; n-grams run across word boundaries, so ``" ال"`` and ``"ت ال"`` count). Character
   n-grams let ``القوات`` match ``وقوات`` and ``تحولت`` match ``التحول`` in part, which
   word-level matching of a clitic language misses.
2. **weights**: TF-IDF computed here with a sparse matrix (scipy): raw n-gram counts times
   the smoothed inverse document frequency ``ln((1 + N) / (1 + df)) + 1``, where the "documents"
   are all units of all texts (``N`` of them); each unit vector is then scaled to length 1.
3. **similarity**: the cosine of two unit vectors (their dot product), from 0 (no n-gram in
   common) to 1 (the same n-grams in the same proportions).
4. **best match**: for each unit and each other text, the unit of that text with the highest
   similarity (ties: the earlier unit). Its label is ``shared`` from ``threshold`` up,
   ``partial`` from ``partial_threshold`` up, else ``unique``.

Thresholds are a reading aid, not a semantic judgement: a paraphrase with different words can
stay ``unique``, and two sentences about different facts can be ``partial`` when they share a
long name (``القوات الأمريكية وقوات التحالف الدولي``). The defaults were set on the texts of
``data/comparison/`` and on the pairs in the tests: sentences that restate the same fact of
the joint statement score about 0.5 to 0.8, unrelated sentences of the same topic 0.1 to 0.3.

Offsets (``start``, ``end``, ``match_start``, ``match_end``) point into each text as given.

>>> a = {"a": "انتهت الجولة الثالثة من الحوار. وارتفعت أسعار النفط.",
...      "b": "انتهت الجولة الثالثة من الحوار أمس. وهطلت أمطار غزيرة."}
>>> table = align_statements_ar(a)
>>> table[["text", "sentence", "label"]].values.tolist()
[['a', 'انتهت الجولة الثالثة من الحوار.', 'shared'], ['a', 'وارتفعت أسعار النفط.', 'unique'], ['b', 'انتهت الجولة الثالثة من الحوار أمس.', 'shared'], ['b', 'وهطلت أمطار غزيرة.', 'unique']]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np
import pandas as pd
from scipy import sparse

from helpers.text.load import TextInputError, check_text_ar
from helpers.text.normalize import normalize_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.spans import Span, clip_text
from helpers.text.structure import split_blocks_ar

__all__ = ["ALIGN_LABELS", "ALIGN_COLUMNS", "statement_units_ar", "unit_features_ar", "similarity_matrix_ar",
           "align_statements_ar", "shared_content_matrix"]

#: The labels of an alignment, from most to least similar.
ALIGN_LABELS = ("shared", "partial", "unique")

#: The columns of :func:`align_statements_ar`.
ALIGN_COLUMNS = ["text", "index", "start", "end", "sentence", "other", "match_index", "match_start", "match_end",
                 "match_sentence", "similarity", "label"]

_BLOCK = 256  # units per block of the similarity computation
_NOT_WORD = re.compile(r"[^\w]+|_")
_ARABIC_OR_DIGIT = re.compile(r"[\u0621-\u064a\u0660-\u0669\u06f0-\u06f90-9]")


def _check_texts(texts: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(texts, Mapping):
        raise TypeError(f"texts must be a mapping of names to texts, not {type(texts).__name__}")
    if len(texts) < 2:
        raise ValueError(f"comparison needs at least two texts, got {len(texts)}")
    out: dict[str, str] = {}
    for name, text in texts.items():
        if not isinstance(name, str) or not name:
            raise TypeError(f"text names must be non-empty strings, not {name!r}")
        out[name] = check_text_ar(text, name=name)
    return out


def statement_units_ar(text: str, *, level: Literal["sentence", "clause", "paragraph"] = "sentence",
                       min_words: int = 3) -> list[Span]:
    """Return the units alignment compares: sentences, clauses or paragraphs with enough words.

    Args:
        text: the text, exactly as loaded.
        level: ``"sentence"``, ``"clause"`` (:func:`helpers.text.sentences.split_sentences_ar`) or
            ``"paragraph"`` (:func:`helpers.text.structure.split_blocks_ar`).
        min_words: units with fewer whitespace words holding a letter or digit are left out
            (a dateline, a lone ``فإلى متى؟``); 1 keeps everything.

    >>> [u.text for u in statement_units_ar("الحوار مستمر بين الجانبين. حسناً. انتهى.")]
    ['الحوار مستمر بين الجانبين.']
    """
    if level not in ("sentence", "clause", "paragraph"):
        raise ValueError(f"level must be 'sentence', 'clause' or 'paragraph', not {level!r}")
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 1:
        raise ValueError(f"min_words must be a positive int, not {min_words!r}")
    units = split_blocks_ar(text) if level == "paragraph" else split_sentences_ar(text, level=level)
    kept = [u for u in units if sum(bool(_ARABIC_OR_DIGIT.search(w)) for w in u.text.split()) >= min_words]
    return [Span(u.start, u.end, u.text, level) for u in kept]


def _grams(unit: str, ngram_range: tuple[int, int]) -> Counter[str]:
    plain = " " + " ".join(_NOT_WORD.sub(" ", normalize_ar(unit)).split()) + " "
    low, high = ngram_range
    return Counter(plain[i : i + n] for n in range(low, high + 1) for i in range(len(plain) - n + 1))


def _check_range(ngram_range: object) -> tuple[int, int]:
    if (not isinstance(ngram_range, tuple) or len(ngram_range) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in ngram_range)
            or not 1 <= ngram_range[0] <= ngram_range[1]):
        raise ValueError(f"ngram_range must be a pair of ints (low, high) with 1 <= low <= high, not {ngram_range!r}")
    return ngram_range


def _features(units: Sequence[str], ngram_range: tuple[int, int]) -> tuple[sparse.csr_matrix, list[str]]:
    """The L2-normalized TF-IDF matrix as a sparse matrix: memory grows with the n-grams present."""
    low_high = _check_range(ngram_range)
    counts = [_grams(u, low_high) for u in units]
    vocabulary = sorted(set().union(*counts)) if counts else []
    column = {g: j for j, g in enumerate(vocabulary)}
    indptr, indices, values = [0], [], []
    for c in counts:
        for gram, n in sorted(c.items(), key=lambda item: column[item[0]]):
            indices.append(column[gram])
            values.append(float(n))
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((np.array(values), np.array(indices, dtype=np.int64), np.array(indptr, dtype=np.int64)),
                               shape=(len(units), len(vocabulary)))
    df = np.bincount(matrix.indices, minlength=len(vocabulary))
    idf = np.log((1 + len(units)) / (1 + df)) + 1
    matrix.data *= idf[matrix.indices]
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sparse.csr_matrix(sparse.diags(scale) @ matrix), vocabulary


def unit_features_ar(units: Sequence[str], *, ngram_range: tuple[int, int] = (2, 4)) -> tuple[np.ndarray, list[str]]:
    """Return the L2-normalized TF-IDF matrix of some units (rows) over character n-grams (columns).

    Returns:
        ``(matrix, vocabulary)``: a float array of shape ``(len(units), len(vocabulary))`` and the
        n-grams in column order (sorted). A unit with no letters gets a row of zeros. (The array
        is dense, for reading; :func:`align_statements_ar` keeps it sparse.)

    >>> m, vocab = unit_features_ar(["باب", "باب", "دار"], ngram_range=(3, 3))
    >>> vocab
    [' با', ' دا', 'اب ', 'ار ', 'باب', 'دار']
    >>> round(float(m[0] @ m[1]), 3), round(float(m[0] @ m[2]), 3)
    (1.0, 0.0)
    """
    matrix, vocabulary = _features(units, ngram_range)
    return matrix.toarray(), vocabulary


def similarity_matrix_ar(a: Sequence[str], b: Sequence[str], *, ngram_range: tuple[int, int] = (2, 4)) -> np.ndarray:
    """Cosine similarities of units ``a`` (rows) with units ``b`` (columns), IDF over both lists.

    >>> similarity_matrix_ar(["تحولت المهمة إلى التدريب"], ["تحولت المهمة إلى التدريب", "هطل مطر غزير"]).round(2).tolist()
    [[1.0, 0.0]]
    """
    matrix, _ = _features([*a, *b], ngram_range=ngram_range)
    return np.clip((matrix[: len(a)] @ matrix[len(a) :].T).toarray(), 0.0, 1.0)


def _label(similarity: float, threshold: float, partial_threshold: float) -> str:
    if similarity >= threshold:
        return "shared"
    return "partial" if similarity >= partial_threshold else "unique"


def align_statements_ar(
    texts: Mapping[str, str],
    *,
    level: Literal["sentence", "clause", "paragraph"] = "sentence",
    ngram_range: tuple[int, int] = (2, 4),
    threshold: float = 0.5,
    partial_threshold: float = 0.3,
    min_words: int = 3,
) -> pd.DataFrame:
    """Find, for every unit of every text, its best match in each other text.

    Args:
        texts: two or more texts by name (``{"wire": ..., "communique": ...}``).
        level: the unit: ``"sentence"``, ``"clause"`` or ``"paragraph"``.
        ngram_range: the smallest and largest character n-gram.
        threshold: the least similarity for ``shared``.
        partial_threshold: the least similarity for ``partial`` (at most ``threshold``).
        min_words: units with fewer words are left out (see :func:`statement_units_ar`).

    Returns:
        One row per unit and other text, in text order then unit order then other-text order;
        columns :data:`ALIGN_COLUMNS`: ``text``, ``index`` (unit number in its text), ``start``,
        ``end``, ``sentence`` (the unit), ``other``, ``match_index``, ``match_start``,
        ``match_end``, ``match_sentence`` (the best unit of ``other``), ``similarity`` (cosine,
        0 to 1), ``label`` (``shared``, ``partial`` or ``unique``). IDF is computed once over the
        units of all texts, so adding a text changes the weights a little. ``sentence`` and
        ``match_sentence`` are cut with ``…`` after :data:`~helpers.text.spans.EXCERPT_CHARS`
        characters (a unit of a text without punctuation can be the whole text, and it is the
        best match of many units); the offsets always cover the whole unit.

    Raises:
        TypeError, ValueError: for fewer than two texts, bad names or bad options.
        TextInputError: for an empty or non-Arabic text.

    >>> t = align_statements_ar({"x": "اتفق الجانبان على تحويل المهمة إلى التدريب.",
    ...                          "y": "وقد اتفق الجانبان على تحويل المهمة إلى التدريب والمشورة."})
    >>> t.loc[0, ["other", "match_sentence", "label"]].tolist()
    ['y', 'وقد اتفق الجانبان على تحويل المهمة إلى التدريب والمشورة.', 'shared']
    """
    texts = _check_texts(texts)
    for name, value in (("threshold", threshold), ("partial_threshold", partial_threshold)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ValueError(f"{name} must be a number from 0 to 1, not {value!r}")
    if partial_threshold > threshold:
        raise ValueError(f"partial_threshold ({partial_threshold}) must not exceed threshold ({threshold})")
    units = {name: statement_units_ar(text, level=level, min_words=min_words) for name, text in texts.items()}
    for name, found in units.items():
        if not found:
            raise TextInputError(f"{name} has no {level} of at least {min_words} words to align")
    flat = [(name, k, u) for name, found in units.items() for k, u in enumerate(found)]
    matrix, _ = _features([u.text for _, _, u in flat], ngram_range=ngram_range)
    columns = {name: np.array([i for i, (n, _, _) in enumerate(flat) if n == name]) for name in texts}
    rows = []
    # Similarities are computed a block of units at a time, so memory stays linear in the units.
    for first in range(0, len(flat), _BLOCK):
        block = (matrix[first : first + _BLOCK] @ matrix.T).toarray()
        for offset, row in enumerate(block):
            name, k, unit = flat[first + offset]
            for other in texts:
                if other == name:
                    continue
                candidates = columns[other]
                scores = np.clip(row[candidates], 0.0, 1.0)
                best = int(np.argmax(scores))  # argmax returns the first maximum: ties go to the earlier unit
                _, match_k, match = flat[int(candidates[best])]
                value = float(scores[best])
                if math.isclose(value, 1.0, abs_tol=1e-12):
                    value = 1.0
                rows.append([name, k, unit.start, unit.end, clip_text(unit.text), other, match_k, match.start, match.end,
                             clip_text(match.text), round(value, 4), _label(value, threshold, partial_threshold)])
    return pd.DataFrame(rows, columns=ALIGN_COLUMNS)


def shared_content_matrix(alignment: pd.DataFrame, *, labels: Sequence[str] = ("shared",)) -> pd.DataFrame:
    """Share of each text's units (rows) whose best match in another text (columns) has one of ``labels``.

    Args:
        alignment: a table from :func:`align_statements_ar`.
        labels: the labels that count as "in common": ``("shared",)`` (default) or
            ``("shared", "partial")``.

    Returns:
        A square DataFrame (texts in the alignment's order), values from 0 to 1, the diagonal 1.0.
        It is not symmetric: a long text can contain all of a short one and much more.

    >>> t = align_statements_ar({"a": "انتهت الجولة الثالثة من الحوار. وارتفعت أسعار النفط.",
    ...                          "b": "انتهت الجولة الثالثة من الحوار أمس."})
    >>> shared_content_matrix(t)
         a    b
    a  1.0  0.5
    b  1.0  1.0
    """
    missing = [c for c in ("text", "other", "index", "label") if c not in alignment.columns]
    if missing:
        raise ValueError(f"alignment lacks column(s) {', '.join(missing)}: pass the table of align_statements_ar")
    unknown = [lab for lab in labels if lab not in ALIGN_LABELS]
    if unknown:
        raise ValueError(f"unknown label(s) {', '.join(map(repr, unknown))}; choose from {', '.join(ALIGN_LABELS)}")
    names = list(dict.fromkeys([*alignment["text"], *alignment["other"]]))
    out = pd.DataFrame(1.0, index=names, columns=names)
    for (name, other), group in alignment.groupby(["text", "other"], sort=False):
        out.loc[name, other] = float(group["label"].isin(labels).mean())
    return out
