"""Discourse connectives with PDTB-like senses, from the kit's lexicon ``connectives_ar.tsv``.

:func:`find_connectives_ar` tags the connectives of a text and gives each its sense, subtype
and top-level class (the scheme is in :mod:`helpers.discourse.lexicon` and in the lexicon's
comment block). Matching:

* **Normalized**: text and lexicon are compared after :func:`helpers.text.normalize.normalize_ar`,
  so the hamza-less spellings of real texts match (``اذا ما``, ``من اجل ان``, ``إجل``).
* **Longest match first**, scanning from the start: ``إلا أن`` before ``إلا``, ``لا سيما أن``
  before ``لا سيما``, ``إذا ما`` before ``إذا``. A multiword form never crosses punctuation.
* **Clitics on entries**: a proclitic ``و``/``ف`` may stand before any entry and stays inside
  its span (``ولكن`` is one match, sense of ``لكن``); entries ending in ``أن``/``إن``/``لكن``/``لأن``/``لكون``
  take an attached pronoun (``لكنها``, ``لأنه``).
* **Position**: entries marked ``clause_initial`` match only at the start of a sentence or
  clause (see :mod:`helpers.discourse.words`): ``مع ذلك`` opens a clause, ``يتفق مع ذلك`` does not;
  ``أي`` after ``(`` or ``،`` means "that is", inside a clause "any".
* **Look-alikes**: the lexicon's ``not_after``/``not_before`` words cancel a match (``أكثر مما``,
  ``حتى الآن``, ``فيما يتعلق``); bare prepositions (``بعد``, ``رغم``) and the complementizer
  ``أن`` are not entries at all.
* **Paired forms** (``مع أن … لكن``, ``إما … أو``, ``أما … ف``) need both parts in one sentence.
  The finding's span is the first part; :attr:`Connective.parts` holds both, and the second part
  is not reported again. Without its second part the first part is matched on its own.
* **بل**: after a negation (``لا لم لن ليس ما``, also with ``و``/``ف``) earlier in the same
  sentence it is contrast/correction; otherwise addition/emphatic, marked ambiguous.
* **Page furniture**: words inside a dateline or boilerplate (:func:`helpers.text.structure.split_article_ar`)
  are skipped (``اقرأ أيضاً`` is no addition).
* **و and ف alone** (``clitics``): a word-initial و/ف that reads as a proclitic
  (:func:`helpers.discourse.words.has_conjunction_proclitic_ar`) is tagged with the lexicon's
  clitic rows (و addition, ف cause/result), always ambiguous. ``"clause_initial"`` (default)
  tags it only where the word opens a clause, ``"all"`` everywhere, ``"none"`` never. A و or ف
  written apart as a word of its own is not tagged.

>>> [(c.text, c.sense, c.ambiguous) for c in find_connectives_ar("لم ينجح الحوار بعد، لكنه لم يفشل، بل تأجل.")]
[('لكنه', 'contrast', True), ('بل', 'contrast', False)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pandas as pd

from helpers.discourse.lexicon import PAIR_SEPARATOR, SENSE_CLASSES, connective_lexicon_ar
from helpers.discourse.words import PhraseMatch, Word, has_conjunction_proclitic_ar, match_phrase_ar, phrase_words_ar, words_ar
from helpers.text.normalize import normalize_ar
from helpers.text.spans import Span
from helpers.text.structure import split_article_ar

__all__ = ["Connective", "CLITIC_POLICIES", "NEGATIONS_AR", "find_connectives_ar"]

#: The values of ``clitics`` in :func:`find_connectives_ar`.
CLITIC_POLICIES = ("clause_initial", "none", "all")

#: Negation words (normalized) that make a later بل a correction.
NEGATIONS_AR = frozenset({"لا", "لم", "لن", "ليس", "ليست", "ليسا", "ليسوا", "لست", "لسنا", "ما"})

# Entry-final words that take an attached pronoun (لكنها, لأنه, إلا أنهم), normalized.
_SUFFIX_HOSTS = ("ان", "لكن", "لان", "لكون")


@dataclass(frozen=True)
class Connective(Span):
    """A discourse connective (label ``"connective"``).

    Attributes:
        connective: the lexicon entry (standard spelling; ``"مع أن … لكن"`` for a paired form).
        sense: one of :data:`helpers.discourse.lexicon.SENSE_CLASSES`.
        subtype: the sense's subtype (:data:`helpers.discourse.lexicon.SENSE_SUBTYPES`).
        sense_class: the top-level class (``Temporal``, ``Contingency``, ``Comparison``,
            ``Expansion``, ``Evaluation``).
        kind: how this occurrence is written: ``single`` (one word, ``لاسيما``), ``multiword``
            (``لا سيما``), ``paired`` (both parts found) or ``clitic`` (و or ف alone).
        ambiguous: whether the form often has another sense or no connective use (a clitic,
            an entry with ``other_senses``, بل without a negation).
        other_senses: the other readings listed in the lexicon (``"nonconnective"`` included).
        parts: ``(start, end)`` of each part: one for most forms, two for a paired form.
    """

    connective: str
    sense: str
    subtype: str
    sense_class: str
    kind: str
    ambiguous: bool
    other_senses: tuple[str, ...] = ()
    parts: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Form:
    order: int
    entry: str
    first: tuple[str, ...]
    second: tuple[str, ...]
    spelled: str
    sense: str
    subtype: str
    position: str
    other_senses: tuple[str, ...]
    not_after: frozenset[str]
    not_before: frozenset[str]


@lru_cache(maxsize=1)
def _compile() -> tuple[dict[str, list[_Form]], dict[str, pd.Series]]:
    lexicon = connective_lexicon_ar()
    index: dict[str, list[_Form]] = defaultdict(list)
    clitics: dict[str, pd.Series] = {}
    for order, row in enumerate(lexicon.itertuples(index=False)):
        if row.type == "clitic":
            clitics[row.connective] = row
            continue
        for spelling in (row.connective, *row.variants):
            first, _, second = spelling.partition(PAIR_SEPARATOR.strip())
            form = _Form(
                order, row.connective, phrase_words_ar(first), phrase_words_ar(second),
                normalize_ar(first.split()[0], alef=False, alef_maksura=False, teh_marbuta=False),
                row.sense, row.subtype, row.position, tuple(row.other_senses),
                frozenset(normalize_ar(w) for w in row.not_after), frozenset(normalize_ar(w) for w in row.not_before),
            )
            index[form.first[0]].append(form)
    return dict(index), clitics


def _second_part(words: Sequence[Word], after: int, form: _Form) -> tuple[PhraseMatch | None, int]:
    """Find a paired form's second part after word ``after`` in the same sentence."""
    sentence = words[after].sentence
    j = after + 1
    while j < len(words) and words[j].sentence == sentence:
        w = words[j]
        if len(form.second) == 1 and len(form.second[0]) == 1:  # a proclitic such as ف of أما … ف
            if w.norm.startswith(form.second[0]) and has_conjunction_proclitic_ar(w.plain):
                return PhraseMatch(w.start, w.start, w.offsets[1], w.offsets[1], j, j, ""), j
        else:
            m = match_phrase_ar(words, j, form.second, suffix_hosts=_SUFFIX_HOSTS)
            if m is not None:
                return m, j
        j += 1
    return None, -1


