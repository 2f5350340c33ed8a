"""Devices of meaning: antithesis (tibaq, muqabala) and metaphor candidates, from the lexicons.

* **antithesis** (طباق): two words of an antonym pair (``data/lexicons/antonyms_ar.tsv``, or a
  table you pass) within ``window`` words of one sentence. A word matches a term by its stem, its
  stem without a tanwin alef or an ending (ة ات ون ين ان), or (with a morphology table) its lemma.
  **Negation antithesis** (طباق السلب): one word negated (لا, لم, لن, ليس, ما ...) and another
  with the same root (or key) affirmed nearby: ``لن تنتهي … بل ستنهي``. Two antithesis pairs
  interleaved in one sentence (a₁ … a₂ … b₁ … b₂) are one **muqabala** (مقابلة).
* **metaphor candidate** (استعارة مرشحة): a source-domain word (``metaphor_domains_ar``: war,
  journey, commerce, building, hell, trap, body) with an abstract target within ``window`` words
  of its clause. Targets are words of ``semantic_fields_ar`` outside the domain's literal fields
  (:data:`LITERAL_FIELDS`: a war word beside ``القوات`` is literal) and, with a morphology
  table, nouns in ``ية`` (``عقلانية``, ``الدبلوماسية``); and mentions of the actor gazetteer
  (``العراق`` in ``يبعد العراق من الوقوع بهذا الفخ``: a state cannot fall into a literal trap). The nearest target must be closer than any literal-field
  word. Neighbouring source words of one domain are one candidate. Whether it is a metaphor, a
  dead metaphor or literal is for the reader to judge: the explanation says so.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from functools import lru_cache

import pandas as pd

from helpers.text.lexicon_files import load_lexicon
from helpers.text.lexicons import match_lexicon_ar
from helpers.text.normalize import normalize_ar
from helpers.rhetoric.devices_base import NEGATORS, Device, Word, make_device, resolve_morphology_ar, text_words_ar
from helpers.rhetoric.ideology import actor_mentions_ar

__all__ = ["LITERAL_FIELDS", "find_antithesis_ar", "find_metaphor_candidates_ar"]

#: Semantic fields in which a source domain's words are literal, not figurative.
LITERAL_FIELDS: dict[str, frozenset[str]] = {
    "war": frozenset({"conflict_violence", "security_military"}),
    "commerce": frozenset({"economy"}),
}

_ENDINGS = ("ات", "ون", "ين", "ان", "ه")


def _forms(w: Word) -> set[str]:
    forms = {w.stem, w.key, w.normalized}
    for f in list(forms):
        for e in _ENDINGS:
            if f.endswith(e) and len(f) - len(e) >= 3:
                forms.add(f[: -len(e)])
    return {f for f in forms if f}


def _pairs(lexicon: pd.DataFrame) -> dict[str, set[str]]:
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in zip(lexicon["term_a"], lexicon["term_b"]):
        a, b = normalize_ar(a), normalize_ar(b)
        partners[a].add(b)
        partners[b].add(a)
    return partners


@lru_cache(maxsize=1)
def _default_pairs() -> dict[str, set[str]]:
    # the kit's antonyms, paired once per process (read only: looked up with .get)
    return _pairs(load_lexicon("antonyms_ar"))


def _negated(words: list[Word], w: Word) -> bool:
    before = [v for v in words[max(0, w.index - 2) : w.index] if v.sentence == w.sentence]
    return any(v.normalized in NEGATORS or v.stem in NEGATORS for v in before)


def find_antithesis_ar(text: str, *, window: int = 12, antonyms: pd.DataFrame | None = None,
                       morphology: pd.DataFrame | bool | None = False) -> list[Device]:
    """Find antonym pairs close together (tibaq), negation antithesis, and muqabala.

    Args:
        text: the text, exactly as loaded.
        window: the largest distance in words between the two words (same sentence only).
        antonyms: a table with ``term_a`` and ``term_b`` columns; ``None`` loads ``antonyms_ar``.
        morphology: a morphology table (lemmas and roots; also enables negation antithesis across
            different forms), ``False`` (the default) or ``None`` (automatic).

    Returns:
        ``antithesis`` devices (term ``طباق``, ``طباق السلب`` or ``مقابلة``); parts are the
        opposed words.

    >>> [(d.term_ar, d.text) for d in find_antithesis_ar("لا سلام مع الحرب.")]
    [('طباق', 'سلام مع الحرب')]
    >>> find_antithesis_ar("جاء السلام. " + "كلام " * 15 + "ثم عادت الحرب.")
    []
    """
    table = resolve_morphology_ar(text, morphology)
    words = text_words_ar(text, morphology=table)
    partners = _default_pairs() if antonyms is None else _pairs(antonyms)
    forms = [_forms(w) if w.content else set() for w in words]
    negated = [_negated(words, w) for w in words]
    pairs: list[tuple[Word, Word, str, str]] = []  # (a, b, term, why)
    for i, a in enumerate(words):
        if not forms[i]:
            continue
        wanted = set().union(*(partners.get(f, set()) for f in forms[i]))
        for j in range(i + 1, len(words)):  # by index: a slice per word would copy the rest of the text
            b = words[j]
            if b.sentence != a.sentence or b.index - a.index > window:
                break
            if wanted & forms[b.index]:
                pairs.append((a, b, "طباق", f"'{a.text}' vs '{b.text}' (antonyms)"))
            elif (b.content and a.content and negated[a.index] != negated[b.index]
                  and ((a.root and a.root == b.root) or a.key == b.key) and len(a.key) > 2):
                pairs.append((a, b, "طباق السلب", f"'{a.text}' negated vs '{b.text}' affirmed (same root)"))
    # Interleaved pairs in one sentence make a muqabala. Pairs come in the order of their first
    # word, so the pairs of one sentence are consecutive: only those are compared.
    used: set[int] = set()
    found: list[Device] = []
    sentence_end: list[int] = []  # for each pair, one past the last pair of its sentence
    for x in range(len(pairs) - 1, -1, -1):
        same = x + 1 < len(pairs) and pairs[x + 1][0].sentence == pairs[x][0].sentence
        sentence_end.append(sentence_end[-1] if same else x + 1)
    sentence_end.reverse()
    for x in range(len(pairs)):
        for y in range(x + 1, sentence_end[x]):
            (a1, b1, _, w1), (a2, b2, _, w2) = pairs[x], pairs[y]
            if x in used or y in used or a1.sentence != a2.sentence:
                continue
            if a1.index < a2.index < b1.index < b2.index or a2.index < a1.index < b2.index < b1.index:
                used.update((x, y))
                found.append(make_device(text, "antithesis", [(w.start, w.end) for w in (a1, b1, a2, b2)],
                                         f"two opposed pairs in parallel: {w1}; {w2}", term_ar="مقابلة"))
    for k, (a, b, term, why) in enumerate(pairs):
        if k not in used:
            found.append(make_device(text, "antithesis", [(a.start, a.end), (b.start, b.end)], why, term_ar=term))
    return sorted(found, key=lambda d: (d.start, d.end))


def _abstract_noun(w: Word) -> bool:
    # Needs a part of speech: without one, الأمريكية (an adjective) looks like الدبلوماسية.
    return w.content and w.pos == "NOUN" and w.stem.endswith("يه") and len(w.stem) >= 5


def find_metaphor_candidates_ar(text: str, *, window: int = 5, morphology: pd.DataFrame | bool | None = False,
                                actors: pd.DataFrame | None = None) -> list[Device]:
    """Offer source-domain words used of abstract targets as metaphor candidates.

    Args:
        text: the text, exactly as loaded.
        window: the largest distance in words between the source word and its target (same clause).
        morphology: a morphology table (lemma matching of the lexicons), ``False`` (the default)
            or ``None`` (automatic).
        actors: a domain lexicon of actors (see :func:`helpers.rhetoric.ideology.actor_mentions_ar`)
            instead of the text's own; actors count as targets.

    Returns:
        ``metaphor_candidate`` devices; parts are the source words and the target, and ``target``
        is the target (the abstract noun the image is applied to).

    >>> [d.text for d in find_metaphor_candidates_ar("انتصرت الدبلوماسية في بغداد.")]
    ['انتصرت الدبلوماسية']
    >>> find_metaphor_candidates_ar("انتصرت القوات في المعركة.")
    []
    """
    table = resolve_morphology_ar(text, morphology)
    words = text_words_ar(text, morphology=table)
    by = "lemma" if table is not None and "lemma" in table.columns else "normalized"
    sources = match_lexicon_ar(text, "metaphor_domains_ar", by=by, morphology=table)
    fields = match_lexicon_ar(text, "semantic_fields_ar", by=by, morphology=table)
    starts = [w.start for w in words]

    def word_at(offset: int) -> Word | None:
        k = bisect.bisect_right(starts, offset) - 1
        return words[k] if k >= 0 and words[k].start <= offset < words[k].end else None

    field_of: dict[int, str] = {}
    for f in fields:
        w = word_at(f.start)
        if w is not None:
            field_of[w.index] = f.get("field")
    # Collective actors (states, institutions, groups) cannot literally fall into a trap or pay a bill.
    for r in actor_mentions_ar(text, actors=actors, camps={}, morphology=table if table is not None else False).itertuples():
        w = word_at(r.start)
        if w is not None and w.index not in field_of:
            field_of[w.index] = f"actor:{r.group}"
    # Group neighbouring source words of one domain in one clause.
    groups: list[tuple[str, list[Word], list[str]]] = []
    for m in sources:
        w = word_at(m.start)
        if w is None:
            continue
        last = word_at(m.end - 1) or w
        domain = m.get("domain")
        if groups and groups[-1][0] == domain and groups[-1][1][-1].clause == w.clause and w.index - groups[-1][1][-1].index <= 3:
            groups[-1][1].append(last)
            groups[-1][2].append(m.text)
            continue
        groups.append((domain, [w, last] if last is not w else [w], [m.text]))
    found: list[Device] = []
    for domain, group, texts in groups:
        literal = LITERAL_FIELDS.get(domain, frozenset())
        lo, hi = group[0].index, group[-1].index
        members = {g.index for g in group}
        near = [v for v in words[max(0, lo - window) : hi + window + 1] if v.clause == group[0].clause and v.index not in members]
        distance = lambda v: min(abs(v.index - g.index) for g in group)  # noqa: E731
        targets = [v for v in near if (v.index in field_of and field_of[v.index] not in literal) or _abstract_noun(v)]
        literals = [v for v in near if field_of.get(v.index) in literal]
        if not targets:
            continue
        target = min(targets, key=lambda v: (distance(v), v.index))
        if literals and min(distance(v) for v in literals) < distance(target):
            continue
        what = field_of.get(target.index, "abstract noun")
        parts = [(g.start, g.end) for g in group] + [(target.start, target.end)]
        found.append(make_device(text, "metaphor_candidate", parts,
                                 f"{domain} word '{' '.join(texts)}' used of '{target.text}' ({what}): judge whether it is figurative",
                                 target=(target.start, target.end)))
    return sorted(found, key=lambda d: (d.start, d.end))
