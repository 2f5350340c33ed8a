"""Ministries: a portfolio after وزارة, a list of them after وزارات, a portfolio with its state.

A ministry is named by its portfolio (``portfolios_ar``), which the rules read whole before any
ordinary phrase:

* after وزارة, the longest listed portfolio, with further portfolios joined by و, written on the
  word or apart (``وزارة الفلاحة والموارد المائية والصيد البحري``, ``وزارة الشباب و الرياضة``;
  :func:`portfolio_end_ar`, which the person rules also use after وزير);
* **plural head + list** (:func:`_ministry_lists`): after وزارات or وزارتي each portfolio is its
  own ORG (``وزارات الداخلية والخارجية والمرأة والأسرة والطفولة``: a و + definite noun that opens
  no portfolio joins the one before), the head outside, not found again alone; rule ``head_list``;
* **a ministry by its portfolio** (:func:`_ministries_by_portfolio`: الخارجية, الداخلية, الدفاع)
  and its state's demonym (``الخارجية القطرية``), not an adjective of a definite noun (السياسة
  الخارجية الأمريكية) nor after a title (وزير الخارجية القطري); rule ``head``.

>>> from helpers.entities.words import entity_words_ar
>>> t = "نددت الخارجية القطرية بالهجوم، وأكدت وزارتا الداخلية والدفاع ذلك."
>>> [(t[c.start:c.end], c.rule) for c in [*_ministry_lists(entity_words_ar(t)), *_ministries_by_portfolio(entity_words_ar(t))]]
[('الداخلية', 'head_list'), ('الدفاع', 'head_list'), ('الخارجية القطرية', 'head')]
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.entities.base import Candidate
from helpers.entities.clues import demonym_of, is_title_word_ar
from helpers.entities.gazetteers import heads_ar, key_ar, portfolio_phrases_ar
from helpers.entities.head_phrases import _coordinated, _noun_adjective, _stops
from helpers.entities.words import EntityWord, is_function_word_ar, plain_ar

__all__ = ["portfolio_end_ar"]

# The plural and dual of وزارة, shared by a list of portfolios (وزارات الداخلية والخارجية والصحة).
_MINISTRIES = frozenset(key_ar(w) for w in ("وزارات", "وزارتي", "وزارتا"))
# Portfolios that name their ministry alone when a state's demonym follows (الخارجية القطرية).
_METONYMIC_PORTFOLIOS = frozenset(key_ar(w) for w in ("الخارجية", "الداخلية", "الدفاع"))


def portfolio_end_ar(words: Sequence[EntityWord], j: int) -> int:
    """Index after a ministry's portfolio at ``j`` (``portfolios_ar``), with further portfolios joined
    by و (الفلاحة والموارد المائية والصيد البحري); ``j`` if none."""
    best = j
    for phrase in portfolio_phrases_ar():
        n = len(phrase)
        if j + n <= len(words) and all(words[j + m].norm == phrase[m] and words[j + m].space_before for m in range(n)):
            best = max(best, j + n)
    if best == j:
        return j
    k = best
    while k < len(words) and words[k].space_before and words[k].kind == "arabic":
        if words[k].text == "و" and k + 1 < len(words) and words[k + 1].space_before and words[k + 1].kind == "arabic" \
                and _coordinated(words, k + 1, bare=True):
            k += 1  # وزارة الشباب و الرياضة: the و written apart
        else:
            conj = words[k].reading("و")
            if conj is None or not conj.stem.startswith("ال") or is_function_word_ar(words[k].text) \
                    or not _coordinated(words, k):
                break  # وزارة الداخلية | والحكومة: a body of its own
        k += 1
        while k < len(words) and words[k].space_before and (words[k].pos == "ADJ" or _noun_adjective(words[k])) \
                and words[k].norm.startswith("ال") and not _stops(words[k]) and not demonym_of(words[k]):
            k += 1  # والموارد المائية: the joined portfolio's adjective (not وزارة الشباب و الرياضة | الترفيع)
        best = k
    return best


def _portfolio_at(words: Sequence[EntityWord], k: int, stem: str) -> int:
    """Index after the longest portfolio (``portfolios_ar``) whose first word at ``k`` reads ``stem``; ``k`` if none."""
    best = k
    for phrase in portfolio_phrases_ar():
        n = len(phrase)
        if phrase[0] == stem and k + n <= len(words) and n > best - k \
                and all(words[k + m].space_before and words[k + m].norm == phrase[m] for m in range(1, n)):
            best = k + n
    return best


def _ministry_lists(words: Sequence[EntityWord]) -> list[Candidate]:
    """Ministries named by their portfolios after a shared plural or dual (وزارات الشؤون الاجتماعية
    والداخلية والخارجية والصحة والمرأة والأسرة والطفولة): each portfolio its own ORG, the head outside,
    a و + definite word that opens no portfolio joined to the one before (والأسرة والطفولة); rule ``head_list``."""
    found = []
    for i, w in enumerate(words):
        reading = next((r for r in w.readings if r.stem in _MINISTRIES), None)
        if reading is None:
            continue
        k = i + 1
        while k < len(words) and words[k].space_before and words[k].kind == "arabic":
            conj = words[k].reading("و") if k > i + 1 else None
            if k > i + 1 and conj is None:
                break
            stem, start = (conj.stem, conj.start) if conj is not None else (words[k].norm, words[k].start)
            end = _portfolio_at(words, k, stem)
            if end == k:
                break
            while end < len(words) and words[end].space_before:
                more = words[end].reading("و")
                if more is None or not more.stem.startswith("ال") or _portfolio_at(words, end, more.stem) > end \
                        or _stops(words[end]):
                    break
                end += 1
                while end < len(words) and words[end].space_before and _noun_adjective(words[end]):
                    end += 1  # والصيد البحري: the joined noun's adjective
            text = words[k].text[start - words[k].start:] + "".join(" " + x.text for x in words[k + 1 : end])
            found.append(Candidate(start, words[end - 1].end, k, end - 1, "ORG", "pattern", "head_list", plain_ar(text),
                                   w.text[reading.start - w.start:], priority=2))
            k = end
    return found


def _ministries_by_portfolio(words: Sequence[EntityWord]) -> list[Candidate]:
    """A ministry named by its portfolio and its state's demonym (الخارجية القطرية, الداخلية التونسية),
    not as an adjective of a definite noun (السياسة الخارجية الأمريكية) nor after a title (وزير
    الخارجية القطري, a role); rule ``head``."""
    found = []
    for i, w in enumerate(words):
        reading = next((r for r in w.readings if r.stem in _METONYMIC_PORTFOLIOS), None)
        if reading is None or i + 1 >= len(words) or not words[i + 1].space_before:
            continue
        country = demonym_of(words[i + 1])
        if not country or country.startswith("region:"):
            continue
        before = words[i - 1] if i > 0 else None
        if before is not None and before.kind == "arabic" and w.space_before and not reading.proclitic and (
                before.norm.startswith("ال") and not is_function_word_ar(before.text) or is_title_word_ar(before.norm)
                or any(r.stem in heads_ar() or r.stem in _MINISTRIES for r in before.readings)):
            continue
        text = w.text[reading.start - w.start:] + " " + words[i + 1].text
        found.append(Candidate(reading.start, words[i + 1].end, i, i + 1, "ORG", "pattern", "head", plain_ar(text),
                               country=country, priority=2))
    return found