def _negated_before(words: Sequence[Word], i: int) -> bool:
    j = i - 1
    while j >= 0 and words[j].sentence == words[i].sentence:
        norm = words[j].norm
        if norm in NEGATIONS_AR or (norm[:1] in "وف" and norm[1:] in NEGATIONS_AR):
            return True
        j -= 1
    return False


def _allowed(words: Sequence[Word], m: PhraseMatch, form: _Form) -> bool:
    first = words[m.first]
    if form.position == "clause_initial" and not first.clause_initial:
        return False
    if form.not_after and m.first > 0 and first.joined and words[m.first - 1].norm in form.not_after:
        return False
    nxt = m.last + 1
    if form.not_before and nxt < len(words) and words[nxt].joined and words[nxt].norm in form.not_before:
        return False
    return True


def _candidates(words: Sequence[Word], i: int, index: dict[str, list[_Form]]) -> list[tuple[tuple, _Form, PhraseMatch, PhraseMatch | None]]:
    w = words[i]
    keys = {w.norm}
    keys.update(w.norm[len(p):] for p in ("و", "ف") if w.norm.startswith(p) and len(w.norm) > 1)
    keys.update(w.norm[: len(h)] for h in _SUFFIX_HOSTS if w.norm.startswith(h))
    found = []
    for key in sorted(keys):
        for form in index.get(key, ()):
            m = match_phrase_ar(words, i, form.first, suffix_hosts=_SUFFIX_HOSTS)
            if m is None or not _allowed(words, m, form):
                continue
            second, j = (None, -1)
            if form.second:
                second, j = _second_part(words, m.last, form)
                if second is None:
                    continue
            exact = w.plain[len(m.proclitic):].startswith(form.spelled)
            # Prefer: a completed pair, more words, no proclitic, the exact hamza spelling,
            # the nearest second part, then lexicon order.
            score = (second is not None, len(form.first), m.proclitic == "", exact, -j, -form.order)
            found.append((score, form, m, second))
    return sorted(found, key=lambda c: c[0], reverse=True)


