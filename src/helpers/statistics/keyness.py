"""Keyness of a text against a reference: signed log-likelihood, Log Ratio and %DIFF.

For one item, with ``a`` = its count in the target, ``b`` = its count in the reference,
``c`` = target size and ``d`` = reference size (word tokens):

* **Log-likelihood**, the two-cell form of Rayson & Garside (2000, "Comparing corpora using
  frequency profiling", WCC workshop, ACL), as in Lancaster's Log-likelihood wizard::

      E1 = c * (a + b) / (c + d)        E2 = d * (a + b) / (c + d)
      LL = 2 * (a * ln(a / E1) + b * ln(b / E2))          (0 * ln 0 = 0)

  It is *signed* here: positive when the item is relatively more frequent in the target
  (``a / c > b / d``), negative when less. Critical values (chi-square, 1 d.f.): 3.84 (p < 0.05),
  6.63 (p < 0.01), 10.83 (p < 0.001), 15.13 (p < 0.0001); ``p`` is computed from |LL|. This is
  not Dunning's (1993) four-cell G², which also counts the cells "every other word"; the two
  differ a little when an item is a large share of a corpus.
* **Log Ratio** (Hardie 2014, "Log Ratio: an informal introduction", CASS):
  ``log2((a / c) / (b / d))``, the binary log of the ratio of relative frequencies: +1 means
  twice as frequent in the target. **Zero-count correction**: a count of 0 (in either corpus)
  is replaced by 0.5 before the ratio is taken, as Hardie does, so the value stays finite; such
  rows say only "at least this much more frequent".
* **%DIFF** (Gabrielatos & Marchi 2012, optional): ``100 * (a / c - b / d) / (b / d)``,
  ``inf`` when ``b`` is 0.

References:

* ``"wordfreq"``: the Arabic "large" list of the ``wordfreq`` package (offline, installed with the
  kit). wordfreq gives relative frequencies, not counts; they are turned into notional counts
  by multiplying by ``wordfreq_size`` (default 10⁹ tokens). wordfreq does not publish its
  corpus size; 10⁹ is an order of magnitude for its combined sources and makes the reference
  far larger than any text, so LL behaves like a test of the text against wordfreq's
  proportions and barely changes with the exact value. Log Ratio does not depend on it, except
  for words wordfreq does not list (``count_ref`` 0), whose corrected ratio ``0.5 / 10⁹`` is
  very small: read their Log Ratio as a lower bound. wordfreq stores frequencies in bins one
  centibel apart (about 2.3 %) and rounds them to three significant digits, and its Arabic
  list stops near a frequency of 10⁻⁸, so reference counts are approximate. Frequencies are
  read from ``wordfreq.get_frequency_dict("ar", "large")`` (unrounded bin values).
  ``level="surface"`` looks up the token as written without diacritics and tatweel (as wordfreq
  stores words, hamza spellings kept); ``level="normalized"`` sums wordfreq's frequencies over every spelling that
  normalizes to the item (``الاداره`` ← الإدارة, الادارة, الأدارة, ...).
* another text or corpus: a text, a list of texts, a ``Counter``/mapping of counts, or a
  DataFrame with ``item`` and ``count`` columns (``frequency_table_ar``,
  :func:`load_camel_frequency_list`).
"""

from __future__ import annotations

import gzip
import io
import itertools
import math
import zipfile
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pandas as pd

from helpers.statistics.frequency import counts_ar
from helpers.statistics.levels import word_sequence_ar
from helpers.text.normalize import normalize_ar

__all__ = ["WORDFREQ_SIZE", "log_likelihood", "log_ratio", "keyness_ar", "load_camel_frequency_list"]

#: Notional size (tokens) of the wordfreq reference; see the module docstring.
WORDFREQ_SIZE = 1e9

#: The count put in place of a zero before Log Ratio is computed (Hardie 2014).
ZERO_CORRECTION = 0.5

_COLUMNS = ["item", "count_target", "count_ref", "per_1000_target", "per_1000_ref", "ll", "p", "log_ratio", "direction"]


