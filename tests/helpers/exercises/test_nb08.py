"""Tests for helpers.exercises.nb08: right, wrong and unanswered answers for every check.

The tables use the shipped ANT corpus (the checks' default) for exercises 1, 2 and 4; their
answers are derived here from the documents with the kit's tokenizer and statistics, so a change
in a helper shows up as one clear failure. ``test_teaching_figures`` writes the figures the
notebook teaches out as an independent record. A small corpus written for these tests (TREC
files in an archive, and a corpus run over it for exercise 3) shows that nothing about the ANT
corpus is hard-coded.
"""

from __future__ import annotations

import re
import tarfile
from collections import Counter
from pathlib import Path

import pytest
from staged_hints import STAGED, hint_matches

from helpers.corpus import CorpusInputError, read_corpus_tables, read_documents, run_corpus
from helpers.data import data_path
from helpers.exercises import nb08
from helpers.statistics.frequency import gries_dp
from helpers.statistics.keyness import keyness_ar
from helpers.text.normalize import normalize_ar

WORDS = nb08._words(nb08.corpus_location().as_posix())      # one row per word token of the ANT corpus
SIZES = WORDS.groupby("doc_id").size()
CATEGORY_SIZES = WORDS.groupby("category").size()


def _counts(item: str, by: str) -> list[int]:
    sizes = SIZES if by == "doc_id" else CATEGORY_SIZES
    return WORDS[WORDS["item"] == item].groupby(by).size().reindex(sizes.index, fill_value=0).tolist()


IRAQ = normalize_ar("العراق")
DP, DP_NORM = gries_dp(SIZES.tolist(), _counts(IRAQ, "doc_id"))
DP_CATEGORIES, _ = gries_dp(CATEGORY_SIZES.tolist(), _counts(IRAQ, "category"))
DOC_SHARE = (WORDS.loc[WORDS["item"] == IRAQ, "doc_id"].nunique()) / len(SIZES)

CONTENT = WORDS[~WORDS["stop"] & (WORDS["item"] != "")]
INSIDE = CONTENT["category"] == "internationalNews"
KEYS = keyness_ar(Counter(CONTENT.loc[INSIDE, "item"].tolist()), Counter(CONTENT.loc[~INSIDE, "item"].tolist()),
                  target_size=int(CATEGORY_SIZES["internationalNews"]),
                  reference_size=int(CATEGORY_SIZES.sum() - CATEGORY_SIZES["internationalNews"]),
                  min_count=5, reference_only=False)
KEYS = KEYS[KEYS["direction"] == "target"]
RELIABLE = KEYS[KEYS["ll"] >= nb08.LL_CRITICAL].sort_values(["log_ratio", "ll"], ascending=False)
STRONGEST, RUNNER_UP = RELIABLE.iloc[0]["item"], RELIABLE.iloc[2]["item"]
TOP_LL = KEYS.iloc[0]["item"]
UNRELIABLE = KEYS[KEYS["ll"] < nb08.LL_CRITICAL].sort_values("log_ratio", ascending=False).iloc[0]["item"]

TEXTS = {d.doc_id: d.text for d in read_documents([data_path(nb08.DEFAULT_CORPUS)]) if d.error is None}
SUBSET = [t for t in TEXTS.values() if re.search(nb08.SUBSET_PATTERN, t)]
MENTIONS = sum(re.search(nb08.US_PATTERN, t) is not None for t in SUBSET)
SHARE = MENTIONS / len(SUBSET)


def test_teaching_figures():
    assert len(TEXTS) == 10_158 and len(SIZES) == 10_158
    assert round(DP, 3) == 0.990 and round(DP_CATEGORIES, 3) != round(DP, 3)
    assert (STRONGEST, TOP_LL) == ("ترودو", "ترامب")
    assert int(RELIABLE.iloc[0]["count_ref"]) == 0
    assert (len(SUBSET), MENTIONS) == (127, 23)
    assert sum("العراق" in t for t in TEXTS.values()) == 136        # the naive filter takes العراقيل in too


@pytest.mark.parametrize(("check", "answer", "options"), [
    pytest.param(nb08.check_dp, DP, {}, id="dp"),
    pytest.param(nb08.check_dp, round(DP, 3), {}, id="dp-rounded"),
    pytest.param(nb08.check_dp, DP, {"word": " العراق "}, id="dp-word-spaces"),
    pytest.param(nb08.check_top_log_ratio, STRONGEST, {}, id="log-ratio"),
    pytest.param(nb08.check_top_log_ratio, f" {STRONGEST} ", {}, id="log-ratio-spaces"),
    pytest.param(nb08.check_us_share, SHARE, {}, id="share"),
    pytest.param(nb08.check_us_share, round(SHARE, 3), {}, id="share-rounded"),
])
def test_right(check, answer, options):
    feedback = check(answer, **options)
    assert feedback.ok, str(feedback)
    assert str(feedback).startswith("✓")


