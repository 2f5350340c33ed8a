"""The morphology table: one row per Arabic word token, with lemma, root, pattern, POS and clitics.

:func:`analyze_morphology_ar` runs in five steps:

1. **tokens**: the Arabic word tokens of :func:`helpers.text.tokenize.tokenize_ar` (``kind ==
   "arabic"``) and the numbers written onto proclitics (``و18``, read as و + NUM by
   :func:`~helpers.morphology.numerals.number_reading_ar`), with their offsets; clause and
   sentence punctuation (``. ! : ، ؟ ؛``) and line breaks cut the text into the stretches the
   in-context model reads one at a time;
2. **form**: each token without diacritics or tatweel (:func:`~helpers.morphology.repair.analysis_form_ar`);
3. **closed class**: a function word of the kit's table (:mod:`helpers.morphology.closed_class`:
   في, لكن, كما, أيضا, الذي, هذه, عليها, لأنه ...) takes the table's reading; the أنّ / أنْ /
   إنّ / إنْ family is chosen by its neighbours;
4. **repair** (``repair=True``), for the other words: a spelling the analyzer recognises is
   chosen for non-standard words (:func:`~helpers.morphology.repair.choose_repair_ar`; the left
   neighbour's repaired form and the right neighbour as written give the context);
5. **analysis**: every distinct form is analysed once through an :class:`AnalysisCache`
   (shared across texts by default; on disk too when the cache has a
   :class:`~helpers.morphology.store.MorphologyStore`). Its readings are narrowed by the
   frequency prior on clitic segmentation (:mod:`helpers.morphology.priors`: كما is not ك + ما,
   لندن not ل + دن) and, for farahidi, by preferring a common reading to a proper-noun one
   (الوزير); the row shows the reading chosen in context (``in_context=True``) among them, or
   the first (``in_context=False``).

The columns are :data:`~helpers.morphology.base.MORPHOLOGY_COLUMNS`. A token that neither the
table nor the backend knows (a name, a loanword), or whose only analyses the prior rules out, is
**guessed**: ``analyzed == False``, ``pos == "guess"``, ``pos_coarse == "PROPN"`` (in news prose
most such words are names; ``X`` for a one-letter abbreviation such as د or م; ``NOUN`` or
``ADJ`` in context where its form says it is a common word, :mod:`helpers.morphology.guesses`:
الشيشانية, الهرطقة), its lemma the word without its clitics, and no root or pattern. A
proclitic و ب ل ف (and the article) is split off such a word only when the rest is more
frequent in wordfreq's list, or a name the backend knows (وغلاسكو → و + غلاسكو), never when the
whole word is (لندن). :func:`coverage_ar` measures the share analysed before and after repair,
:func:`unknown_words_ar` lists what is left, :func:`repairs_ar` lists every repair with its
offsets, :func:`candidates_ar` shows all analyses of one word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd
from tqdm import tqdm

from helpers.morphology.adjective_noun import adjective_or_noun
from helpers.morphology.backends import AnalysisCache, get_backend, resolve_backend, shared_cache
from helpers.morphology.base import MORPHOLOGY_COLUMNS, MorphologyBackend, WordAnalysis
from helpers.morphology.closed_class import choose_an_reading_ar, closed_class_readings_ar, closed_class_spelling_ar
from helpers.morphology.context import host_ar
from helpers.morphology.guesses import common_guesses_ar, letter_abbreviations_ar
from helpers.morphology.lemmas import citation_lemma_ar
from helpers.morphology.names import names_in_sequence
from helpers.morphology.numerals import number_reading_ar
from helpers.morphology.readings import guess_reading, word_options
from helpers.morphology.repair import analysis_form_ar, choose_repair_ar, repair_candidates_ar, repair_kind_ar
from helpers.morphology.verb_noun import verb_or_noun
from helpers.text.load import TextInputError
from helpers.text.spans import Span
from helpers.text.tokenize import Token, tokenize_ar

__all__ = [
    "AnalysisCache",
    "MorphSpan",
    "PROGRESS_THRESHOLD",
    "analyze_morphology_ar",
    "candidates_ar",
    "coverage_ar",
    "get_backend",
    "morphology_spans_ar",
    "repairs_ar",
    "table_to_spans_ar",
    "unknown_words_ar",
]

#: With ``progress=None``, a progress bar is shown from this many word tokens on.
PROGRESS_THRESHOLD = 20_000

_BREAKS = frozenset(".!:،؟؛")
_DTYPES = {"start": "int64", "end": "int64", "analyzed": "bool", "n_analyses": "int64"}
# Backends used by analyze_morphology_ar, by name, so coverage_ar can re-check written forms.
_USED: dict[str, MorphologyBackend] = {}


_OPENING = frozenset("\"'«“‘([{")


def _with_clitics(token: Token) -> bool:
    """Whether a token is a number written in digits onto proclitics (و18, بـ3)."""
    return token.kind == "mixed" and number_reading_ar(token.text) is not None


def _stretches(source: str | Sequence[Token]) -> tuple[list[list[Token]], set[int], set[int], set[int]]:
    """The Arabic word tokens and numbers written onto proclitics (و18), grouped into stretches
    between clause punctuation and line breaks, and the offsets of those that directly follow a
    number (١١ الماضي, و18 دينارا), of those a number directly follows (عام ١٩٩٩) and of those a punctuation mark other than an opening quote or bracket directly follows (اف ب)."""
    if isinstance(source, str):
        tokens, text = tokenize_ar(source), source
    else:
        if isinstance(source, (bytes, bytearray)) or not isinstance(source, Sequence):
            raise TextInputError(f"text must be a str or a sequence of tokens, not {type(source).__name__}")
        tokens, text = list(source), None
        if not all(isinstance(t, Token) for t in tokens):
            raise TypeError("source must be a text or a sequence of helpers.text.tokenize.Token")
    stretches: list[list[Token]] = [[]]
    after_number: set[int] = set()
    before_number: set[int] = set()
    before_punct: set[int] = set()
    previous: Token | None = None
    for token in tokens:
        newline = text is not None and previous is not None and "\n" in text[previous.end : token.start]
        if (token.kind == "punct" and _BREAKS & set(token.text)) or newline:
            if stretches[-1]:
                stretches.append([])
        if previous is not None and not newline:
            if token.kind == "arabic" and (previous.kind == "number" or _with_clitics(previous)):
                after_number.add(token.start)
            if (token.kind == "number" or _with_clitics(token)) and previous.kind == "arabic":
                before_number.add(previous.start)
            if token.kind == "punct" and previous.kind == "arabic" and token.text[:1] not in _OPENING:
                before_punct.add(previous.start)
        if token.kind == "arabic" or _with_clitics(token):
            stretches[-1].append(token)
        previous = token
    return [s for s in stretches if s], after_number, before_number, before_punct


def _row(token: Token, form: str, repaired: str, reading: WordAnalysis | None, n: int, backend: str, *, analyzed: bool) -> dict[str, Any]:
    return {
        "start": token.start,
        "end": token.end,
        "token": token.text,
        "normalized": form,
        "repair": repaired,
        "lemma": reading.lemma if reading else "",
        "root": reading.root if reading else "",
        "pattern": reading.pattern if reading else "",
        "pos": reading.pos if reading else "",
        "pos_coarse": reading.pos_coarse if reading else "X",
        "proclitics": "+".join(reading.proclitics) if reading else "",
        "enclitics": "+".join(reading.enclitics) if reading else "",
        "gloss": reading.gloss if reading else "",
        "backend": backend,
        "analyzed": analyzed and reading is not None,
        "n_analyses": n,
    }


def _in_context(engine: MorphologyBackend, forms: list[str], options: list[tuple[WordAnalysis, ...]]) -> list[WordAnalysis | None]:
    try:
        readings = engine.analyze_in_context(forms, candidates=options)  # type: ignore[call-arg]
    except TypeError:  # a backend without the candidates option
        readings = engine.analyze_in_context(forms)
    # A reading outside the narrowed options (a backend that chose by itself) falls back to the first.
    return [r if r is not None and r in o else (o[0] if o else None) for r, o in zip(readings, options, strict=True)]


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    columns = list(MORPHOLOGY_COLUMNS)
    frame = pd.DataFrame({c: [row[c] for row in rows] for c in columns}, columns=columns)
    # Built column by column the numbers and flags already have their types; an empty table's do not.
    wrong = {c: t for c, t in _DTYPES.items() if frame[c].dtype != t}
    return frame.astype(wrong) if wrong else frame


def analyze_morphology_ar(
    source: str | Sequence[Token],
    *,
    backend: str | MorphologyBackend = "farahidi",
    in_context: bool = True,
    repair: bool = True,
    cache: AnalysisCache | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Return the morphology table of a text: one row per Arabic word token (و18 included).

    Args:
        source: a text (tokenized with :func:`helpers.text.tokenize.tokenize_ar`) or its tokens (only
            ``kind == "arabic"`` tokens and numbers onto proclitics such as ``و18`` get rows;
            punctuation tokens, if given, cut stretches).
        backend: ``"farahidi"`` (embedded, offline), ``"camel"``, or a backend object.
        in_context: one reading per token chosen with its neighbours (``True``), or the
            backend's first out-of-context candidate (``False``).
        repair: repair non-standard hamza/alef, alef maksura and teh marbuta spellings first.
        cache: the type-level cache (default: the process-wide shared cache).
            ``AnalysisCache(max_size=0)`` analyses every token afresh.
        progress: show a progress bar (``None``: only from :data:`PROGRESS_THRESHOLD` tokens).

    Returns:
        A DataFrame with exactly the columns of :data:`~helpers.morphology.base.MORPHOLOGY_COLUMNS`.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        BackendUnavailable: if the backend cannot run here.

    >>> table = analyze_morphology_ar("استجابت الادارة الى طلب الكاظمي.")
    >>> for row in table.itertuples():
    ...     print(row.start, row.token, row.repair or "-", row.root or "-", row.pos_coarse, row.analyzed)
    0 استجابت - جوب VERB True
    8 الادارة الإدارة دور NOUN True
    16 الى إلى ءلي ADP True
    20 طلب - طلب NOUN True
    24 الكاظمي - - PROPN False
    """
    engine = resolve_backend(backend)
    _USED[engine.name] = engine
    cache = shared_cache() if cache is None else cache
    stretches, after_number, before_number, before_punct = _stretches(source)
    known_lemma = getattr(engine, "knows_lemma", None)
    total = sum(len(s) for s in stretches)
    show = progress if progress is not None else total >= PROGRESS_THRESHOLD
    rows: list[dict[str, Any]] = []
    with tqdm(total=total, unit="tok", desc="morphology", disable=not show, leave=False, mininterval=1.0) as bar:
        for stretch in stretches:
            written = [analysis_form_ar(t.text) for t in stretch]
            numbers = [number_reading_ar(form) if t.kind != "arabic" else None for t, form in zip(stretch, written, strict=True)]
            # a number onto proclitics (و18) has one reading, kept like a function word's
            closed = [(number,) if number else closed_class_readings_ar(form) for number, form in zip(numbers, written, strict=True)]
            if not repair:  # as written only: no ان read as أن or إن
                closed = [tuple(r for r in c if closed_class_spelling_ar(f, r) == f) for c, f in zip(closed, written, strict=True)]
            forms: list[str] = []
            repairs: list[str] = []
            for i, form in enumerate(written):
                choice = None
                if repair and not closed[i]:
                    choice = choose_repair_ar(
                        form,
                        backend=engine,
                        left=forms[i - 1] if i else None,
                        right=written[i + 1] if i + 1 < len(written) else None,
                        cache=cache,
                    )
                forms.append(choice.repaired if choice else form)
                repairs.append(choice.repaired if choice else "")
            found = [(number,) if number else cache.analyses(engine, form) for number, form in zip(numbers, forms, strict=True)]
            options = [f if number else word_options(engine, form, f, cache) for number, form, f in zip(numbers, forms, found, strict=True)]
            if in_context:
                readings = _in_context(engine, forms, options)
            else:
                readings = [o[0] if o else None for o in options]
            final: list[WordAnalysis] = []
            guessed: list[bool] = []
            for i in range(len(stretch)):
                reading = readings[i]
                if closed[i]:
                    following: tuple[WordAnalysis, ...] = ()
                    if i + 1 < len(stretch):
                        following = (readings[i + 1],) if readings[i + 1] is not None else options[i + 1]
                    reading = choose_an_reading_ar(closed[i], previous=written[:i], following=following)
                    standard = closed_class_spelling_ar(forms[i], reading)
                    if standard != forms[i]:  # ان, الى, انه: the table's spelling is the repair
                        forms[i] = repairs[i] = standard
                guessed.append(reading is None)
                final.append(reading if reading is not None else guess_reading(engine, forms[i], found[i], cache))
            if in_context:
                open_options = [() if c else o for c, o in zip(closed, options, strict=True)]
                final = verb_or_noun(final, open_options, analyses=[() if c else f for f, c in zip(found, closed, strict=True)], forms=forms)
                after = [t.start in after_number for t in stretch]
                before = [t.start in before_number for t in stretch]
                final = adjective_or_noun(final, open_options, forms, after_number=after, before_number=before)
                final = common_guesses_ar(final, forms)
                final = letter_abbreviations_ar(final, forms, before_punctuation=[t.start in before_punct for t in stretch])
                final = names_in_sequence(final, [() if c else f for f, c in zip(found, closed, strict=True)], forms)
                for i, reading in enumerate(final):
                    if closed[i] and reading.pos_coarse == "PROPN":  # بن علي: the name, as written
                        forms[i], repairs[i] = written[i], ""
            for i, token in enumerate(stretch):
                if not closed[i] and not guessed[i]:
                    final[i] = citation_lemma_ar(final[i], host_ar(forms[i], final[i]), known_lemma=known_lemma)
                rows.append(_row(token, forms[i], repairs[i], final[i], len(found[i]), engine.name, analyzed=not guessed[i]))
            bar.update(len(stretch))
    cache.flush()
    return _frame(rows)


