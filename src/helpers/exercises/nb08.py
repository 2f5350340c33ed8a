"""Checks for notebook 08 (a corpus: dispersion over documents, keyness between categories, corpus tables).

Every check takes the student's ``answer`` and the same parameters as the notebook's
``parameters`` cell, so a researcher who points the notebook at another corpus or word gets
checks about that corpus: ``corpus`` (the archive, folder or table the notebook reads: a path
inside the kit's data folder or a path of one's own; default the shipped ANT corpus), the word,
category or pattern the exercise is about, and for exercise 3 the folder of the corpus run
(``out``). The expected value is computed here from the documents, the way the notebook's
solution cells do; nothing about the corpus is written down. Typical wrong answers (DP_norm for
DP, categories taken as the parts, the key word with the largest LL instead of the largest Log
Ratio, an average of per-document rates instead of the pooled rate, a percentage for a share, a
count for a share ...) are recognised and answered with a hint.

>>> check_dp(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: DP compares each document's share of the corpus's words with its share of the word's occurrences: near 0 for a word spread like the words themselves, near 1 for a word kept in a few documents.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from numbers import Real
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.corpus.documents import CorpusInputError, read_documents
from helpers.corpus.read import read_corpus_tables
from helpers.data import data_path
from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered
from helpers.exercises.registry import exercise, hints_for
from helpers.statistics.frequency import gries_dp
from helpers.statistics.keyness import keyness_ar
from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import is_stopword_ar
from helpers.text.tokenize import word_tokens_ar

__all__ = [
    "hint",
    "DEFAULT_CORPUS",
    "SUBSET_PATTERN",
    "US_PATTERN",
    "LL_CRITICAL",
    "corpus_location",
    "check_dp",
    "check_top_log_ratio",
    "check_attribution_rate",
    "check_us_share",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)

#: The corpus the notebook reads by default, inside the kit's data folder.
DEFAULT_CORPUS = "corpora/ant-corpus-v1.1.tar.xz"

#: How the notebook finds a mention of the United States in a text (a regular expression over the
#: text as written: America and American in both hamza spellings, Washington, the United States,
#: and the two presidents of the corpus's years).
US_PATTERN = r"أمريك|امريك|أميرك|اميرك|واشنطن|الولايات المتحدة|ترامب|ترمب|أوباما|اوباما"

#: The notebook's subset: documents whose text has العراق, but not inside العراقيل "the obstacles".
SUBSET_PATTERN = r"العراق(?!يل)"

#: LL above this value: p < 0.0001 for one degree of freedom (the cut-off the notebook uses).
LL_CRITICAL = 15.13

_DP_TOLERANCE = 0.0005
_RATE_TOLERANCE = 0.05
_SHARE_TOLERANCE = 0.005


def corpus_location(corpus: str | Path | None = None) -> Path:
    """Where a corpus is: ``None`` for the shipped one, a path inside the data folder, or a path of one's own.

    >>> corpus_location().name
    'ant-corpus-v1.1.tar.xz'
    """
    if corpus is None:
        return data_path(DEFAULT_CORPUS)
    path = Path(corpus)
    if path.is_absolute() or path.exists():
        if not path.exists():
            raise CorpusInputError(f"corpus not found: {path}")
        return path
    return data_path(str(corpus))


@lru_cache(maxsize=2)
def _documents(location: str) -> pd.DataFrame:
    """``doc_id``, ``category``, ``text`` of every usable document, in input order."""
    rows = [(d.doc_id, d.picked("category") or "(none)", d.text)
            for d in read_documents([location]) if d.error is None and d.text is not None]
    return pd.DataFrame(rows, columns=["doc_id", "category", "text"])


@lru_cache(maxsize=2)
def _words(location: str) -> pd.DataFrame:
    """One row per Arabic word token: ``doc_id``, ``category``, ``item`` (normalized), ``stop``."""
    documents = _documents(location)
    doc_ids, categories, tokens = [], [], []
    for doc_id, category, text in documents.itertuples(index=False):
        found = [t.text for t in word_tokens_ar(text)]
        tokens += found
        doc_ids += [doc_id] * len(found)
        categories += [category] * len(found)
    words = pd.DataFrame({"doc_id": doc_ids, "category": categories, "token": tokens})
    forms = pd.Series(words["token"].unique())
    normalized = dict(zip(forms, (normalize_ar(f) for f in forms)))
    stop = dict(zip(forms, (is_stopword_ar(f) for f in forms)))
    words["item"] = words["token"].map(normalized)
    words["stop"] = words["token"].map(stop)
    return words.drop(columns="token")


def _located(corpus: str | Path | None) -> str:
    return corpus_location(corpus).as_posix()


def _is_number(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(float(value))


def _close(answer: float, expected: float, tolerance: float) -> bool:
    return matches_rounded(float(answer), expected, tolerance=tolerance)


# --- Exercise 1: DP with documents as the parts -----------------------------------------------------


def _dp_over(words: pd.DataFrame, item: str, by: str) -> tuple[float, float]:
    sizes = words.groupby(by, sort=True).size()
    counts = words[words["item"] == item].groupby(by).size().reindex(sizes.index, fill_value=0)
    return gries_dp(sizes.tolist(), counts.tolist())


@exercise(1, "Spread or bunched?", hints=(
    "DP compares each document's share of the corpus's words with its share of the word's occurrences: "
    "near 0 for a word spread like the words themselves, near 1 for a word kept in a few documents.",
    "Section 2 builds one row per document (its size and the word's count in it) and gives the two columns to gries_dp.",
))
def check_dp(answer: Any, *, word: str = "العراق", corpus: str | Path | None = None) -> Feedback:
    """Check Gries' DP of ``word`` (normalized level) with the corpus's documents as the parts.

    Args:
        answer: the DP (a number from 0 to 1).
        word: the word, compared after :func:`helpers.text.normalize.normalize_ar`.
        corpus: the corpus the notebook reads (see :func:`corpus_location`).
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    words = _words(_located(corpus))
    item = normalize_ar(word.strip())
    if not (words["item"] == item).any():
        return not_yet(f"{word} does not occur in this corpus as a word of its own, so it has no DP.",
                       hint="Choose a word that occurs (change DP_WORD in the parameters cell).")
    if isinstance(answer, tuple) and len(answer) == 2 and all(_is_number(v) for v in answer):
        return not_yet("That is a pair of numbers; give DP alone (the first value gries_dp returns).",
                       hint="gries_dp returns (DP, DP_norm): take the first.")
    if not _is_number(answer):
        return not_yet(f"The answer should be a number from 0 to 1, not {type(answer).__name__}.")
    value = float(answer)
    dp, dp_norm = _dp_over(words, item, "doc_id")
    if _close(value, dp, _DP_TOLERANCE):
        return correct(f"DP = {format_number(dp, digits=3)} over {words['doc_id'].nunique():,} documents "
                       f"(DP_norm {format_number(dp_norm, digits=3)}). The closer to 1, the more the word "
                       "keeps to a few documents; with thousands of short documents even a common word scores high.")
    if not math.isnan(dp_norm) and _close(value, dp_norm, _DP_TOLERANCE):
        return not_yet(f"{format_number(value)} is DP_norm, the second value gries_dp returns.",
                       hint="DP_norm divides by 1 − the smallest part's share; the exercise asks for DP itself.")
    by_category, _ = _dp_over(words, item, "category")
    if _close(value, by_category, _DP_TOLERANCE):
        return not_yet(f"{format_number(value)} is DP with the categories as the parts.",
                       hint="Here the parts are the documents: one size and one count per document.")
    if _close(value, 1 - dp, _DP_TOLERANCE):
        return not_yet(f"{format_number(value)} is 1 − DP.", hint="DP is 0 for an even spread and near 1 for a bunched word.")
    documents = words.loc[words["item"] == item, "doc_id"].nunique()
    share = documents / words["doc_id"].nunique()
    if _close(value, share, _DP_TOLERANCE):
        return not_yet(f"{format_number(value)} is the share of documents that contain the word, not DP.",
                       hint="DP weighs every document by its size; a document share does not.")
    if value < 0 or value > 1:
        return not_yet(f"DP lies between 0 and 1; {format_number(value)} cannot be one.")
    return not_yet(f"{format_number(value)} is not the DP of {word} over the documents.")