def find_connectives_ar(
    text: str, *, clitics: Literal["clause_initial", "none", "all"] = "clause_initial"
) -> list[Connective]:
    """Tag the discourse connectives of a text with their senses.

    Args:
        text: an Arabic text, exactly as loaded.
        clitics: where to tag و and ف standing alone as proclitics: ``"clause_initial"``
            (default), ``"all"`` or ``"none"`` (see the module docstring).

    Returns:
        Connectives sorted by offset, labelled ``"connective"``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        ValueError: if ``clitics`` is not one of :data:`CLITIC_POLICIES`.

    >>> [(c.text, c.connective, c.sense) for c in find_connectives_ar("سنوقع اذا ما توفرت الإرادة، من اجل ان نبدأ.")]
    [('اذا ما', 'إذا ما', 'condition'), ('من اجل ان', 'من أجل أن', 'purpose')]
    >>> c = find_connectives_ar("مع أن العدد قليل، لكن الأثر كبير.")[0]
    >>> c.connective, c.kind, c.parts
    ('مع أن … لكن', 'paired', ((0, 5), (18, 21)))
    >>> [(c.text, c.sense) for c in find_connectives_ar("وصل الوفد بعد الظهر، وبدأ الحوار.")]
    [('و', 'addition')]
    """
    if clitics not in CLITIC_POLICIES:
        raise ValueError(f"clitics must be one of {', '.join(CLITIC_POLICIES)}, not {clitics!r}")
    words = words_ar(text)
    structure = split_article_ar(text)
    furniture = [s for s in (structure.dateline, *structure.boilerplate) if s is not None]
    index, clitic_rows = _compile()
    consumed = {w.index for w in words if any(s.start <= w.start < s.end for s in furniture)}
    found: list[Connective] = []
    for i, w in enumerate(words):
        if i in consumed:
            continue
        candidates = _candidates(words, i, index)
        if candidates:
            _, form, m, second = candidates[0]
            consumed.update(range(m.first, m.last + 1))
            sense, subtype, other = form.sense, form.subtype, form.other_senses
            ambiguous = bool(other)
            if form.entry == "بل":
                if _negated_before(words, i):
                    ambiguous, other = False, ()
                else:
                    sense, subtype, other, ambiguous = "addition", "emphatic", ("contrast",), True
            parts = ((m.start, m.end),)
            if second is not None:
                consumed.update(range(second.first, second.last + 1))
                parts += ((second.start, second.end),)
            kind = "paired" if second is not None else ("multiword" if len(form.first) > 1 else "single")
            found.append(Connective(m.start, m.end, text[m.start : m.end], "connective", form.entry, sense, subtype,
                                    SENSE_CLASSES[sense], kind, ambiguous, other, parts))
            continue
        if clitics == "none" or (clitics == "clause_initial" and not w.clause_initial):
            continue
        letter = w.norm[0]
        if letter in clitic_rows and has_conjunction_proclitic_ar(w.plain):
            row = clitic_rows[letter]
            end = w.offsets[1]
            found.append(Connective(w.start, end, text[w.start : end], "connective", row.connective, row.sense, row.subtype,
                                    SENSE_CLASSES[row.sense], "clitic", True, tuple(row.other_senses), ((w.start, end),)))
    return sorted(found, key=lambda c: (c.start, c.end))
