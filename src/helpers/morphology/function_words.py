"""Function words whose class the next or previous word decides: من "from" or "who", رغم, بعد.

The closed-class table (:mod:`helpers.morphology.closed_class`) gives a function word one reading
out of context. Three of them are read otherwise by their neighbours:

* **من before a verb is the pronoun مَنْ "who"**: right before an imperfect verb that no analysis
  reads as a noun (هناك من يريد, كل من يتلاعب), since a preposition takes a noun (من تملكها, من
  أساور: nouns the analyzer also has). Not before a form in أ (من أهم: a first-person verb there
  is an elative the analyzer lacks), nor before a word without clitics that wordfreq's list has
  with the article, which no verb takes (لأكثر من يخت: اليخت, a noun the analyzer lacks, not the
  verb يَخُتّ); a word with a clitic is left to the rule (كل من ستكشف: a future verb).
  :func:`who_before_verb`, called by :func:`helpers.morphology.verb_noun.verb_or_noun`.
* **رغم after a preposition is a noun**: the table reads رغم as a preposition (رغم, ورغم, برغم),
  as UD Arabic tags the adverbial nouns that work as prepositions; after a preposition written
  as a word it is the noun that على الرغم has with the article (على رغم);
* **بعد after على or عن is the noun بُعْد "distance"** (على بعد 20 كلم, عن بعد "remotely"): those
  prepositions take a noun, not an adverb of time; after من, إلى and حتى, بعد keeps its reading
  (من بعد, إلى بعد التصريح "until after the statement").
  :func:`noun_after_preposition`, called by
  :func:`helpers.morphology.adjective_noun.adjective_or_noun`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.base import WordAnalysis
from helpers.morphology.context import NOMINAL, host_ar
from helpers.morphology.priors import word_frequency_ar

__all__ = ["noun_after_preposition", "who_before_verb"]

_MIN = "من"
_RAGHMA = "رغم"
_IMPERFECT = "مضارع"
_BAAD = "بعد"
_BUUD = "بُعْد"
#: Prepositions after which بعد is the noun بُعْد "distance" (على بعد, عن بعد).
_DISTANCE_PREPOSITIONS = frozenset({"على", "عن"})


def who_before_verb(
    previous: WordAnalysis,
    reading: WordAnalysis,
    *,
    form: str | None,
    options: Sequence[WordAnalysis],
    analyses: Sequence[WordAnalysis] | None = None,
) -> WordAnalysis | None:
    """The pronoun مَنْ "who" if ``previous`` is the preposition من and ``reading`` a verb it
    cannot take (the module notes), else ``None``.

    Args:
        previous: the word before, as read so far.
        reading: the word's reading.
        form: the word as analysed (``None``: the conditions on its spelling are not checked).
        options: the word's options.
        analyses: the word's analyses before its corpus narrowed them (a noun there also counts).

    >>> min_ = WordAnalysis("", "مِنْ", pos="closed-class/ADP", pos_coarse="ADP")
    >>> yurid = WordAnalysis("", "أَرَادَ", root="رود", pos="فعل/مضارع", pos_coarse="VERB")
    >>> who_before_verb(min_, yurid, form="يريد", options=(yurid,)).pos_coarse
    'PRON'
    """
    if not (reading.pos_coarse == "VERB" and reading.pos.endswith(_IMPERFECT) and previous.pos == "closed-class/ADP" and not previous.enclitics):
        return None
    if dediac_ar(previous.lemma) != _MIN:
        return None
    first_person = form is not None and host_ar(form, reading).startswith(("أ", "ا"))  # من أهم: an elative the analyzer lacks
    # لأكثر من يخت: اليخت, a noun; a word with a clitic is left (كل من ستكشف: a future verb)
    takes_article = form is not None and not reading.proclitics and _written_with_article(form)
    if first_person or takes_article or any(a.pos_coarse in NOMINAL for a in (*options, *(analyses or ()))):
        return None
    return replace(previous, lemma="مَنْ", pos="closed-class/PRON", pos_coarse="PRON")  # هناك من يتصور: "who"


def noun_after_preposition(reading: WordAnalysis, previous: WordAnalysis) -> WordAnalysis | None:
    """The noun if ``reading`` is the preposition رغم right after a preposition written as a word
    (على رغم: على الرغم without the article) or بعد right after على or عن (على بعد: بُعْد
    "distance"), else ``None``.

    >>> ala = WordAnalysis("", "عَلَى", pos="closed-class/ADP", pos_coarse="ADP")
    >>> raghma = WordAnalysis("", "رَغْمَ", pos="closed-class/ADP", pos_coarse="ADP")
    >>> noun_after_preposition(raghma, ala).pos_coarse
    'NOUN'
    """
    if reading.pos != "closed-class/ADP" or not _preposition(previous):
        return None
    lemma = dediac_ar(reading.lemma)
    if lemma == _RAGHMA:
        return replace(reading, pos="closed-class/NOUN", pos_coarse="NOUN")
    if lemma == _BAAD and dediac_ar(previous.lemma) in _DISTANCE_PREPOSITIONS:
        return replace(reading, lemma=_BUUD, root="بعد", pos="closed-class/NOUN", pos_coarse="NOUN")
    return None


def _preposition(a: WordAnalysis) -> bool:
    """A preposition written as a word (في, وعلى), without a pronoun of its own."""
    return a.pos_coarse == "ADP" and not a.enclitics and not set(a.proclitics) - {"و", "ف"}


def _written_with_article(host: str) -> bool:
    """Whether wordfreq's list has the word with the article, as no verb is written (اليخت: a noun
    the analyzer lacks, not the verb يَخُتّ)."""
    return not host.startswith("ال") and word_frequency_ar("ال" + host) > 0
