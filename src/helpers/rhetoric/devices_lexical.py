"""Devices of word choice and arrangement: repetition, anaphora, lists and triads, root paronomasia.

Every detector takes the text as loaded and returns :class:`~helpers.rhetoric.devices_base.Device`
spans sorted by start. Words are compared by their ``key`` (the lemma with a morphology table,
else a light stem: see :mod:`helpers.rhetoric.devices_base`).

* **repetition** (تكرار): the same content word two or more times within ``window`` words in
  one paragraph. Function words (``في``, ``أن``, ``الذي``) never count.
* **anaphora** (تكرار استهلالي): two or more consecutive clauses, or consecutive sentences, of one
  paragraph opening with the same words (conjunction ``و``/``ف`` and proclitic prepositions
  ignored: ``بالمزيد من`` = ``والمزيد من``). The shared opening must hold a content word or be two
  words or more; a lone ``و`` or a lone ``أن`` is not anaphora.
* **triad / list** (تعداد): three (triad) or four or more (list) items joined by ``و`` or ``،``
  in parallel form: each item one to :data:`MAX_ITEM_WORDS` words with a content word among its first two, item lengths differing by at
  most one word, all definite or all indefinite, and (with a morphology table) heads of one part
  of speech, with at least one ``و`` (a bare comma chain is usually apposition: ``رئيس الوزراء،
  مصطفى الكاظمي، أمس``). The first item is read back from the first link as long as the second
  item; the last may run on into the sentence, and is then cut to the length of the shortest item
  (two words at least: a one-word cut cannot tell an adjective from a verb). With a
  morphology table, three or more consecutive clauses of one sentence that each open with a verb,
  the later ones with ``و``, are a clause triad too. Two items are a pair, never a triad.
* **jinas al-ishtiqaq** (جناس اشتقاق): two different content words (different lemma, or different
  stem without lemmas) sharing a root of three letters or more within ``window`` words of one
  sentence. Roots come only from a morphology table; without one the detector finds nothing and
  says so in a warning.
"""

from __future__ import annotations

import warnings
from collections import defaultdict

import pandas as pd

from helpers.rhetoric.devices_base import Device, Word, make_device, resolve_morphology_ar, text_words_ar

__all__ = [
    "MAX_ITEM_WORDS",
    "find_repetition_ar",
    "find_anaphora_ar",
    "find_triads_ar",
    "find_jinas_ar",
]

#: The longest item (in words) of a coordinated chain of phrases.
MAX_ITEM_WORDS = 4


def _sorted(found: list[Device]) -> list[Device]:
    return sorted(found, key=lambda d: (d.start, d.end, d.device))


def find_repetition_ar(text: str, *, window: int = 10, morphology: pd.DataFrame | bool | None = False) -> list[Device]:
    """Find content words repeated within ``window`` words in one paragraph.

    Args:
        text: the text, exactly as loaded.
        window: the largest distance, in words, between two occurrences of a chain.
        morphology: a morphology table (compare lemmas), ``False`` (light stems, the default) or
            ``None`` (run ``analyze_morphology_ar`` if it is available).

    Returns:
        One ``repetition`` device per chain of occurrences, with one part per occurrence.

    >>> [(d.text, len(d.parts)) for d in find_repetition_ar("وضعوا تصورات مشتركة ومباحثات مشتركة في بغداد.")]
    [('مشتركة ومباحثات مشتركة', 2)]
    >>> find_repetition_ar("ذهب في الصباح وعاد في المساء.")
    []
    """
    words = text_words_ar(text, morphology=resolve_morphology_ar(text, morphology))
    chains: dict[tuple[int, str], list[Word]] = defaultdict(list)
    found: list[Device] = []

    def close(chain: list[Word]) -> None:
        if len(chain) >= 2:
            forms = " / ".join(dict.fromkeys(w.text for w in chain))
            found.append(make_device(text, "repetition", [(w.start, w.end) for w in chain],
                                     f"'{chain[0].key}' repeated {len(chain)} times within {window} words ({forms})"))

    for w in words:
        if not w.content:
            continue
        chain = chains[(w.paragraph, w.key)]
        if chain and w.index - chain[-1].index > window:
            close(chain)
            chain.clear()
        chain.append(w)
    for chain in chains.values():
        close(chain)
    return _sorted(found)


def _opening(words: list[Word], limit: int = 3) -> list[str]:
    return [w.stem for w in words[:limit]]


