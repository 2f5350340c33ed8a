"""Checks for notebook 08 (a corpus: dispersion over documents, keyness between categories, corpus tables).

Five exercises, each a step harder than the one before:

1. **concept check** (multiple choice): what two DPs over documents say about two words of the
   same frequency (:data:`DP_MEANING`);
2. **value**: the strongest reliable key word of a category the notebook does not show in detail
   (``EXERCISE_CATEGORY``, technology by default);
3. **value**: the pooled rate of the attribution layer in the subset's largest category, a group
   of documents whose rate the notebook does not show;
4. **value**: the share of the corpus's documents that mention the United States which are in the
   subset (the reverse of the share the notebook shows);
5. **method**: a function that builds a frequency table (per million words, document frequency)
   from a DataFrame of documents, run on documents of the corpus the notebook has not shown and on
   news reports of ``data/news/``, and compared with the kit's own counts
   (:func:`helpers.statistics.frequency.counts_ar`).

Every check takes the student's ``answer`` and the same parameters as the notebook's
``parameters`` cell, so a researcher who points the notebook at another corpus, subset or category
gets checks about that corpus: ``corpus`` (the archive, folder or table the notebook reads: a path
inside the kit's data folder or a path of one's own; default the shipped ANT corpus), the category,
subset or pattern the exercise is about, and for exercise 3 the folder of the corpus run (``out``).
The expected value is computed here from the documents with the kit's helpers; nothing about the
corpus is written down. Typical wrong answers (the key word with the largest LL instead of the
largest Log Ratio, an average of per-document rates instead of the pooled rate, the rate of the
whole subset instead of one category, a share in the wrong direction, a percentage for a share ...)
are recognised and answered with a hint.

>>> check_dp_meaning(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: DP says where a word's occurrences are, set against where the corpus's words are: it is about spread, not about how often, and the parts you choose decide what 'spread' means.
"""

from __future__ import annotations

import math
import random
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
from helpers.exercises.choice import multiple_choice
from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered
from helpers.exercises.method import Trial, run_trials
from helpers.exercises.registry import exercise, hints_for
from helpers.statistics.frequency import counts_ar
from helpers.statistics.keyness import keyness_ar
from helpers.statistics.levels import word_sequence_ar
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import is_stopword_ar
from helpers.text.tokenize import word_tokens_ar

