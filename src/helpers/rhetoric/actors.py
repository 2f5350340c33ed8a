"""The actors of a text and its camps, read from the text itself.

A text's actors are not a list fixed in advance: a Tunisian article about its parliament has other
actors than an Iraqi column about Washington. :func:`text_actor_mentions_ar` takes them from the
text:

* **names** (:func:`helpers.entities.find_entities_ar`): persons, organizations, and places as
  collective actors (``تونس`` for the Tunisian state). A mention's ``group`` is the entity's
  canonical name, so ``بشار الأسد`` and a later ``الأسد`` are one actor;
* **collective groups**: a definite noun with a demonym adjective (``الشعب السوري``, ``القوات
  الأمريكية``, ``الحكومة العراقية``, ``السلطات التونسية``), unless the noun is a title (``الرئيس
  السوري`` names a person) or the phrase is part of a name; the group is the phrase;
* **"we"**: the writer's first person plural ``نحن`` (group ``نحن``), and nouns the text calls
  its own with the possessive ``نا`` (``بلادنا``, ``حكومتنا``; read from the morphology table),
  each its own group, without a و or ف written on it.

A **domain lexicon** (a table with ``entry`` and ``group``, such as the case study's
:func:`helpers.rhetoric.ideology.load_actors_ar`) is the other source of actors: a reader's list,
matched by :func:`lexicon_actor_mentions_ar` instead of the text's own. It is never applied unless
passed.

**Camps** (:func:`actor_camps_ar`) are derived from the text as well, from three kinds of
evidence, each counted per actor group:

* **evaluation**: each evaluative word (``evaluative_ar``) of a sentence goes to the nearest actor
  mention at most ``window`` words away, its polarity flipped by a negator just before it
  (:func:`assign_evaluations_ar`, the same rule as the ideological square): +1 or -1;
* **first person plural**: the writer's "we" is "us" by definition, and so is what the text calls
  its own (``حكومتنا`` "our government"), whatever it says of it: an attack on "our government" is
  "our bad things said aloud";
* **attribution**: an actor quoted with a distancing verb (``زعم``, ``ادعى``: the
  ``reporting_verbs_ar`` lexicon's ``distancing`` stance) scores -1.

The score is positive minus negative evaluations minus distancing attributions. A group of the
writer's "we" is "us"; otherwise a score that reaches ``threshold`` is "us", one at
``-threshold`` or below is "them", and the rest is in no camp.

**Limits.** The evaluation evidence is the one the ideological square then reads, so with derived
camps the square mostly finds its first two moves (our good, their bad); "our bad things said
aloud" appears only where a mention's local evaluation goes against its actor's overall balance.
Evaluation goes to the nearest mention, whatever the syntax; irony and reported evaluation count
as the writer's; a neutral news report yields few or no camps, which is the honest answer. Camps
are a reading: pass ``camps=`` to read a text another way.

>>> m = text_actor_mentions_ar("قال الرئيس السوري بشار الأسد إن الشعب السوري صامد وإن بلادنا لن تركع.")
>>> m[["text", "group", "kind"]].values.tolist()
[['بشار الأسد', 'بشار الأسد', 'person'], ['الشعب السوري', 'الشعب السوري', 'group'], ['بلادنا', 'بلادنا', 'we']]
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

from helpers.data import data_path
from helpers.entities import EntitySpan, demonym_ar, find_entities_ar
from helpers.entities.clues import is_time_word_ar, is_title_word_ar
from helpers.entities.words import entity_words_ar, is_function_word_ar, plain_ar, resolve_morphology_ar, zipf_ar
from helpers.rhetoric.devices_base import NEGATORS, shared_build, text_words_ar
from helpers.text.lexicons import match_lexicon_ar
from helpers.text.normalize import normalize_ar

__all__ = [
    "ACTOR_KINDS",
    "MENTION_COLUMNS",
    "CAMP_COLUMNS",
    "WE",
    "text_actor_mentions_ar",
    "lexicon_actor_mentions_ar",
    "assign_evaluations_ar",
    "actor_camps_ar",
]

#: The values of the ``kind`` column of :func:`text_actor_mentions_ar`.
ACTOR_KINDS = ("person", "organization", "place", "group", "we", "lexicon")
#: The columns of :func:`text_actor_mentions_ar`.
MENTION_COLUMNS = ["start", "end", "text", "entry", "group", "kind"]
#: The columns of :func:`actor_camps_ar`.
CAMP_COLUMNS = ["group", "mentions", "positive", "negative", "we", "distancing", "score", "camp"]
#: The group of the writer's first person plural.
WE = "نحن"

_ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "PLACE": "place"}
_WE_FORMS = frozenset(normalize_ar(w) for w in ("نحن", "ونحن", "فنحن"))


def _groups(text: str, words, taken: list[tuple[int, int]]) -> list[dict]:
    """Definite noun + demonym phrases (الشعب السوري) outside the entities' spans."""
    rows = []
    starts = sorted(taken)
    for i in range(len(words) - 1):
        w, nxt = words[i], words[i + 1]
        if w.kind != "arabic" or nxt.kind != "arabic" or not nxt.space_before or not demonym_ar(nxt.norm):
            continue
        first = i
        # القوات القتالية الأمريكية: go back over adjectives (definite, feminine or nisba endings) to their noun
        while (first > 0 and i - first < 2 and words[first].space_before and words[first - 1].kind == "arabic"
               and words[first].norm.startswith("ال") and words[first].norm.endswith(("ه", "ي"))
               and words[first - 1].norm.startswith("ال") and len(words[first - 1].norm) > 4
               and not is_function_word_ar(words[first - 1].text) and words[first - 1].pos != "VERB"):
            first -= 1
        w = words[first]
        reading = next((r for r in w.readings if r.stem.startswith("ال") and len(r.stem) > 3), None)
        if reading is None or demonym_ar(reading.stem) or is_title_word_ar(reading.stem) \
                or is_function_word_ar(w.text) or is_time_word_ar(reading.stem):
            continue
        start, end = reading.start, nxt.end
        k = bisect_right(starts, (start, float("inf"))) - 1
        if any(s < end and start < e for s, e in starts[max(0, k - 1) : k + 2]):
            continue
        group = " ".join([reading.plain, *(x.plain for x in words[first + 1 : i + 2])])
        rows.append({"start": start, "end": end, "text": text[start:end], "entry": group, "group": group, "kind": "group"})
    return rows