def find_anaphora_ar(text: str, *, morphology: pd.DataFrame | bool | None = False) -> list[Device]:
    """Find runs of consecutive clauses or sentences that open with the same words.

    Args:
        text: the text, exactly as loaded.
        morphology: a morphology table (its content/function decision is used), ``False`` (the
            default) or ``None`` (automatic).

    Returns:
        One ``anaphora`` device per run, spanning the run; parts are the repeated openings.

    >>> [d.text for d in find_anaphora_ar("بالمزيد من العمل، والمزيد من البناء، والمزيد من الحوار.")]
    ['بالمزيد من العمل، والمزيد من البناء، والمزيد من الحوار']
    >>> find_anaphora_ar("قال إن الوفد وصل، وأن المحادثات بدأت.")
    []
    """
    words = text_words_ar(text, morphology=resolve_morphology_ar(text, morphology))
    found: list[Device] = []
    seen: set[tuple[int, int]] = set()
    for unit in ("clause", "sentence"):
        groups: dict[int, list[Word]] = defaultdict(list)
        for w in words:
            groups[getattr(w, unit)].append(w)
        units = [groups[k] for k in sorted(groups)]
        i = 0
        while i < len(units) - 1:
            j = i
            shared = _opening(units[i])
            while j + 1 < len(units) and units[j + 1][0].paragraph == units[i][0].paragraph:
                nxt = _opening(units[j + 1])
                common = 0
                while common < min(len(shared), len(nxt)) and shared[common] == nxt[common]:
                    common += 1
                prefix = units[i][:common]
                if not (common >= 2 or any(w.content for w in prefix)):
                    break
                shared = shared[:common]
                j += 1
            if j > i:
                n = len(shared)
                run = units[i : j + 1]
                parts = [(u[0].start, u[n - 1].end) for u in run]
                start, end = run[0][0].start, run[-1][-1].end
                if (start, end) not in seen:
                    seen.add((start, end))
                    opening = " ".join(units[i][k].text for k in range(n))
                    found.append(make_device(text, "anaphora", parts,
                                             f"{len(run)} consecutive {unit}s open with '{opening}'", start=start, end=end))
                i = j
            else:
                i += 1
    # A sentence run that lies inside a clause run (or the reverse) is reported once, the longer.
    # In this order every kept run starts at or before d, so one holds d exactly when the
    # furthest end of the kept runs reaches d's end.
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Device] = []
    reach = -1
    for d in found:
        if not (kept and reach >= d.end):
            kept.append(d)
            reach = max(reach, d.end)
    return _sorted(kept)


def _definite(w: Word) -> bool:
    form = w.normalized[1:] if w.conjunction and w.normalized.startswith("و") else w.normalized
    return form.startswith(("ال", "بال", "كال", "لل", "فال"))


def _shape(item: list[Word]) -> tuple[bool, str]:
    return _definite(item[0]), item[0].pos


def _parallel(items: list[list[Word]]) -> bool:
    if not all(any(w.content for w in it[:2]) for it in items):
        return False
    lengths = [len(it) for it in items]
    if max(lengths) - min(lengths) > 1 or max(lengths) > MAX_ITEM_WORDS:
        return False
    return len({_shape(it) for it in items}) == 1


def _phrase_chains(words: list[Word], text: str) -> list[list[list[Word]]]:
    """Coordinated chains of short items within each clause-free stretch of one sentence."""
    chains: list[list[list[Word]]] = []
    by_sentence: dict[int, list[Word]] = defaultdict(list)
    for w in words:
        by_sentence[w.sentence].append(w)
    for sentence in by_sentence.values():
        # Split the sentence into items at each conjunction و and at each comma-like break.
        segments: list[tuple[bool, list[Word]]] = []  # (opened by a link?, words)
        for k, w in enumerate(sentence):
            gap = text[sentence[k - 1].end : w.start] if k else ""
            comma = any(c in gap for c in "،,")
            stop = any(c in gap for c in "؛;:()\"«»")
            if not segments or stop:
                segments.append((False, [w]))
            elif w.conjunction or comma:
                segments.append((True, [w]))
            else:
                segments[-1][1].append(w)
        k = 0
        while k < len(segments) - 1:
            if not segments[k + 1][0]:
                k += 1
                continue
            second = segments[k + 1][1]
            first = segments[k][1][-len(second):] if len(second) <= len(segments[k][1]) else segments[k][1]
            items = [first, second]
            m = k + 2
            while m < len(segments) and segments[m][0]:
                candidate = segments[m][1]
                if _parallel([*items, candidate]):
                    items.append(candidate)
                    m += 1
                    continue
                # The last item may run on into the rest of the sentence: keep as many words as
                # the item before it, and end the chain there.
                cut = candidate[: min(len(it) for it in items)]
                if len(candidate) > MAX_ITEM_WORDS and len(cut) >= 2 and _parallel([*items, cut]):
                    items.append(cut)
                    m += 1
                break
            linked_by_waw = any(it[0].conjunction for it in items[1:])
            if len(items) >= 3 and _parallel(items) and linked_by_waw:
                chains.append(items)
                k = m
            else:
                k += 1
    return chains


