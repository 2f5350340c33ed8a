"""Us/them polarisation (van Dijk's ideological square): actors in camps, crossed with evaluation.

Van Dijk's square has four moves: emphasise *our* good things, emphasise *their* bad things,
de-emphasise our bad things and their good things. This module finds the first two and flags the
other two where they are said aloud:

1. **Actors**: every mention of an entry of ``data/lexicons/actors_ar.tsv`` (names and group nouns
   of Iraqi and US–Iraqi politics, each with a ``group`` id), or of a table you pass.
2. **Camps**: groups are put in camps by ``camps`` (``{"us": {...}, "them": {...}}``). Camps are
   a reading of one text, not a fact about the actors: :data:`DEFAULT_CAMPS` is the reading of a
   government-aligned Iraqi outlet (the case study), where the US is an ally; a text from the
   armed factions' side needs the US under "them". Groups in no camp are ignored.
3. **Evaluation**: each match of ``evaluative_ar`` in the same sentence goes to the nearest actor
   mention within ``window`` words (ties: the earlier mention); a negator just before it
   (لا, لم, لن, غير, دون ...) flips its polarity, unless an actor mention follows the negator
   closely too (``دون ضجيج وكاتيوشا``: noise and Katyusha are absent together, both judged bad).
4. **Device**: one ``us_them`` device per mention with at least one evaluation, spanning the
   mention and its evaluative words; the explanation names the camp, the polarity and the move.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections.abc import Mapping
from functools import lru_cache

import pandas as pd

from helpers.data import data_path
from helpers.text.lexicons import match_lexicon_ar
from helpers.rhetoric.devices_base import NEGATORS, Device, make_device, text_words_ar

__all__ = ["ACTORS_FILE", "DEFAULT_CAMPS", "load_actors_ar", "actor_mentions_ar", "find_us_them_ar"]

#: The actor gazetteer, relative to the data folder.
ACTORS_FILE = "lexicons/actors_ar.tsv"

#: Camps for a government-aligned reading of Iraqi politics (documented in the module docstring).
DEFAULT_CAMPS: dict[str, frozenset[str]] = {
    "us": frozenset({"iraqi_government", "iraqi_state", "iraqi_forces", "iraqi_parliament", "us_government",
                     "us_forces", "western_bloc"}),
    "them": frozenset({"armed_factions", "radical_agendas", "former_regime", "isis"}),
}

_MOVES = {
    ("us", "positive"): "emphasises our good things",
    ("them", "negative"): "emphasises their bad things",
    ("us", "negative"): "our bad things said aloud: look for mitigation",
    ("them", "positive"): "their good things said aloud (rare in polarised texts)",
}


@lru_cache(maxsize=1)
def _actors() -> pd.DataFrame:
    frame = pd.read_csv(data_path(ACTORS_FILE), sep="\t", comment="#", dtype=str, keep_default_na=False,
                        quoting=csv.QUOTE_NONE, encoding="utf-8")
    expected = ["entry", "group", "kind", "gloss", "note"]
    if list(frame.columns) != expected:
        raise ValueError(f"{ACTORS_FILE}: expected columns {', '.join(expected)}, got {', '.join(frame.columns)}")
    return frame


def load_actors_ar() -> pd.DataFrame:
    """Return the actor gazetteer (columns ``entry``, ``group``, ``kind``, ``gloss``, ``note``).

    >>> actors = load_actors_ar()
    >>> actors.loc[actors.entry == "الكاظمي", "group"].item()
    'iraqi_government'
    """
    return _actors().copy()


def _camp_of(camps: Mapping[str, frozenset[str] | set[str]]) -> dict[str, str]:
    if not isinstance(camps, Mapping) or not set(camps) <= {"us", "them"}:
        raise ValueError("camps must be a mapping with keys 'us' and/or 'them', each a set of actor groups")
    camp_of: dict[str, str] = {}
    for camp, groups in camps.items():
        for g in groups:
            if g in camp_of:
                raise ValueError(f"actor group {g!r} is in both camps")
            camp_of[g] = camp
    return camp_of


def actor_mentions_ar(text: str, *, actors: pd.DataFrame | None = None,
                      camps: Mapping[str, frozenset[str] | set[str]] | None = None) -> pd.DataFrame:
    """Return every actor mention with its group and camp.

    Args:
        text: the text, exactly as loaded.
        actors: a gazetteer with ``entry`` and ``group`` columns; ``None`` loads ``actors_ar``.
        camps: ``{"us": groups, "them": groups}``; ``None`` uses :data:`DEFAULT_CAMPS`.

    Returns:
        Columns ``start``, ``end``, ``text``, ``entry``, ``group``, ``camp`` (``"us"``,
        ``"them"`` or ``""``), sorted by ``start``.

    >>> actor_mentions_ar("قال الكاظمي إن داعش هُزم.")[["text", "group", "camp"]].values.tolist()
    [['الكاظمي', 'iraqi_government', 'us'], ['داعش', 'isis', 'them']]
    """
    table = load_actors_ar() if actors is None else actors
    if not {"entry", "group"} <= set(table.columns):
        raise ValueError("actors must have 'entry' and 'group' columns")
    camp_of = _camp_of(DEFAULT_CAMPS if camps is None else camps)
    lexicon = table[["entry", "group"]].assign(label="actor")
    rows = [{"start": m.start, "end": m.end, "text": m.text, "entry": m.entry, "group": m.get("group"),
             "camp": camp_of.get(m.get("group"), "")} for m in match_lexicon_ar(text, lexicon)]
    return pd.DataFrame(rows, columns=["start", "end", "text", "entry", "group", "camp"])


def find_us_them_ar(text: str, *, window: int = 8, actors: pd.DataFrame | None = None,
                    camps: Mapping[str, frozenset[str] | set[str]] | None = None,
                    evaluative: str | pd.DataFrame = "evaluative_ar") -> list[Device]:
    """Cross actor mentions in camps with the evaluation around them.

    Args:
        text: the text, exactly as loaded.
        window: the largest distance, in words, from a mention to an evaluative word (same sentence).
        actors: the actor gazetteer (``None``: ``actors_ar``).
        camps: groups per camp (``None``: :data:`DEFAULT_CAMPS`).
        evaluative: the evaluative lexicon's name or a table with ``entry`` and ``polarity``.

    Returns:
        ``us_them`` devices; parts are the mention and its evaluative words.

    >>> for d in find_us_them_ar("نجح الكاظمي بحنكة، وفشل داعش في إرهابه."):
    ...     print(d.explanation)
    us (iraqi_government: 'الكاظمي') + positive ('نجح', 'بحنكة'): emphasises our good things
    them (isis: 'داعش') + negative ('وفشل', 'إرهابه'): emphasises their bad things
    >>> find_us_them_ar("زار الكاظمي بغداد أمس.")
    []
    """
    mentions = actor_mentions_ar(text, actors=actors, camps=camps)
    mentions = mentions[mentions.camp != ""]
    if mentions.empty:
        return []
    words = text_words_ar(text)
    starts = [w.start for w in words]
    ordered = all(a.end <= b.start for a, b in zip(words, words[1:]))

    def word_of(offset: int):
        if ordered:  # words sorted and apart: only the last one starting at or before can hold it
            k = bisect_right(starts, offset) - 1
            return words[k] if k >= 0 and words[k].start <= offset < words[k].end else None
        for w in words:
            if w.start <= offset < w.end:
                return w
        return None

    ment = [(word_of(r.start), word_of(r.end - 1), r) for r in mentions.itertuples()]
    ment = [(a, b, r) for a, b, r in ment if a is not None and b is not None]
    actor_words = {w.index for a, b, _ in ment for w in words[a.index : b.index + 1]}
    actor_starts = {a.index for a, _, _ in ment}
    by_sentence: dict[int, list[int]] = {}  # sentence -> positions in ``ment``, in order
    for k, (a, _, _) in enumerate(ment):
        by_sentence.setdefault(a.sentence, []).append(k)
    assigned: dict[int, list[tuple[object, str]]] = {}
    for m in match_lexicon_ar(text, evaluative):
        w = word_of(m.start)
        if w is None or w.index in actor_words:
            continue
        polarity = m.get("polarity")
        if polarity not in ("positive", "negative"):
            continue
        before = [v for v in words[max(0, w.index - 2) : w.index]
                  if v.sentence == w.sentence and (v.normalized in NEGATORS or v.stem in NEGATORS)]
        # A negator flips the evaluation, unless the actor stands in its scope too: in
        # "دون ضجيج وكاتيوشا" the noise and the Katyusha are absent together, and both are bad.
        in_scope = before and any(before[-1].index + d in actor_starts for d in range(1, 5))
        if before and not in_scope:
            polarity = "negative" if polarity == "positive" else "positive"
        best = None
        for k in by_sentence.get(w.sentence, ()):
            a, b, r = ment[k]
            distance = a.index - w.index if w.index < a.index else w.index - b.index
            if distance <= window and (best is None or distance < best[0]):
                best = (distance, k)
        if best is not None:
            assigned.setdefault(best[1], []).append((m, polarity))
    found: list[Device] = []
    for k, evaluations in sorted(assigned.items()):
        a, b, r = ment[k]
        score = sum(1 if p == "positive" else -1 for _, p in evaluations)
        if score == 0:
            continue
        polarity = "positive" if score > 0 else "negative"
        words_txt = ", ".join(f"'{m.text}'" for m, p in evaluations if p == polarity)
        parts = [(r.start, r.end)] + [(m.start, m.end) for m, _ in evaluations]
        found.append(make_device(text, "us_them", parts,
                                 f"{r.camp} ({r.group}: '{r.text}') + {polarity} ({words_txt}): {_MOVES[(r.camp, polarity)]}",
                                 target=(r.start, r.end)))
    return sorted(found, key=lambda d: (d.start, d.end))