@pytest.mark.parametrize(("check", "answer", "options", "part"), [
    pytest.param(nb08.check_dp, DP_NORM + 0.004, {}, STAGED, id="dp-near-miss"),
    pytest.param(nb08.check_dp, DP_CATEGORIES, {}, "parts are the documents", id="dp-categories-as-parts"),
    pytest.param(nb08.check_dp, 1 - DP, {}, "1 − DP", id="dp-complement"),
    pytest.param(nb08.check_dp, DOC_SHARE, {}, "share of documents", id="dp-document-share"),
    pytest.param(nb08.check_dp, (DP, DP_NORM), {}, "take the first", id="dp-pair"),
    pytest.param(nb08.check_dp, 7.5, {}, "between 0 and 1", id="dp-out-of-range"),
    pytest.param(nb08.check_dp, "0.99", {}, "number", id="dp-string"),
    pytest.param(nb08.check_dp, 0.5, {"word": "كلمةغيرموجودة"}, "does not occur", id="dp-absent-word"),
    pytest.param(nb08.check_top_log_ratio, TOP_LL, {}, "not by ll", id="log-ratio-largest-ll"),
    pytest.param(nb08.check_top_log_ratio, UNRELIABLE, {}, "cut-off", id="log-ratio-below-cut-off"),
    pytest.param(nb08.check_top_log_ratio, RUNNER_UP, {}, "largest among the reliable", id="log-ratio-runner-up"),
    pytest.param(nb08.check_top_log_ratio, "النادي", {}, "key word of sport", id="log-ratio-other-category"),
    pytest.param(nb08.check_top_log_ratio, "كلمةغيرموجودة", {}, STAGED, id="log-ratio-unknown-word"),
    pytest.param(nb08.check_top_log_ratio, 8.36, {}, "not the value itself", id="log-ratio-number"),
    pytest.param(nb08.check_top_log_ratio, STRONGEST, {"category": "news"}, "KEY_CATEGORY", id="log-ratio-no-category"),
    pytest.param(nb08.check_us_share, 100 * SHARE, {}, "percentage", id="share-percent"),
    pytest.param(nb08.check_us_share, MENTIONS, {}, "number of documents", id="share-count"),
    pytest.param(nb08.check_us_share, MENTIONS / len(TEXTS), {}, "every document of the corpus", id="share-whole-corpus"),
    pytest.param(nb08.check_us_share, 1 - SHARE, {}, "*not*", id="share-complement"),
    pytest.param(nb08.check_us_share, 0.5, {}, STAGED, id="share-other"),
    pytest.param(nb08.check_us_share, [SHARE], {}, "number from 0 to 1", id="share-list"),
    pytest.param(nb08.check_us_share, SHARE, {"subset": "كلمةغيرموجودة"}, "SUBSET_PATTERN", id="share-empty-subset"),
])
def test_wrong(check, answer, options, part):
    feedback = check(answer, **options)
    assert not feedback.ok
    assert feedback.message and feedback.hint
    assert hint_matches(feedback, part) if part == STAGED else part in f"{feedback.message} {feedback.hint}", str(feedback)
    assert "Hint" in str(feedback)


# --- a small corpus written for these tests ---------------------------------------------------------

SMALL = {
    # (category, text): short news-like texts, not real articles
    "T-1": ("world", "قال وزير الخارجية إن الحوار مع العراق مستمر، وأكد أن واشنطن تدعم الاتفاق.\n"),
    "T-2": ("world", "زار الرئيس العراق أمس، وقال مسؤول إن الزيارة ناجحة.\n"),
    "T-3": ("sport", "فاز النادي على منافسه، وقال المدرب إن الفريق لعب جيدا.\n"),
    "T-4": ("sport", "تعادل النادي مع ضيفه في المباراة الأولى من الموسم، وغاب الجمهور عن الملعب.\n"),
    "T-5": ("world", "أعلنت الحكومة موعد الانتخابات، وتحدثت عن العراقيل التي تواجه الإصلاح.\n"),
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
    words = nb08._words(small_corpus.as_posix())
    sizes = words.groupby("doc_id").size()
    counts = words[words["item"] == "العراق"].groupby("doc_id").size().reindex(sizes.index, fill_value=0)
    dp, dp_norm = gries_dp(sizes.tolist(), counts.tolist())
    assert nb08.check_dp(dp, corpus=small_corpus).ok
    assert not nb08.check_dp(DP, corpus=small_corpus).ok
    # In ANT the smallest document is tiny, so DP_norm rounds like DP; here it does not.
    assert round(dp_norm, 3) != round(dp, 3)
    assert "DP_norm" in nb08.check_dp(dp_norm, corpus=small_corpus).message
    # النادي is sport's only word at least twice there and absent elsewhere.
    assert nb08.check_top_log_ratio("النادي", category="sport", corpus=small_corpus, min_ll=1, min_count=2).ok
    assert not nb08.check_top_log_ratio("النادي", category="sport", corpus=small_corpus, min_ll=100, min_count=2).ok
    # Two documents mention Iraq (العراقيل is not Iraq), one of them Washington.
    assert nb08.check_us_share(0.5, corpus=small_corpus).ok
    assert "every document" in nb08.check_us_share(0.2, corpus=small_corpus).message
    assert nb08.check_us_share(1 / 3, corpus=small_corpus, subset="العراق").ok   # the naive filter


def test_attribution_rate(small_run):
    documents = read_corpus_tables(small_run, tables=["documents"])["documents"]
    counts, words = documents["n_attribution"].astype(float), documents["words"].astype(float)
    pooled = 1000 * counts.sum() / words.sum()
    mean = float((1000 * counts / words).mean())
    assert counts.sum() > 0 and round(pooled, 2) != round(mean, 2)
    assert nb08.check_attribution_rate(pooled, out=small_run).ok
    assert nb08.check_attribution_rate(round(pooled, 1), out=small_run).ok
    for answer, part in [(mean, "mean of the documents' own rates"), (pooled / 1000, "per word"),
                         (float(counts.sum()), "number of attributions"), (pooled + 5, STAGED),
                         ("many", "a number")]:
        feedback = nb08.check_attribution_rate(answer, out=small_run)
        assert not feedback.ok and feedback.hint
        assert hint_matches(feedback, part) if part == STAGED else part in f"{feedback.message} {feedback.hint}", str(feedback)


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