def log_likelihood(a: float, b: float, c: float, d: float) -> float:
    """Signed two-cell log-likelihood (Rayson & Garside 2000) of counts ``a``, ``b`` in sizes ``c``, ``d``.

    Worked example: 20 in 1,000 words against 10 in 2,000 words. ``E1 = 1000 * 30 / 3000 = 10``,
    ``E2 = 2000 * 30 / 3000 = 20``, ``LL = 2 * (20 ln 2 + 10 ln 0.5) = 20 ln 2 = 13.8629``.

    >>> round(log_likelihood(20, 10, 1000, 2000), 4), round(log_likelihood(10, 20, 2000, 1000), 4)
    (13.8629, -13.8629)
    """
    if min(a, b) < 0 or min(c, d) <= 0 or a > c or b > d:
        raise ValueError(f"need 0 <= a <= c and 0 <= b <= d with c, d > 0; got a={a}, b={b}, c={c}, d={d}")
    if a + b == 0:
        return 0.0
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    ll = 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))
    return ll if a / c >= b / d else -ll


def log_ratio(a: float, b: float, c: float, d: float) -> float:
    """Hardie's Log Ratio ``log2((a / c) / (b / d))``, with a zero count replaced by 0.5.

    >>> log_ratio(20, 10, 1000, 2000), log_ratio(0, 4, 1000, 1000)
    (2.0, -3.0)
    """
    a, b = a or ZERO_CORRECTION, b or ZERO_CORRECTION
    return math.log2((a / c) / (b / d))


def _chi2_p(ll: float) -> float:
    return math.erfc(math.sqrt(abs(ll) / 2))


@lru_cache(maxsize=1)
def _wordfreq_dict() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ar", wordlist="large")


@lru_cache(maxsize=1)
def _wordfreq_normalized_index() -> dict[str, float]:
    index: dict[str, float] = {}
    for word, freq in _wordfreq_dict().items():
        key = normalize_ar(word)
        index[key] = index.get(key, 0.0) + freq
    return index


_ALEFS = ("ا", "أ", "إ", "آ", "ٱ")


def _spellings(item: str) -> list[str] | None:
    """Every spelling that normalizes to ``item`` through the alef, alef maksura and teh marbuta steps."""
    options = [_ALEFS if ch == "ا" else (ch,) for ch in item]
    if item.endswith("ي"):
        options[-1] = ("ي", "ى")
    elif item.endswith("ه"):
        options[-1] = ("ه", "ة")
    if math.prod(len(o) for o in options) > 5000:
        return None
    return ["".join(p) for p in itertools.product(*options)]


@lru_cache(maxsize=131072)  # words recur across texts; a normalized one sums up to thousands of spellings
def _wordfreq_frequency(item: str, level: str) -> float:
    if level == "surface":  # wordfreq's own preprocessing: NFKC, no diacritics or tatweel
        form = normalize_ar(item, alef=False, alef_maksura=False, teh_marbuta=False)
        return _wordfreq_dict().get(form, 0.0)
    spellings = _spellings(item)
    if spellings is None:
        return _wordfreq_normalized_index().get(item, 0.0)
    table = _wordfreq_dict()
    return sum(table.get(s, 0.0) for s in spellings)


def _counts(source: object, level: str, stopwords: bool, role: str) -> tuple[Counter[str], int]:
    """Counts of a source and its size: word tokens of texts (stopwords included), else the sum of counts."""
    if isinstance(source, str):
        source = [source]
    if isinstance(source, pd.DataFrame):
        if not {"item", "count"} <= set(source.columns):
            raise ValueError(f"the {role} table needs 'item' and 'count' columns")
        out: Counter[str] = Counter()
        for item, count in zip(source["item"], source["count"]):
            out[str(item)] += int(count)
        return out, sum(out.values())
    if isinstance(source, Mapping):
        out = Counter({str(k): int(v) for k, v in source.items()})
        return out, sum(out.values())
    if isinstance(source, Sequence) and source and all(isinstance(t, str) for t in source):
        total: Counter[str] = Counter()
        size = 0
        for text in source:
            seq = word_sequence_ar(text)
            total.update(counts_ar(seq, level=level, stopwords=stopwords))
            size += len(seq)
        return total, size
    raise TypeError(f"{role} must be a text, a list of texts, a mapping of counts or a DataFrame (item, count), "
                    f"not {type(source).__name__}")


