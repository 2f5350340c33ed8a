"""Lexical stance and evaluation: tag a text with the kit's lexicons and measure densities.

:func:`tag_evaluation_ar` finds evaluative words, boosters, hedges, evidentials and certainty
markers; :func:`tag_fields_ar` finds semantic-field words and metaphor source-domain words. Both use
:func:`helpers.text.lexicons.match_lexicon_ar` (clitic-aware, normalized forms, or lemmas when a
morphology table is given), and every finding is a :class:`helpers.text.lexicons.LexiconMatch`.
:func:`rhetoric_densities_ar` counts any spans per 1,000 Arabic words, for the whole text or per
part of an article (headline, dateline, body or each paragraph).

**Negation.** Polarity is never flipped silently. An evaluative match (lexicon ``evaluative_ar``;
see :data:`NEGATABLE_LEXICONS`) from :func:`tag_evaluation_ar` gets ``negated=True`` (and ``negator``, the negating token) when one of :data:`NEGATORS_AR` (also with
a prefixed و or ف: ولم, فلا) stands at most ``negation_window`` Arabic words before it, with no
punctuation between. Not counted as negators: لا/ما before زال (``لا تزال`` means "still"), and a
negator that is itself part of a match (``لا شك``, ``لا سيما``). ما is not a negator here (it is
mostly relative: ``وهو ما يؤشر``). A match joined by و to the word just after a negated match
inherits the negation: in ``لم تجد نفعاً وفائدة`` both nouns are negated. The reader decides what
a negated item means: ``دون ضجيج`` negates a negative word and reads as praise. Boosters, hedges
and evidentials are not flagged: as stance adverbials they usually scope over a nearby negation
rather than under it (``لن يطول على الأرجح`` is "most likely it will not last").

>>> [(m.text, m.label, m.negated, m.negator) for m in tag_evaluation_ar("لم تجد نفعاً وفائدة، بل جلبت الكوارث.")]
[('نفعاً', 'evaluative:positive', True, 'لم'), ('وفائدة', 'evaluative:positive', True, 'لم'), ('الكوارث', 'evaluative:negative', False, '')]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Literal

import pandas as pd

from helpers.text.lexicon_readings import _norm
from helpers.text.lexicons import LexiconMatch, match_lexicon_ar
from helpers.text.load import check_text_ar
from helpers.text.normalize import normalize_ar
from helpers.text.spans import Span, check_spans
from helpers.text.structure import split_article_ar
from helpers.text.tokenize import tokenize_ar, word_tokens_ar

__all__ = [
    "EVALUATION_LEXICONS",
    "FIELD_LEXICONS",
    "NEGATORS_AR",
    "NEGATABLE_LEXICONS",
    "tag_evaluation_ar",
    "tag_fields_ar",
    "rhetoric_densities_ar",
]

#: Lexicons used by :func:`tag_evaluation_ar`, in output order for matches at the same offsets.
EVALUATION_LEXICONS: tuple[str, ...] = ("evaluative_ar", "boosters_ar", "hedges_ar", "evidentials_ar")

#: Lexicons used by :func:`tag_fields_ar`.
FIELD_LEXICONS: tuple[str, ...] = ("semantic_fields_ar", "metaphor_domains_ar")

#: Lexicons whose matches :func:`tag_evaluation_ar` checks for negation.
NEGATABLE_LEXICONS: tuple[str, ...] = ("evaluative_ar",)

#: Negating words, normalized (see the module docstring for the rules).
NEGATORS_AR: frozenset[str] = frozenset(
    normalize_ar(w) for w in
    ("لا", "لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "غير", "عدم", "دون", "بدون", "بلا", "بغير")
)

_STILL = frozenset(normalize_ar(w) for w in ("زال", "يزال", "تزال", "نزال", "أزال", "يزالون", "تزالون", "زالت"))


def _tag(text: str, lexicons: Sequence[str], morphology: pd.DataFrame | None) -> list[LexiconMatch]:
    by = "lemma" if morphology is not None else "normalized"
    found: list[tuple[int, int, int, LexiconMatch]] = []
    for rank, name in enumerate(lexicons):
        for m in match_lexicon_ar(text, name, by=by, morphology=morphology):
            found.append((m.start, m.end, rank, m))
    return [m for *_, m in sorted(found, key=lambda x: x[:3])]


def _negator(word: str) -> str | None:
    """The negator a normalized token is, with a conjunction stripped, or ``None``."""
    if word in NEGATORS_AR:
        return word
    if word[:1] in ("و", "ف") and word[1:] in NEGATORS_AR:
        return word[1:]
    return None


def _mark_negation(text: str, matches: list[LexiconMatch], window: int) -> list[LexiconMatch]:
    tokens = tokenize_ar(text)
    index = {t.start: i for i, t in enumerate(tokens)}
    last_index = {t.end: i for i, t in enumerate(tokens)}
    norm = [_norm(t.text) if t.kind == "arabic" else "" for t in tokens]
    # The tokens lying wholly inside a match. Tokens are sorted and do not overlap, so their ends
    # rise with their starts: those of a match are a run found by bisection, not by a full scan.
    starts = [t.start for t in tokens]
    covered: set[int] = set()
    for m in matches:
        k = bisect_left(starts, m.start)
        while k < len(tokens) and tokens[k].end <= m.end:
            covered.add(k)
            k += 1

    def negator_before(i: int) -> int | None:
        seen = 0
        j = i - 1
        while j >= 0 and seen < window:
            if tokens[j].kind != "arabic":
                if tokens[j].kind in ("punct", "symbol"):
                    return None
                j -= 1
                continue
            if j not in covered and _negator(norm[j]) is not None:
                following = norm[j + 1] if j + 1 < len(tokens) else ""
                if following not in _STILL:
                    return j
            seen += 1
            j -= 1
        return None

    out: list[LexiconMatch] = []
    negated_ends: dict[int, LexiconMatch] = {}
    for m in matches:
        if m.lexicon not in NEGATABLE_LEXICONS:
            out.append(m)
            continue
        first = index[m.start]
        j = negator_before(first)
        if j is not None:
            m = replace(m, negated=True, negator=tokens[j].text)
        elif m.proclitic.startswith("و") and first > 0 and tokens[first - 1].kind == "arabic":
            previous = negated_ends.get(first - 1)
            if previous is not None:
                m = replace(m, negated=True, negator=previous.negator)
        if m.negated:
            negated_ends[last_index[m.end]] = m
        out.append(m)
    return out


def tag_evaluation_ar(
    text: str,
    *,
    morphology: pd.DataFrame | None = None,
    negation_window: int = 2,
    lexicons: Sequence[str] = EVALUATION_LEXICONS,
) -> list[LexiconMatch]:
    """Tag evaluation, boosters, hedges, evidentials and certainty markers, flagging negation.

    Args:
        text: any Arabic text, exactly as loaded.
        morphology: a morphology table for lemma matching (``helpers.morphology.analyze_morphology_ar``);
            ``None`` matches normalized forms.
        negation_window: how many Arabic words before a match are searched for a negator (0: off).
        lexicons: the lexicons to use (default :data:`EVALUATION_LEXICONS`); matches of different
            lexicons may overlap (``لافت`` is a booster and may also be evaluative in your own lists).

    Returns:
        :class:`~helpers.text.lexicons.LexiconMatch` spans sorted by ``start``, ``end`` and lexicon,
        labelled ``evaluative:positive``, ``evaluative:negative``, ``booster``, ``hedge``,
        ``evidential`` or ``certainty``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.

    >>> text = "أدار الوزير الحوار بحنكة، ويبدو أن الخطة لم تكن ناجحة بشكل كبير."
    >>> [(m.text, m.label, m.negated) for m in tag_evaluation_ar(text)]
    [('بحنكة', 'evaluative:positive', False), ('ويبدو أن', 'hedge', False), ('ناجحة', 'evaluative:positive', True), ('بشكل كبير', 'booster', False)]
    """
    check_text_ar(text)
    if not isinstance(negation_window, int) or negation_window < 0:
        raise ValueError(f"negation_window must be a whole number >= 0, not {negation_window!r}")
    matches = _tag(text, lexicons, morphology)
    return _mark_negation(text, matches, negation_window) if negation_window else matches


def tag_fields_ar(
    text: str,
    *,
    morphology: pd.DataFrame | None = None,
    lexicons: Sequence[str] = FIELD_LEXICONS,
) -> list[LexiconMatch]:
    """Tag semantic-field words (``field:<field>``) and metaphor source-domain words (``metaphor:<domain>``).

    A ``metaphor:`` match is a candidate: the word belongs to the source domain; whether it is used
    figuratively depends on its target (a real war is not a war metaphor).

    Args:
        text: any Arabic text, exactly as loaded.
        morphology: a morphology table for lemma matching; ``None`` matches normalized forms.
        lexicons: the lexicons to use (default :data:`FIELD_LEXICONS`).

    >>> [(m.text, m.label) for m in tag_fields_ar("تدفع البلاد فواتير الحرب")]
    [('تدفع', 'metaphor:commerce'), ('فواتير', 'field:economy'), ('فواتير', 'metaphor:commerce'), ('الحرب', 'field:conflict_violence'), ('الحرب', 'metaphor:war')]
    """
    check_text_ar(text)
    return _tag(text, lexicons, morphology)


def _parts(text: str, parts: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    if parts == "whole":
        return [("whole", ((0, len(text)),))]
    structure = split_article_ar(text)
    out: list[tuple[str, tuple[tuple[int, int], ...]]] = []
    for name, span in (("headline", structure.headline), ("dateline", structure.dateline)):
        if span is not None:
            out.append((name, ((span.start, span.end),)))
    if parts == "structure":
        if structure.paragraphs:
            out.append(("body", tuple((p.start, p.end) for p in structure.paragraphs)))
    else:
        out += [(f"paragraph_{k}", ((p.start, p.end),)) for k, p in enumerate(structure.paragraphs, start=1)]
    return out


def rhetoric_densities_ar(
    text: str,
    spans: Iterable[Span],
    *,
    parts: Literal["whole", "structure", "paragraph"] = "whole",
    labels: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Count spans by label, per 1,000 Arabic words, for the whole text or per part of an article.

    Parts come from :func:`helpers.text.structure.split_article_ar`: ``"structure"`` gives ``headline``,
    ``dateline`` and ``body`` (all paragraphs), ``"paragraph"`` gives ``headline``, ``dateline``
    and ``paragraph_1``, ``paragraph_2``, ...; missing parts are left out and boilerplate is never
    counted. ``"whole"`` is the whole text as given. A span belongs to the part its start lies in.
    Words are :func:`helpers.text.tokenize.word_tokens_ar` tokens (Arabic words, not numbers or
    punctuation).

    Args:
        text: the text the spans point into.
        spans: any spans (usually from :func:`tag_evaluation_ar` and :func:`tag_fields_ar`).
        parts: how to divide the text.
        labels: the labels to report, in this order (default: every label of ``spans``, sorted).

    Returns:
        One row per part and label, parts in text order: ``part``, ``start``, ``end`` (of the
        part's first and last range), ``words``, ``label``, ``count``, ``negated`` (spans with a
        true ``negated`` attribute), ``per_1000`` (``count`` per 1,000 words, rounded to two
        decimals; NaN for a part without words).

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        ValueError: if ``parts`` is unknown or a span does not match the text.

    >>> text = "نجاح باهر\\n\\nحقق الوزير نجاحاً كبيراً بحنكة. لكن الخطة فشلت ولم تكن مفيدة."
    >>> found = tag_evaluation_ar(text)
    >>> rhetoric_densities_ar(text, found, parts="structure", labels=["evaluative:positive", "evaluative:negative"])
           part  start  end  words                label  count  negated  per_1000
    0  headline      0    9      2  evaluative:positive      2        0   1000.00
    1  headline      0    9      2  evaluative:negative      0        0      0.00
    2      body     11   72     11  evaluative:positive      3        1    272.73
    3      body     11   72     11  evaluative:negative      1        0     90.91
    """
    check_text_ar(text)
    if parts not in ("whole", "structure", "paragraph"):
        raise ValueError(f"parts must be 'whole', 'structure' or 'paragraph', not {parts!r}")
    spans = list(spans)
    check_spans(text, spans)
    chosen = list(labels) if labels is not None else sorted({s.label for s in spans})
    words = word_tokens_ar(text)
    rows = []
    for name, ranges in _parts(text, parts):
        def inside(offset: int) -> bool:
            return any(a <= offset < b for a, b in ranges)

        n_words = sum(inside(w.start) for w in words)
        mine = [s for s in spans if inside(s.start)]
        for label in chosen:
            hits = [s for s in mine if s.label == label]
            count = len(hits)
            rows.append({
                "part": name,
                "start": ranges[0][0],
                "end": ranges[-1][1],
                "words": n_words,
                "label": label,
                "count": count,
                "negated": sum(bool(getattr(s, "negated", False)) for s in hits),
                "per_1000": round(count * 1000 / n_words, 2) if n_words else float("nan"),
            })
    columns = ["part", "start", "end", "words", "label", "count", "negated", "per_1000"]
    return pd.DataFrame(rows, columns=columns)
