"""Tests for helpers.exercises.nb08: right, wrong and unanswered answers for every check.

The tables use the shipped ANT corpus (the checks' default) for exercises 1, 2, 4 and 5; their
answers are derived here from the documents with the kit's tokenizer and statistics, or with a
plain regular expression, so a change in a helper shows up as one clear failure.
``test_teaching_figures`` writes the figures the notebook teaches out as an independent record.
A small corpus written for these tests (TREC files in an archive, and a corpus run over it for
exercise 3) shows that nothing about the ANT corpus is hard-coded, and that the kit's frequency
table of exercise 5 agrees with ``corpus_frequency_ar`` over a real corpus run. The answers must
not be on screen in the notebook before (or outside) their solution cells.
"""

from __future__ import annotations

import json
import re
import tarfile
from collections import Counter
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest
from staged_hints import STAGED, hint_matches

from helpers.corpus import CorpusInputError, corpus_frequency_ar, read_corpus_tables, read_documents, run_corpus
from helpers.data import data_path
from helpers.exercises import nb08
from helpers.statistics.frequency import gries_dp
from helpers.statistics.keyness import keyness_ar
from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import is_stopword_ar
from helpers.text.tokenize import word_tokens_ar

ROOT = Path(__file__).resolve().parents[3]
NOTEBOOK = ROOT / "notebooks" / "08_corpus.ipynb"

WORDS = nb08._words(nb08.corpus_location().as_posix())      # one row per word token of the ANT corpus
SIZES = WORDS.groupby("doc_id").size()
CATEGORY_SIZES = WORDS.groupby("category").size()


def _counts(item: str, by: str) -> list[int]:
    sizes = SIZES if by == "doc_id" else CATEGORY_SIZES
    return WORDS[WORDS["item"] == item].groupby(by).size().reindex(sizes.index, fill_value=0).tolist()


# --- exercise 2: key words of the exercise's category, computed here ---------------------------------

CATEGORY = nb08.EXERCISE_CATEGORY
CONTENT = WORDS[~WORDS["stop"] & (WORDS["item"] != "")]
INSIDE = CONTENT["category"] == CATEGORY
KEYS = keyness_ar(Counter(CONTENT.loc[INSIDE, "item"].tolist()), Counter(CONTENT.loc[~INSIDE, "item"].tolist()),
                  target_size=int(CATEGORY_SIZES[CATEGORY]),
                  reference_size=int(CATEGORY_SIZES.sum() - CATEGORY_SIZES[CATEGORY]),
                  min_count=5, reference_only=False)
KEYS = KEYS[KEYS["direction"] == "target"]
RELIABLE = KEYS[KEYS["ll"] >= nb08.LL_CRITICAL].sort_values(["log_ratio", "ll"], ascending=False)
STRONGEST, RUNNER_UP = RELIABLE.iloc[0]["item"], RELIABLE.iloc[1]["item"]
TOP_LL = KEYS.iloc[0]["item"]
UNRELIABLE = KEYS[KEYS["ll"] < nb08.LL_CRITICAL].sort_values("log_ratio", ascending=False).iloc[0]["item"]

# --- exercise 4: the US documents and the subset, by plain regular expressions ---------------------

TEXTS = {d.doc_id: d.text for d in read_documents([data_path(nb08.DEFAULT_CORPUS)]) if d.error is None}
IN_SUBSET = {i for i, t in TEXTS.items() if re.search(nb08.SUBSET_PATTERN, t)}
US = {i for i, t in TEXTS.items() if re.search(nb08.US_PATTERN, t)}
BOTH = IN_SUBSET & US
SHARE = len(BOTH) / len(US)


def test_teaching_figures():
    assert len(TEXTS) == 10_158 and len(SIZES) == 10_158
    assert (STRONGEST, TOP_LL) == ("نوكيا", "الهاتف")
    assert int(RELIABLE.iloc[0]["count_ref"]) == 0
    assert (len(IN_SUBSET), len(US), len(BOTH)) == (127, 611, 23)
    assert sum("العراق" in t for t in TEXTS.values()) == 136        # the naive filter takes العراقيل in too


# --- exercise 1: what DP over documents says (concept check) ---------------------------------------