def candidates_ar(
    word: str, *, backend: str | MorphologyBackend = "farahidi", cache: AnalysisCache | None = None
) -> pd.DataFrame:
    """Return every out-of-context analysis of one word, best first (row 0 is the backend's first choice).

    The word is analysed as written, without diacritics or tatweel and without repair.

    >>> candidates_ar("الحوار")[["root", "pos", "pos_coarse", "proclitics"]]
      root                    pos pos_coarse proclitics
    0                 اسم/اسم علم      PROPN         ال
    1  حور  اسم/مبالغة اسم الفاعل        ADJ         ال
    2  حور           اسم/اسم جامد       NOUN         ال
    3  حور          اسم/مصدر أصلي       NOUN         ال
    """
    engine = resolve_backend(backend)
    cache = shared_cache() if cache is None else cache
    columns = ["diacritized", "lemma", "root", "pattern", "pos", "pos_coarse", "proclitics", "enclitics", "gloss", "score"]
    rows = [
        {**{c: getattr(a, c) for c in columns}, "proclitics": "+".join(a.proclitics), "enclitics": "+".join(a.enclitics)}
        for a in cache.analyses(engine, analysis_form_ar(word))
    ]
    return pd.DataFrame(rows, columns=columns)


def _written_recognised(table: pd.DataFrame, cache: AnalysisCache) -> pd.Series:
    """Whether each row's token, as written (before repair), is recognised by the row's backend."""
    recognised = table["analyzed"] & (table["repair"] == "")
    for i in table.index[table["repair"] != ""]:
        name = table.at[i, "backend"]
        engine = _USED.get(name) or get_backend(name)
        recognised.at[i] = bool(cache.analyses(engine, analysis_form_ar(table.at[i, "token"])))
    return recognised