__all__ = [
    "hint",
    "DEFAULT_CORPUS",
    "SUBSET_PATTERN",
    "US_PATTERN",
    "EXERCISE_CATEGORY",
    "LL_CRITICAL",
    "DP_MEANING",
    "corpus_location",
    "largest_group",
    "kit_frequency_table",
    "frequency_trials",
    "check_dp_meaning",
    "check_top_log_ratio",
    "check_attribution_rate",
    "check_us_documents_share",
    "check_frequency_table",
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

#: Exercise 2's category by default: one the notebook does not show in detail.
EXERCISE_CATEGORY = "technology"

#: LL above this value: p < 0.0001 for one degree of freedom (the cut-off the notebook uses).
LL_CRITICAL = 15.13

_RATE_TOLERANCE = 0.05
_SHARE_TOLERANCE = 0.0005
_PER_MILLION_TOLERANCE = 0.05


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


def _times(ratio: float) -> str:
    """A ratio as a person says it: two significant figures (3,300 for 3,285.4; 2.5 for 2.47)."""
    if ratio < 10:
        return format_number(ratio, digits=2)
    return f"{int(round(ratio, 1 - int(math.floor(math.log10(ratio))))):,}"


def _close(answer: float, expected: float, tolerance: float) -> bool:
    return matches_rounded(float(answer), expected, tolerance=tolerance)


# --- Exercise 1: what DP over documents says (concept check) -----------------------------------------

#: Exercise 1: the question and its options (show it in the notebook; answer with a letter).
DP_MEANING = multiple_choice(
    "Two content words of the corpus occur about 1,000 times each. With the documents as the parts, "
    "word X has DP 0.60 and word Y has DP 0.95. Which statement follows from these two numbers?",
    [
        ("Y occurs in about 95% of the documents and X in about 60%: Y is the more widespread word.",
         "DP is not a share of documents, and it runs the other way: a DP near 1 means the word keeps to "
         "a few documents, so Y is in fewer documents than X, not more."),
        ("Y is rarer than X: its rate per million words is lower.",
         "Both occur about 1,000 times in the same corpus, so their rates per million are about the same. "
         "DP says where a word's occurrences are, not how many there are."),
        ("For the documents' sizes, Y's occurrences sit in far fewer documents than X's: Y belongs to a few stories.",
         "DP sets each document's share of the word against its share of all the words: 0.95 means Y's "
         "occurrences sit in a small part of the corpus's text; 0.60 means X is spread much more like the words themselves."),
        ("Y is a key word of one category.",
         "DP over documents knows nothing of categories: Y could be bunched in a few documents spread over "
         "several categories. Keyness between categories (section 3), or DP with the categories as the parts, answers that."),
        ("With the categories as the parts, both DPs would stay the same.",
         "The parts decide the value: with nine large categories instead of ten thousand short documents "
         "each part holds far more text, and DP drops. Compare DPs only over the same parts."),
    ],
    answer="C",
)


@exercise(1, "What DP over documents says", hints=(
    "DP says where a word's occurrences are, set against where the corpus's words are: it is about "
    "spread, not about how often, and the parts you choose decide what 'spread' means.",
    "Section 2 gave قال, تونس and الترجي each a count, a number of documents and a DP: set the words "
    "with a high DP beside those with a low one, and read what the explanation after the loop says.",
))
def check_dp_meaning(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the statement that follows from two DPs over documents.

    >>> check_dp_meaning("c").ok, check_dp_meaning("A").message.startswith("A is not it: DP is not a share")
    (True, True)
    """
    return DP_MEANING.check(answer)


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


@exercise(2, "Reliable and strong, in another category", hints=(
    "LL says how sure we can be that a difference is real; Log Ratio says how big it is. "
    "A good key word needs both: first keep the reliable ones, then rank them by size.",
    "Section 3 computed a key-word table for every category (the keys dictionary), not only for the one it "
    "shows in detail: take the exercise's category, keep its rows over the LL cut-off, then look at the log_ratio column.",
))
def check_top_log_ratio(answer: Any, *, category: str = EXERCISE_CATEGORY, corpus: str | Path | None = None,
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
                       hint="Check EXERCISE_CATEGORY in the parameters cell.")
    if _is_number(answer):
        return not_yet("The exercise asks for a word (a str), not a number.",
                       hint="Give the item in the row with the largest log_ratio, not the value itself.")
    if not isinstance(answer, str) or not answer.strip():
        return not_yet(f"The answer should be a word (a str), not {type(answer).__name__}.")
    table = _key_table(location, category, min_count)
    keys = table[table["direction"] == "target"]
    reliable = keys[keys["ll"] >= min_ll]
    if reliable.empty:
        return not_yet(f"No word of {category} reaches LL {format_number(min_ll)}: there is no answer here.",
                       hint="Choose another EXERCISE_CATEGORY in the parameters cell.")
    best = float(reliable["log_ratio"].max())
    winners = set(reliable.loc[reliable["log_ratio"] == best, "item"])
    given = normalize_ar(answer.strip())
    if given in winners:
        row = reliable[reliable["item"] == given].iloc[0]
        return correct(f"{answer.strip()}: Log Ratio {format_number(best)} (about {_times(2 ** best)} times "
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
                       hint=f"Use the rows of the table for {category} only (keys[{category!r}]).")
    return not_yet(f"{answer.strip()} is not among the key words of {category}.")


# --- Exercise 3: a pooled rate in one category of the subset -----------------------------------------


def largest_group(documents: pd.DataFrame, *, by: str = "category") -> str:
    """The group with the most documents (ties: the first by name), from a table with a ``by`` column.

    >>> largest_group(pd.DataFrame({"category": ["b", "a", "b", "a", "c"]}))
    'a'
    """
    counts = documents[by].fillna("(none)").astype(str).value_counts()
    most = counts.max()
    return sorted(counts[counts == most].index)[0]


def _pooled(counts: pd.Series, words: pd.Series) -> float:
    return 1000 * float(counts.sum()) / float(words.sum()) if float(words.sum()) else float("nan")


@exercise(3, "A rate over many documents", hints=(
    "A rate for a group of documents divides everything counted in them by all their words: the long "
    "documents weigh more than the short ones.",
    "The documents table has one row per document, with its category, its words and a count per layer "
    "(n_attribution): keep the rows of the category, then use both columns.",
))
def check_attribution_rate(answer: Any, *, out: str | Path, category: str | None = None) -> Feedback:
    """Check findings of the attribution layer per 1,000 words (pooled) in one category of a corpus run.

    The layer's findings are reported speech (a verb of saying with its source) and evidential
    frames; ``n_attribution`` in the documents table counts both.

    Args:
        answer: the rate.
        out: the output folder of the corpus run the notebook queries.
        category: the category; ``None`` means the run's largest (:func:`largest_group`).
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    try:
        documents = read_corpus_tables(out, tables=["documents"])["documents"]
    except CorpusInputError as err:
        return not_yet(f"Cannot read the corpus run: {err}", hint="Pass out=OUT, the folder the notebook's run wrote.")
    if documents["n_attribution"].isna().all():
        return not_yet("This run has no attribution layer, so there is nothing to count.",
                       hint="Run the corpus with the attribution layer (it is in the notebook's LAYERS).")
    documents = documents.assign(category=documents["category"].fillna("(none)").astype(str),
                                 n_attribution=documents["n_attribution"].fillna(0).astype(float),
                                 words=documents["words"].astype(float))
    group = largest_group(documents) if category is None else category
    inside = documents[documents["category"] == group]
    if inside.empty:
        return not_yet(f"The run has no document of category {group!r}.")
    if not _is_number(answer):
        return not_yet(f"The answer should be a number (attributions per 1,000 words), not {type(answer).__name__}.")
    value = float(answer)
    counts, words = inside["n_attribution"], inside["words"]
    pooled = _pooled(counts, words)
    if _close(value, pooled, _RATE_TOLERANCE):
        return correct(f"{format_number(pooled)} findings of the attribution layer per 1,000 words in the {len(inside)} "
                       f"documents of {group} ({int(counts.sum())} in {int(words.sum()):,} words).")
    everything = _pooled(documents["n_attribution"], documents["words"])
    if _close(value, everything, _RATE_TOLERANCE) and not _close(everything, pooled, _RATE_TOLERANCE):
        return not_yet(f"{format_number(value)} is the rate over all {len(documents)} documents of the run; "
                       f"the exercise asks for the {len(inside)} documents of {group} only.",
                       hint="Keep the rows of the documents table whose category is the largest one, then pool.")
    used = words > 0
    mean = float((1000 * counts[used] / words[used]).mean())
    if _close(value, mean, _RATE_TOLERANCE):
        return not_yet(f"{format_number(value)} is the mean of the documents' own rates: every document weighs the same.",
                       hint="Divide the sum of the attributions by the sum of the words, then scale to 1,000.")
    for other, rows in documents.groupby("category"):
        if other != group and _close(value, _pooled(rows["n_attribution"], rows["words"]), _RATE_TOLERANCE):
            return not_yet(f"{format_number(value)} is the pooled rate of {other}; the largest category of the run is {group}.",
                           hint="The largest category is the one with the most documents.")
    if _close(value, pooled / 1000, _RATE_TOLERANCE / 1000):
        return not_yet(f"{format_number(value)} is the rate per word.", hint="Scale it to 1,000 words.")
    if math.isclose(value, counts.sum()):
        return not_yet(f"{format_number(value)} is the number of attributions, not a rate.",
                       hint="Divide by the number of words and scale to 1,000.")
    return not_yet(f"{format_number(value)} is not the number of attributions per 1,000 words in {group}.")


# --- Exercise 4: the share turned around ---------------------------------------------------------------


@exercise(4, "Iraq seen from the United States", hints=(
    "A share is a part divided by its whole, and turning a question around changes the whole: "
    "here the whole is every document of the corpus that mentions the United States.",
    "Mark every document of the corpus (the docs table) with whether US_PATTERN is found in its text; "
    "among those, count the ones that SUBSET_PATTERN also matches.",
))
def check_us_documents_share(answer: Any, *, corpus: str | Path | None = None, subset: str = SUBSET_PATTERN,
                             pattern: str = US_PATTERN) -> Feedback:
    """Check the share (0 to 1) of the corpus's documents matching ``pattern`` that also match ``subset``.

    Args:
        answer: the share, a number from 0 to 1.
        corpus: the corpus the notebook reads (see :func:`corpus_location`).
        subset: a regular expression: a document whose text matches it is in the subset.
        pattern: a regular expression for a mention of the United States.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    documents = _documents(_located(corpus))
    in_subset = documents["text"].str.contains(subset, regex=True)
    found = re.compile(pattern)
    mentions = documents["text"].map(lambda t: found.search(t) is not None)
    if not in_subset.any():
        return not_yet(f"No document matches {subset}: the subset is empty.", hint="Check SUBSET_PATTERN in the parameters cell.")
    if not mentions.any():
        return not_yet("No document of this corpus matches US_PATTERN: there is no share to take.",
                       hint="Check US_PATTERN in the parameters cell.")
    if not _is_number(answer):
        return not_yet(f"The answer should be a number from 0 to 1, not {type(answer).__name__}.")
    value = float(answer)
    both, us_documents, subset_documents = int((in_subset & mentions).sum()), int(mentions.sum()), int(in_subset.sum())
    share = both / us_documents
    if _close(value, share, _SHARE_TOLERANCE):
        return correct(f"{both} of the {us_documents:,} documents that mention the United States are in the subset, "
                       f"a share of {format_number(share)}; the other way round, {both} of the subset's "
                       f"{subset_documents} documents mention the United States ({format_number(both / subset_documents)}).")
    if _close(value, both / subset_documents, _SHARE_TOLERANCE):
        return not_yet(f"{format_number(value)} is the share of the subset's documents that mention the United States: "
                       "the question the notebook answered, not the one turned around.",
                       hint="Divide by the documents that mention the United States, not by the subset.")
    if _close(value, 100 * share, 100 * _SHARE_TOLERANCE) and value > 1:
        return not_yet(f"{format_number(value)} looks like a percentage.", hint="Give the share as a fraction from 0 to 1.")
    if math.isclose(value, both) or math.isclose(value, us_documents):
        return not_yet(f"{format_number(value)} is a number of documents, not a share.",
                       hint="Divide the documents that are in both by the documents that mention the United States.")
    if _close(value, both / len(documents), _SHARE_TOLERANCE / 10):
        return not_yet(f"{format_number(value)} divides by every document of the corpus.",
                       hint="The whole is the documents that mention the United States.")
    if _close(value, us_documents / len(documents), _SHARE_TOLERANCE):
        return not_yet(f"{format_number(value)} is the share of the whole corpus that mentions the United States.",
                       hint="Among those documents, how many are in the subset?")
    if _close(value, 1 - share, _SHARE_TOLERANCE):
        return not_yet(f"{format_number(value)} is the share of those documents that are *not* in the subset.")
    return not_yet(f"{format_number(value)} is not the share of the United States documents that are in the subset.")


# --- Exercise 5: a frequency table from documents (method) --------------------------------------------

_TABLE_COLUMNS = ("per_million", "documents")


def kit_frequency_table(documents: pd.DataFrame) -> pd.DataFrame:
    """The kit's frequency table of a DataFrame of documents (a ``text`` column), as exercise 5 asks for it.

    Items are normalized Arabic word tokens without function words
    (:func:`helpers.statistics.frequency.counts_ar` with ``stopwords=False``, per document); the
    total is every word token of all the documents, so ``per_million`` is pooled. ``documents``
    counts the documents that contain the item. A document without an Arabic word adds nothing.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["قال الوزير في تونس", "الوزير والوزيرة", "2017"]})
    >>> kit_frequency_table(docs).round(1).reset_index().values.tolist()
    [['الوزير', 2, 333333.3, 2], ['تونس', 1, 166666.7, 1], ['والوزيره', 1, 166666.7, 1]]
    """
    counts: Counter[str] = Counter()
    in_documents: Counter[str] = Counter()
    total = 0
    for text in documents["text"]:
        try:
            sequence = word_sequence_ar(text)
        except TextInputError:          # no Arabic word: nothing to count
            continue
        total += len(sequence)
        found = counts_ar(sequence, level="normalized", stopwords=False)
        counts.update(found)
        in_documents.update(found.keys())
    rows = sorted(counts.items(), key=lambda r: (-r[1], r[0]))
    table = pd.DataFrame(rows, columns=["item", "count"]).set_index("item")
    table["count"] = table["count"].astype("int64")
    table["per_million"] = table["count"] * 1e6 / total if total else 0.0
    table["documents"] = [in_documents[item] for item in table.index]
    return table


def _news_documents() -> pd.DataFrame:
    rows = [(path.name[:6], read_text_ar(path)) for path in sorted(data_path("news").glob("dev_*.txt"))]
    rows.append(("no_arabic", "Jawhara FM, 2017 - 10:00 (photo: AFP)\n"))
    return pd.DataFrame(rows, columns=["doc_id", "text"])


def frequency_trials(*, corpus: str | Path | None = None, subset: str = SUBSET_PATTERN, sample: int = 30) -> list[Trial]:
    """The tables of documents exercise 5 runs the student's function on: one the notebook showed, two it did not.

    1. the first five documents of the subset (section 4 shows them);
    2. ``sample`` documents drawn at random (a fixed seed) from the rest of the corpus;
    3. the ten dev news reports of ``data/news/``, with a document that has no Arabic word.

    Each is a DataFrame with the columns ``doc_id``, ``category`` (where the corpus has one) and ``text``.
    """
    documents = _documents(_located(corpus))
    inside = documents["text"].str.contains(subset, regex=True)
    rest = documents[~inside].reset_index(drop=True)
    picked = sorted(random.Random(8).sample(range(len(rest)), min(sample, len(rest))))
    return [
        Trial("the first five documents of the subset (section 4)", documents[inside].head(5).reset_index(drop=True)),
        Trial(f"{len(picked)} documents drawn at random from the rest of the corpus", rest.iloc[picked].reset_index(drop=True),
              seen=False),
        Trial("the ten dev news reports of data/news/ and a document with no Arabic word", _news_documents(), seen=False),
    ]


def _as_table(result: Any) -> pd.DataFrame | None:
    """The student's table indexed by item, or ``None`` if it is not a table with the two columns."""
    if not isinstance(result, pd.DataFrame):
        return None
    table = result.set_index("item") if "item" in result.columns else result
    if not set(_TABLE_COLUMNS) <= set(table.columns) or table.index.has_duplicates:
        return None
    return table


