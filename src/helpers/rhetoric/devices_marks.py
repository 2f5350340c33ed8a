"""Devices marked by punctuation: scare quotes, exclamations and rhetorical questions.

* **scare quotes** (تنصيص تشكيكي): a stretch of one to :data:`SCARE_QUOTE_MAX_WORDS` words in
  quotation marks (``«»``, ``“”``, ``‹›`` or a pair of straight ``"`` in one paragraph) that is not
  introduced as speech or a title: no colon and none of :data:`SPEECH_MARKERS_AR` among the three
  words before it. ``ما يسمى``/``ما يعرف بـ`` before the quotes makes the distancing explicit.
* **exclamation** (تعجب): a sentence whose final marks include ``!``; the span is the sentence.
* **rhetorical question** (استفهام بلاغي): a sentence ending in ``؟`` or ``?`` that the next
  sentence of its paragraph does not answer (does not open with نعم, لا, بلى, الجواب ...). A
  negative interrogative (ألم, أليس, ألا, أفلا) or ``هل … إلا`` is named as such; any other
  unanswered question is offered as a candidate for the reader to judge.
"""

from __future__ import annotations

import re

from helpers.text.normalize import normalize_ar
from helpers.rhetoric.devices_base import Device, make_device
from helpers.text.sentences import split_sentences_ar
from helpers.text.structure import split_blocks_ar

__all__ = ["SCARE_QUOTE_MAX_WORDS", "SPEECH_MARKERS_AR", "find_quotes_exclamations_questions_ar"]

#: The longest quoted stretch (in words) read as scare quotes rather than a quotation.
SCARE_QUOTE_MAX_WORDS = 4

#: Words that introduce reported speech or a title (normalized spelling): quotes after them are
#: a quotation, not scare quotes.
SPEECH_MARKERS_AR = frozenset(
    "قال قالت يقول تقول اضاف اضافت اكد اكدت صرح صرحت اعلن اعلنت ذكر ذكرت اوضح اوضحت وصف وصفت "
    "بعنوان عنوان عنوانه شعار شعاره كتب كتبت مقوله عبارة عباره".split()
)
_DISTANCING = ("ما يسمي", "ما يعرف", "المسمي", "المسماه", "المزعوم", "المزعومه", "ما سمي")
_QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›"}
_NEGATIVE_INTERROGATIVES = ("الم ", "اليس ", "الا ", "افلا ", "اولم ", "اوليس ", "افليس ")
_ANSWERS = ("نعم", "لا", "بلي", "الجواب", "والجواب", "الاجابه", "والاجابه", "كلا")
_WORD = re.compile(r"\w+")


def _quoted(text: str) -> list[tuple[int, int]]:
    """(opening offset, closing offset) of every quotation-mark pair, per paragraph."""
    pairs: list[tuple[int, int]] = []
    for block in split_blocks_ar(text):
        stack: list[tuple[str, int]] = []
        straight: int | None = None
        for i in range(block.start, block.end):
            ch = text[i]
            if ch in _QUOTE_PAIRS:
                stack.append((_QUOTE_PAIRS[ch], i))
            elif stack and ch == stack[-1][0]:
                pairs.append((stack.pop()[1], i))
            elif ch == '"':
                if straight is None:
                    straight = i
                else:
                    pairs.append((straight, i))
                    straight = None
    return sorted(pairs)


def _scare_quotes(text: str) -> list[Device]:
    found: list[Device] = []
    for open_, close in _quoted(text):
        inside = text[open_ + 1 : close]
        n_words = len(_WORD.findall(inside))
        if not 1 <= n_words <= SCARE_QUOTE_MAX_WORDS:
            continue
        before = text[max(0, open_ - 60) : open_]
        last_line = re.split(r"[\n.!؟?]", before)[-1]
        before_norm = normalize_ar(last_line)
        if last_line.rstrip().endswith(":"):
            continue
        if any(w in SPEECH_MARKERS_AR for w in _WORD.findall(before_norm)[-3:]):
            continue
        why = ("short stretch in quotation marks, not reported speech: the writer holds the word at a "
               "distance (irony or doubt)")
        if any(before_norm.rstrip().endswith(m) or before_norm.rstrip().endswith(m + " ب") for m in _DISTANCING):
            why = "quotation marks after a distancing phrase (ما يسمى / المزعوم): the writer disowns the word"
        found.append(make_device(text, "scare_quotes", [(open_ + 1, close)], why, start=open_, end=close + 1))
    return found


def find_quotes_exclamations_questions_ar(text: str) -> list[Device]:
    """Find scare quotes, exclamations and rhetorical-question candidates.

    Args:
        text: the text, exactly as loaded.

    Returns:
        ``scare_quotes``, ``exclamation`` and ``rhetorical_question`` devices, sorted by start.

    >>> [(d.device, d.text) for d in find_quotes_exclamations_questions_ar('انتصرت "الحكمة" أخيراً! ألم نقل ذلك؟')]
    [('exclamation', 'انتصرت "الحكمة" أخيراً!'), ('scare_quotes', '"الحكمة"'), ('rhetorical_question', 'ألم نقل ذلك؟')]
    >>> find_quotes_exclamations_questions_ar('قال الوزير: "سنواصل العمل". هل تغير شيء؟ نعم، تغير الكثير.')
    []
    """
    found = _scare_quotes(text)
    sentences = split_sentences_ar(text)
    for k, s in enumerate(sentences):
        tail = s.text.rstrip("\"'»”’›)]} ")
        marks = tail[len(tail.rstrip("!?؟.…")) :]
        parts = [(s.start, s.end)]
        if "!" in marks:
            found.append(make_device(text, "exclamation", parts, "sentence closed by an exclamation mark: affect or irony foregrounded"))
        if "؟" in marks or "?" in marks:
            nxt = sentences[k + 1] if k + 1 < len(sentences) and sentences[k + 1].paragraph == s.paragraph else None
            first_next = _WORD.findall(normalize_ar(nxt.text))[:1] if nxt else []
            if first_next and first_next[0] in _ANSWERS:
                continue
            norm = normalize_ar(s.text).lstrip("«\"“ ")
            norm = norm[1:] if norm[:1] in ("و", "ف") and norm[1:].startswith(_NEGATIVE_INTERROGATIVES) else norm
            if norm.startswith(_NEGATIVE_INTERROGATIVES):
                why = "negative interrogative (ألم / أليس / ألا): asks the reader to agree, not to answer (istifham taqriri)"
            elif re.match(r"و?هل\b", norm) and re.search(r"\bالا\b", norm):
                why = "هل … إلا: a question that denies (istifham inkari), = 'nothing but'"
            else:
                why = "question left unanswered in the text: a candidate rhetorical question, judge its function"
            found.append(make_device(text, "rhetorical_question", parts, why))
    return sorted(found, key=lambda d: (d.start, d.end, d.device))