# --- Exercise 2: the strongest effect among the reliable key words ------------------------------------


def _category_keyness(location: str, category: str, min_count: int) -> pd.DataFrame:
    words = _words(location)
    inside = words["category"] == category
    content = words[~words["stop"] & (words["item"] != "")]
    in_category = content["category"] == category
    target = Counter(content.loc[in_category, "item"].tolist())
    rest = Counter(content.loc[~in_category, "item"].tolist())
    return keyness_ar(target, rest, target_size=int(inside.sum()), reference_size=int((~inside).sum()),
                      min_count=min_count, reference_only=False)


@lru_cache(maxsize=16)
def _key_table(location: str, category: str, min_count: int) -> pd.DataFrame:
    return _category_keyness(location, category, min_count)


@exercise(2, "Reliable and strong", hints=(
    "LL says how sure we can be that a difference is real; Log Ratio says how big it is. "
    "A good key word needs both: first keep the reliable ones, then rank them by size.",
    "Use the key-word table of section 3: keep the rows over the LL cut-off, then look at the log_ratio column.",
))
def check_top_log_ratio(answer: Any, *, category: str = "internationalNews", corpus: str | Path | None = None,
                        min_ll: float = LL_CRITICAL, min_count: int = 5) -> Feedback:
    """Check the key word of ``category`` with the largest Log Ratio among those with LL of at least ``min_ll``.

    Key words as in the notebook: normalized Arabic words without function words, the category
    against the rest of the corpus, at least ``min_count`` times in the category, more frequent
    there than in the rest. Any word that shares the largest Log Ratio is accepted.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    location = _located(corpus)
    categories = sorted(_documents(location)["category"].unique())
    if category not in categories:
        return not_yet(f"The corpus has no category {category!r} (it has {', '.join(categories)}).",
                       hint="Check KEY_CATEGORY in the parameters cell.")
    if _is_number(answer):
        return not_yet("The exercise asks for a word (a str), not a number.",
                       hint="Give the item in the row with the largest log_ratio, not the value itself.")
    if not isinstance(answer, str) or not answer.strip():
        return not_yet(f"The answer should be a word (a str), not {type(answer).__name__}.")
    table = _key_table(location, category, min_count)
    keys = table[table["direction"] == "target"]
    reliable = keys[keys["ll"] >= min_ll]
    if reliable.empty:
        return not_yet(f"No word of {category} reaches LL {format_number(min_ll)}: there is no answer here.")
    best = float(reliable["log_ratio"].max())
    winners = set(reliable.loc[reliable["log_ratio"] == best, "item"])
    given = normalize_ar(answer.strip())
    if given in winners:
        row = reliable[reliable["item"] == given].iloc[0]
        return correct(f"{answer.strip()}: Log Ratio {format_number(best)} (about {format_number(2 ** best, digits=2)} times "
                       f"as frequent as in the rest of the corpus), LL {format_number(float(row['ll']))}, "
                       f"{int(row['count_target'])} times in {category} and {int(row['count_ref'])} elsewhere.")
    by_ll = reliable.iloc[0]["item"]
    if given == by_ll:
        return not_yet(f"{answer.strip()} has the largest LL, so it is the surest difference, not the largest one.",
                       hint="Rank the reliable rows by log_ratio, not by ll.")
    row = keys[keys["item"] == given]
    if len(row) and float(row.iloc[0]["ll"]) < min_ll:
        return not_yet(f"{answer.strip()} has a large Log Ratio ({format_number(float(row.iloc[0]['log_ratio']))}) "
                       f"but LL {format_number(float(row.iloc[0]['ll']))}, under the cut-off {format_number(min_ll)}.",
                       hint="Keep only the rows whose ll reaches the cut-off before you look for the largest log_ratio.")
    if len(row):
        return not_yet(f"{answer.strip()} is a key word of {category} with Log Ratio {format_number(float(row.iloc[0]['log_ratio']))}; "
                       f"the largest among the reliable ones is {format_number(best)}.")
    others = [c for c in categories if c != category and given in set(_key_table(location, c, min_count)
                                                                        .query("direction == 'target'")["item"])]
    if others:
        return not_yet(f"{answer.strip()} is a key word of {others[0]}, not of {category}.",
                       hint=f"Use the rows of the table for {category} only.")
    return not_yet(f"{answer.strip()} is not among the key words of {category}.")


# --- Exercise 3: a pooled rate from the corpus tables ------------------------------------------------


@exercise(3, "A rate over many documents", hints=(
    "A rate for a corpus divides everything counted by all the words: the long documents weigh more than the short ones.",
    "The documents table has one row per document, with its words and a count per layer (n_attribution): sum both columns.",
))
def check_attribution_rate(answer: Any, *, out: str | Path) -> Feedback:
    """Check findings of the attribution layer per 1,000 words over all the documents of a corpus run (pooled).

    The layer's findings are reported speech (a verb of saying with its source) and evidential
    frames; ``n_attribution`` in the documents table counts both.

    Args:
        answer: the rate.
        out: the output folder of the corpus run the notebook queries.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    try:
        documents = read_corpus_tables(out, tables=["documents"])["documents"]
    except CorpusInputError as err:
        return not_yet(f"Cannot read the corpus run: {err}", hint="Pass out=OUT, the folder the notebook's run wrote.")
    counts = documents["n_attribution"]
    if counts.isna().all():
        return not_yet("This run has no attribution layer, so there is nothing to count.",
                       hint="Run the corpus with the attribution layer (it is in the notebook's LAYERS).")
    if not _is_number(answer):
        return not_yet(f"The answer should be a number (attributions per 1,000 words), not {type(answer).__name__}.")
    value, counts = float(answer), counts.fillna(0).astype(float)
    words = documents["words"].astype(float)
    pooled = 1000 * counts.sum() / words.sum()
    if _close(value, pooled, _RATE_TOLERANCE):
        return correct(f"{format_number(pooled)} findings of the attribution layer per 1,000 words over "
                       f"{len(documents)} documents ({int(counts.sum())} in {int(words.sum()):,} words).")
    used = words > 0
    mean = float((1000 * counts[used] / words[used]).mean())
    if _close(value, mean, _RATE_TOLERANCE):
        return not_yet(f"{format_number(value)} is the mean of the documents' own rates: every document weighs the same.",
                       hint="Divide the sum of all attributions by the sum of all words, then scale to 1,000.")
    if _close(value, pooled / 1000, _RATE_TOLERANCE / 1000):
        return not_yet(f"{format_number(value)} is the rate per word.", hint="Scale it to 1,000 words.")
    if math.isclose(value, counts.sum()):
        return not_yet(f"{format_number(value)} is the number of attributions, not a rate.",
                       hint="Divide by the number of words and scale to 1,000.")
    return not_yet(f"{format_number(value)} is not the number of attributions per 1,000 words of this run.")