def _clause_chains(words: list[Word]) -> list[list[list[Word]]]:
    """Three or more consecutive clauses of one sentence, each opening with a verb (needs POS)."""
    clauses: dict[int, list[Word]] = defaultdict(list)
    for w in words:
        clauses[w.clause].append(w)
    ordered = [clauses[k] for k in sorted(clauses)]
    chains: list[list[list[Word]]] = []
    run: list[list[Word]] = []
    for c in ordered:
        opens_verb = c[0].pos == "VERB"
        joins = run and c[0].sentence == run[-1][0].sentence and c[0].conjunction and opens_verb
        if joins:
            run.append(c)
            continue
        if len(run) >= 3:
            chains.append(run)
        run = [c] if opens_verb and not c[0].conjunction else []
    if len(run) >= 3:
        chains.append(run)
    return chains


def find_triads_ar(text: str, *, morphology: pd.DataFrame | bool | None = False) -> list[Device]:
    """Find coordinated chains of three (``triad``) or more (``list``) parallel items.

    Args:
        text: the text, exactly as loaded.
        morphology: a morphology table (adds part-of-speech parallelism and clause triads),
            ``False`` (the default) or ``None`` (automatic).

    Returns:
        ``triad`` or ``list`` devices; parts are the items.

    >>> [(d.device, d.text) for d in find_triads_ar("ستنتهي بالكوارث والحروب والويلات.")]
    [('triad', 'بالكوارث والحروب والويلات')]
    >>> find_triads_ar("زار الوزير البصرة والموصل.")
    []
    """
    table = resolve_morphology_ar(text, morphology)
    words = text_words_ar(text, morphology=table)
    found: list[Device] = []
    chains = [("phrase", c) for c in _phrase_chains(words, text)]
    if table is not None:
        chains += [("clause", c) for c in _clause_chains(words)]
    for kind, items in chains:
        device = "triad" if len(items) == 3 else "list"
        heads = " / ".join(it[0].text for it in items)
        what = "clauses opening with a verb" if kind == "clause" else "parallel items"
        found.append(make_device(text, device, [(it[0].start, it[-1].end) for it in items],
                                 f"{len(items)} coordinated {what}: {heads}"))
    found = _sorted(found)
    kept: list[Device] = []
    spans: set[tuple[int, int]] = set()
    for d in found:  # a phrase chain inside a clause chain is kept too, but not an exact duplicate
        if (d.start, d.end) not in spans:
            spans.add((d.start, d.end))
            kept.append(d)
    return kept


def find_jinas_ar(text: str, *, window: int = 8, morphology: pd.DataFrame | bool | None = None) -> list[Device]:
    """Find different words from one root close together (jinas al-ishtiqaq).

    Args:
        text: the text, exactly as loaded.
        window: the largest distance, in words, between the two words (same sentence only).
        morphology: a morphology table with ``root`` and ``lemma`` columns; ``None`` (the
            default) runs ``analyze_morphology_ar`` if it is available; ``False`` turns roots off.
            Without roots the detector returns ``[]`` with a warning.

    Returns:
        One ``jinas_ishtiqaq`` device per pair of neighbouring words; parts are the two words.

    >>> import pandas as pd
    >>> t = "الحوار وسيلة محورية"
    >>> table = pd.DataFrame({"start": [0, 7, 13], "end": [6, 12, 19], "token": t.split(),
    ...                       "lemma": ["حوار", "وسيلة", "محوري"], "root": ["حور", "وسل", "حور"],
    ...                       "pos_coarse": ["NOUN", "NOUN", "ADJ"]})
    >>> [(d.text, d.explanation) for d in find_jinas_ar(t, morphology=table)]
    [('الحوار وسيلة محورية', "root ح-و-ر shared by 'الحوار' and 'محورية' (different words)")]
    """
    table = resolve_morphology_ar(text, morphology)
    if table is None or "root" not in table.columns:
        warnings.warn("jinas al-ishtiqaq needs roots: pass morphology=analyze_morphology_ar(text); none found", stacklevel=2)
        return []
    words = [w for w in text_words_ar(text, morphology=table) if w.content and len(w.root) >= 3]
    found: list[Device] = []
    for i, a in enumerate(words):
        for j in range(i + 1, len(words)):  # by index: a slice per word would copy the rest of the text
            b = words[j]
            if b.sentence != a.sentence or b.index - a.index > window:
                break
            if a.root == b.root and a.key != b.key and a.stem != b.stem:
                found.append(make_device(text, "jinas_ishtiqaq", [(a.start, a.end), (b.start, b.end)],
                                         f"root {'-'.join(a.root)} shared by '{a.text}' and '{b.text}' (different words)"))
                break
    return _sorted(found)
