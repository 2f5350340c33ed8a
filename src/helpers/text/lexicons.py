"""Find the entries of a lexicon in a text, clitic-aware.

The kit's lexicons, documented TSV files in ``data/lexicons/``, are loaded and checked by
:mod:`helpers.text.lexicon_files`; any table with an ``entry`` column can be matched as well.

**Matching policy** (:func:`match_lexicon_ar`). Text and entries are compared after
:func:`helpers.text.normalize.normalize_ar` with its defaults (diacritics and tatweel removed, أ إ آ → ا,
ى → ي, ة → ه). A token that is not an entry as it stands may still match after stripping:

* clitics, as the kit's one inventory and policy allow (:mod:`helpers.text.clitics`), and
* inflectional endings (``inflections=True``, the default; fewer for the stance lexicons);
  the rules are in :mod:`helpers.text.lexicon_readings`.

A stripped form counts only **if the remainder is an entry**; among several readings of a token the
one with the fewest stripped pieces wins, so ``وطني`` matches the entry ``وطني`` rather than ``وطن``
+ ي. In a multiword entry the first word may carry proclitics, the last word enclitics and endings,
and any later word the article ال (``الحل السياسي`` matches ``حل سياسي``); words must be
consecutive tokens with no punctuation between them. The longest match (most tokens) is taken
first, then the reading with fewer stripped pieces, then the earlier one; matches of one lexicon
never overlap. A match spans whole tokens, clitics included; what was stripped is recorded.

With ``by="lemma"`` and a morphology table (columns :data:`helpers.morphology.base.MORPHOLOGY_COLUMNS`,
e.g. from ``helpers.morphology.analyze_morphology_ar``), a token also matches when its normalized
lemma is an entry; readings are ranked exact form, then lemma, then stripped forms.

>>> [(m.text, m.entry, m.proclitic, m.label) for m in match_lexicon_ar('دون ضجيج " وكاتيوشا "', "semantic_fields_ar")]
[('وكاتيوشا', 'كاتيوشا', 'و', 'field:conflict_violence')]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pandas as pd

from helpers.text.lexicon_entries import _Entry, _frame_entries, _named_entries
from helpers.text.lexicon_files import LEXICONS, LexiconError
from helpers.text.lexicon_readings import ENDINGS_AR, _norm, _plain, _Reading, _readings
from helpers.text.load import check_text_ar
from helpers.text.spans import Span, spans_to_frame
from helpers.text.tokenize import Token, tokenize_ar

__all__ = [
    "LexiconMatch",
    "match_lexicon_ar",
    "matches_to_frame",
]


@dataclass(frozen=True)
class LexiconMatch(Span):
    """A lexicon entry found in a text.

    Attributes:
        lexicon: the lexicon's name (``"custom"`` for a table without a name).
        entry: the entry as stored in the lexicon.
        match_form: ``"surface"`` (the entry's letters appear as stored, clitics aside),
            ``"normalized"`` (equal after normalization and stripping) or ``"lemma"`` (through the
            morphology table's lemma).
        proclitic: the proclitics stripped from the first token, normalized (``"وال"``), or ``""``.
        enclitic: the pronoun stripped from the last token, or ``""``.
        ending: the inflectional ending stripped from the last token (``"ات"``), or ``""``.
        attributes: the lexicon row's other columns as ``(column, value)`` pairs, in file order
            (for ``antonyms_ar``: ``partners``, the other terms joined by ``|``, and ``relation``).
        negated: set by taggers (see :mod:`helpers.rhetoric.lexical`): a negator governs the match.
        negator: the negating token, or ``""``.
    """

    lexicon: str
    entry: str
    match_form: str
    proclitic: str = ""
    enclitic: str = ""
    ending: str = ""
    attributes: tuple[tuple[str, str], ...] = ()
    negated: bool = False
    negator: str = ""

    def get(self, key: str, default: str = "") -> str:
        """Return the value of one attribute (a column of the lexicon row).

        >>> m = match_lexicon_ar("بحنكة", "evaluative_ar")[0]
        >>> m.get("polarity"), m.get("category")
        ('positive', 'judgement')
        """
        return dict(self.attributes).get(key, default)


def _lemma_keys(tokens: Sequence[Token], morphology: pd.DataFrame | None) -> dict[int, str]:
    if morphology is None:
        return {}
    if not isinstance(morphology, pd.DataFrame):
        raise LexiconError(f"morphology must be a DataFrame, not {type(morphology).__name__}")
    for column in ("start", "lemma"):
        if column not in morphology.columns:
            raise LexiconError(f"morphology table has no {column!r} column (use helpers.morphology.analyze_morphology_ar)")
    by_start: dict[int, str] = {}
    for start, lemma in zip(morphology["start"].tolist(), morphology["lemma"].tolist()):
        if isinstance(lemma, str) and lemma.strip() and int(start) not in by_start:
            by_start[int(start)] = _norm(lemma.strip())
    return {i: by_start[t.start] for i, t in enumerate(tokens) if t.start in by_start}


def match_lexicon_ar(
    text: str,
    lexicon: str | pd.DataFrame,
    *,
    by: Literal["normalized", "lemma"] = "normalized",
    morphology: pd.DataFrame | None = None,
    clitic_aware: bool = True,
    inflections: bool = True,
) -> list[LexiconMatch]:
    """Find the entries of a lexicon in a text (see the module docstring for the policy).

    Args:
        text: any Arabic text, exactly as loaded.
        lexicon: a name of :data:`~helpers.text.lexicon_files.LEXICONS`, or a DataFrame with an
            ``entry`` column (and optionally ``label``; other columns become attributes), or with
            ``term_a``/``term_b``.
        by: ``"normalized"`` compares normalized forms; ``"lemma"`` also compares the lemmas of
            ``morphology``.
        morphology: a morphology table (``start`` and ``lemma`` columns at least), required with
            ``by="lemma"``.
        clitic_aware: strip proclitics and enclitic pronouns when the remainder is an entry.
        inflections: strip the endings ة ات ون ين ت and a tanwin alef when the remainder is an
            entry (only ة, the alef and ت for the stance lexicons boosters_ar, hedges_ar, evidentials_ar).

    Returns:
        Non-overlapping :class:`LexiconMatch` spans sorted by ``start``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        LexiconError: for an unknown lexicon, a table without entries, a missing morphology table.

    >>> text = "وبشكل صريح، انتصرت الدبلوماسية على الأرجح ولن تنتهي بالحروب."
    >>> [(m.text, m.label, m.match_form) for m in match_lexicon_ar(text, "boosters_ar")]
    [('وبشكل صريح', 'booster', 'surface')]
    >>> [(m.text, m.entry) for m in match_lexicon_ar(text, "hedges_ar")]
    [('على الأرجح', 'على الأرجح')]
    >>> [(m.text, m.entry, m.proclitic, m.match_form) for m in match_lexicon_ar(text, "semantic_fields_ar")]
    [('الدبلوماسية', 'دبلوماسية', 'ال', 'surface'), ('بالحروب', 'حروب', 'بال', 'surface')]
    """
    check_text_ar(text)
    if by not in ("normalized", "lemma"):
        raise LexiconError(f"by must be 'normalized' or 'lemma', not {by!r}")
    if by == "lemma" and morphology is None:
        raise LexiconError("by='lemma' needs a morphology table: pass morphology=analyze_morphology_ar(text)")
    name, entries, by_first = _named_entries(lexicon) if isinstance(lexicon, str) else _frame_entries(lexicon)
    spec = LEXICONS.get(name)
    endings = (spec.endings if spec else ENDINGS_AR) if inflections else ()
    if not entries:
        raise LexiconError(f"lexicon {name!r} has no entries")
    tokens, normalized, plains, starts, places = _text_readings(text, endings, clitic_aware)
    lemmas = _lemma_keys(tokens, morphology) if by == "lemma" else {}
    # A word whose lemma differs from its form is also read as the lemma, second after the form.
    shifted = {i for i, lemma in lemmas.items() if normalized[i] and lemma != normalized[i]}

    def readings(i: int, role: str) -> tuple[_Reading, ...]:
        if not normalized[i]:
            return ()
        found = _readings(plains[i], role, endings, clitic_aware)
        if i in shifted:
            return (found[0], _Reading(lemmas[i], 0.5, lemma=True), *found[1:])
        return found

    # Only the readings that begin an entry are tried, in text order: word, then role (a whole
    # entry, then an entry's first word), then reading.
    starting: list[tuple[int, int, int, _Reading]] = []
    for key, where in places.items():
        if key in by_first:
            starting += [(i, role, k + 1 if k and i in shifted else k, starts[i][role][k]) for i, role, k in where]
    for i in shifted:
        if lemmas[i] in by_first:
            lemma = _Reading(lemmas[i], 0.5, lemma=True)
            starting += [(i, 0, 1, lemma), (i, 1, 1, lemma)]
    starting.sort(key=lambda s: s[:3])

    candidates: list[tuple[int, float, int, int, _Entry, list[_Reading]]] = []
    for i, role, _, r in starting:
        for entry in by_first[r.key]:
            n = len(entry.words)
            if (n == 1) != (role == 0) or i + n > len(tokens):
                continue
            chosen = [r]
            for k in range(1, n):
                want = entry.words[k]
                hit = next((x for x in readings(i + k, "last" if k == n - 1 else "middle") if x.key == want), None)
                if hit is None:
                    break
                chosen.append(hit)
            else:
                cost = sum(x.cost for x in chosen)
                candidates.append((n, cost, i, entry.order, entry, chosen))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2], c[3]))
    taken: set[int] = set()
    matches: list[LexiconMatch] = []
    for n, _, i, _, entry, chosen in candidates:
        span = range(i, i + n)
        if any(k in taken for k in span):
            continue
        taken.update(span)
        first, last = tokens[i], tokens[i + n - 1]
        matches.append(LexiconMatch(
            first.start, last.end, text[first.start:last.end], entry.label, name, entry.stored,
            _match_form(tokens[i:i + n], normalized[i:i + n], chosen, entry),
            chosen[0].proclitic, chosen[-1].enclitic, chosen[-1].ending, entry.attributes,
        ))
    return sorted(matches, key=lambda m: (m.start, m.end))


@lru_cache(maxsize=4)
def _text_readings(text: str, endings: tuple[str, ...], clitics: bool) -> tuple[
    list[Token], tuple[str, ...], tuple[str, ...], tuple[tuple[tuple[_Reading, ...], tuple[_Reading, ...]], ...],
    dict[str, list[tuple[int, int, int]]],
]:
    """A text's tokens, their normalized and plain forms, each word's readings as a whole entry
    (role 0) and as an entry's first word (role 1), and where each reading's key occurs (word,
    role, reading): shared by every lexicon matched on the same text."""
    tokens = tokenize_ar(text)
    normalized = tuple(_norm(t.text) if t.kind == "arabic" else "" for t in tokens)
    plains = tuple(_plain(t.text) if t.kind == "arabic" else "" for t in tokens)
    starts = tuple(
        (_readings(plain, "only", endings, clitics), _readings(plain, "first", endings, clitics)) if norm else ((), ())
        for norm, plain in zip(normalized, plains)
    )
    places: dict[str, list[tuple[int, int, int]]] = {}
    for i, roles in enumerate(starts):
        for role, found in enumerate(roles):
            for k, reading in enumerate(found):
                places.setdefault(reading.key, []).append((i, role, k))
    return tokens, normalized, plains, starts, places


def _match_form(tokens: Sequence[Token], normalized: Sequence[str], chosen: Sequence[_Reading], entry: _Entry) -> str:
    if any(r.lemma for r in chosen):
        return "lemma"
    stored = entry.stored.split()
    for token, norm, r, word in zip(tokens, normalized, chosen, stored):
        # Only a token whose normalization deleted nothing can be sliced like its normalized form.
        end = len(norm) - len(r.enclitic) - len(r.ending)
        if len(token.text) != len(norm) or r.key != norm[len(r.proclitic):end]:
            return "normalized"
        if token.text[len(r.proclitic):end] != word:
            return "normalized"
    return "surface"


def matches_to_frame(matches: Iterable[LexiconMatch]) -> pd.DataFrame:
    """Return matches as a DataFrame with one column per attribute (after the span's own fields).

    >>> matches_to_frame(match_lexicon_ar("نجاح كبير", "evaluative_ar"))[["text", "label", "polarity", "category"]]
       text                label  polarity      category
    0  نجاح  evaluative:positive  positive  appreciation
    """
    matches = list(matches)
    frame = spans_to_frame(matches)
    if not matches:
        return frame
    fields = [f.name for f in dataclasses.fields(LexiconMatch) if f.name != "attributes"]
    frame = frame[fields]
    ordered = sorted(matches, key=lambda m: (m.start, m.end))
    keys: list[str] = []
    for m in ordered:
        keys += [k for k, _ in m.attributes if k not in keys and k not in fields]
    for key in keys:
        frame[key] = [m.get(key) for m in ordered]
    return frame