def coverage_ar(table: pd.DataFrame, *, cache: AnalysisCache | None = None) -> dict[str, Any]:
    """Return how many word tokens of a morphology table were analysed, before and after repair.

    Returns:
        ``tokens``, ``analyzed`` and ``share`` (after repair), ``analyzed_before_repair`` and
        ``share_before_repair`` (the tokens recognised as written), ``repaired`` (tokens whose
        spelling was repaired) and ``unknown`` (tokens left unanalysed).

    >>> coverage_ar(analyze_morphology_ar("استجابت الادارة الى طلب الكاظمي."))
    {'tokens': 5, 'analyzed': 4, 'share': 0.8, 'analyzed_before_repair': 2, 'share_before_repair': 0.4, 'repaired': 2, 'unknown': 1}
    """
    cache = shared_cache() if cache is None else cache
    n = len(table)
    analyzed = int(table["analyzed"].sum())
    before = int(_written_recognised(table, cache).sum()) if n else 0
    return {
        "tokens": n,
        "analyzed": analyzed,
        "share": round(analyzed / n, 4) if n else 0.0,
        "analyzed_before_repair": before,
        "share_before_repair": round(before / n, 4) if n else 0.0,
        "repaired": int((table["repair"] != "").sum()),
        "unknown": n - analyzed,
    }