def test_dp_meaning_key_holds_on_the_corpus():
    # C: of two words with similar counts, the one with the larger DP is in fewer documents.
    general, bunched = normalize_ar("حسب"), normalize_ar("النادي")
    counts = {w: _counts(w, "doc_id") for w in (general, bunched)}
    dp = {w: gries_dp(SIZES.tolist(), c)[0] for w, c in counts.items()}
    documents = {w: sum(n > 0 for n in c) for w, c in counts.items()}
    assert 0.5 < sum(counts[bunched]) / sum(counts[general]) < 2
    assert dp[bunched] > dp[general] and documents[bunched] < documents[general]
    # A: DP is not the share of documents (a word in a tenth of the documents has DP far above 0.1).
    assert documents[general] / len(SIZES) < 0.2 < dp[general]
    # E: with the categories as the parts, DP changes (drops).
    over_categories = {w: gries_dp(CATEGORY_SIZES.tolist(), _counts(w, "category"))[0] for w in counts}
    assert all(over_categories[w] < dp[w] for w in counts) and over_categories[general] < dp[general] - 0.3
    assert nb08.DP_MEANING.answer == "C"


@pytest.mark.parametrize(("answer", "ok", "says"), [
    pytest.param("C", True, "small part of the corpus's text", id="right"),
    pytest.param("(c)", True, "spread much more", id="right-bracketed"),
    pytest.param("A", False, "not a share of documents", id="share-of-documents"),
    pytest.param("B", False, "not how many", id="rarer"),
    pytest.param("D", False, "knows nothing of categories", id="key-word"),
    pytest.param("E", False, "The parts decide the value", id="same-over-categories"),
    pytest.param(3, False, "not a number", id="index"),
    pytest.param("A or C", False, "Choose one option", id="two-letters"),
])
def test_dp_meaning(answer, ok, says):
    feedback = nb08.check_dp_meaning(answer)
    assert feedback.ok is ok and says in feedback.message, str(feedback)
    if not ok:
        assert hint_matches(feedback, STAGED), str(feedback)


# --- exercises 2 and 4 on the ANT corpus -------------------------------------------------------------


@pytest.mark.parametrize(("check", "answer", "options"), [
    pytest.param(nb08.check_top_log_ratio, STRONGEST, {}, id="log-ratio"),
    pytest.param(nb08.check_top_log_ratio, f" {STRONGEST} ", {}, id="log-ratio-spaces"),
    pytest.param(nb08.check_us_documents_share, SHARE, {}, id="share"),
    pytest.param(nb08.check_us_documents_share, round(SHARE, 4), {}, id="share-rounded"),
])
def test_right(check, answer, options):
    feedback = check(answer, **options)
    assert feedback.ok, str(feedback)
    assert str(feedback).startswith("✓")


def test_right_messages_round_as_a_person_would():
    message = nb08.check_top_log_ratio(STRONGEST).message
    assert "3,300 times" in message and "LL 170," in message
    assert "a share of 0.0376" in nb08.check_us_documents_share(SHARE).message