def _we(text: str, table: pd.DataFrame | None, words) -> list[dict]:
    """The writer's "we": نحن, and nouns with the possessive نا (from the morphology table)."""
    rows = [{"start": w.start, "end": w.end, "text": w.text, "entry": w.text, "group": WE, "kind": "we"}
            for w in words if w.kind == "arabic" and w.norm in _WE_FORMS]
    if table is not None and {"start", "end", "enclitics", "pos_coarse"} <= set(table.columns):
        by_start = {w.start: w for w in words}
        for pos, enclitics, start, end in zip(table["pos_coarse"].tolist(), table["enclitics"].tolist(),
                                              table["start"].tolist(), table["end"].tolist()):
            if pos not in ("NOUN", "PROPN", "ADJ") or "نا" not in str(enclitics).split("+"):
                continue
            start, end = int(start), int(end)
            w = by_start.get(start)
            conj = next((x for x in w.readings if x.proclitic in ("و", "ف")), None) if w is not None else None
            if conj is not None and conj.zipf > zipf_ar(w.plain):  # وحكومتنا: the و is a conjunction
                start = conj.start
            noun = plain_ar(text[start:end])
            rows.append({"start": start, "end": end, "text": text[start:end], "entry": noun, "group": noun, "kind": "we"})
    return rows


def text_actor_mentions_ar(
    text: str,
    *,
    morphology: pd.DataFrame | bool | None = None,
    entities: Sequence[EntitySpan] | None = None,
) -> pd.DataFrame:
    """Every actor mention of a text, taken from the text (rules in the module docstring).

    Args:
        text: the text, exactly as loaded.
        morphology: its morphology table, ``None`` to compute one (embedded analyser), ``False``
            for none (then "we" is only ``نحن``).
        entities: the text's named entities if already found (else :func:`find_entities_ar`).

    Returns:
        Columns :data:`MENTION_COLUMNS`, sorted by ``start``; mentions do not overlap. ``kind``
        is one of :data:`ACTOR_KINDS`; ``entry`` is the name as found.
    """
    table = resolve_morphology_ar(text, morphology)
    if entities is None:  # the metaphor and us/them detectors of one devices call share the mentions
        return shared_build("actor_mentions", text, table, lambda: _text_mentions(text, table, None)).copy()
    return _text_mentions(text, table, entities)


