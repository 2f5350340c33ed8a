"""Attribution and reported speech: who says what, and evidential frames.

:func:`find_attributions_ar` finds the cues of ``data/lexicons/reporting_verbs_ar.tsv`` on
normalized text (hamza-less spellings match; a proclitic و/ف may precede a verb, و a phrase)
and, for each, looks for a source and a content within the cue's sentence:

* **verb** (``قال``, ``أكد``, ``زعم``): Arabic news puts the source after the verb (``قال الوزير
  إن …``). The source is the words after the verb (at most :data:`MAX_SOURCE_WORDS`, no
  punctuation between them) up to a content marker or a time word; none means an implicit
  source (a pronoun subject, or a subject before the verb). The content is what the first
  content marker within :data:`CONTENT_WINDOW` words opens, to the end of the sentence:
  ``أن``/``إن``/``بأن`` (``that_clause``), a colon (``colon``) or a quotation mark (``quote``,
  to the closing mark). A verb whose particle introduces content (``أشار إلى``, ``كشف عن``)
  may instead take the phrase after the particle, to the end of the clause (``phrase``).
  Several forms are also nouns (ذكر 'mention', نقل 'transport'), so a verb with no content is
  not reported.
* **phrase** (``بحسب``, ``نقلاً عن``, ``وفقاً لـ``): the source is the words after it; the content
  is the rest of the sentence after the source when the phrase opens its clause, else the
  sentence before the phrase.
* **evidential** (``دليل على أن``, ``يؤشر إلى أن``; the frame's first word may take up to two
  modifiers: ``دليل آخر على أن``): the "source" is the evidence, the text of the cue's clause
  before the cue (or the previous clause when the cue opens its clause); the content is what
  follows the frame to the end of the sentence.

A source is ``unnamed`` when its first word (without و or the article) is one of the lexicon's
``unnamed_source`` nouns (``مصادر``, ``مسؤول``, ``مراقبون``), ``named`` otherwise (a person,
title or institution), ``implicit`` when missing and ``evidence`` for evidential frames.

An unnamed source may continue with one prepositional phrase, ``في`` or ``من`` and a noun
phrase, that says where it works (``مسؤول في الوزارة``, ``مصدر من الرئاسة``, ``مسؤولون في
وزارة الدفاع``), up to the punctuation, content marker, time word or verb of saying that ends
the source; the content then starts after it. The phrase is not taken when it names the
occasion or time of speaking (``في بيان``, ``في تصريح``, ``من جهته``, ``في وقت سابق``; see
:data:`_OCCASIONS`), when its preposition is the cue's own particle (``حذر خبراء من …``), or
after a named source (``قال الكاظمي في بيان``), where it usually says where or when.

>>> a = find_attributions_ar("قالت مصادر مطلعة إن الاتفاق جاهز.")[0]
>>> a.text, a.source_text, a.source_type, a.content_text, a.content_type
('قالت', 'مصادر مطلعة', 'unnamed', 'إن الاتفاق جاهز', 'that_clause')
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from helpers.discourse.lexicon import reporting_lexicon_ar
from helpers.discourse.words import (
    PRONOUN_SUFFIXES,
    PhraseMatch,
    phrase_starts_ar,
    Word,
    match_phrase_ar,
    phrase_words_ar,
    words_ar,
)
from helpers.text.normalize import normalize_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.spans import Span, clip_text

__all__ = ["Attribution", "MAX_SOURCE_WORDS", "CONTENT_WINDOW", "SOURCE_TYPES", "find_attributions_ar"]

#: The longest source, in words.
MAX_SOURCE_WORDS = 6
#: How many words after the verb (and its source) a content marker may stand.
CONTENT_WINDOW = 8
#: The values of :attr:`Attribution.source_type`.
SOURCE_TYPES = ("named", "unnamed", "implicit", "evidence")

_MARKERS = frozenset({"ان", "بان", "لان"})
_STOPS = frozenset(normalize_ar(w) for w in (
    "أمس", "اليوم", "غداً", "الآن", "مساء", "صباح", "خلال", "عقب", "أثناء", "لدى", "في", "عبر", "قائلاً", "مضيفاً",
    "قوله", "قولها", "قولهم", "تأكيده", "تأكيدها", "إلى", "على", "عن", "من",
    "الشهر", "الأسبوع", "العام", "السنة", "الليلة", "البارحة", "مؤخراً", "أخيراً", "مجدداً", "أيضاً", "قد",
))
# Prepositions that may attach a phrase to an unnamed source (مسؤول في الوزارة, مصدر من الرئاسة).
_SOURCE_PREPOSITIONS = frozenset({"في", "من"})
# Nouns after في/من that give the occasion or time of speaking, not the source's affiliation.
_OCCASIONS = frozenset(normalize_ar(w) for w in (
    "بيان", "بيانه", "بيانها", "تصريح", "تصريحه", "تصريحها", "تصريحات", "كلمة", "كلمته", "كلمتها", "حديث",
    "حديثه", "حديثها", "مقابلة", "مؤتمر", "لقاء", "اتصال", "رسالة", "تغريدة", "منشور", "خطاب", "إحاطة",
    "وقت", "الوقت", "ساعة", "ختام", "أعقاب", "ظل", "المقابل", "نهاية", "بداية", "مستهل", "جهته", "جهتها",
    "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها",
))
_QUOTES = {"«": "»", "“": "”", '"': '"'}
_TRAILING = " \t\n.،,؛;:!؟?…"


@dataclass(frozen=True)
class Attribution(Span):
    """A reporting cue with its source and content (label ``"attribution"`` or ``"evidential"``).

    The span is the cue itself, without a proclitic و/ف (``قال`` of ``وقال``).

    Attributes:
        cue: the lexicon lemma (``قال``, ``بحسب``, ``دليل على أن``).
        cue_type: ``verb``, ``phrase`` or ``evidential``.
        stance: ``neutral``, ``assertive``, ``tentative`` or ``distancing``.
        source_type: one of :data:`SOURCE_TYPES`.
        source_start, source_end, source_text: the source (``None`` and ``""`` if implicit).
        content_type: ``that_clause``, ``colon``, ``quote``, ``phrase`` or ``""`` (none found).
        content_start, content_end, content_text: the content (``None`` and ``""`` if none).

    ``source_text`` and ``content_text`` are ``text[start:end]`` of their offsets, cut with ``…``
    after :data:`~helpers.text.spans.EXCERPT_CHARS` characters (a content runs to the end of its
    sentence, which on a text without punctuation can be the rest of the text).
    """

    cue: str
    cue_type: str
    stance: str
    source_type: str
    source_start: int | None = None
    source_end: int | None = None
    source_text: str = ""
    content_type: str = ""
    content_start: int | None = None
    content_end: int | None = None
    content_text: str = ""


@dataclass(frozen=True)
class _Cue:
    lemma: str
    kind: str
    stance: str
    words: tuple[str, ...]
    particle: str
    role: str


@lru_cache(maxsize=1)
def _lexicon() -> tuple[list[_Cue], frozenset[str]]:
    cues: list[_Cue] = []
    unnamed: set[str] = set()
    for row in reporting_lexicon_ar().itertuples(index=False):
        if row.type == "unnamed_source":
            unnamed.update(phrase_words_ar(f)[0] for f in row.forms)
            continue
        particle = normalize_ar(row.particle) if row.particle != "-" else ""
        for form in row.forms:
            cues.append(_Cue(row.lemma, row.type, row.stance, phrase_words_ar(form), particle, row.particle_role))
    cues.sort(key=lambda c: -len(c.words))
    return cues, frozenset(unnamed)


def _match_cue(words: Sequence[Word], i: int, cue: _Cue) -> PhraseMatch | None:
    proclitics = ("و",) if cue.kind == "phrase" else ("و", "ف")
    m = match_phrase_ar(words, i, cue.words, proclitics=proclitics, suffix_hosts=("ان",))
    if m is not None or cue.kind != "evidential" or len(cue.words) < 3:
        return m
    head = match_phrase_ar(words, i, cue.words[:1], proclitics=proclitics)
    if head is None:
        return None
    for gap in (1, 2):  # دليل آخر على أن, دليل واضح جداً على أن
        j = i + 1 + gap
        if j < len(words) and all(words[k].joined for k in range(i + 1, j + 1)):
            rest = match_phrase_ar(words, j, cue.words[1:], proclitics=(), suffix_hosts=("ان",))
            if rest is not None:
                return PhraseMatch(head.start, head.core_start, rest.end, rest.core_end, i, rest.last, head.proclitic)
    return None


def _is_marker(w: Word) -> bool:
    with_pronoun = any(w.norm == m + s for m in _MARKERS for s in PRONOUN_SUFFIXES) and w.plain[-1] != "ة"
    return w.norm in _MARKERS or with_pronoun


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while start < end and text[start] in _TRAILING:
        start += 1
    return start, end


def _says(w: Word) -> bool:
    """Whether ``w`` is a verb of saying of the lexicon (قال, أكد), or فإن/فأن opening content."""
    return _says_norm(w.norm)


@lru_cache(maxsize=65536)
def _says_norm(norm: str) -> bool:
    if norm in ("فان", "وان"):
        return True
    return any(c.kind == "verb" and len(c.words) == 1 and norm in (c.words[0], "و" + c.words[0], "ف" + c.words[0])
               for c in _lexicon()[0])


def _opens_affiliation(words: Sequence[Word], j: int, k: int, sentence: int) -> bool:
    """Whether word ``j`` (في/من) opens a phrase that belongs to the unnamed source starting at ``k``."""
    if words[j].norm not in _SOURCE_PREPOSITIONS or j == k or j + 1 >= len(words):
        return False
    if _source_type(words[k], _lexicon()[1]) != "unnamed":
        return False
    nxt = words[j + 1]
    return (nxt.joined and nxt.sentence == sentence and nxt.norm not in _STOPS and nxt.norm not in _OCCASIONS
            and not _is_marker(nxt) and not _says(nxt))


def _source(words: Sequence[Word], k: int, sentence: int, *, stop: str = "") -> tuple[int, int | None]:
    """Collect source words from word ``k``: return (index after them, end offset or None).

    A source stops at punctuation, a content marker, a time or place word (أمس, في), a noun
    of saying (قوله), the cue's particle, or after MAX_SOURCE_WORDS words. An unnamed source
    may take one في/من phrase (see the module docstring), which ends at the same stops or at
    a verb of saying.
    """
    end = None
    j = k
    phrase = False
    while j < len(words) and j - k < MAX_SOURCE_WORDS and words[j].sentence == sentence:
        w = words[j]
        if (j > k and not w.joined) or _is_marker(w) or (stop and w.norm == stop):
            break
        if w.norm in _STOPS:
            if phrase or not _opens_affiliation(words, j, k, sentence):
                break
            phrase = True
        elif phrase and _says(w):
            break
        end = w.end
        j += 1
    return j, end


def _source_type(w: Word, unnamed: frozenset[str]) -> str:
    norm = w.norm
    candidates = {norm, norm[1:] if norm[:1] in "وبل" else norm, "ا" + norm[1:] if norm.startswith("لل") else norm}
    for candidate in sorted(candidates):
        if candidate in unnamed or (candidate.startswith("ال") and candidate[2:] in unnamed):
            return "unnamed"
    return "named"


def _word_at(words: Sequence[Word], offset: int, starts: Sequence[int] | None = None) -> Word:
    """The first word holding ``offset``; ``starts`` (the words' starts) finds it by bisection."""
    if starts is not None:
        k = bisect_right(starts, offset) - 1
        if k >= 0 and words[k].start <= offset < words[k].end:
            return words[k]
    return next(w for w in words if w.start <= offset < w.end)


def _ordered(spans: Sequence[Span]) -> bool:
    """Whether ``spans`` are sorted and do not overlap (then at most one holds any offset)."""
    return all(a.end <= b.start for a, b in zip(spans, spans[1:])) and all(sp.start < sp.end for sp in spans)


def _clause_at(clauses: Sequence[Span], offset: int, starts: Sequence[int] | None) -> int | None:
    """Index of the first clause holding ``offset``; ``starts`` is given when the clauses are ordered."""
    if starts is not None:
        k = bisect_right(starts, offset) - 1
        return k if k >= 0 and clauses[k].start <= offset < clauses[k].end else None
    return next((k for k, c in enumerate(clauses) if c.start <= offset < c.end), None)


def _content(text: str, words: Sequence[Word], k: int, sentence_end: int, sentence: int) -> tuple[str, int, int] | None:
    """Find a content marker within CONTENT_WINDOW words from word ``k``."""
    previous_end = words[k - 1].end if k > 0 else 0
    for j in range(k, min(k + CONTENT_WINDOW, len(words))):
        w = words[j]
        if w.sentence != sentence:
            break
        gap = text[previous_end : w.start]
        for q, close in _QUOTES.items():
            if q in gap:
                opened = previous_end + gap.index(q)
                closed = text.find(close, opened + 1, sentence_end + 1 if close != '"' else len(text))
                end = closed + 1 if closed >= 0 else sentence_end
                return ("quote", opened, end)
        if ":" in gap:
            return ("colon", w.start, sentence_end)
        if _is_marker(w):
            return ("that_clause", w.start, sentence_end)
        previous_end = w.end
    return None


def _clause_before(text: str, words: Sequence[Word], i: int, clauses: Sequence[Span],
                   starts: Sequence[int] | None = None) -> tuple[int, int] | None:
    w = words[i]
    if starts is not None:  # ordered clauses: only the one holding the word can answer
        c_index = _clause_at(clauses, w.start, starts)
        if c_index is None:
            return None
        c = clauses[c_index]
        if w.start > c.start:
            return _trim(text, c.start, w.start)
        if c_index > 0 and clauses[c_index - 1].end <= w.start:
            prev = clauses[c_index - 1]
            return _trim(text, prev.start, prev.end)
        return None
    for c_index, c in enumerate(clauses):
        if c.start <= w.start < c.end:
            if w.start > c.start:
                return _trim(text, c.start, w.start)
            if c_index > 0 and clauses[c_index - 1].end <= w.start:
                prev = clauses[c_index - 1]
                return _trim(text, prev.start, prev.end)
    return None


def find_attributions_ar(text: str) -> list[Attribution]:
    """Find reported speech and evidential frames with their sources and contents.

    Args:
        text: an Arabic text, exactly as loaded.

    Returns:
        Attributions sorted by offset, labelled ``"attribution"`` (verbs and phrases) or
        ``"evidential"`` (see the module docstring for the rules).

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.

    >>> [(a.text, a.source_text, a.content_type) for a in find_attributions_ar("وأكد الوزير: «لن نتراجع».")]
    [('أكد', 'الوزير', 'quote')]
    >>> a = find_attributions_ar("وصل الوفد، بحسب مصادر رسمية.")[0]
    >>> a.cue, a.source_text, a.source_type, a.content_text
    ('بحسب', 'مصادر رسمية', 'unnamed', 'وصل الوفد')
    >>> e = find_attributions_ar("الإقبال دليل آخر على أن الناس يثقون.")[0]
    >>> e.label, e.text, e.source_text, e.content_text
    ('evidential', 'دليل آخر على أن', 'الإقبال', 'الناس يثقون')
    """
    words = words_ar(text)
    sentences = split_sentences_ar(text)
    clauses = split_sentences_ar(text, level="clause")
    cues, unnamed = _lexicon()
    # Only cues whose first word the current word can start are tried (see PhraseStarts).
    cue_starts = phrase_starts_ar(tuple(c.words for c in cues), ("و", "ف"))
    word_starts = [w.start for w in words] if _ordered(words) else None
    clause_starts = [c.start for c in clauses] if _ordered(clauses) else None
    found: list[Attribution] = []
    i = 0
    while i < len(words):
        match = None
        for c_index in cue_starts.candidates(words[i].norm):
            cue = cues[c_index]
            m = _match_cue(words, i, cue)
            if m is not None:
                match = (cue, m)
                break
        if match is None:
            i += 1
            continue
        cue, m = match
        w = words[i]
        sentence = sentences[w.sentence]
        s_end = _trim(text, sentence.start, sentence.end)[1]
        nxt = m.last + 1
        cue_text = text[m.core_start : m.end]
        if cue.kind == "evidential":
            evidence = _clause_before(text, words, i, clauses, clause_starts)
            content = _trim(text, m.end, s_end)
            found.append(Attribution(
                m.core_start, m.end, cue_text, "evidential", cue.lemma, cue.kind, cue.stance, "evidence",
                *(evidence if evidence else (None, None)), clip_text(text[evidence[0] : evidence[1]]) if evidence else "",
                "that_clause" if content[1] > content[0] else "", *(content if content[1] > content[0] else (None, None)),
                clip_text(text[content[0] : content[1]]) if content[1] > content[0] else "",
            ))
            i = m.last + 1
            continue
        if cue.kind == "phrase":
            source_from = m.end if m.end < words[m.last].end else (words[nxt].start if nxt < len(words) else m.end)
            k = m.last if m.end < words[m.last].end else nxt
            if k >= len(words) or words[k].sentence != w.sentence:
                i = m.last + 1
                continue
            after, source_end = _source(words, k, w.sentence)
            if source_end is None:
                i = m.last + 1
                continue
            content = _trim(text, source_end, s_end) if w.clause_initial else (0, 0)
            if content[1] <= content[0]:
                content = _trim(text, sentence.start, m.start)
            has_content = content[1] > content[0]
            found.append(Attribution(
                m.core_start, m.end, cue_text, "attribution", cue.lemma, cue.kind, cue.stance,
                _source_type(_word_at(words, source_from, word_starts), unnamed), source_from, source_end, clip_text(text[source_from:source_end]),
                "phrase" if has_content else "", *(content if has_content else (None, None)),
                clip_text(text[content[0] : content[1]]) if has_content else "",
            ))
            i = max(after, m.last + 1)
            continue
        # a verb of saying: its subject, then its particle, then a content marker
        source: tuple[int, int] | None = None
        content: tuple[str, int, int] | None = None
        k = nxt
        if (k < len(words) and words[k].joined and words[k].sentence == w.sentence and not _is_marker(words[k])
                and words[k].norm != cue.particle):
            after, source_end = _source(words, k, w.sentence, stop=cue.particle)
            if source_end is not None:
                source = (words[k].start, source_end)
            k = after
        if cue.particle and k < len(words) and words[k].sentence == w.sentence and words[k].norm == cue.particle:
            if cue.role == "source":  # نقلت الوكالة عن مسؤول: the source is the one quoted
                after, source_end = _source(words, k + 1, w.sentence)
                if source_end is not None:
                    source = (words[k + 1].start, source_end)
                k = after
            else:
                content = _content(text, words, k + 1, s_end, w.sentence)
                c_index = _clause_at(clauses, words[k].start, clause_starts)
                clause = clauses[c_index] if c_index is not None else None
                if content is None and clause is not None and k + 1 < len(words) and words[k + 1].start < clause.end:
                    content = ("phrase", words[k + 1].start, clause.end)
        if content is None:
            content = _content(text, words, k, s_end, w.sentence)
        if content is None:
            i += 1
            continue
        kind, c_start, c_end = content
        c_start, c_end = (c_start, c_end) if kind == "quote" else _trim(text, c_start, c_end)
        found.append(Attribution(
            m.core_start, m.end, cue_text, "attribution", cue.lemma, cue.kind, cue.stance,
            _source_type(_word_at(words, source[0], word_starts), unnamed) if source else "implicit",
            *(source if source else (None, None)), clip_text(text[source[0] : source[1]]) if source else "",
            kind, c_start, c_end, clip_text(text[c_start:c_end]),
        ))
        i = m.last + 1
    return sorted(found, key=lambda a: (a.start, a.end))