def unknown_words_ar(table: pd.DataFrame) -> pd.DataFrame:
    """List the word forms the backend left unanalysed, commonest first.

    Columns: ``word`` (the form analysed), ``written`` (its spellings in the text), ``count``,
    ``first_start`` (offset of the first occurrence), ``tried`` (the repair candidates that were
    considered, none recognised) and ``note``. Proper nouns and loanwords the lexicon lacks are
    listed here; their rows carry only a guess (``pos == "guess"``: the word without its clitics as lemma, PROPN).

    >>> unknown_words_ar(analyze_morphology_ar("قال الكاظمي إن الكاظمي لا يريد الكاتيوشا."))[["word", "count", "first_start"]]
            word  count  first_start
    0    الكاظمي      2            4
    1  الكاتيوشا      1           31
    """
    columns = ["word", "written", "count", "first_start", "tried", "note"]
    unknown = table[~table["analyzed"]]
    rows = []
    for word, group in unknown.groupby("normalized", sort=False):
        rows.append(
            {
                "word": word,
                "written": "، ".join(dict.fromkeys(group["token"])),
                "count": len(group),
                "first_start": int(group["start"].min()),
                "tried": "، ".join(repair_candidates_ar(word)),
                "note": "the article written alone (الـ)" if word == "ال" else "not in the lexicon: proper noun, loanword or lexicon gap",
            }
        )
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["count", "first_start"], ascending=[False, True], kind="stable").reset_index(drop=True)


