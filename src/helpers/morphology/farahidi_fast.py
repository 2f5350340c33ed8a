"""farahidi's analyzer with the same analyses, faster and in a fixed order.

Profiling farahidi 0.x on news text (see ``benchmarks/morphology.py``) shows that most of the
time of one analysis goes into one loop: for every possible stem of a word, *every* unvoweled stem
pattern of that length in AlKhalil's lexicon (about 500) is compared letter by letter with the
stem (``is_diac_pattern``), to keep the handful that fit. :class:`FastFarahidiAnalyzer` keeps
farahidi's code and lexicon as they are and changes only what that loop is given:

* **an index of patterns.** For each category and length, the patterns are grouped by the
  positions of their fixed letters (those that are not the root slots ف ع ل); within a group a
  dictionary maps the fixed letters to the patterns. A stem then finds the patterns that fit in
  one lookup per group (a few dozen), and the loop sees only those, in the lexicon's order, so
  its results are unchanged;
* **memoized pure helpers**: farahidi's ``correct_hamza``, ``word_from_root_and_pattern`` and
  ``normalize_hamza`` (strings in, a string out) get a bounded cache, and so do the lexicon
  look-ups that depend only on table ids (the formulas of a root and pattern, a pattern's
  diacritized forms, a part-of-speech code's features): the analyzer calls them again for every
  word that shares a stem or a pattern;
* **a fixed order**: farahidi collects candidate roots in a Python ``set``, whose iteration order
  changes with ``PYTHONHASHSEED``, and lists analyses in that order. Here they are sorted, so the
  analyses come in the same order in every process.

``tests/helpers/morphology/test_farahidi_fast.py`` checks on a word list that the analyses are
exactly farahidi's (as a multiset). About 2.5–3 times faster per word on news text.
"""

from __future__ import annotations

import functools
import operator
import threading
from typing import Any

__all__ = ["FastFarahidiAnalyzer", "memoize_farahidi_helpers"]

_SLOTS = frozenset("فعل")
_PATCHED = threading.Lock()
_DONE = False


def memoize_farahidi_helpers(*, max_size: int = 200_000) -> None:
    """Give farahidi's pure helpers a bounded cache (once per process; idempotent).

    The string helpers are replaced where farahidi's modules look them up (``normalize`` and
    the modules that imported them by name); the part-of-speech decoders, whose results
    depend only on the lexicon and a code, are cached per code.
    """
    global _DONE
    with _PATCHED:
        if _DONE:
            return
        from farahidi import analyzer, normalize, vowelize

        for name in ("correct_hamza", "word_from_root_and_pattern", "normalize_hamza"):
            function = getattr(normalize, name)
            if not hasattr(function, "cache_info"):
                cached = functools.lru_cache(maxsize=max_size)(function)
                setattr(normalize, name, cached)
                for module in (vowelize, analyzer):
                    if getattr(module, name, None) is function:
                        setattr(module, name, cached)
        for name in ("decode_noun", "decode_verb"):
            setattr(analyzer, name, _per_code(getattr(analyzer, name)))
        _DONE = True


def _per_code(decode: Any) -> Any:
    """``decode(lexicon, code)`` computed once per (lexicon, code); callers get their own copy."""
    memo: dict[tuple[int, int], dict] = {}

    @functools.wraps(decode)
    def cached(lexicon: Any, code: int) -> dict:
        key = (id(lexicon), code)
        found = memo.get(key)
        if found is None:
            found = memo[key] = decode(lexicon, code)
        return dict(found)

    return cached


