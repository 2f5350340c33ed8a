"""The simple baselines the morphology measures are printed beside: rules and lists, no dictionary.

For one word as written, :func:`baseline_rows` gives clitic boundaries from the kit's rule
segmenter, a lemma that is the word without its article, and a UPOS from the kit's stopword list
(NOUN for any other word). :func:`helpers.morphology.evaluation.score_morphology_ar` and
:func:`helpers.morphology.clitic_gold.score_clitic_gold_ar` score them on the same words as the kit.
"""

from __future__ import annotations

from typing import Any

from helpers.morphology.measures import kit_boundaries

__all__ = ["baseline_rows"]

#: Stopword-lexicon categories → UPOS, for the UPOS baseline (everything else is NOUN).
_BASELINE_UPOS = {
    "preposition": "ADP", "preposition+pronoun": "ADP", "conjunction": "CCONJ", "particle": "PART",
    "pronoun": "PRON", "demonstrative": "PRON", "relative": "PRON", "auxiliary": "VERB", "quantifier": "NOUN",
}  # fmt: skip


def baseline_rows(word: str) -> dict[str, Any]:
    """The simple baselines for one word as written.

    * boundaries: :func:`helpers.clitics.segment_clitics_ar` (rules, no dictionary);
    * lemma: the word without a leading ال;
    * UPOS: the category of the kit's stopword list (:mod:`helpers.stopwords`) for a listed
      function word, NOUN otherwise.

    >>> baseline_rows("وللحظر")["boundaries"], baseline_rows("الحوار")["lemma"], baseline_rows("إلى")["upos"]
    ((1, 2), 'حوار', 'ADP')
    """
    from helpers.text.clitics import segment_clitics_ar
    from helpers.text.normalize import normalize_ar
    from helpers.text.stopwords import stopwords_frame_ar

    pieces = segment_clitics_ar(word)
    proclitics: list[str] = []
    enclitics: list[str] = []
    stem_seen = False
    for piece in pieces:
        if not stem_seen and piece in ("و", "ف", "ب", "ل", "ك", "س", "ال") and len(pieces) > 1:
            proclitics.append(piece)
        elif not stem_seen:
            stem_seen = True
        else:
            enclitics.append(piece)
    categories = _stopword_categories(stopwords_frame_ar)
    category = categories.get(normalize_ar(word), "")
    return {
        "boundaries": kit_boundaries(word, "+".join(proclitics), "+".join(enclitics)),
        "lemma": word[2:] if word.startswith("ال") and len(word) > 3 else word,
        "upos": _BASELINE_UPOS.get(category, "NOUN"),
    }


_CATEGORIES: dict[str, str] = {}


def _stopword_categories(frame_fn: Any) -> dict[str, str]:
    if not _CATEGORIES:
        for row in frame_fn().itertuples():
            _CATEGORIES.setdefault(row.normalized, row.category)
    return _CATEGORIES