def repairs_ar(table: pd.DataFrame) -> pd.DataFrame:
    """List every repair of a morphology table with its offsets.

    Columns: ``start``, ``end``, ``token``, ``repair`` and ``kind`` (from
    :data:`~helpers.morphology.repair.REPAIR_KINDS`, joined by "+").

    >>> repairs_ar(analyze_morphology_ar("استجابت الادارة الى طلب الكاظمي."))
       start  end    token   repair   kind
    0      8   15  الادارة  الإدارة  hamza
    1     16   19      الى     إلى  hamza
    """
    fixed = table[table["repair"] != ""]
    rows = [
        {"start": r.start, "end": r.end, "token": r.token, "repair": r.repair, "kind": repair_kind_ar(analysis_form_ar(r.token), r.repair)}
        for r in fixed.itertuples()
    ]
    return pd.DataFrame(rows, columns=["start", "end", "token", "repair", "kind"])



@dataclass(frozen=True)
class MorphSpan(Span):
    """One word token's morphology, as a finding of the ``morphology`` layer (label ``"morph"``).

    The fields are the table's columns (see :data:`~helpers.morphology.base.MORPHOLOGY_COLUMNS`);
    ``text`` is the token.
    """

    normalized: str
    repair: str
    lemma: str
    root: str
    pattern: str
    pos: str
    pos_coarse: str
    proclitics: str
    enclitics: str
    gloss: str
    backend: str
    analyzed: bool
    n_analyses: int


def table_to_spans_ar(table: pd.DataFrame) -> list[MorphSpan]:
    """Return the rows of a table from :func:`analyze_morphology_ar` as :class:`MorphSpan` findings."""
    spans = []
    columns = [str(c) for c in table.columns]
    for values in zip(*(table[c].tolist() for c in table.columns)):
        fields = dict(zip(columns, values))
        start, end, token = fields.pop("start"), fields.pop("end"), fields.pop("token")
        fields["analyzed"], fields["n_analyses"] = bool(fields["analyzed"]), int(fields["n_analyses"])
        spans.append(MorphSpan(int(start), int(end), token, "morph", **fields))
    return spans


def morphology_spans_ar(
    text: str,
    *,
    backend: str | MorphologyBackend = "farahidi",
    in_context: bool = True,
    repair: bool = True,
    cache: AnalysisCache | None = None,
) -> list[MorphSpan]:
    """Return :func:`analyze_morphology_ar`'s rows as :class:`MorphSpan` findings (for ``analyze``).

    >>> [(s.start, s.text, s.root, s.pos_coarse, s.label) for s in morphology_spans_ar("الحوار الاستراتيجي")]
    [(0, 'الحوار', 'حور', 'NOUN', 'morph'), (7, 'الاستراتيجي', '', 'ADJ', 'morph')]
    """
    table = analyze_morphology_ar(text, backend=backend, in_context=in_context, repair=repair, cache=cache, progress=False)
    return table_to_spans_ar(table)
