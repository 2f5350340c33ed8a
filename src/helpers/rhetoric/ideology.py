"""Us/them polarisation (van Dijk's ideological square): actors in camps, crossed with evaluation.

Van Dijk's square has four moves: emphasise *our* good things, emphasise *their* bad things,
de-emphasise our bad things and their good things. This module finds the first two and flags the
other two where they are said aloud:

1. **Actors** come from the text (:func:`helpers.rhetoric.actors.text_actor_mentions_ar`): its
   named persons, organizations and places, its collective groups (``الشعب السوري``), its "we".
   Or a reader passes a domain lexicon with ``actors=`` (a table with ``entry`` and ``group``),
   whose entries are then the actors. The kit ships one, the case study's:
   ``data/lexicons/actors_ar.tsv`` (:func:`load_actors_ar`), names and group nouns of Iraqi and
   US–Iraqi politics. It is never applied unless passed: in a Tunisian article بالبرلمان is no
   Iraqi parliament.
2. **Camps** come from the text too (:func:`helpers.rhetoric.actors.actor_camps_ar`: the
   evaluation around each actor, the writer's "we", distancing attribution), unless passed as
   ``camps`` (``{"us": {...}, "them": {...}}``), the reader's choice. :data:`CASE_STUDY_CAMPS` is
   the reading of the case study with its lexicon: a government-aligned Iraqi outlet, where the US
   is an ally; a text from the armed factions' side needs the US under "them". Groups in no camp
   are ignored.
3. **Evaluation**: each match of ``evaluative_ar`` in the same sentence goes to the nearest actor
   mention within ``window`` words (ties: the earlier mention); a negator just before it
   (لا, لم, لن, غير, دون ...) flips its polarity, unless an actor mention follows the negator
   closely too (``دون ضجيج وكاتيوشا``: noise and Katyusha are absent together, both judged bad).
4. **Device**: one ``us_them`` device per mention with at least one evaluation, spanning the
   mention and its evaluative words; the explanation names the camp, the polarity and the move.

With camps derived from the evaluation, the square is partly circular (see the limits in
:mod:`helpers.rhetoric.actors`): read its "our bad things said aloud" findings first.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from functools import lru_cache

import pandas as pd

from helpers.data import data_path
from helpers.rhetoric.actors import actor_camps_ar, assign_evaluations_ar, lexicon_actor_mentions_ar, text_actor_mentions_ar
from helpers.rhetoric.devices_base import Device, make_device

__all__ = ["ACTORS_FILE", "CASE_STUDY_CAMPS", "load_actors_ar", "actor_mentions_ar", "find_us_them_ar"]

#: The case study's domain lexicon of actors, relative to the data folder.
ACTORS_FILE = "lexicons/actors_ar.tsv"

#: The case study's camps for the groups of :func:`load_actors_ar`: a government-aligned reading of
#: Iraqi politics (see the module docstring). Pass it with that lexicon; it means nothing elsewhere.
CASE_STUDY_CAMPS: dict[str, frozenset[str]] = {
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
    """Return the case study's domain lexicon of actors (columns ``entry``, ``group``, ``kind``, ``gloss``, ``note``).

    Iraqi and US–Iraqi politics of 2003–2021: pass it as ``actors=`` (with
    :data:`CASE_STUDY_CAMPS`) to read the case study or texts of the same field.

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


def _mentions(text: str, actors: pd.DataFrame | None, morphology: pd.DataFrame | bool | None) -> pd.DataFrame:
    if actors is not None:
        return lexicon_actor_mentions_ar(text, actors)
    return text_actor_mentions_ar(text, morphology=morphology)


