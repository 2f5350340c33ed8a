"""Framing: which actors a text names, as agents of which actions, with which evaluation nearby.

:func:`framing_table_ar` gives one row per actor mention of every text; :func:`framing_summary_ar`
sums it per text and actor group. The pieces come from the kit's helpers:

* **Actors**: :func:`helpers.rhetoric.ideology.actor_mentions_ar`: by default each text's own
  actors, read from that text (its named persons, organizations and places, its collective
  groups such as ``الحكومة العراقية``, its "we"; :mod:`helpers.rhetoric.actors`), so two texts
  about different countries get different actors. A domain lexicon may be passed as ``actors``
  and is then matched in every text instead: the kit has :func:`comparison_actors_ar` for the texts of
  ``data/comparison/`` (the case study's ``data/lexicons/actors_ar.tsv`` plus
  ``data/comparison/actors_comparison_ar.tsv``: the two delegations, ``الجانبان``, ``البيان``,
  ``القوات الأجنبية``, ``مستشارين``, ``نحن``, ...). Mentions inside a dateline or boilerplate
  (:func:`helpers.text.structure.split_article_ar`) are skipped. The camps are a reading, not a
  fact: by default each text's own, derived from that text (evaluation, "we", attribution; see
  :mod:`helpers.rhetoric.actors`), or the ones you pass; groups in no camp get an empty ``camp``.
* **Verbs**: the morphology table (:func:`helpers.morphology.table.analyze_morphology_ar`,
  backend ``"farahidi"``), tokens with ``pos_coarse == "VERB"``, except function words the
  analyser sometimes reads as verbs (``إن``, ``لكن``, ``عبر``: stopwords of any category but
  ``auxiliary`` and ``verb``, :func:`helpers.text.stopwords.stopwords_frame_ar`)
  and perfect-tense readings with a prepositional proclitic (``لدعم`` is a verbal noun).
* **Evaluation**: the evaluative matches of :func:`helpers.rhetoric.tag_evaluation_ar`.

**Agent heuristic.** Word positions count Arabic word tokens; "the clause" is the unit of
:func:`helpers.text.sentences.split_sentences_ar` at ``level="clause"`` (cut at ``، ؛ : . ؟ !``).

1. ``oblique``: the mention carries a prepositional proclitic (ب ل ك, also after و/ف) or the word
   before it is a preposition (``pos_coarse == "ADP"``, a function word other than a verb or an
   opener of rule 3, or a locative noun such as ``خارج``, ``داخل``, ``أمام``): no verb.
2. ``agent (VS)``: the word just before the mention, in the same clause, is a verb: Arabic's
   verb-subject order (``وقال البيان``, ``تحمّل واشنطن``).
3. ``agent (SV)``: the mention opens its clause, or follows a subject-opening particle (``أن``,
   ``إن``, ``بأن``, ``لأن``, ``لكن``, ``أما``, ``حين``, ``ثم``, also with و/ف): the nearest verb
   *after* it in the same clause, at most ``window`` words on, skipping verbs right after a
   relative pronoun (``الذي``, ``التي``: they belong to a relative clause).
4. ``genitive``: the word before is a noun without the article, the head of an iḍāfa
   (``حكومتا العراق``, ``مهمة القوات``): rules 2 and 3 are applied to that head noun, and a verb
   found that way is reported with the head in ``via``.
5. ``other``: none of these (an object, an appositive, a mention in a list).

It is a heuristic for reading, not a parser: check every verb it proposes in the ``sentence`` column.

**Evaluation nearby.** Each evaluative match of a sentence goes to the nearest mention in the
same sentence at most ``window`` words away (ties: the earlier mention); matches inside a mention
are skipped. Its polarity is the lexicon's, flipped when :func:`tag_evaluation_ar` marks it
negated (``negated`` counts those).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from functools import lru_cache

import pandas as pd

from helpers.compare.profile import _check_texts
from helpers.compare.texts import COMPARISON_FOLDER
from helpers.data import data_path
from helpers.rhetoric.ideology import load_actors_ar
from helpers.text.structure import split_article_ar
from helpers.morphology.table import analyze_morphology_ar
from helpers.text.normalize import normalize_ar
from helpers.rhetoric import tag_evaluation_ar
from helpers.rhetoric.ideology import actor_mentions_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.spans import clip_text
from helpers.text.stopwords import is_stopword_ar, stopwords_frame_ar

__all__ = ["COMPARISON_ACTORS_FILE", "comparison_actors_ar", "FRAMING_ROLES", "FRAMING_COLUMNS", "SUMMARY_COLUMNS", "framing_table_ar", "framing_summary_ar"]

#: The values of the ``role`` column.
FRAMING_ROLES = ("agent (VS)", "agent (SV)", "genitive", "oblique", "other")

#: The columns of :func:`framing_table_ar`.
FRAMING_COLUMNS = ["text", "start", "end", "mention", "entry", "group", "camp", "role", "verb", "verb_start", "verb_end",
                   "verb_lemma", "via", "evaluation", "positive", "negative", "negated", "sentence_start", "sentence_end",
                   "sentence"]

#: The columns of :func:`framing_summary_ar`.
SUMMARY_COLUMNS = ["text", "group", "camp", "mentions", "as_agent", "verbs", "positive", "negative", "evaluation"]

_OPENERS = frozenset(normalize_ar(w) for w in ("أن", "إن", "بأن", "لأن", "لكن", "أما", "حين", "ثم", "كما"))
_RELATIVES = frozenset(normalize_ar(w) for w in ("الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي"))
_PREP_PROCLITICS = ("ب", "ل", "ك")
_LOCATIVES = frozenset(normalize_ar(w) for w in ("خارج", "داخل", "أمام", "خلف", "فوق", "تحت", "ضد", "عبر", "حول",
                                                  "نحو", "وسط", "قرب", "لدى", "بين", "دون"))

#: The supplementary gazetteer of the comparison texts, relative to the data folder.
COMPARISON_ACTORS_FILE = f"{COMPARISON_FOLDER}/actors_comparison_ar.tsv"


def comparison_actors_ar() -> pd.DataFrame:
    """Return the domain lexicon of the comparison texts: the case study's actors plus the comparison supplement.

    Same columns as :func:`helpers.rhetoric.ideology.load_actors_ar`, base entries first. Pass it
    as ``actors=`` (with :data:`helpers.rhetoric.ideology.CASE_STUDY_CAMPS` for the case study's
    reading); it is not applied by default.

    >>> actors = comparison_actors_ar()
    >>> actors.loc[actors.entry.isin(["الكاظمي", "الجانبان"]), ["entry", "group"]].values.tolist()
    [['الكاظمي', 'iraqi_government'], ['الجانبان', 'both_governments']]
    """
    extra = pd.read_csv(data_path(COMPARISON_ACTORS_FILE), sep="\t", comment="#", dtype=str, keep_default_na=False,
                        quoting=3, encoding="utf-8")
    base = load_actors_ar()
    if list(extra.columns) != list(base.columns):
        raise ValueError(f"{COMPARISON_ACTORS_FILE}: expected columns {', '.join(base.columns)}, got {', '.join(extra.columns)}")
    return pd.concat([base, extra[~extra.entry.isin(base.entry)]], ignore_index=True)


def _strip_conj(form: str) -> str:
    return form[1:] if form[:1] in ("و", "ف") and len(form) > 3 else form


@lru_cache(maxsize=1)
def _non_verbs() -> frozenset[str]:
    frame = stopwords_frame_ar()
    return frozenset(frame.loc[~frame["category"].isin(["auxiliary", "verb"]), "normalized"])


def _is_verb(row) -> bool:
    if row.pos_coarse != "VERB" or _strip_conj(normalize_ar(row.token)) in _non_verbs():
        return False
    proclitics = [p for p in str(row.proclitics).split("+") if p]
    return not ("ماض" in str(row.pos) and any(p in _PREP_PROCLITICS for p in proclitics))


class _Text:
    """The words of one text with their clause and sentence numbers."""

    def __init__(self, text: str, morphology: pd.DataFrame) -> None:
        self.text = text
        self.rows = list(morphology.sort_values("start", kind="stable").itertuples(index=False))
        clauses = split_sentences_ar(text, level="clause")
        self.sentences = split_sentences_ar(text)
        clause_starts = [u.start for u in clauses]
        sentence_starts = [u.start for u in self.sentences]
        self.clause = [self._unit_at(clauses, clause_starts, r.start) for r in self.rows]
        self.sentence = [self._unit_at(self.sentences, sentence_starts, r.start) for r in self.rows]
        self.norm = [normalize_ar(r.token) for r in self.rows]

        self._starts = [r.start for r in self.rows]

    @staticmethod
    def _unit_at(units, starts: list[int], offset: int) -> int:
        # Units are in text order and do not overlap: the last one starting at or before offset.
        k = bisect_right(starts, offset) - 1
        return k if k >= 0 and units[k].start <= offset < units[k].end else -1

    def word_at(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 and self.rows[i].start <= offset < self.rows[i].end else None

    def verb_for(self, first: int, last: int, window: int) -> tuple[str, int | None]:
        """Rules 2 and 3 for the phrase of words first..last: (role, verb index)."""
        before = first - 1
        if before >= 0 and self.clause[before] == self.clause[first] and _is_verb(self.rows[before]):
            return "agent (VS)", before
        opens = before < 0 or self.clause[before] != self.clause[first] or _strip_conj(self.norm[before]) in _OPENERS
        if opens:
            j = last + 1
            while j < len(self.rows) and j - last <= window and self.clause[j] == self.clause[first]:
                if _is_verb(self.rows[j]) and not (j > 0 and _strip_conj(self.norm[j - 1]) in _RELATIVES):
                    return "agent (SV)", j
                j += 1
        return "", None


def _prepositional(row) -> bool:
    proclitics = [p for p in str(row.proclitics).split("+") if p]
    if any(p in _PREP_PROCLITICS for p in proclitics):
        return True
    form = _strip_conj(normalize_ar(row.token))
    return form.startswith(("لل", "بال", "كال"))


def _sentence(words: _Text, first: int) -> dict:
    k = words.sentence[first]
    if k < 0:
        return {"sentence_start": None, "sentence_end": None, "sentence": ""}
    unit = words.sentences[k]
    return {"sentence_start": unit.start, "sentence_end": unit.end, "sentence": clip_text(unit.text)}


def _mentions(name: str, text: str, morphology: pd.DataFrame, actors, camps, window: int) -> list[dict]:
    words = _Text(text, morphology)
    structure = split_article_ar(text)
    furniture = [s for s in (structure.dateline, *structure.boilerplate) if s is not None]
    mentions = actor_mentions_ar(text, actors=actors, camps=camps, morphology=morphology, window=window)
    mentions = mentions[[not any(f.start <= s < f.end for f in furniture) for s in mentions["start"]]]
    rows: list[dict] = []
    spans: list[tuple[int, int]] = []
    for m in mentions.itertuples(index=False):
        first, last = words.word_at(m.start), words.word_at(m.end - 1)
        if first is None or last is None:
            continue
        role, verb, via = "other", None, ""
        before = first - 1
        head = words.rows[before] if before >= 0 and words.clause[before] == words.clause[first] else None
        head_form = _strip_conj(words.norm[before]) if head is not None else ""
        head_is_prep = (head is not None and head.pos_coarse != "VERB" and head_form not in _OPENERS
                        and (head.pos_coarse == "ADP" or is_stopword_ar(head.token) or head_form in _LOCATIVES))
        if _prepositional(words.rows[first]) or head_is_prep:
            role = "oblique"
        else:
            found, verb = words.verb_for(first, last, window)
            if found:
                role = found
            elif head is not None and head.pos_coarse in ("NOUN", "ADJ") and not _strip_conj(words.norm[before]).startswith("ال"):
                role = "genitive"
                _, verb = words.verb_for(before, last, window)
                via = head.token
        v = words.rows[verb] if verb is not None else None
        rows.append({"text": name, "start": int(m.start), "end": int(m.end), "mention": m.text, "entry": m.entry,
                     "group": m.group, "camp": m.camp, "role": role, "verb": v.token if v is not None else "",
                     "verb_start": int(v.start) if v is not None else None, "verb_end": int(v.end) if v is not None else None,
                     "verb_lemma": v.lemma if v is not None else "", "via": via, "evaluation": "", "positive": 0,
                     "negative": 0, "negated": 0, **_sentence(words, first)})
        spans.append((first, last))
    # evaluation: each evaluative match to the nearest mention of its sentence, within the window
    hits: dict[int, list[str]] = {}
    firsts = [a for a, _ in spans]  # in text order: mentions come sorted by offset
    longest = max((b - a for a, b in spans), default=0)
    for e in tag_evaluation_ar(text, lexicons=("evaluative_ar",)):
        w = words.word_at(e.start)
        if w is None:
            continue
        # Only mentions that start within reach can hold w or lie within the window of it.
        near = range(bisect_right(firsts, w + window) - 1, bisect_right(firsts, w - window - longest - 1) - 1, -1)
        if any(spans[k][0] <= w <= spans[k][1] for k in near):
            continue
        best = None
        for k in sorted(near):
            a, b = spans[k]
            if words.sentence[a] != words.sentence[w]:
                continue
            distance = a - w if w < a else w - b
            if distance <= window and (best is None or distance < best[0]):
                best = (distance, k)
        if best is None:
            continue
        polarity = e.label.split(":", 1)[1]
        if e.negated:
            polarity = "negative" if polarity == "positive" else "positive"
            rows[best[1]]["negated"] += 1
        rows[best[1]][polarity] += 1
        hits.setdefault(best[1], []).append(f"{e.text}{'+' if polarity == 'positive' else '−'}")
    for k, found in hits.items():
        rows[k]["evaluation"] = " ".join(found)
    return rows


def framing_table_ar(
    texts: Mapping[str, str],
    *,
    actors: pd.DataFrame | None = None,
    camps: Mapping[str, frozenset[str] | set[str]] | None = None,
    morphology: Mapping[str, pd.DataFrame] | None = None,
    window: int = 6,
) -> pd.DataFrame:
    """One row per actor mention of every text: role, verb and nearby evaluation (rules in the module docstring).

    Args:
        texts: one or more texts by name.
        actors: a domain lexicon (``entry``, ``group``) matched in every text instead of each
            text's own actors (for the comparison texts: :func:`comparison_actors_ar`); ``None``:
            each text's own.
        camps: ``{"us": groups, "them": groups}``; ``None`` derives each text's camps from it.
        morphology: a morphology table per text name; ``None`` analyses with ``farahidi``.
        window: the largest distance in words from a mention to its verb (SV order) or to an
            evaluative word.

    Returns:
        Columns :data:`FRAMING_COLUMNS`: ``text``, ``start``, ``end``, ``mention`` (offsets into
        that text), ``entry``, ``group``, ``camp``, ``role`` (:data:`FRAMING_ROLES`), ``verb``,
        ``verb_start``, ``verb_end``, ``verb_lemma`` (empty when none), ``via`` (the head noun of a
        genitive), ``evaluation`` (the evaluative words, each followed by ``+`` or ``−``),
        ``positive``, ``negative``, ``negated`` (counts), ``sentence_start``, ``sentence_end`` (the
        mention's sentence) and ``sentence`` (its text, cut with ``…`` after
        :data:`~helpers.text.spans.EXCERPT_CHARS` characters). Texts in the given order, mentions
        by offset.

    >>> t = framing_table_ar({"x": "وقال البيان إن الحكومة العراقية جددت التزامها. وأخفقت واشنطن إخفاقاً مؤسفاً."})
    >>> t[["mention", "group", "role", "verb", "evaluation", "camp"]].values.tolist()
    [['الحكومة العراقية', 'الحكومة العراقية', 'agent (SV)', 'جددت', '', ''], ['واشنطن', 'واشنطن', 'agent (VS)', 'وأخفقت', 'إخفاقاً− مؤسفاً−', 'them']]
    >>> t = framing_table_ar({"x": "وقال البيان إن الحكومة جددت التزامها."}, actors=comparison_actors_ar())
    >>> t[["mention", "group", "role", "verb"]].values.tolist()
    [['البيان', 'joint_statement', 'agent (VS)', 'وقال'], ['الحكومة', 'iraqi_government', 'agent (SV)', 'جددت']]
    """
    texts = _check_texts(texts)
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise ValueError(f"window must be a positive int, not {window!r}")
    tables = dict(morphology or {})
    rows: list[dict] = []
    for name, text in texts.items():
        table = tables.get(name)
        if table is None:
            table = analyze_morphology_ar(text, backend="farahidi")
        rows += _mentions(name, text, table, actors, camps, window)
    frame = pd.DataFrame(rows, columns=FRAMING_COLUMNS)
    return frame.astype({"verb_start": "Int64", "verb_end": "Int64", "sentence_start": "Int64", "sentence_end": "Int64"})


def framing_summary_ar(framing: pd.DataFrame) -> pd.DataFrame:
    """Sum a framing table per text and actor group.

    Returns:
        Columns :data:`SUMMARY_COLUMNS`: ``mentions``, ``as_agent`` (mentions with a verb,
        genitives included), ``verbs`` (the verbs as written, in text order, joined by ``، ``),
        ``positive``, ``negative``, ``evaluation`` (the evaluative words). Texts keep their
        order; groups are sorted by mentions (descending), then name.

    >>> t = framing_table_ar({"x": "وقال البيان إن الحكومة جددت التزامها. ورحبت الحكومة بحكمة."}, actors=comparison_actors_ar())
    >>> framing_summary_ar(t)[["group", "mentions", "as_agent", "verbs", "positive"]].values.tolist()
    [['iraqi_government', 2, 2, 'جددت، ورحبت', 2], ['joint_statement', 1, 1, 'وقال', 0]]
    """
    missing = [c for c in FRAMING_COLUMNS if c not in framing.columns]
    if missing:
        raise ValueError(f"framing lacks column(s) {', '.join(missing)}: pass the table of framing_table_ar")
    rows = []
    for name in dict.fromkeys(framing["text"]):
        mine = framing[framing["text"] == name]
        groups = []
        for group, g in mine.groupby("group", sort=False):
            groups.append({"text": name, "group": group, "camp": g["camp"].iloc[0], "mentions": len(g),
                           "as_agent": int((g["verb"] != "").sum()),
                           "verbs": "، ".join(v for v in g["verb"] if v),
                           "positive": int(g["positive"].sum()), "negative": int(g["negative"].sum()),
                           "evaluation": " ".join(e for e in g["evaluation"] if e)})
        rows += sorted(groups, key=lambda r: (-r["mentions"], r["group"]))
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