def _same_table(got: Any, want: pd.DataFrame) -> bool:
    table = _as_table(got)
    if table is None or set(table.index) != set(want.index):
        return False
    table = table.loc[want.index]
    try:
        rates = pd.to_numeric(table["per_million"]).astype(float)
        documents = pd.to_numeric(table["documents"]).astype(float)
    except (TypeError, ValueError):
        return False
    return bool(((rates - want["per_million"]).abs() <= _PER_MILLION_TOLERANCE + 1e-6).all()
                and (documents == want["documents"]).all())


def _show_table(value: Any) -> str:
    if isinstance(value, pd.DataFrame):
        return f"a table of {len(value):,} rows"
    from helpers.exercises.method import preview

    return preview(value, width=60)


def _explain_table(got: Any, want: pd.DataFrame, documents: pd.DataFrame) -> tuple[str, str] | None:
    if isinstance(got, pd.Series) or isinstance(got, dict):
        return ("It is not a table with two columns.",
                "Return a DataFrame with one row per item and the columns per_million and documents.")
    if not isinstance(got, pd.DataFrame):
        return None
    missing = [c for c in _TABLE_COLUMNS if c not in got.columns]
    if missing:
        return (f"Your table has no column {' or '.join(missing)} (it has {', '.join(map(str, got.columns)) or 'none'}).",
                "Name the columns per_million and documents; the items are the index (or a column item).")
    table = _as_table(got)
    if table is None:
        return "Some items have more than one row.", "One row per item: group by the item."
    extra, lacking = set(table.index) - set(want.index), set(want.index) - set(table.index)
    if extra or lacking:
        if extra and all(is_stopword_ar(str(x)) for x in extra):
            return (f"It keeps {len(extra)} function words ({', '.join(sorted(map(str, extra))[:3])} …).",
                    "Leave function words out of the list (judged on the token as written), but keep them in the total.")
        if extra and any(normalize_ar(str(x)) != x for x in extra):
            return (f"Some of its items are not normalized ({', '.join(sorted(str(x) for x in extra if normalize_ar(str(x)) != x)[:3])}).",
                    "Count each token under its normalized form, as section 2 does.")
        shown = sorted(map(str, extra or lacking))[:3]
        return (f"It has {len(extra)} items the kit's table lacks and lacks {len(lacking)} of the kit's ({', '.join(shown)} …).", "")
    table = table.loc[want.index]
    rates = pd.to_numeric(table["per_million"], errors="coerce").astype(float)
    documents_given = pd.to_numeric(table["documents"], errors="coerce").astype(float)
    if not (documents_given == want["documents"]).all():
        if (documents_given == want["count"]).all():
            return ("Its documents column counts occurrences, not documents.",
                    "A document counts once for an item, however often the item occurs in it.")
        item = next(i for i in want.index if documents_given[i] != want.loc[i, "documents"])
        return (f"For {item} it has {format_number(documents_given[item])} documents; the kit counts {want.loc[item, 'documents']}.", "")
    item = next((i for i in want.index if not abs(rates[i] - want.loc[i, "per_million"]) <= _PER_MILLION_TOLERANCE + 1e-6),
                want.index[0])
    ratio = rates[item] / want.loc[item, "per_million"]
    if math.isclose(ratio, 1 / 1000, rel_tol=1e-3):
        return f"For {item} it gives {format_number(rates[item])}: a rate per 1,000 words.", "Scale to a million words."
    content_only = want["count"] * 1e6 / want["count"].sum()
    if ratio > 1 and ((rates - content_only).abs() <= _PER_MILLION_TOLERANCE + 1e-6).all():
        return (f"For {item} it gives {format_number(rates[item])}, the kit {format_number(want.loc[item, 'per_million'])}: "
                "the total is too small.",
                "The total is every word token of the documents, function words included: leaving words out of the "
                "list must not change the rates.")
    return (f"For {item} it gives per_million {format_number(rates[item])}; the kit {format_number(want.loc[item, 'per_million'])}.",
            "A corpus rate is pooled: all the occurrences over all the word tokens of all the documents, not a mean of the documents' rates.")


