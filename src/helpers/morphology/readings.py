"""A word's readings out of context: the analyzer's analyses, narrowed by what is known of the form's use.

An analyzer lists every analysis a written form allows, with no idea which are used: ``حسين``
is the name Ḥusayn and also the verb حَسَيْنَ "they (f.) sipped"; ``كما`` is "as" and ك + ما.
:func:`word_options` keeps the readings the table may show for one form, in three steps, and
:func:`guess_reading` reads a form no analysis fits.

1. **The analyzer's corpus** (:func:`by_corpus_lemma`; backends with ``lemma_counts``, i.e.
   farahidi): how often the manually lemmatized corpus behind the analyzer's language model gave
   this very form each lemma (:mod:`helpers.morphology.corpus_lemmas`). When the form is attested
   at least :data:`CORPUS_MIN_COUNT` times and one lemma has at least :data:`CORPUS_DOMINANT` of
   its uses, only that lemma's readings are kept (حسين → حُسَيْن; حالة → حَالَة, not حَال; يجب →
   وَجَبَ; المستوى → مُسْتَوًى, which the analyzer writes مُسْتَوَى too; مصداقية → the noun
   مِصْدَاقِيَّة, where the analyzer has the adjective مِصْدَاقِيّ; التحديات → تَحَدِّي, where
   it has only the feminine تَحَدِّيَة). When that lemma is not among the analyses, it is put in
   (البلاد → بَلَد, جنود → جُنْدِيّ: broken plurals under their singular) or, if the analyzer cannot analyse it at all,
   the corpus's lemma is the reading (شارون). Otherwise the readings of attested lemmas are kept
   and the context chooses among them. A form the corpus decided skips step 2, and step 3
   only chooses between a name and a common word with the lemma the corpus gave (وزير); a
   lemma the analyzer has only as a name is a common noun if the corpus inflects it as one
   (:func:`inflects_as_common`: دولار).
2. **Segmentation prior** (:func:`by_segmentation`, :mod:`helpers.morphology.priors`): كما is
   not ك + ما, لندن not ل + دن.
3. **Name use** (:func:`by_name_use`): whether a form is used as a name, from how often it is
   written with the article (الوزير is common, محمد a name).

A word of one letter other than the particles و ف ب ل ك (which some writers type apart from
their word: و الحكومة) is an abbreviation in running text (د. for دكتور, م for متر or
ميلادي): it has no readings and is guessed (tagged ``X``), where the analyzer would offer the imperatives of
doubly weak verbs (رَ "see!", دِ "pay blood money!").

Whichever step kept them, a past verb ending in ى is read as the first person plural, not as
a passive with the pronoun نا, where the form is both (:func:`without_passive_object_na`:
تلقينا is تَلَقَّيْنا "we received", not تُلُقِّيَنا), nor as a first-person imperfect or an
imperative with نا, and that reading is put back if the segmentation prior dropped it
(:func:`with_we_past_na`: أعطينا is أَعْطَيْنا "we gave", not أُعْطِينا "I give us").

Names take the root of a common homograph (:func:`with_name_roots`: محمد → حمد) whichever step
kept them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.backends import AnalysisCache
from helpers.morphology.base import MorphologyBackend, WordAnalysis
from helpers.morphology.priors import host_form_ar, preferred_segmentation, word_frequency_ar

__all__ = [
    "CORPUS_DOMINANT",
    "COMMON_BARE_SHARE",
    "CORPUS_MIN_COUNT",
    "NAME_ARTICLE_SHARE",
    "ONLY_NAME_ARTICLE_SHARE",
    "by_corpus_lemma",
    "by_name_use",
    "by_segmentation",
    "guess_reading",
    "inflects_as_common",
    "name_like",
    "with_we_past_na",
    "without_passive_object_na",
    "word_options",
    "written_as_common",
]

#: How often (in the model's counts) a form must be attested before its corpus lemmas decide.
CORPUS_MIN_COUNT = 4
#: The share of a form's attested uses one lemma needs to be the only lemma kept.
CORPUS_DOMINANT = 0.9
#: How much rarer than the bare word its form with the article must be for the word to count as a name.
NAME_ARTICLE_SHARE = 0.01
#: How much rarer than the bare word its form with the article must be for a word the analyzer
#: knows only as a name to stay one (ten times :data:`NAME_ARTICLE_SHARE`).
ONLY_NAME_ARTICLE_SHARE = 0.1
#: How often, against its form with the article, a word must be written without it to count as common.
COMMON_BARE_SHARE = 0.5
#: ``pos`` of a reading that comes from the analyzer's corpus alone (a lemma it cannot analyse).
CORPUS_POS = "corpus"

_OPTIONS: dict[tuple[str, str], tuple[WordAnalysis, ...]] = {}
#: One-letter particles, written apart from their word by some writers (و الحكومة): kept.
_PARTICLE_LETTERS = frozenset("وفبلك")
_CONTENT = ("NOUN", "ADJ", "VERB", "NUM", "ADV")


def word_options(engine: MorphologyBackend, form: str, found: tuple[WordAnalysis, ...], cache: AnalysisCache) -> tuple[WordAnalysis, ...]:
    """The readings a word's row may show (see the module notes); empty when none fits (a guess).

    Memoized per backend and form.
    """
    key = (engine.name, form)
    cached = _OPTIONS.get(key)
    if cached is not None:
        return cached
    if len(form) == 1 and form not in _PARTICLE_LETTERS:  # د for دكتور, م for متر; not رَ "see!"
        _OPTIONS[key] = ()
        return ()
    readings, evidence = by_corpus_lemma(engine, form, list(found), cache)
    if evidence == "decided":
        # the corpus chose the lemma; a name and a common word may still share it (وزير)
        common = [a for a in readings if a.pos_coarse != "PROPN"]
        if common:
            readings = by_name_use(form, readings, engine=engine, found=list(found))
        elif readings and readings[0].pos_coarse == "PROPN" and (
            inflects_as_common(engine, readings[0].lemma)
        ):
            readings = _common_of_name(readings, list(found))
    else:
        narrowed = by_name_use(form, by_segmentation(form, readings), engine=engine, found=list(found))
        # the priors may rule out every reading (a guess), but not every reading the corpus attests
        readings = narrowed if narrowed or evidence == "none" else readings
    readings = with_name_roots(without_passive_object_na(with_we_past_na(readings, list(found))), list(found))
    if len(_OPTIONS) >= 500_000:
        _OPTIONS.clear()
    _OPTIONS[key] = out = tuple(readings)
    return out


_PASSIVE_NA = "\u064a\u064e\u0646\u064e\u0627"  # يَنَا: ي with fatha, then the pronoun نا
_WE_NA = ("\u064a\u0652\u0646\u064e\u0627", "\u064a\u0652\u0646\u064e\u0651\u0627")  # يْنَا (and يْنَّا)


def without_passive_object_na(readings: list[WordAnalysis]) -> list[WordAnalysis]:
    """Drop the passive-with-نا readings of a past verb ending in ى when the form is also its first person plural.

    A verb whose past ends in ى writes it ا before a pronoun (رَمَاه, تَلَقَّانا); only its passive
    keeps ي there (رُمِيَنا "he was thrown us"), which a verb of one object cannot take and which
    news prose does not use, while the same letters are the first person plural (رَمَيْنا "we
    threw", تَلَقَّيْنا "we received"). A verb whose past ends in ي keeps its pronoun reading
    (لَقِيَنا "he met us").

    >>> we = WordAnalysis("تَلَقَّيْنَا", "تَلَقَّى", pos_coarse="VERB")
    >>> passive = WordAnalysis("تُلُقِّيَنَا", "تَلَقَّى", pos_coarse="VERB", enclitics=("نا",))
    >>> met_us = WordAnalysis("لَقِيَنَا", "لَقِيَ", pos_coarse="VERB", enclitics=("نا",))
    >>> [a.diacritized for a in without_passive_object_na([passive, we, met_us])]
    ['تَلَقَّيْنَا', 'لَقِيَنَا']
    >>> [a.diacritized for a in without_passive_object_na([passive])]
    ['تُلُقِّيَنَا']
    """
    we = {a.lemma for a in readings if a.pos_coarse == "VERB" and not a.enclitics and a.diacritized.endswith(_WE_NA)}
    if not we:
        return readings
    return [a for a in readings if not _passive_object_na(a, we)]


def with_we_past_na(readings: list[WordAnalysis], found: list[WordAnalysis]) -> list[WordAnalysis]:
    """Prefer the first person plural of a past verb in ى to readings with the pronoun نا.

    The letters of أعطينا, أبدينا, ادعينا, تفادينا are "we gave, we showed, we claimed, we
    avoided" (أَعْطَيْنا), the analyzer's reading without an enclitic. Where the analyzer has it,
    the readings with نا as a verb's object that are not used are dropped: the imperfect in the
    first person (أُعْطِينا "I give us"), which Arabic does not say (a verb takes no object
    pronoun of its subject's person: أعطي أنفسنا), and the feminine imperative (أَعْطِينا "give
    (f.) us!", ادْعِينا "call (f.) us!"), rare in news prose. When the segmentation prior dropped
    the reading without an enclitic (تفادينا: نا is mostly a pronoun), it is put back. Other
    readings with نا are left to the context (تُفادينا "she ransoms us").

    >>> we = WordAnalysis("أَعْطَيْنَا", "أَعْطَى", pos="فعل/ماض", pos_coarse="VERB")
    >>> i_give_us = WordAnalysis("أُعْطِينَا", "أَعْطَى", pos="فعل/مضارع", pos_coarse="VERB", enclitics=("نا",))
    >>> [a.diacritized for a in with_we_past_na([i_give_us], [i_give_us, we])]
    ['أَعْطَيْنَا']
    """
    we = [a for a in found if _we_past(a)]
    if not we:
        return readings
    kept = [a for a in readings if not (a.enclitics == ("نا",) and _na_of_own_person(a))]
    missing = [a for a in we if a not in kept]
    return kept + missing if not any(_we_past(a) for a in kept) else kept


def _we_past(a: WordAnalysis) -> bool:
    return (a.pos_coarse == "VERB" and a.pos.endswith("ماض") and not a.enclitics and a.diacritized.endswith(_WE_NA)
            and dediac_ar(a.lemma).endswith("ى"))


def _na_of_own_person(a: WordAnalysis) -> bool:
    """An imperfect in the first person (أُعْطِي, نُعْطِي) or an imperative, with the pronoun نا."""
    if a.pos.endswith("أمر"):
        return True
    host = dediac_ar(a.diacritized)
    for clitic in a.proclitics:
        host = host[len(clitic):] if host.startswith(clitic) else host
    return a.pos.endswith("مضارع") and host[:1] in ("أ", "ا", "ن")


def _passive_object_na(a: WordAnalysis, we: set[str]) -> bool:
    return (a.enclitics == ("نا",) and a.diacritized.endswith(_PASSIVE_NA) and a.lemma in we
            and dediac_ar(a.lemma).endswith("ى"))


def _key(lemma: str) -> str:
    return unicodedata.normalize("NFC", lemma)


_VOWELS = str.maketrans("", "", "\u064b\u064c\u064d\u064e\u064f\u0650\u0652\u0670")


def _letters(lemma: str) -> str:
    """A lemma's letters and shaddas: مُسْتَوًى and مُسْتَوَى agree, بِن and بَنَّ do not."""
    return unicodedata.normalize("NFC", lemma).translate(_VOWELS)


def by_corpus_lemma(
    engine: MorphologyBackend, form: str, readings: list[WordAnalysis], cache: AnalysisCache
) -> tuple[list[WordAnalysis], str]:
    """Narrow a form's readings by the lemmas the analyzer's corpus gave it (module notes, step 1).

    Returns the readings kept and the evidence: ``"decided"`` (one lemma), ``"attested"`` (the
    readings of attested lemmas are kept) or ``"none"`` (readings unchanged).
    """
    counts = lemma_counts_of(engine, form)
    total = sum(counts.values())
    if total < CORPUS_MIN_COUNT:
        return readings, "none"
    attested = {a.lemma: counts.get(_key(a.lemma), 0.0) for a in readings}
    top, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    if count >= CORPUS_DOMINANT * total:
        kept = [a for a in readings if _key(a.lemma) == top]
        kept = kept or [a for a in readings if _letters(a.lemma) == _letters(top)]  # other vowels (مُسْتَوًى)
        kept = kept or _as_feminine_noun(readings, top)  # مِصْدَاقِيّ → مِصْدَاقِيَّة
        kept = kept or _as_masculine_noun(readings, top)  # التحديات: تَحَدِّيَة → تَحَدِّي
        if not kept:  # the corpus's lemma is not among the analyses (البلاد: بَلَد)
            kept = _with_corpus_lemma(engine, form, top, readings, cache, named=not any(attested.values()))
        if kept:
            return kept, "decided"
    if any(attested.values()):
        return [a for a in readings if attested[a.lemma] > 0], "attested"
    return readings, "none"


def _as_feminine_noun(readings: list[WordAnalysis], lemma: str) -> list[WordAnalysis]:
    """Readings whose lemma + ة is the corpus's ``lemma``, as that feminine noun: the corpus cites
    a feminine only for a noun of its own (مصداقية "credibility": مِصْدَاقِيَّة, where the analyzer
    has only the adjective مِصْدَاقِيّ), while feminine adjectives cite their masculine."""
    out = [
        replace(a, lemma=lemma, pos_coarse="NOUN" if a.pos_coarse == "ADJ" else a.pos_coarse)
        for a in readings
        if a.pos_coarse in ("NOUN", "ADJ") and _letters(a.lemma) + "ة" == _letters(lemma)
    ]
    return list(dict.fromkeys(out))


def _as_masculine_noun(readings: list[WordAnalysis], lemma: str) -> list[WordAnalysis]:
    """Nouns whose lemma is the corpus's ``lemma`` + ة, under the corpus's masculine lemma: a plural
    in ات belongs to a masculine noun too (التحديات: تَحَدِّي, where the analyzer has only the
    feminine تَحَدِّيَة)."""
    out = [replace(a, lemma=lemma) for a in readings if a.pos_coarse == "NOUN" and _letters(a.lemma) == _letters(lemma) + "ة"]
    return list(dict.fromkeys(out))


def lemma_counts_of(engine: MorphologyBackend, form: str) -> Mapping[str, float]:
    """The backend's corpus counts for ``form`` (empty for a backend without ``lemma_counts``)."""
    lemma_counts = getattr(engine, "lemma_counts", None)
    return lemma_counts(form) if lemma_counts is not None else {}


def _with_corpus_lemma(
    engine: MorphologyBackend, form: str, lemma: str, readings: list[WordAnalysis], cache: AnalysisCache, *, named: bool
) -> list[WordAnalysis]:
    """Readings of ``form`` with the corpus's ``lemma``, which none of its analyses names.

    * The lemma is a word the analyzer knows with the root of one of the form's readings (a
      broken plural and its singular: بِلَاد and بَلَد share بلد): that reading, with the
      lemma's own lemma, root and part of speech, keeps its clitics and pattern. Readings whose
      own lemma the corpus attests for the form are preferred (البلاد: بِلَاد فِعَال, not
      the intensive بَلَّاد فَعَّال the analyzer also lists).
    * No reading shares a root with the lemma, the form is definite and the analyzer knows the
      lemma as a noun: that noun's reading with the form's proclitics (:func:`_unlisted_plural`:
      البنوك → بَنْك, a plural the analyzer's lexicon lacks).
    * The analyzer cannot analyse the lemma, it is the form itself, without the article, and
      the corpus never gave the form a lemma of its analyses (``named``: شارون, الدكتور →
      دُكْتُور; not أبناء, which the corpus cites as أَبْنَاء but also as ابْن): a reading with
      no root, a common noun if the corpus inflects the lemma as one (:func:`inflects_as_common`)
      or, written with the article, wordfreq's list shows it used as one (:func:`written_as_common`:
      البورصة, التعاطي), else a name.
    """
    bare = dediac_ar(lemma)
    own = [a for a in cache.analyses(engine, bare) if _key(a.lemma) == lemma]
    if own:
        out = []
        attested = [a for a in readings if lemma_counts_of(engine, form).get(_key(a.lemma), 0.0) > 0]
        for a in attested or readings:  # بِلَاد (attested) gives its pattern فِعَال, not بَلَّاد's
            match = next((o for o in own if o.root and o.root == a.root), None)
            if match is not None:
                out.append(replace(a, lemma=match.lemma, root=match.root, pos=match.pos, pos_coarse=match.pos_coarse))
        return list(dict.fromkeys(out)) or _unlisted_plural(form, own)
    article = form.startswith("ال") and form[2:] == bare
    if not named or (form != bare and not article) or len(bare) < 3:  # not ال alone, nor د (abbreviations)
        return []
    coarse = "NOUN" if inflects_as_common(engine, lemma) or written_as_common(form, bare) else "PROPN"
    cited = form if article and coarse == "PROPN" else bare
    return [WordAnalysis(diacritized=lemma, lemma=cited, pos=CORPUS_POS, pos_coarse=coarse, proclitics=("ال",) if article else ())]


_DEFINITE_CHAINS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")


def _unlisted_plural(form: str, own: list[WordAnalysis]) -> list[WordAnalysis]:
    """A reading for a definite plural the analyzer's lexicon lacks but its corpus cites under a
    noun the analyzer knows (البنوك → بَنْك, which the analyzer reads only as ال + لَبَنَ + ك):
    the noun's reading, without a pattern, with the form's proclitics, the article included (the
    chain after which the word starts with the noun's first letter). Only definite forms: without
    the article, where a word's clitics end is less certain, the form is left to the guess."""
    nouns = [o for o in own if o.pos_coarse in ("NOUN", "ADJ")]
    if not nouns:
        return []
    first = dediac_ar(nouns[0].lemma)[:1]
    for chain in _DEFINITE_CHAINS:  # للبنوك: ل + ال, the article's alef dropped
        host = form[len(chain) :]
        if form.startswith(chain) and host[:1] == first and len(host) >= 3:
            article = ("ل", "ال") if chain.endswith("لل") else ("ال",)
            return [replace(nouns[0], diacritized=form, pattern="", proclitics=(*chain[:-2], *article), enclitics=())]
    return []


def _segmentation(a: WordAnalysis) -> tuple[str, str]:
    return "".join(c for c in a.proclitics if c != "ال"), "".join(a.enclitics)


def by_segmentation(form: str, readings: list[WordAnalysis]) -> list[WordAnalysis]:
    """Keep the readings of the segmentation the prior prefers (:mod:`helpers.morphology.priors`).

    When the prior prefers the unsplit word but the backend only split it, the readings are
    dropped, making the word a guess, only if no split's host is ever written alone (فايزر is
    not ف + ايزر). Otherwise the backend's split stands: وأضاف and بالإضافة are far commoner
    than أضاف and الإضافة (fixed phrases of news prose), yet و + أضاف and ب + الإضافة are right.
    """
    if not readings:
        return readings
    segmentations = list(dict.fromkeys(_segmentation(a) for a in readings))
    best = preferred_segmentation(form, segmentations)
    if best is None:
        return readings
    if best in segmentations:
        return [a for a in readings if _segmentation(a) == best]
    hosts = [host_form_ar(form, s) for s in segmentations]
    if all(h is None or word_frequency_ar(h) == 0 for h in hosts):
        return []
    return readings


def name_like(bare: str) -> bool:
    """Whether a word (without the article) is used as a name: written with the article at most
    :data:`NAME_ARTICLE_SHARE` times as often as without it, in wordfreq's list.

    >>> name_like("محمد"), name_like("وزير"), name_like("دولار")
    (True, False, False)
    """
    return word_frequency_ar(bare) > 0 and word_frequency_ar("ال" + bare) < NAME_ARTICLE_SHARE * word_frequency_ar(bare)


def inflects_as_common(engine: MorphologyBackend, lemma: str) -> bool:
    """Whether the analyzer's corpus inflects ``lemma`` as a common noun: it has the lemma in an
    indefinite accusative (-an, written ا) or a sound plural or dual, which names do not take
    (دولارا, دولارات: دولار is a currency, though the analyzer lists it among names; حسين has none).

    >>> from helpers.morphology import get_backend
    >>> inflects_as_common(get_backend("farahidi"), "دُولَار"), inflects_as_common(get_backend("farahidi"), "حُسَيْن")
    (True, False)
    """
    lemma_counts = getattr(engine, "lemma_counts", None)
    if lemma_counts is None:
        return False
    bare, key = dediac_ar(lemma), _key(lemma)
    if bare.endswith("ة"):  # مسيرة: مسيرات, مسيرتان, مسيرتين
        bare, endings = bare[:-1], ("ات", "تان", "تين")
    else:
        endings = ("ات", "ان", "ين") if bare.endswith(("ا", "ى", "ء")) else ("ا", "ات", "ان", "ين")
    return any(lemma_counts(bare + ending).get(key, 0.0) > 0 for ending in endings)


def written_as_common(form: str, bare: str) -> bool:
    """Whether a word written with the article is used as a common word, in wordfreq's list: when
    it is written without the article at least :data:`COMMON_BARE_SHARE` times as often (بورصة
    2.2 times البورصة; names that take the article seldom drop it: سودان 0.007, كويت 0.014). A
    word written without the article says nothing this way (rare names, rare words).

    >>> written_as_common("البورصة", "بورصة"), written_as_common("السودان", "سودان"), written_as_common("شارون", "شارون")
    (True, False, False)
    """
    if form != "ال" + bare:
        return False
    return word_frequency_ar(bare) >= COMMON_BARE_SHARE * word_frequency_ar(form) > 0


def by_name_use(
    form: str, readings: list[WordAnalysis], *, engine: MorphologyBackend | None = None, found: list[WordAnalysis] | None = None
) -> list[WordAnalysis]:
    """Choose between proper-noun and common readings by how the word is used.

    A common noun is often written with the article; a name seldom is (وزير: الوزير is
    common; محمد: المحمد is not). The word is *name-like* when it carries no article itself and
    :func:`name_like` holds for the proper-noun reading's lemma (محمد 0.002, مصر 0.0005, روسيا
    0.0003; دولار 0.035, وزير 0.22). Then proper-noun readings win over common ones (محمد is
    the name, not the noun مَحْمَد); otherwise common readings win (الوزير, وزير), and a word
    whose only readings are proper nouns but which is not name-like is read as a common noun
    (دولار). A word the analyzer knows *only* as a name (``found``: all its analyses, every one a
    proper noun) needs stronger evidence for that, given a backend with a corpus (``engine``):
    written without it, the article at least :data:`ONLY_NAME_ARTICLE_SHARE` times as often as the
    bare word (طريفة 0.25: the adjective the analyzer lacks; names written with it keep it:
    القيروان), its corpus inflecting it as a common noun
    (:func:`inflects_as_common`: دولارا, دولارات), or an ending names do not take on the word
    itself (كاميرات); otherwise it stays a name (واشنطن 0.011: الواشنطن occurs, in الواشنطن بوست).
    The ال of الله is the name's own, not an article.
    """
    names = [a for a in readings if a.pos_coarse == "PROPN"]
    if not names:
        return readings
    common = [a for a in readings if a.pos_coarse != "PROPN"]
    article = "ال" in names[0].proclitics
    if article and common:
        return [a for a in common if a.pos_coarse in _CONTENT] or common
    bare = dediac_ar(names[0].lemma)
    bare = bare[2:] if article and bare.startswith("ال") else bare  # the ال of الله is the name's own
    if not article and name_like(bare):
        return names
    if common:
        return [a for a in common if a.pos_coarse in _CONTENT] or common
    if word_frequency_ar(bare) == 0:
        return readings  # no evidence either way
    only_names = found is not None and all(a.pos_coarse == "PROPN" for a in found)
    if (
        only_names
        and getattr(engine, "lemma_counts", None) is not None
        and (article or word_frequency_ar("ال" + bare) < ONLY_NAME_ARTICLE_SHARE * word_frequency_ar(bare))
        and not inflects_as_common(engine, names[0].lemma)  # type: ignore[arg-type]
        and not _inflected(form, dediac_ar(names[0].lemma))
    ):
        return readings  # seldom with the article, never inflected as a common noun: a name (واشنطن)
    return [replace(a, pos_coarse="NOUN") for a in names]


def _common_of_name(readings: list[WordAnalysis], found: list[WordAnalysis]) -> list[WordAnalysis]:
    """The common readings of the name's letters and clitics among ``found`` (صُهْيُونِيّ, the
    adjective, for the name صَهْيُونِيّ), else the name's readings as common nouns (مَسِيرَة)."""
    name = readings[0]
    same = [
        a for a in found
        if a.pos_coarse in ("NOUN", "ADJ") and _letters(a.lemma) == _letters(name.lemma)
        and a.proclitics == name.proclitics and a.enclitics == name.enclitics
    ]  # fmt: skip
    return list(dict.fromkeys(same)) or [replace(a, pos_coarse="NOUN") for a in readings]


def _inflected(form: str, bare: str) -> bool:
    """Whether ``form`` is ``bare`` with an ending of the indefinite accusative, a sound plural or
    a dual, which names do not take (كاميرات from كاميرا)."""
    stems = {bare, bare[:-1]} if bare.endswith(("ا", "ى", "ة")) else {bare}
    return any(form.endswith(stem + ending) for stem in stems for ending in ("ات", "ين", "ون", "ان", "تين", "تان", "ا") if form != bare)


def with_name_roots(readings: list[WordAnalysis], found: list[WordAnalysis]) -> list[WordAnalysis]:
    """Names cite the article they are written with (السودان, اليابان) and take the root of a
    common word spelled like them when they have none (محمد: حمد; مصر: مصر; بغداد: بغدد)."""
    out = []
    for a in readings:
        if a.pos_coarse != "PROPN" or a.pos == "guess":
            out.append(a)
            continue
        lemma = a.lemma
        if "ال" in a.proclitics and not dediac_ar(lemma).startswith("ال"):
            lemma = "ال" + lemma
        bare = dediac_ar(a.lemma)
        roots = [c.root for c in found if c.root and c.pos_coarse != "PROPN" and dediac_ar(c.lemma) == bare]
        out.append(replace(a, lemma=lemma, root=a.root or (roots[0] if roots else "")))
    return out


_GUESS_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
_GUESS_ENCLITICS = ("هما", "هم", "ها", "ه", "نا")


def _rest(form: str, chain: str) -> str:
    return (host_form_ar(form, (chain, "")) or form[len(chain) :]) if chain else form


def guess_reading(engine: MorphologyBackend, form: str, found: Any, cache: AnalysisCache) -> WordAnalysis:
    """The reading of a word no lexicon reading fits: a name, with its proclitics (and a pronoun
    enclitic) split off only when the rest is more frequent than the whole or a name the backend
    knows. A name keeps its article in its lemma (الكاظمي, السودان), as names are cited. A word
    of one letter is an abbreviation (see the module notes), tagged ``X``, not a name."""
    if len(form) == 1:
        return WordAnalysis(diacritized=form, lemma=form, pos="guess", pos_coarse="X")
    chains = [c for c in _GUESS_PROCLITICS if form.startswith(c) and len(form) - len(c) >= 3]
    chain = ""
    if chains:
        best = preferred_segmentation(form, [(c, "") for c in chains], margin=2.0)
        if best is not None:
            chain = best[0]
        elif word_frequency_ar(form) == 0:
            for c in chains:
                if any(a.pos_coarse == "PROPN" for a in cache.analyses(engine, _rest(form, c))):
                    chain = c
                    break
    rest = _rest(form, chain)
    enclitics: tuple[str, ...] = ()
    if not rest.startswith("ال"):
        ends = [(e, "") for e in _GUESS_ENCLITICS if rest.endswith(e) and len(rest) - len(e) >= 3]
        best = preferred_segmentation(rest, [("", e) for e, _ in ends], margin=2.0) if ends else None
        if best is not None and best[1]:
            enclitics = (best[1],)
            rest = host_form_ar(rest, best) or rest
    proclitics = tuple(chain)
    if rest.startswith("ال") and len(rest) >= 5:
        proclitics += ("ال",)
    return WordAnalysis(diacritized=form, lemma=rest, pos="guess", pos_coarse="PROPN", proclitics=proclitics, enclitics=enclitics)
