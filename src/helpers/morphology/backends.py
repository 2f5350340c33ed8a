"""Choosing a morphology backend by name, and the type-level cache of its analyses.

Backends are chosen explicitly: ``get_backend("farahidi")`` (the embedded default, offline) or
``get_backend("camel")`` (CAMeL Tools, which needs its morphology database). The CAMeL backend
is imported only when asked for, so this module never loads ``camel_tools.morphology``.

:class:`AnalysisCache` stores each backend's out-of-context analyses per word *type* (backend
name + form), so a word that occurs a thousand times is analysed once, in this text and in every
later text that uses the same cache. :func:`shared_cache` is the cache used when none is given.
"""

from __future__ import annotations

import atexit
from collections import OrderedDict
from collections.abc import Callable
from typing import Literal

from helpers.morphology.base import BackendUnavailable, MorphologyBackend, WordAnalysis
from helpers.morphology.store import MorphologyStore, default_store

__all__ = ["BACKEND_NAMES", "AnalysisCache", "get_backend", "resolve_backend", "shared_cache"]

#: Names accepted by :func:`get_backend`.
BACKEND_NAMES = ("farahidi", "camel")

_INSTANCES: dict[str, MorphologyBackend] = {}


def _farahidi() -> MorphologyBackend:
    from helpers.morphology.farahidi_backend import FarahidiBackend

    return FarahidiBackend()


def _camel() -> MorphologyBackend:
    try:
        from helpers.morphology.camel_backend import CamelBackend
    except ImportError as err:
        raise BackendUnavailable(f"the CAMeL Tools backend cannot be imported: {err}") from None
    try:
        return CamelBackend()
    except BackendUnavailable as err:
        message = " ".join(str(err).split()) or "CAMeL Tools' morphology database is missing"
        raise BackendUnavailable(message) from None


_FACTORIES: dict[str, Callable[[], MorphologyBackend]] = {"farahidi": _farahidi, "camel": _camel}


def get_backend(name: str) -> MorphologyBackend:
    """Return the backend called ``name``, built once per process and reused.

    Args:
        name: one of :data:`BACKEND_NAMES`.

    Raises:
        ValueError: for an unknown name.
        BackendUnavailable: (one line) if the backend cannot run here.

    >>> get_backend("farahidi").name
    'farahidi'
    >>> get_backend("stanza")
    Traceback (most recent call last):
    ...
    ValueError: unknown morphology backend 'stanza' (choose from farahidi, camel)
    """
    if name not in _FACTORIES:
        raise ValueError(f"unknown morphology backend {name!r} (choose from {', '.join(BACKEND_NAMES)})")
    if name not in _INSTANCES:
        _INSTANCES[name] = _FACTORIES[name]()
    return _INSTANCES[name]


def resolve_backend(backend: str | MorphologyBackend) -> MorphologyBackend:
    """Return ``backend`` itself, or the backend it names (see :func:`get_backend`)."""
    if isinstance(backend, str):
        return get_backend(backend)
    if type(backend) in _CHECKED:  # a runtime protocol check is slow; once per class is enough
        return backend
    if not isinstance(backend, MorphologyBackend):
        raise TypeError(f"backend must be a name or a MorphologyBackend, not {type(backend).__name__}")
    _CHECKED.add(type(backend))
    return backend


_CHECKED: set[type] = set()


class AnalysisCache:
    """Out-of-context analyses per (backend name, word form), shared across texts.

    Args:
        max_size: how many word types to keep in memory (the least recently used are dropped
            first); ``None`` keeps all, ``0`` keeps none (every lookup analyses again: "uncached").
        store: a :class:`~helpers.morphology.store.MorphologyStore` on disk consulted before the
            backend and filled after it (so another process, or a later run, finds the analysis),
            ``"default"`` for :func:`~helpers.morphology.store.default_store` (``ADL_CACHE``), or
            ``None`` (memory only). Only backends with a ``version`` attribute use the store.

    Attributes:
        hits: lookups answered from memory.
        misses: lookups not in memory (answered by the store or the backend).
        analysed: lookups that called the backend.

    >>> from helpers.morphology.farahidi_backend import FarahidiBackend
    >>> cache = AnalysisCache()
    >>> first = cache.analyses(FarahidiBackend(), "الحوار")
    >>> again = cache.analyses(FarahidiBackend(), "الحوار")
    >>> first == again, cache.hits, cache.misses, len(cache)
    (True, 1, 1, 1)
    """

    def __init__(self, *, max_size: int | None = None, store: MorphologyStore | Literal["default"] | None = None) -> None:
        if max_size is not None and max_size < 0:
            raise ValueError(f"max_size must be None or >= 0, not {max_size}")
        self.max_size = max_size
        self.hits = 0
        self.misses = 0
        self.analysed = 0
        self._store_choice = store
        self._store: MorphologyStore | None = None
        self._store_resolved = False
        self._memory: OrderedDict[tuple[str, str], tuple[WordAnalysis, ...]] = OrderedDict()

    @property
    def store(self) -> MorphologyStore | None:
        """The on-disk store in use (resolved on first use), or ``None``."""
        if not self._store_resolved:
            self._store = default_store() if self._store_choice == "default" else self._store_choice  # type: ignore[assignment]
            self._store_resolved = True
        return self._store

    def choose_store_again(self) -> None:
        """Resolve ``store="default"`` again on next use (after ``ADL_CACHE`` changed in this process)."""
        if self._store_choice == "default":
            self._store, self._store_resolved = None, False

    def analyses(self, backend: MorphologyBackend, form: str) -> tuple[WordAnalysis, ...]:
        """Return the backend's analyses of ``form``, analysing it only if no cache has it."""
        key = (backend.name, form)
        found = self._memory.get(key)
        if found is not None:
            self.hits += 1
            self._memory.move_to_end(key)
            return found
        self.misses += 1
        version = getattr(backend, "version", None)
        store = self.store if version is not None else None
        found = store.get(backend.name, str(version), form) if store is not None else None
        if found is None:
            self.analysed += 1
            found = tuple(backend.analyze_word(form))
            if store is not None:
                store.put(backend.name, str(version), form, found)
        if self.max_size != 0:
            self._memory[key] = found
            if self.max_size is not None and len(self._memory) > self.max_size:
                self._memory.popitem(last=False)
        return found

    def flush(self) -> None:
        """Write the store's queued analyses to disk (done at the end of every table)."""
        if self._store_resolved and self._store is not None:
            self._store.flush()

    def __len__(self) -> int:
        return len(self._memory)

    def __contains__(self, key: object) -> bool:
        return key in self._memory

    def clear(self) -> None:
        """Forget every analysis kept in memory and reset the counters (the store is kept)."""
        self._memory.clear()
        self.hits = self.misses = self.analysed = 0

    def __repr__(self) -> str:
        return f"AnalysisCache({len(self)} types, hits={self.hits}, misses={self.misses}, max_size={self.max_size}, store={self.store!r})"


_SHARED = AnalysisCache(max_size=500_000, store="default")
atexit.register(_SHARED.flush)


def shared_cache() -> AnalysisCache:
    """Return the process-wide cache used when a function is given no cache.

    It keeps up to 500,000 types in memory and uses the default on-disk store
    (:func:`~helpers.morphology.store.default_store`; ``ADL_CACHE=off`` turns it off).
    """
    return _SHARED