@exercise(5, "A frequency table of any documents", hints=(
    "A corpus rate pools: all the occurrences of an item over all the word tokens of all the documents, "
    "times a million. A document frequency counts documents, each one once, however often the item occurs in it.",
    "Section 2 went from the documents to one row per word token and then to the frequency table; do the same "
    "inside your function, starting from its argument. The list leaves function words out; the total keeps them.",
))
def check_frequency_table(answer: Any, *, corpus: str | Path | None = None, subset: str = SUBSET_PATTERN) -> Feedback:
    """Check ``answer``, a function ``f(documents) -> DataFrame`` (per million words and document frequency).

    The function is run on three tables of documents (:func:`frequency_trials`), and each result is
    compared with :func:`kit_frequency_table`: the same items (the index, or a column ``item``),
    ``per_million`` within 0.05, ``documents`` equal. Other columns are allowed.

    Args:
        answer: the student's function; ``...`` (or a function whose body is still ``...``) if not answered yet.
        corpus: the corpus the notebook reads (see :func:`corpus_location`).
        subset: the notebook's SUBSET_PATTERN (the first table is the start of that subset).
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    return run_trials(answer, trials=frequency_trials(corpus=corpus, subset=subset), expected=kit_frequency_table,
                      what="frequency table", same=_same_table, explain=_explain_table, show=_show_table,
                      unit="set of documents")