def actor_mentions_ar(text: str, *, actors: pd.DataFrame | None = None,
                      camps: Mapping[str, frozenset[str] | set[str]] | None = None,
                      morphology: pd.DataFrame | bool | None = None, window: int = 8) -> pd.DataFrame:
    """Return every actor mention with its group and camp.

    Args:
        text: the text, exactly as loaded.
        actors: a domain lexicon (``entry``, ``group``) whose entries are the actors, or ``None``
            for the text's own actors (see the module docstring).
        camps: ``{"us": groups, "them": groups}``; ``None`` derives them from the text
            (:func:`helpers.rhetoric.actors.actor_camps_ar`).
        morphology: the text's morphology table, ``None`` to compute one, ``False`` for none.
        window: words between an evaluative word and its mention, when camps are derived.

    Returns:
        Columns ``start``, ``end``, ``text``, ``entry``, ``group``, ``kind``, ``camp``
        (``"us"``, ``"them"`` or ``""``), sorted by ``start``.

    >>> t = "قال الكاظمي إن داعش هُزم وإن العراق بخير."
    >>> actor_mentions_ar(t, morphology=False)[["text", "group", "kind"]].values.tolist()
    [['داعش', 'داعش', 'organization'], ['العراق', 'العراق', 'place']]
    >>> actor_mentions_ar(t, actors=load_actors_ar(), camps=CASE_STUDY_CAMPS, morphology=False)[["text", "group", "camp"]].values.tolist()
    [['الكاظمي', 'iraqi_government', 'us'], ['داعش', 'isis', 'them'], ['العراق', 'iraqi_state', 'us']]
    """
    mentions = _mentions(text, actors, morphology)
    if camps is None:
        table = actor_camps_ar(text, mentions, window=window)
        camp_of = dict(zip(table["group"], table["camp"]))
    else:
        camp_of = _camp_of(camps)
    return mentions.assign(camp=[camp_of.get(g, "") for g in mentions["group"]])[
        ["start", "end", "text", "entry", "group", "kind", "camp"]]


def find_us_them_ar(text: str, *, window: int = 8, actors: pd.DataFrame | None = None,
                    camps: Mapping[str, frozenset[str] | set[str]] | None = None,
                    evaluative: str | pd.DataFrame = "evaluative_ar",
                    morphology: pd.DataFrame | bool | None = None) -> list[Device]:
    """Cross actor mentions in camps with the evaluation around them.

    Args:
        text: the text, exactly as loaded.
        window: the largest distance, in words, from a mention to an evaluative word (same sentence).
        actors: a domain lexicon whose entries are the actors (``None``: the text's own actors).
        camps: groups per camp (``None``: derived from the text).
        evaluative: the evaluative lexicon's name or a table with ``entry`` and ``polarity``.
        morphology: the text's morphology table, ``None`` to compute one, ``False`` for none.

    Returns:
        ``us_them`` devices; parts are the mention and its evaluative words.

    >>> for d in find_us_them_ar("نجح الكاظمي بحنكة، وفشل داعش في إرهابه.", actors=load_actors_ar(),
    ...                          camps=CASE_STUDY_CAMPS, morphology=False):
    ...     print(d.explanation)
    us (iraqi_government: 'الكاظمي') + positive ('نجح', 'بحنكة'): emphasises our good things
    them (isis: 'داعش') + negative ('وفشل', 'إرهابه'): emphasises their bad things
    >>> [d.explanation for d in find_us_them_ar("نجح الشعب السوري بحكمة وشجاعة وصمود.", morphology=False)]
    ["us (الشعب السوري: 'الشعب السوري') + positive ('نجح', 'بحكمة', 'وشجاعة', 'وصمود'): emphasises our good things"]
    >>> find_us_them_ar("زار الكاظمي بغداد أمس.", morphology=False)
    []
    """
    mentions = _mentions(text, actors, morphology)
    if mentions.empty:
        return []
    assigned = assign_evaluations_ar(text, mentions, window=window, evaluative=evaluative)
    if camps is None:
        table = actor_camps_ar(text, mentions, window=window, assigned=assigned)
        camp_of = dict(zip(table["group"], table["camp"]))
    else:
        camp_of = _camp_of(camps)
    found: list[Device] = []
    for pos, evaluations in sorted(assigned.items()):
        r = mentions.iloc[pos]
        camp = camp_of.get(r.group, "")
        score = sum(1 if p == "positive" else -1 for _, p in evaluations)
        if not camp or score == 0:
            continue
        polarity = "positive" if score > 0 else "negative"
        words_txt = ", ".join(f"'{m.text}'" for m, p in evaluations if p == polarity)
        parts = [(int(r.start), int(r.end))] + [(m.start, m.end) for m, _ in evaluations]
        found.append(make_device(text, "us_them", parts,
                                 f"{camp} ({r.group}: '{r.text}') + {polarity} ({words_txt}): {_MOVES[(camp, polarity)]}",
                                 target=(int(r.start), int(r.end))))
    return sorted(found, key=lambda d: (d.start, d.end))