def _text_mentions(text: str, table: pd.DataFrame | None, entities: Sequence[EntitySpan] | None) -> pd.DataFrame:
    found = find_entities_ar(text, morphology=table if table is not None else False) if entities is None else entities
    rows = [{"start": e.start, "end": e.end, "text": e.text, "entry": plain_ar(e.text), "group": e.canonical,
             "kind": _ENTITY_KINDS[e.label]} for e in found if e.label in _ENTITY_KINDS]
    words = entity_words_ar(text, morphology=False)
    rows += _groups(text, words, [(r["start"], r["end"]) for r in rows])
    taken = [(r["start"], r["end"]) for r in rows]
    rows += [r for r in _we(text, table, words) if not any(s < r["end"] and r["start"] < e for s, e in taken)]
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)


def lexicon_actor_mentions_ar(text: str, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Every mention of a domain lexicon's entries (``entry``, ``group``; clitic-aware matching).

    Returns:
        Columns :data:`MENTION_COLUMNS` (``kind`` is ``"lexicon"``), sorted by ``start``.

    Raises:
        ValueError: if the lexicon lacks an ``entry`` or ``group`` column.

    >>> lexicon = pd.DataFrame({"entry": ["المجلس البلدي", "الناس"], "group": ["council", "residents"]})
    >>> lexicon_actor_mentions_ar("وعد المجلس البلدي الناس.", lexicon)[["text", "group"]].values.tolist()
    [['المجلس البلدي', 'council'], ['الناس', 'residents']]
    """
    if not isinstance(lexicon, pd.DataFrame) or not {"entry", "group"} <= set(lexicon.columns):
        raise ValueError("a domain lexicon of actors must be a table with 'entry' and 'group' columns")
    rows = [{"start": m.start, "end": m.end, "text": m.text, "entry": m.entry, "group": m.get("group"), "kind": "lexicon"}
            for m in match_lexicon_ar(text, lexicon[["entry", "group"]].assign(label="actor"))]
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)


def assign_evaluations_ar(text: str, mentions: pd.DataFrame, *, window: int = 8,
                          evaluative: str | pd.DataFrame = "evaluative_ar") -> dict[int, list[tuple[object, str]]]:
    """Give each evaluative word to the nearest actor mention of its sentence (at most ``window`` words away).

    A negator just before the word (لا, لم, لن, غير, دون ...) flips its polarity, unless an actor
    mention follows the negator closely too (``دون ضجيج وكاتيوشا``: noise and Katyusha are absent
    together, both judged bad). Ties go to the earlier mention; words inside a mention are skipped.

    Returns:
        Row position in ``mentions`` -> ``[(lexicon match, "positive" | "negative"), ...]``.
    """
    if mentions.empty:
        return {}
    words = text_words_ar(text)
    starts = [w.start for w in words]
    ordered = all(a.end <= b.start for a, b in zip(words, words[1:]))

    def word_of(offset: int):
        if ordered:  # words sorted and apart: only the last one starting at or before can hold it
            k = bisect_right(starts, offset) - 1
            return words[k] if k >= 0 and words[k].start <= offset < words[k].end else None
        return next((w for w in words if w.start <= offset < w.end), None)

    ment = [(pos, word_of(s), word_of(e - 1)) for pos, (s, e) in enumerate(zip(mentions["start"], mentions["end"]))]
    ment = [(pos, a, b) for pos, a, b in ment if a is not None and b is not None]
    actor_words = {w.index for _, a, b in ment for w in words[a.index : b.index + 1]}
    actor_starts = {a.index for _, a, _ in ment}
    by_sentence: dict[int, list[tuple[int, object, object]]] = {}
    for item in ment:
        by_sentence.setdefault(item[1].sentence, []).append(item)
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
        in_scope = before and any(before[-1].index + d in actor_starts for d in range(1, 5))
        if before and not in_scope:
            polarity = "negative" if polarity == "positive" else "positive"
        best = None
        for pos, a, b in by_sentence.get(w.sentence, ()):
            distance = a.index - w.index if w.index < a.index else w.index - b.index
            if distance <= window and (best is None or distance < best[0]):
                best = (distance, pos)
        if best is not None:
            assigned.setdefault(best[1], []).append((m, polarity))
    return assigned


@lru_cache(maxsize=1)
def _distancing_forms() -> frozenset[str]:
    frame = pd.read_csv(data_path("lexicons/reporting_verbs_ar.tsv"), sep="\t", comment="#", dtype=str,
                        keep_default_na=False, quoting=csv.QUOTE_NONE, encoding="utf-8")
    forms = set()
    for row in frame[frame["stance"] == "distancing"].itertuples(index=False):
        for form in row.forms.split("|"):
            norm = normalize_ar(form)
            forms |= {norm, "و" + norm, "ف" + norm}
    return frozenset(forms)


def actor_camps_ar(text: str, mentions: pd.DataFrame, *, window: int = 8, threshold: int = 2,
                   assigned: dict[int, list[tuple[object, str]]] | None = None) -> pd.DataFrame:
    """The camp of each actor group of a text, with its evidence (rules in the module docstring).

    Args:
        text: the text, exactly as loaded.
        mentions: its actor mentions (:func:`text_actor_mentions_ar`, or any table with
            ``start``, ``end``, ``group``; a ``kind`` of ``"we"`` marks the writer's "we").
        window: words between an evaluative word and the mention it goes to.
        threshold: the score from which a group is "us" (and at or below whose negative it is "them").
        assigned: evaluations already assigned (:func:`assign_evaluations_ar`), to reuse them.

    Returns:
        One row per group (columns :data:`CAMP_COLUMNS`), by score (descending), then group:
        ``positive`` and ``negative`` evaluations, ``we`` (mentions of the writer's "we"),
        ``distancing`` (quoted with زعم, ادعى), ``score`` and ``camp`` (``"us"``, ``"them"`` or ``""``).

    >>> t = "نجح الشعب السوري بحكمة وشجاعة. وفشل الاحتلال الإسرائيلي فشلاً ذريعاً."
    >>> camps = actor_camps_ar(t, text_actor_mentions_ar(t, morphology=False))
    >>> camps[["group", "positive", "negative", "camp"]].values.tolist()
    [['الشعب السوري', 3, 0, 'us'], ['الاحتلال الإسرائيلي', 0, 2, 'them']]
    """
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise ValueError(f"threshold must be a positive int, not {threshold!r}")
    if mentions.empty:
        return pd.DataFrame(columns=CAMP_COLUMNS)
    mentions = mentions.reset_index(drop=True)
    assigned = assign_evaluations_ar(text, mentions, window=window) if assigned is None else assigned
    counts: dict[str, Counter] = {g: Counter() for g in dict.fromkeys(mentions["group"])}
    kinds = mentions["kind"] if "kind" in mentions.columns else pd.Series([""] * len(mentions))
    words = text_words_ar(text)
    ends = [w.end for w in words]
    distancing = _distancing_forms()
    for pos, row in enumerate(mentions.itertuples(index=False)):
        c = counts[row.group]
        c["mentions"] += 1
        for _, polarity in assigned.get(pos, ()):
            c[polarity] += 1
        if kinds.iat[pos] == "we":
            c["we"] += 1
        k = bisect_right(ends, row.start) - 1  # the word just before the mention
        if 0 <= k < len(words) and words[k].end <= row.start and words[k].normalized in distancing:
            c["distancing"] += 1
    rows = []
    for group, c in counts.items():
        score = c["positive"] - c["negative"] - c["distancing"]
        camp = "us" if c["we"] or score >= threshold else "them" if score <= -threshold else ""
        rows.append({"group": group, "mentions": c["mentions"], "positive": c["positive"], "negative": c["negative"],
                     "we": c["we"], "distancing": c["distancing"], "score": score, "camp": camp})
    rows.sort(key=lambda r: (-r["score"], r["group"]))
    return pd.DataFrame(rows, columns=CAMP_COLUMNS)
