"""Temporal and spatial deixis: expressions read from the moment and place of writing.

:func:`find_deixis_ar` matches the kit's lexicon ``data/lexicons/deixis_ar.tsv`` (columns and
choices in its comment block) on normalized text, longest match first, with a proclitic
``و``/``ف``/``ب``/``ل`` allowed (``وأمس``, ``للبلاد``; the proclitic stays out of the span). A weekday
or a time of day right next to a day word joins its span: ``أمس الأربعاء``, ``صباح اليوم``,
``مساء أمس``. Expressions inside a dateline or boilerplate (:func:`helpers.text.structure.split_article_ar`)
are skipped: in ``بغداد- العراق اليوم:`` the word اليوم is part of an outlet's name.

>>> [(d.text, d.label, d.anchor) for d in find_deixis_ar("وصل الوفد أمس الأربعاء، ويغادر غداً من هنا.")]
[('أمس الأربعاء', 'temporal', 'past'), ('غداً', 'temporal', 'future'), ('هنا', 'spatial', 'here')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from helpers.discourse.lexicon import deixis_lexicon_ar
from helpers.discourse.words import match_phrase_ar, phrase_words_ar, words_ar
from helpers.text.clitics import proclitic_chains_ar
from helpers.text.normalize import normalize_ar
from helpers.text.spans import Span
from helpers.text.structure import split_article_ar

__all__ = ["Deixis", "find_deixis_ar"]

_DAY_WORDS = frozenset(normalize_ar(w) for w in ("اليوم", "أمس", "غداً", "البارحة", "الليلة"))
_WEEKDAYS = frozenset(normalize_ar(w) for w in ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"))
_TIMES_OF_DAY = frozenset(normalize_ar(w) for w in ("صباح", "مساء", "ظهر", "فجر", "ليل", "ليلة", "عصر", "ظهيرة"))
# Conjunction and preposition proclitics, from the kit's inventory (helpers.text.clitics).
_PROCLITICS = proclitic_chains_ar(future=False, article=False)


@dataclass(frozen=True)
class Deixis(Span):
    """A deictic expression (label ``"temporal"`` or ``"spatial"``).

    Attributes:
        expression: the lexicon entry (standard spelling).
        anchor: ``present``, ``past``, ``future``, ``recent``, ``home``, ``here`` or ``there``.
        ambiguous: whether the form often has a non-deictic reading (أخيراً 'at last').
    """

    expression: str
    anchor: str
    ambiguous: bool


@lru_cache(maxsize=1)
def _forms() -> list[tuple[tuple[str, ...], int, tuple]]:
    forms = []
    for order, row in enumerate(deixis_lexicon_ar().itertuples(index=False)):
        for spelling in (row.expression, *row.variants):
            forms.append((phrase_words_ar(spelling), order, (row.expression, row.kind, row.anchor, bool(row.ambiguous))))
    # longest first, then lexicon order
    return sorted(forms, key=lambda f: (-len(f[0]), f[1]))


def find_deixis_ar(text: str) -> list[Deixis]:
    """Find temporal and spatial deixis in a text.

    Args:
        text: an Arabic text, exactly as loaded.

    Returns:
        Findings sorted by offset, labelled ``"temporal"`` or ``"spatial"``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.

    >>> [(d.text, d.expression, d.ambiguous) for d in find_deixis_ar("بغداد- العراق اليوم:\\n\\nستنعم البلاد اخيراً بالهدوء.")]
    [('البلاد', 'البلاد', True), ('اخيراً', 'أخيراً', True)]
    """
    words = words_ar(text)
    structure = split_article_ar(text)
    skipped = [s for s in (structure.dateline, *structure.boilerplate) if s is not None]
    forms = _forms()
    by_first: dict[str, list] = {}
    for form in forms:
        by_first.setdefault(form[0][0], []).append(form)
    found: list[Deixis] = []
    i = 0
    while i < len(words):
        w = words[i]
        keys = [w.norm] + [w.norm[len(p):] for p in _PROCLITICS if w.norm.startswith(p) and len(w.norm) > len(p) + 1]
        keys += ["ا" + k for k in keys[1:] if k.startswith("ل")]  # للبلاد: ل + البلاد
        match = None
        for key in keys:
            for phrase, _, info in by_first.get(key, ()):
                m = match_phrase_ar(words, i, phrase, proclitics=_PROCLITICS)
                if m is not None and (match is None or m.last - m.first > match[0].last - match[0].first):
                    match = (m, info)
        if match is None or any(s.start <= w.start < s.end for s in skipped):
            i += 1
            continue
        m, (expression, kind, anchor, ambiguous) = match
        start, end, last = m.core_start, m.end, m.last
        if phrase_words_ar(expression)[-1] in _DAY_WORDS:
            if last + 1 < len(words) and words[last + 1].joined and words[last + 1].norm in _WEEKDAYS:
                last += 1
                end = words[last].end
            if m.first > 0 and w.joined and words[m.first - 1].norm in _TIMES_OF_DAY and not m.proclitic:
                start = words[m.first - 1].start
        found.append(Deixis(start, end, text[start:end], kind, expression, anchor, ambiguous))
        i = last + 1
    return sorted(found, key=lambda d: (d.start, d.end))