@pytest.mark.parametrize(("check", "answer", "options", "part"), [
    pytest.param(nb08.check_top_log_ratio, TOP_LL, {}, "not by ll", id="log-ratio-largest-ll"),
    pytest.param(nb08.check_top_log_ratio, UNRELIABLE, {}, "cut-off", id="log-ratio-below-cut-off"),
    pytest.param(nb08.check_top_log_ratio, RUNNER_UP, {}, "largest among the reliable", id="log-ratio-runner-up"),
    pytest.param(nb08.check_top_log_ratio, "النادي", {}, "key word of sport", id="log-ratio-other-category"),
    pytest.param(nb08.check_top_log_ratio, "ترودو", {}, "key word of internationalNews", id="log-ratio-shown-category"),
    pytest.param(nb08.check_top_log_ratio, "كلمةغيرموجودة", {}, STAGED, id="log-ratio-unknown-word"),
    pytest.param(nb08.check_top_log_ratio, 11.68, {}, "not the value itself", id="log-ratio-number"),
    pytest.param(nb08.check_top_log_ratio, STRONGEST, {"category": "news"}, "EXERCISE_CATEGORY", id="log-ratio-no-category"),
    pytest.param(nb08.check_us_documents_share, len(BOTH) / len(IN_SUBSET), {}, "not the one turned around", id="share-forward"),
    pytest.param(nb08.check_us_documents_share, 100 * SHARE, {}, "percentage", id="share-percent"),
    pytest.param(nb08.check_us_documents_share, len(BOTH), {}, "number of documents", id="share-count"),
    pytest.param(nb08.check_us_documents_share, len(US), {}, "number of documents", id="share-us-count"),
    pytest.param(nb08.check_us_documents_share, len(BOTH) / len(TEXTS), {}, "every document of the corpus", id="share-whole-corpus"),
    pytest.param(nb08.check_us_documents_share, len(US) / len(TEXTS), {}, "whole corpus that mentions", id="share-us-in-corpus"),
    pytest.param(nb08.check_us_documents_share, 1 - SHARE, {}, "*not*", id="share-complement"),
    pytest.param(nb08.check_us_documents_share, round(SHARE, 2), {}, STAGED, id="share-rounded-too-far"),
    pytest.param(nb08.check_us_documents_share, 0.5, {}, STAGED, id="share-other"),
    pytest.param(nb08.check_us_documents_share, [SHARE], {}, "number from 0 to 1", id="share-list"),
    pytest.param(nb08.check_us_documents_share, SHARE, {"subset": "كلمةغيرموجودة"}, "SUBSET_PATTERN", id="share-empty-subset"),
    pytest.param(nb08.check_us_documents_share, SHARE, {"pattern": "كلمةغيرموجودة"}, "US_PATTERN", id="share-no-us"),
])
def test_wrong(check, answer, options, part):
    feedback = check(answer, **options)
    assert not feedback.ok
    assert feedback.message and feedback.hint
    assert hint_matches(feedback, part) if part == STAGED else part in f"{feedback.message} {feedback.hint}", str(feedback)
    assert "Hint" in str(feedback)


# --- exercise 5: a frequency table of any documents (method) ----------------------------------------