def keyness_ar(
    target: str | Sequence[str] | Mapping[str, int] | pd.DataFrame,
    reference: Literal["wordfreq"] | str | Sequence[str] | Mapping[str, int] | pd.DataFrame = "wordfreq",
    *,
    level: Literal["surface", "normalized"] = "surface",
    stopwords: bool = True,
    target_size: float | None = None,
    reference_size: float | None = None,
    wordfreq_size: float = WORDFREQ_SIZE,
    min_count: int = 1,
    reference_only: bool = True,
    percent_diff: bool = False,
) -> pd.DataFrame:
    """Compare the word frequencies of a target with a reference.

    Args:
        target: a text, a list of texts, a mapping of counts or a DataFrame (``item``, ``count``).
        reference: ``"wordfreq"`` or another text, corpus, mapping or DataFrame.
        level: how texts are counted and wordfreq is looked up (``"surface"``, ``"normalized"``).
            Counts given as mappings or tables are used as they are.
        stopwords: when counting texts, ``True`` keeps function words, ``False`` drops them.
        target_size, reference_size: corpus sizes in word tokens. By default, a text's word
            tokens (stopwords included), or the sum of the given counts.
        wordfreq_size: the notional size of the wordfreq reference.
        min_count: only items seen at least this often in the target (or, for reference-only
            items, in the reference) are listed.
        reference_only: also list items found only in the reference (negative keywords); has
            no effect with wordfreq, whose vocabulary is not listed.
        percent_diff: add a ``percent_diff`` column.

    Returns:
        Columns ``item``, ``count_target``, ``count_ref`` (notional for wordfreq, hence float),
        ``per_1000_target``, ``per_1000_ref``, ``ll`` (signed), ``p``, ``log_ratio``,
        ``direction`` (``"target"`` if relatively more frequent in the target, ``"reference"`` if
        less, ``"equal"``); sorted by ``ll`` (descending), then item.

    >>> k = keyness_ar({"حرب": 20, "سلام": 980}, {"حرب": 10, "سلام": 1990})
    >>> k[["item", "ll", "log_ratio", "direction"]].round(4).values.tolist()
    [['حرب', 13.8629, 2.0, 'target'], ['سلام', -0.1518, -0.0219, 'reference']]
    """
    if level not in ("surface", "normalized"):
        raise ValueError(f"level must be 'surface' or 'normalized' (lemma and root: pass count tables), not {level!r}")
    if not isinstance(stopwords, bool):
        raise TypeError(f"stopwords must be True or False, not {stopwords!r}")
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise ValueError(f"min_count must be a positive int, not {min_count!r}")
    target_counts, target_words = _counts(target, level, stopwords, "target")
    c = float(target_size) if target_size is not None else float(target_words)
    if isinstance(reference, str) and reference == "wordfreq":
        items = sorted(k for k, v in target_counts.items() if v >= min_count)
        ref_counts = {k: _wordfreq_frequency(k, level) * wordfreq_size for k in items}
        d = float(reference_size) if reference_size is not None else float(wordfreq_size)
    else:
        ref_counter, ref_words = _counts(reference, level, stopwords, "reference")
        d = float(reference_size) if reference_size is not None else float(ref_words)
        items = [k for k, v in target_counts.items() if v >= min_count]
        if reference_only:
            items += [k for k, v in ref_counter.items() if k not in target_counts and v >= min_count]
        ref_counts = {k: float(ref_counter.get(k, 0)) for k in items}
    if c <= 0 or d <= 0:
        raise ValueError(f"target and reference must both have words (sizes {c:g} and {d:g})")
    rows = []
    for item in items:
        a, b = float(target_counts.get(item, 0)), ref_counts[item]
        if a > c or b > d:
            raise ValueError(f"count of {item!r} is larger than its corpus size: pass target_size/reference_size")
        ll = log_likelihood(a, b, c, d)
        direction = "target" if a / c > b / d else "reference" if a / c < b / d else "equal"
        row = [item, int(a), b, a * 1000 / c, b * 1000 / d, ll, _chi2_p(ll), log_ratio(a, b, c, d), direction]
        if percent_diff:
            row.append(100 * (a / c - b / d) / (b / d) if b else math.inf)
        rows.append(row)
    rows.sort(key=lambda r: (-r[5], r[0]))
    return pd.DataFrame(rows, columns=_COLUMNS + (["percent_diff"] if percent_diff else []))