# --- Exercise 4: how many of the subset's documents mention the United States -------------------------


@exercise(4, "Iraq and the United States", hints=(
    "A share is a part divided by its whole: here the whole is the documents of the subset, not the whole corpus.",
    "Section 5 marks each document of the subset with whether US_PATTERN is found in its text.",
))
def check_us_share(answer: Any, *, corpus: str | Path | None = None, subset: str = SUBSET_PATTERN,
                   pattern: str = US_PATTERN) -> Feedback:
    """Check the share (0 to 1) of the subset's documents whose text matches ``pattern``.

    Args:
        answer: the share, a number from 0 to 1.
        corpus: the corpus the notebook reads (see :func:`corpus_location`).
        subset: a regular expression: a document whose text matches it is in the subset.
        pattern: a regular expression for a mention of the United States.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    documents = _documents(_located(corpus))
    inside = documents[documents["text"].str.contains(subset, regex=True)]
    if inside.empty:
        return not_yet(f"No document matches {subset}: the subset is empty.", hint="Check SUBSET_PATTERN in the parameters cell.")
    if not _is_number(answer):
        return not_yet(f"The answer should be a number from 0 to 1, not {type(answer).__name__}.")
    value = float(answer)
    found = re.compile(pattern)
    mentions = int(inside["text"].map(lambda t: found.search(t) is not None).sum())
    share = mentions / len(inside)
    if _close(value, share, _SHARE_TOLERANCE):
        return correct(f"{mentions} of {len(inside)} documents, a share of {format_number(share)}: "
                       "read them before you say how the outlet writes about the two together.")
    if _close(value, 100 * share, 100 * _SHARE_TOLERANCE) and value > 1:
        return not_yet(f"{format_number(value)} looks like a percentage.", hint="Give the share as a fraction from 0 to 1.")
    if math.isclose(value, mentions):
        return not_yet(f"{format_number(value)} is the number of documents, not their share.",
                       hint="Divide by the number of documents in the subset.")
    overall = mentions / len(documents)
    if _close(value, overall, _SHARE_TOLERANCE / 10):
        return not_yet(f"{format_number(value)} divides by every document of the corpus.",
                       hint="The whole is the subset: the documents that match SUBSET_PATTERN.")
    if _close(value, 1 - share, _SHARE_TOLERANCE):
        return not_yet(f"{format_number(value)} is the share of documents that do *not* mention the United States.")
    return not_yet(f"{format_number(value)} is not the share of the subset's documents that mention the United States.")