def _token_rows(documents: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"]):
        try:
            rows += [(doc_id, t.text) for t in word_tokens_ar(text)]
        except ValueError:
            continue
    tokens = pd.DataFrame(rows, columns=["doc_id", "token"])
    tokens["item"] = tokens["token"].map(normalize_ar)
    tokens["stop"] = tokens["token"].map(is_stopword_ar).astype(bool)
    return tokens


def by_tokens(documents):
    tokens = _token_rows(documents)
    kept = tokens[~tokens["stop"] & (tokens["item"] != "")]
    table = kept.groupby("item").agg(count=("doc_id", "size"), documents=("doc_id", "nunique"))
    table["per_million"] = table["count"] * 1e6 / len(tokens)
    return table


def rounded_with_item_column(documents):
    table = by_tokens(documents).reset_index()
    table["per_million"] = table["per_million"].round(1)
    return table[["item", "documents", "per_million"]]


def with_counters(documents):
    counts, where, total = Counter(), Counter(), 0
    for text in documents["text"]:
        try:
            tokens = [t.text for t in word_tokens_ar(text)]
        except ValueError:
            continue
        total += len(tokens)
        items = [normalize_ar(t) for t in tokens if not is_stopword_ar(t) and normalize_ar(t)]
        counts.update(items)
        where.update(set(items))
    return pd.DataFrame({"per_million": {i: n * 1e6 / total for i, n in counts.items()},
                         "documents": {i: where[i] for i in counts}})


def no_guard(documents):
    rows = [(d, t.text) for d, text in zip(documents["doc_id"], documents["text"]) for t in word_tokens_ar(text)]
    tokens = pd.DataFrame(rows, columns=["doc_id", "token"])
    tokens["item"] = tokens["token"].map(normalize_ar)
    kept = tokens[~tokens["token"].map(is_stopword_ar).astype(bool)]
    table = kept.groupby("item").agg(documents=("doc_id", "nunique"), count=("doc_id", "size"))
    table["per_million"] = table["count"] * 1e6 / len(tokens)
    return table


def per_thousand(documents):
    table = by_tokens(documents)
    table["per_million"] = table["count"] * 1e3 / len(_token_rows(documents))
    return table


def content_total(documents):
    table = by_tokens(documents)
    table["per_million"] = table["count"] * 1e6 / table["count"].sum()
    return table


def occurrences_as_documents(documents):
    table = by_tokens(documents)
    table["documents"] = table["count"]
    return table


def function_words_kept(documents):
    tokens = _token_rows(documents)
    table = tokens.groupby("item").agg(count=("doc_id", "size"), documents=("doc_id", "nunique"))
    table["per_million"] = table["count"] * 1e6 / len(tokens)
    return table


def surface_forms(documents):
    tokens = _token_rows(documents)
    kept = tokens[~tokens["stop"]]
    table = kept.groupby("token").agg(count=("doc_id", "size"), documents=("doc_id", "nunique"))
    table["per_million"] = table["count"] * 1e6 / len(tokens)
    return table


def mean_of_rates(documents):
    tokens = _token_rows(documents)
    sizes = tokens.groupby("doc_id").size()
    kept = tokens[~tokens["stop"] & (tokens["item"] != "")]
    per_doc = kept.groupby(["item", "doc_id"]).size().rename("c").reset_index()
    per_doc["rate"] = per_doc["c"] * 1e6 / per_doc["doc_id"].map(sizes)
    rates = per_doc.groupby("item")["rate"].sum() / len(sizes)
    return pd.DataFrame({"per_million": rates, "documents": per_doc.groupby("item").size()})


def a_series(documents):
    return by_tokens(documents)["per_million"]


FIXED = nb08.frequency_trials()[0].text


def the_notebooks_documents(documents):
    return by_tokens(FIXED)


def no_return(documents):
    by_tokens(documents)


def stub(documents):
    ...  # replace ... with your code


TABLE_RIGHT = [by_tokens, rounded_with_item_column, with_counters]

TABLE_WRONG: list[tuple[Any, str, str]] = [
    # (function, what the message says, the hint)
    (no_guard, "on the ten dev news reports of data/news/ and a document with no Arabic word your function raised TextInputError", STAGED),
    (per_thousand, "a rate per 1,000 words", "Scale to a million"),
    (content_total, "the total is too small", "function words included"),
    (occurrences_as_documents, "counts occurrences, not documents", "counts once"),
    (function_words_kept, "It keeps", "Leave function words out"),
    (surface_forms, "are not normalized", "normalized form"),
    (mean_of_rates, "it gives per_million", "not a mean of the documents' rates"),
    (a_series, "not a table with two columns", "Return a DataFrame"),
    (the_notebooks_documents, "the same as for the first five documents of the subset", "its parameter"),
    (no_return, "your function returned None", "return"),
    (stub, "No answer yet", STAGED),
    (FIXED, "needs your function itself", "without brackets"),
]


@pytest.mark.parametrize("function", TABLE_RIGHT, ids=lambda f: f.__name__)
def test_frequency_table_right(function):
    feedback = nb08.check_frequency_table(function)
    assert feedback.ok and "on all 3 sets of documents" in feedback.message, str(feedback)


@pytest.mark.parametrize(("function", "says", "hint"), TABLE_WRONG,
                         ids=[getattr(f, "__name__", "a-table") for f, _, _ in TABLE_WRONG])
def test_frequency_table_wrong(function, says, hint):
    feedback = nb08.check_frequency_table(function)
    assert not feedback.ok and says in feedback.message, str(feedback)
    assert hint_matches(feedback, hint), str(feedback)


def test_frequency_trials():
    trials = nb08.frequency_trials()
    assert [t.seen for t in trials] == [True, False, False]
    first, sample, news = (t.text for t in trials)
    assert len(first) == 5 and first["text"].str.contains(nb08.SUBSET_PATTERN).all()
    assert len(sample) == 30 and not sample["text"].str.contains(nb08.SUBSET_PATTERN).any()
    assert sample["doc_id"].is_unique and set(sample["doc_id"]) <= set(TEXTS)
    assert list(news["doc_id"]) == [f"dev_{i:02d}" for i in range(1, 11)] + ["no_arabic"]
    assert not re.search(r"[\u0600-\u06FF]", news["text"].iloc[-1])
    # The same documents on every call: the check is deterministic.
    assert nb08.frequency_trials()[1].text["doc_id"].tolist() == sample["doc_id"].tolist()


def test_kit_frequency_table_is_the_notebooks_counting():
    for trial in nb08.frequency_trials():
        want = nb08.kit_frequency_table(trial.text)
        mine = by_tokens(trial.text).loc[want.index]
        assert (mine["documents"] == want["documents"]).all() and (mine["count"] == want["count"]).all()
        assert ((mine["per_million"] - want["per_million"]).abs() < 1e-6).all()


# --- a small corpus written for these tests ---------------------------------------------------------

SMALL = {
    # (category, text): short news-like texts, not real articles
    "T-1": ("world", "قال وزير الخارجية إن الحوار مع العراق مستمر، وأكد أن واشنطن تدعم الاتفاق.\n"),
    "T-2": ("world", "زار الرئيس العراق أمس، وقال مسؤول إن الزيارة ناجحة.\n"),
    "T-3": ("sport", "فاز النادي على منافسه، وقال المدرب إن الفريق لعب جيدا.\n"),
    "T-4": ("sport", "تعادل النادي مع ضيفه في المباراة الأولى من الموسم، وغاب الجمهور عن الملعب.\n"),
    "T-5": ("world", "أعلنت الحكومة موعد الانتخابات، وتحدثت عن العراقيل التي تواجه الإصلاح.\n"),
    "T-6": ("world", "قال رئيس النادي في واشنطن إن الفريق الأمريكي سيزور تونس.\n"),
}


def _trec(doc_id: str, category: str, body: str) -> str:
    return (f"<DOC>\n<DOCNO>{doc_id}</DOCNO>\n<CAT>{category}</CAT>\n<TITLE>خبر</TITLE>\n"
            f"<TIME>2021-04-07T10:00:00+01:00</TIME>\n<TEXT>\n{body}</TEXT>\n</DOC>\n")


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("small")
    for doc_id, (category, body) in SMALL.items():
        (folder / f"{doc_id}.txt").write_text(_trec(doc_id, category, body), encoding="utf-8")
    archive = folder / "small.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for doc_id in SMALL:
            tar.add(folder / f"{doc_id}.txt", arcname=f"small/{doc_id}.txt")
    return archive


@pytest.fixture(scope="module")
def small_run(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    run_corpus([small_corpus], out, layers=["morphology", "attribution"], workers=1, quiet=True)
    return out


def test_checks_use_the_given_corpus(small_corpus):
    """Nothing is hard-coded: on another corpus the expected values follow that corpus."""
    # النادي is sport's only word at least twice there and absent elsewhere.
    assert nb08.check_top_log_ratio("النادي", category="sport", corpus=small_corpus, min_ll=1, min_count=2).ok
    assert not nb08.check_top_log_ratio("النادي", category="sport", corpus=small_corpus, min_ll=100, min_count=2).ok
    # Washington: T-1 and T-6; Iraq (العراقيل is not Iraq): T-1 and T-2. One of the two US documents is in the subset.
    assert nb08.check_us_documents_share(0.5, corpus=small_corpus).ok
    assert not nb08.check_us_documents_share(SHARE, corpus=small_corpus).ok
    assert "every document" in nb08.check_us_documents_share(1 / 6, corpus=small_corpus).message
    # Tunisia instead of Iraq: T-6 only, and it mentions Washington.
    assert nb08.check_us_documents_share(0.5, corpus=small_corpus, subset="تونس").ok
    trials = nb08.frequency_trials(corpus=small_corpus, sample=3)
    assert len(trials[0].text) == 2 and len(trials[1].text) == 3
    assert nb08.check_frequency_table(by_tokens, corpus=small_corpus).ok


def test_kit_frequency_table_agrees_with_the_corpus_run(small_corpus, small_run):
    """The kit's frequency table of exercise 5 is the table corpus_frequency_ar computes over a corpus run."""
    texts = pd.DataFrame([(d.doc_id, d.text) for d in read_documents([small_corpus])], columns=["doc_id", "text"])
    documents = read_corpus_tables(small_run, tables=["documents"])["documents"]
    assert set(documents["doc_id"]) == set(texts["doc_id"]) == set(SMALL)
    mine = nb08.kit_frequency_table(texts)
    run = corpus_frequency_ar(small_run, level="normalized", stopwords=False).set_index("item")
    assert set(mine.index) == set(run.index)
    run = run.loc[mine.index]
    assert (run["documents"] == mine["documents"]).all() and (run["count"] == mine["count"]).all()
    assert ((run["per_million"] - mine["per_million"]).abs() < 1e-6).all()


def test_attribution_rate(small_run):
    documents = read_corpus_tables(small_run, tables=["documents"])["documents"]
    assert nb08.largest_group(documents) == "world"
    world = documents[documents["category"] == "world"]
    counts, words = world["n_attribution"].astype(float), world["words"].astype(float)
    pooled = 1000 * counts.sum() / words.sum()
    mean = float((1000 * counts / words).mean())
    everything = 1000 * documents["n_attribution"].sum() / documents["words"].sum()
    sport = documents[documents["category"] == "sport"]
    sport_rate = 1000 * sport["n_attribution"].sum() / sport["words"].sum()
    assert counts.sum() > 0 and len({round(x, 1) for x in (pooled, mean, everything, sport_rate)}) == 4
    assert nb08.check_attribution_rate(pooled, out=small_run).ok
    assert nb08.check_attribution_rate(round(pooled, 1), out=small_run).ok
    assert nb08.check_attribution_rate(sport_rate, out=small_run, category="sport").ok
    for answer, part in [(mean, "mean of the documents' own rates"), (everything, "all 6 documents of the run"),
                         (sport_rate, "pooled rate of sport"), (pooled / 1000, "per word"),
                         (float(counts.sum()), "number of attributions"), (pooled + 5, STAGED),
                         ("many", "a number")]:
        feedback = nb08.check_attribution_rate(answer, out=small_run)
        assert not feedback.ok and feedback.hint
        assert hint_matches(feedback, part) if part == STAGED else part in f"{feedback.message} {feedback.hint}", str(feedback)
    assert "no document of category" in nb08.check_attribution_rate(1.0, out=small_run, category="culture").message


def test_attribution_rate_needs_a_run(tmp_path, small_corpus):
    feedback = nb08.check_attribution_rate(12.0, out=tmp_path)
    assert not feedback.ok and "out=OUT" in feedback.hint
    out = tmp_path / "no-attribution"
    run_corpus([small_corpus], out, layers=["morphology"], workers=1, quiet=True)
    feedback = nb08.check_attribution_rate(12.0, out=out)
    assert not feedback.ok and "attribution layer" in feedback.message


def test_corpus_location(tmp_path):
    assert nb08.corpus_location() == data_path(nb08.DEFAULT_CORPUS)
    assert nb08.corpus_location(nb08.DEFAULT_CORPUS) == data_path(nb08.DEFAULT_CORPUS)
    with pytest.raises(FileNotFoundError, match="no such data file"):
        nb08.corpus_location("corpora/missing.tar.xz")
    with pytest.raises(CorpusInputError, match="corpus not found"):
        nb08.corpus_location(tmp_path / "missing.tar.xz")


# --- no answer on screen -----------------------------------------------------------------------------


def _on_screen() -> str:
    """Every source and stored output of the notebook, without solution and answer-revealing cells."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    return "\n".join(c.source + json.dumps(c.get("outputs", []), ensure_ascii=False) for c in nb.cells
                     if not {"solution", "reveals-answer"} & set(c.metadata.get("tags", [])))


def test_answers_are_not_on_screen():
    shown = _on_screen()
    assert STRONGEST not in shown and RUNNER_UP not in shown, "exercise 2's key words are shown"
    for needle in (f"{SHARE:.4f}", f"{SHARE:.3f}", f"{100 * SHARE:.1f}%"):
        assert needle not in shown, f"exercise 4's share is shown ({needle})"
    # the number as a whole, not a digit group of a larger one (findings 4,611 rows is not 611)
    assert not re.search(rf"(?<!,)\b{len(US)}\b(?!,\d)", shown), "the number of US documents is shown"
    # Exercise 3: the solution prints the rate; no other cell shows it.
    nb = nbformat.read(NOTEBOOK, as_version=4)
    printed = next(json.dumps(c.outputs, ensure_ascii=False) for c in nb.cells
                   if "solution" in c.metadata.get("tags", []) and "check_attribution_rate(" in c.source)
    rate = re.search(r"pooled (\d+\.\d\d) per 1,000", printed).group(1)
    # the rate or its one-decimal cut as a whole number, not digits of a larger one (220.0 words is not 20.0)
    for needle in (rate, rate[:-1]):
        assert not re.search(rf"(?<![\d.]){re.escape(needle)}(?!\d)", shown), f"exercise 3's rate {rate} is shown ({needle})"
    # Exercise 5's unseen documents are not shown: none of the sampled ids is on screen.
    assert not any(doc_id in shown for doc_id in nb08.frequency_trials()[1].text["doc_id"])