def _open_lines(path: Path) -> list[str]:
    name = path.name.lower()
    if name.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if not m.endswith("/") and not m.startswith("__MACOSX")]
            if len(members) != 1:
                raise ValueError(f"{path.name}: expected one file inside the zip, found {len(members)}")
            data = archive.read(members[0])
    elif name.endswith(".gz"):
        data = gzip.decompress(path.read_bytes())
    else:
        data = path.read_bytes()
    try:
        return io.StringIO(data.decode("utf-8-sig")).read().splitlines()
    except UnicodeDecodeError as error:
        raise ValueError(f"{path.name}: not UTF-8 text (byte {error.start})") from None


def load_camel_frequency_list(
    path: str | Path,
    *,
    level: Literal["surface", "normalized"] = "surface",
    limit: int | None = None,
) -> pd.DataFrame:
    """Read one of CAMeL Lab's Arabic frequency lists (``MSA_freq_lists.tsv`` and the like).

    The CAMeL Arabic Frequency Lists (github.com/CAMeL-Lab/Camel_Arabic_Frequency_Lists, derived
    from the CAMeLBERT pretraining data; CA, DA, MSA and MIX lists) are plain ``word<TAB>count``
    lines, most frequent first. The reader is liberal: a header line (a first line whose
    count is not a number) is skipped, words and counts may be separated by tabs or spaces,
    blank lines and ``#`` comments are ignored, and ``.zip`` (one file inside, as released) or
    ``.gz`` files are read directly. Repeated words are summed.

    Args:
        path: the list file.
        level: ``"normalized"`` folds words by :func:`normalize_ar`, summing their counts.
        limit: read only the first ``limit`` entries (the lists are long; they are sorted by
            frequency). The sum of counts then understates the corpus size: pass the real size
            as ``reference_size`` to :func:`keyness_ar`.

    Returns:
        Columns ``item`` and ``count``, sorted by count (descending), then item.

    Raises:
        FileNotFoundError: if the file does not exist.
        ValueError: one line naming the file and line, for a line that is not "word count".

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> sample = os.path.join(folder, "MSA_sample.tsv")
    >>> _ = open(sample, "w", encoding="utf-8").write("word\\tfreq\\nفي\\t120\\nالإدارة\\t7\\nالادارة\\t3\\n")
    >>> load_camel_frequency_list(sample, level="normalized").values.tolist()
    [['في', 120], ['الاداره', 10]]
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no such frequency list: {path}")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise ValueError(f"limit must be a positive int or None, not {limit!r}")
    if level not in ("surface", "normalized"):
        raise ValueError(f"level must be 'surface' or 'normalized', not {level!r}")
    counts: Counter[str] = Counter()
    entries = 0
    first = True
    for number, line in enumerate(_open_lines(path), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fields = stripped.split("\t") if "\t" in stripped else stripped.rsplit(None, 1)
        fields = [f.strip() for f in fields if f.strip()]
        count = fields[-1].replace(",", "") if len(fields) == 2 else ""
        if not count.isdigit():
            if first:  # a header
                first = False
                continue
            raise ValueError(f"{path.name} line {number}: expected 'word<TAB>count', got {line[:60]!r}")
        first = False
        word = fields[0] if level == "surface" else normalize_ar(fields[0])
        counts[word] += int(count)
        entries += 1
        if limit is not None and entries >= limit:
            break
    if not counts:
        raise ValueError(f"{path.name}: no 'word<TAB>count' lines found")
    rows = sorted(counts.items(), key=lambda r: (-r[1], r[0]))
    frame = pd.DataFrame(rows, columns=["item", "count"])
    frame["count"] = frame["count"].astype("int64")
    return frame