class _PatternIndex:
    """The unvoweled stem patterns of one category and length, indexed by their fixed letters."""

    def __init__(self, patterns: list[dict], normalize_hamza: Any) -> None:
        self.patterns = patterns
        groups: dict[tuple[int, ...], dict[tuple[str, ...], list[int]]] = {}
        for index, entry in enumerate(patterns):
            value = entry["val"]
            value = value[0] + normalize_hamza(value[1:]) if value else value
            fixed = tuple(i for i, char in enumerate(value) if char not in _SLOTS)
            groups.setdefault(fixed, {}).setdefault(tuple(value[i] for i in fixed), []).append(index)
        self.groups = [(fixed, _key_getter(fixed), table) for fixed, table in groups.items()]

    def fitting(self, stem: str) -> list[dict]:
        """The patterns that may fit ``stem``, in the lexicon's order (a superset of the exact test)."""
        found: list[int] = []
        size = len(stem)
        for fixed, key, table in self.groups:
            if fixed and fixed[-1] >= size:
                # farahidi compares only up to the shorter length: keep such patterns, let it decide.
                found.extend(i for ids in table.values() for i in ids)
                continue
            hit = table.get(key(stem))
            if hit:
                found.extend(hit)
        return [self.patterns[i] for i in sorted(found)]


def _key_getter(fixed: tuple[int, ...]) -> Any:
    if not fixed:
        return lambda stem: ()
    if len(fixed) == 1:
        position = fixed[0]
        return lambda stem: (stem[position],)
    return operator.itemgetter(*fixed)


def _filtering(lexicon: Any, owner: Any) -> Any:
    """``lexicon.unvoweled_stems``, giving only the patterns that may fit the stem being analysed."""
    plain = lexicon.unvoweled_stems
    indexes: dict[tuple[str, int], _PatternIndex] = {}

    def unvoweled_stems(cat: str, length: int) -> list[dict]:
        stem = owner._stem
        if stem is None:
            return plain(cat, length)
        index = indexes.get((cat, length))
        if index is None:
            from farahidi import normalize

            index = indexes[(cat, length)] = _PatternIndex(plain(cat, length), normalize.normalize_hamza)
        return index.fitting(stem)

    return unvoweled_stems


def _analyzer_class() -> type:
    import farahidi
    from farahidi import normalize

    class FastFarahidiAnalyzer(farahidi.Analyzer):  # type: ignore[misc,valid-type]
        """``farahidi.Analyzer`` with a pattern index and a deterministic order (see the module notes).

        >>> import farahidi
        >>> fast, plain = FastFarahidiAnalyzer(), farahidi.Analyzer()
        >>> sorted(map(repr, fast.analyze("المفاوضات"))) == sorted(map(repr, plain.analyze("المفاوضات")))
        True
        """

        def __init__(self) -> None:
            memoize_farahidi_helpers()
            super().__init__()
            self._stem: str | None = None
            # The lexicon's formula dicts live as long as the analyzer, so their ids are stable keys.
            self._info_memo: dict[tuple[str, str, int, str], list[dict]] = {}
            self._results_memo: dict[tuple[int, int, str], list[str]] = {}
            # This analyzer's own lexicon object gets the filtering method (an instance attribute).
            self.lex.unvoweled_stems = _filtering(self.lex, self)

        def _possible_solutions(self, seg: Any, cat: str, cache: dict) -> dict:
            stem = seg.stem
            if stem in cache:
                return cache[stem]
            self._stem = stem[0] + normalize.normalize_hamza(stem[1:]) if stem else stem
            try:
                return super()._possible_solutions(seg, cat, cache)
            finally:
                self._stem = None

        def _get_possible_roots(self, stem: str, rules: str, cat: str) -> list[str]:  # type: ignore[override]
            return sorted(super()._get_possible_roots(stem, rules, cat))

        def _get_info_result(self, id_root: str, id_pattern_stem: str, length: int, cat: str) -> list[dict]:
            key = (id_root, id_pattern_stem, length, cat)
            found = self._info_memo.get(key)
            if found is None:
                found = self._info_memo[key] = super()._get_info_result(id_root, id_pattern_stem, length, cat)
            return list(found)

        def _info_results(self, formula: dict, length: int, cat: str) -> list[str]:
            key = (id(formula), length, cat)
            found = self._results_memo.get(key)
            if found is None:
                found = self._results_memo[key] = super()._info_results(formula, length, cat)
            return list(found)

    return FastFarahidiAnalyzer


def __getattr__(name: str) -> Any:
    # The class is built on first use, so importing this module does not import farahidi.
    if name == "FastFarahidiAnalyzer":
        cls = _analyzer_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)
