"""The embedded morphology backend: farahidi, an offline port of AlKhalil Morpho Sys 2.

farahidi ships its lexicon and language model on PyPI, so it runs with no download. It works in
two layers:

* **out of context** (:meth:`FarahidiBackend.analyze_word`): every analysis AlKhalil finds for
  the word. farahidi's ``score`` is an out-of-context frequency weight that favours verbs (``في``
  comes first as the verb وَفَى), so the first candidate is often not the reading a reader
  would choose;
* **in context** (:meth:`FarahidiBackend.analyze_in_context`): farahidi's port of AlKhalil's
  HMM (``Disambiguator.disambiguate_lemmas``) picks one *lemma* per word of a sentence. The
  HMM does not choose among analyses that share a lemma (الحوار: the proper noun, the verbal
  noun and the plain noun حِوَار), so this module does, by :func:`_reading_key`: a
  function-word reading first, then a proper noun if the alternatives are only primitive nouns,
  then the analysis whose root is commonest in AlKhalil's corpus, then the higher score, then
  farahidi's own order.

Mapping to the table's columns:

* ``pos`` keeps farahidi's labels as ``"pos/type"`` (``"اسم/مصدر أصلي"``, ``"حرف/جر"``); verbs,
  which have no type, give their tense instead (``"فعل/ماض"``);
* ``pos_coarse`` follows :data:`NOUN_TYPES` and :func:`coarse_pos` (documented there);
* clitics are written without diacritics and split into single clitics (farahidi gives
  ``وَبِال`` as one proclitic): ``("و", "ب", "ال")``; the article is always ``"ال"``, also
  where its alef is dropped after ``ل`` (``للرئيس`` → ``("ل", "ال")``);
* farahidi has no English glosses, so ``gloss`` is always ``""``.

Analyses that become identical once mapped (farahidi distinguishes the وَ of oath from the وَ
of conjunction, and case endings) are kept once, in the order of their best score. Candidates are
ordered by score (descending), then by how common their root is in AlKhalil's corpus, then in
farahidi's order, which is fixed by its lexicon files.

The lexicon (about 1 s) and the language model (about 2.5 s) are loaded on first use, once per
process, and shared by every :class:`FarahidiBackend`.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.base import BackendUnavailable, WordAnalysis

if TYPE_CHECKING:
    import farahidi

__all__ = ["FarahidiBackend", "NOUN_TYPES", "coarse_pos"]

#: farahidi's noun types (``Analysis.type`` when ``pos == "اسم"``) and their coarse POS.
#: Participles, elatives, nisba and assimilated adjectives are derived *adjectives* in form; used
#: as nouns (مُفَاوِض "negotiator", المسلحة in القوات المسلحة is an adjective) they stay ADJ
#: here, because the analyzer cannot see that use. Verbal nouns (masdars), primitive nouns, nouns
#: of place, time and instrument are NOUN. Tool-word nouns follow their function.
NOUN_TYPES: dict[str, str] = {
    "صفة مشبهة": "ADJ",
    "اسم فاعل": "ADJ",
    "اسم مفعول": "ADJ",
    "مبالغة اسم الفاعل": "ADJ",
    "اسم تفضيل": "ADJ",
    "نسبة": "ADJ",
    "مصدر أصلي": "NOUN",
    "مصدر مرة": "NOUN",
    "مصدر هيئة": "NOUN",
    "مصدر صناعي": "NOUN",
    "مصدر ميمي": "NOUN",
    "اسم جامد": "NOUN",
    "جامد": "NOUN",
    "اسم زمان أو مكان": "NOUN",
    "اسم آلة": "NOUN",
    "حرف هجاء": "NOUN",
    "استثناء": "NOUN",  # غير، سوى
    "اختصار": "NOUN",
    "مركب": "NOUN",
    "اسم علم": "PROPN",
    "معربة": "PROPN",  # foreign names in the proper-noun lexicon
    "اسم الجلالة": "PROPN",
    "ضمير": "PRON",
    "موصول": "PRON",  # الذي، التي
    "إشارة": "PRON",  # هذا، تلك (UD would say DET before a noun; there is no DET here)
    "استفهام": "PRON",
    "استفهام:موصول": "PRON",
    "شرط": "PRON",  # مَن، ما of condition
    "ظرف": "NOUN",  # عام، يوم، جنوب، صباح: nouns used adverbially (UD: NOUN); مع، عند، بعد are in the closed-class table
    "ظرف:استفهام": "ADV",  # متى، أين
    "منصوب": "ADV",  # أيضًا-like adverbial accusatives
    "فعل": "PART",  # اسم فعل (هيهات، آمين)
    "صوت": "X",
}

# Particle functions (``type`` when ``pos == "حرف"``), checked in this order over the parts of a
# compound label such as "تفسير:توكيد:مصدري".
_PARTICLE_RULES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"جر", "جار ومجرور"}), "ADP"),
    (frozenset({"عطف"}), "CCONJ"),
    (frozenset({"مصدري", "شرط", "ناسخ", "تعليل"}), "SCONJ"),  # أنْ، أنّ/إنّ، إنْ، لو، كي
)

#: Lemmas (without diacritics) of cardinal numbers, tagged NUM whatever farahidi's noun type.
_NUMBER_LEMMAS = frozenset(
    "واحد اثنان اثنين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة "
    "عشر عشرة عشرون عشرين ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون مئة مائة ألف مليون مليار".split()
)

_ARTICLE = "ال"


def coarse_pos(pos: str, type_: str | None, lemma: str = "") -> str:
    """Map farahidi's part of speech and type to one of :data:`~helpers.morphology.base.COARSE_POS`.

    Args:
        pos: ``"اسم"``, ``"فعل"`` or ``"حرف"``.
        type_: farahidi's sub-type (noun type, particle function, ``None``).
        lemma: the lemma, used to recognise cardinal numbers (tagged NUM).

    >>> coarse_pos("حرف", "جر"), coarse_pos("حرف", "عطف"), coarse_pos("حرف", "تفسير:توكيد:مصدري")
    ('ADP', 'CCONJ', 'SCONJ')
    >>> coarse_pos("اسم", "اسم علم"), coarse_pos("اسم", "نسبة"), coarse_pos("فعل", None)
    ('PROPN', 'ADJ', 'VERB')
    >>> coarse_pos("اسم", "اسم جامد", "ثَلَاث"), coarse_pos("حرف", "نفي")
    ('NUM', 'PART')
    """
    if pos == "فعل":
        return "VERB"
    if pos == "حرف":
        parts = set((type_ or "").split(":"))
        for labels, coarse in _PARTICLE_RULES:
            if parts & labels:
                return coarse
        return "PART"  # negation, future سوف/س, قد, question, vocative, answer, ...
    if pos == "اسم":
        if dediac_ar(lemma) in _NUMBER_LEMMAS:
            return "NUM"
        return NOUN_TYPES.get(type_ or "", "NOUN")
    return "X"


def _split_clitic(form: str, description: str | None) -> tuple[str, ...]:
    """Split farahidi's compound clitic (``وَبِال`` "حرف العطف+حرف الجر+ال:التعريف") into single clitics.

    >>> _split_clitic("وَبِال", "حرف العطف+حرف الجر+ال:التعريف")
    ('و', 'ب', 'ال')
    >>> _split_clitic("وَلِل", "حرف العطف+حرف الجر+ال:التعريف"), _split_clitic("هُمَا", "ضمير الغائبين")
    (('و', 'ل', 'ال'), ('هما',))
    """
    letters = dediac_ar(form)
    parts = (description or "").split("+")
    if len(parts) < 2:
        return (letters,) if letters else ()
    if parts[-1].startswith(_ARTICLE):
        # The article is the last clitic; after ل its alef is not written (لل = ل + ال).
        rest = letters[:-2] if letters.endswith(_ARTICLE) else letters[:-1]
        pieces = [*rest, _ARTICLE]
    else:
        pieces = list(letters)
    return tuple(pieces) if len(pieces) == len(parts) else (letters,)


def _clitics(affixes: Sequence[Any]) -> tuple[str, ...]:
    return tuple(piece for affix in affixes for piece in _split_clitic(affix.form, affix.description))


#: Proclitics that AlKhalil's lexicon allows but modern news prose almost never uses in the
#: combinations it generates: the emphatic لَ before a preposition or the article (لَلِبلاد,
#: لَلْبلاد) competes with the everyday لِلْبلاد "for the country" and would otherwise win ties.
_RARE_PROCLITICS = ("لام التوكيد",)


def _has_rare_clitic(analysis: farahidi.Analysis) -> bool:
    """Whether a reading relies on a rare proclitic (ranked after equally scored readings).

    >>> from types import SimpleNamespace as NS
    >>> _has_rare_clitic(NS(proclitics=(NS(form="لَلِ", description="لام التوكيد+حرف الجر"),)))
    True
    >>> _has_rare_clitic(NS(proclitics=(NS(form="لِل", description="حرف الجر+ال:التعريف"),)))
    False
    """
    return any(rare in (affix.description or "") for affix in analysis.proclitics for rare in _RARE_PROCLITICS)


def _pos_label(analysis: farahidi.Analysis) -> str:
    detail = analysis.type or (analysis.tense if analysis.pos == "فعل" else None)
    return f"{analysis.pos}/{detail}" if detail else analysis.pos


class _Shared:
    """farahidi's analyzer, disambiguator and corpus maps, built once per process on first use.

    The analyzer is :class:`~helpers.morphology.farahidi_fast.FastFarahidiAnalyzer`: farahidi's
    own analyses, found faster and listed in a fixed order.
    """

    _lock = threading.Lock()
    analyzer: Any = None
    disambiguator: Any = None

    @classmethod
    def get(cls) -> tuple[Any, Any]:
        with cls._lock:
            if cls.analyzer is None:
                try:
                    import farahidi

                    from helpers.morphology.farahidi_fast import FastFarahidiAnalyzer
                except ImportError as err:  # pragma: no cover - farahidi is a kit dependency
                    raise BackendUnavailable(f"farahidi is not installed ({err}); run ./kit setup") from None
                cls.analyzer = FastFarahidiAnalyzer()
                cls.disambiguator = farahidi.Disambiguator(analyzer=cls.analyzer)
            return cls.analyzer, cls.disambiguator


def farahidi_version() -> str:
    """The installed farahidi's version (part of the persistent cache's key)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("farahidi")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


class FarahidiBackend:
    """The embedded backend (farahidi, AlKhalil Morpho Sys 2), offline.

    Build it freely: every instance shares one farahidi analyzer and language model, loaded on
    first use. :meth:`analyze_word` does no caching of its own (that is
    :class:`~helpers.morphology.table.AnalysisCache`'s job); :meth:`analyze_in_context` keeps the
    analyses of the words it has seen, as farahidi's disambiguator keeps their lemmas.

    >>> backend = FarahidiBackend()
    >>> best = backend.analyze_word("المحورية")[0]
    >>> dediac_ar(best.lemma), best.root, best.pos, best.pos_coarse, best.proclitics
    ('محوري', 'حور', 'اسم/نسبة', 'ADJ', ('ال',))
    >>> [(a.root, a.pos_coarse) for a in backend.analyze_in_context(["القوات", "من", "البلاد"])]
    [('قوي', 'NOUN'), ('', 'ADP'), ('بلد', 'NOUN')]
    >>> backend.analyze_word("الكاظمي")
    []
    """

    name = "farahidi"

    def __init__(self) -> None:
        self._seen: dict[str, list[WordAnalysis]] = {}
        #: The installed farahidi's version (part of the on-disk cache's key).
        self.version = farahidi_version()

    # ------------------------------------------------------------------ out of context
    def analyze_word(self, word: str) -> list[WordAnalysis]:
        """All analyses of one dediacritized word, best first (score, root frequency, then content).

        Returns an empty list for words the lexicon does not know (most proper nouns, loanwords).
        The order is the same in every process: ties are broken on the analyses' own fields,
        never on farahidi's internal order (which followed Python's string hashing).
        """
        analyzer, disambiguator = _Shared.get()
        root_counts = disambiguator.lm.map_root
        converted: dict[WordAnalysis, tuple[Any, ...]] = {}
        for a in analyzer.analyze(word):
            mapped = self._convert(a)
            key = (-mapped.score, _has_rare_clitic(a), -root_counts.get(mapped.root, 0), _content_key(mapped))
            if mapped not in converted or key < converted[mapped]:
                converted[mapped] = key
        return sorted(converted, key=converted.__getitem__)

    @staticmethod
    def _convert(a: farahidi.Analysis) -> WordAnalysis:
        return WordAnalysis(
            diacritized=a.diacritized,
            lemma=_citation_lemma(a.lemma),
            root=a.root or "",
            pattern=a.pattern or "",
            pos=_pos_label(a),
            pos_coarse=coarse_pos(a.pos, a.type, a.lemma),
            proclitics=_clitics(a.proclitics),
            enclitics=_clitics(a.enclitics),
            gloss="",
            score=float(a.score),
        )

    @staticmethod
    def lemma_counts(word: str) -> Mapping[str, float]:
        """How often the corpus behind farahidi's language model lemmatized ``word`` (as written,
        no diacritics) with each lemma (see :mod:`helpers.morphology.corpus_lemmas`).

        >>> dict(FarahidiBackend.lemma_counts("العرب"))
        {'عَرَبِيّ': 8.0, 'عَرَب': 1104.0}
        """
        from helpers.morphology.corpus_lemmas import lemma_counts_ar

        return lemma_counts_ar(word)

    @staticmethod
    def knows_lemma(lemma: str) -> bool:
        """Whether the corpus behind farahidi's language model uses ``lemma`` (diacritized) at all.

        >>> FarahidiBackend.knows_lemma("مُشْكِلَة"), FarahidiBackend.knows_lemma("حَالَاتَة")
        (True, False)
        """
        from helpers.morphology.corpus_lemmas import lemma_known_ar

        return lemma_known_ar(lemma)

    # ------------------------------------------------------------------ in context
    def analyze_in_context(
        self, words: Sequence[str], *, candidates: Sequence[Sequence[WordAnalysis]] | None = None
    ) -> list[WordAnalysis | None]:
        """One reading per word of one sentence (farahidi's HMM picks the lemma; see the module notes).

        Pass one sentence at a time: the HMM decodes the sequence as a whole. Words the lexicon
        does not know get ``None``. ``candidates`` are the words' analyses when the caller has
        them already (from a cache, possibly narrowed down): nothing is analysed again, and the
        reading is chosen among them.

        One correction is made to the HMM's choice. Its scores add per-lemma backoff weights
        that often outweigh the corpus bigrams, so it reads ``من`` as مَنْ "who" and ``عن`` as the
        verb وَعَى even between two nouns. When the chosen lemma has no bigram with any reading
        of either neighbour (:meth:`context_score` is 0) and another lemma of the same word has
        one, that lemma is taken instead (القوات من البلاد → مِنْ). Particles the HMM chose
        (لَنْ, لَا) are kept as they are.
        """
        words = list(words)
        if not words:
            return []
        _, disambiguator = _Shared.get()
        analyses = [list(c) for c in candidates] if candidates is not None else [self._analyses(w) for w in words]
        chosen = self._decode(disambiguator, words, analyses)
        root_counts = disambiguator.lm.map_root
        out: list[WordAnalysis | None] = []
        for i, (found, lemma) in enumerate(zip(analyses, chosen, strict=True)):
            if not found:
                out.append(None)
                continue
            left = analyses[i - 1] if i > 0 else []
            right = analyses[i + 1] if i + 1 < len(words) else []
            lemma = self._supported_lemma(found, lemma, left, right)
            matching = [(k, a) for k, a in enumerate(found) if a.lemma == lemma] or list(enumerate(found))
            names_win = not any(a.pos_coarse in _DERIVED_POS and a.pos != _PRIMITIVE for _, a in matching)
            out.append(max(matching, key=lambda pair: _reading_key(pair, root_counts, names_win))[1])
        return out

    @staticmethod
    def _decode(disambiguator: Any, words: list[str], analyses: list[list[WordAnalysis]]) -> list[str]:
        """farahidi's HMM over the given readings' lemmas (an unknown word is its own "lemma")."""
        morph: dict[str, list[str]] = {}
        for word, found in zip(words, analyses, strict=True):
            lemmas = list(dict.fromkeys(a.lemma for a in found)) or [word]
            morph.setdefault(word, lemmas)
        if len(morph) < len(set(words)) or not hasattr(disambiguator, "_analyzed"):  # pragma: no cover
            return disambiguator.disambiguate_lemmas(words)
        if len(words) == 1:
            return disambiguator._analyzed_token(words[0], morph)
        return disambiguator._analyzed(words, morph)

    def _supported_lemma(
        self, found: list[WordAnalysis], lemma: str, left: list[WordAnalysis], right: list[WordAnalysis]
    ) -> str:
        """The HMM's lemma, or another lemma of the word if only that one has bigram support."""
        readings = [a for a in found if a.lemma == lemma]
        if any(a.pos.startswith("حرف") for a in readings):
            return lemma
        if readings and self.context_score(left, readings, right) > 0:
            return lemma
        best, best_score = lemma, 0.0
        for other in dict.fromkeys(a.lemma for a in found):
            score = self.context_score(left, [a for a in found if a.lemma == other], right)
            if score > best_score:
                best, best_score = other, score
        return best

    def context_score(
        self, left: Sequence[WordAnalysis], word: Sequence[WordAnalysis], right: Sequence[WordAnalysis]
    ) -> float:
        """How well a word's readings fit between its neighbours', from the HMM's lemma bigrams.

        The score is the best, over the word's lemmas, of P(lemma | a lemma of the left word) +
        P(a lemma of the right word | lemma), each maximised over the neighbour's lemmas (0 when
        the corpus never saw the pair). It compares candidate spellings of the same slot, for
        :func:`~helpers.morphology.repair.choose_repair_ar`: ``على ان`` gives أَنْ 0.016 and
        إِنْ 0.0003, so context writes ``على أن``.
        """
        _, disambiguator = _Shared.get()
        transition = disambiguator.lm.transition
        left_lemmas = {a.lemma for a in left}
        right_lemmas = {a.lemma for a in right}
        best = 0.0
        for lemma in {a.lemma for a in word}:
            before = max((transition.get(f"{p}:{lemma}", 0.0) for p in left_lemmas), default=0.0)
            after = max((transition.get(f"{lemma}:{n}", 0.0) for n in right_lemmas), default=0.0)
            best = max(best, before + after)
        return best

    def _analyses(self, word: str) -> list[WordAnalysis]:
        found = self._seen.get(word)
        if found is None:
            if len(self._seen) >= 200_000:
                self._seen.clear()
            found = self._seen[word] = self.analyze_word(word)
        return found


def _reading_key(
    pair: tuple[int, WordAnalysis], root_counts: dict[str, int], names_win: bool
) -> tuple[bool, bool, bool, int, float, int]:
    """Rank analyses that share the lemma the HMM chose (higher is better).

    1. a function-word reading (particle, pronoun, adverb from AlKhalil's tool-word list) over a
       content reading with the same lemma: في the preposition, not the noun "mouth"; إلى the
       preposition, not the noun "favour";
    2. a proper-noun reading, when the only other content readings are primitive nouns (اسم
       جامد), which carry no derivational evidence: بغداد is the city, not a noun of the
       "root" بغدد (``names_win``);
    3. a derived reading (participle, nisba, elative, verbal noun ...) over a primitive noun
       (اسم جامد) with the same lemma, which carries no derivational evidence: الماضي the
       participle "past", جديدة the adjective;
    4. the root's count in AlKhalil's corpus (a real root beats a proper-noun reading with no
       root: الحوار is the verbal noun of حور, not the name حوار);
    5. farahidi's score;
    6. the candidates' order (fixed: see :meth:`FarahidiBackend.analyze_word`).
    """
    index, a = pair
    root_count = root_counts.get(a.root, 0) if a.root else 0
    return (a.pos_coarse in _FUNCTION_POS, names_win and a.pos_coarse == "PROPN", a.pos != _PRIMITIVE, root_count, a.score, -index)


def _content_key(a: WordAnalysis) -> tuple[Any, ...]:
    return (a.lemma, a.root, a.pattern, a.pos, a.proclitics, a.enclitics, a.diacritized)


def _citation_lemma(lemma: str) -> str:
    """A defective noun's lemma with its final ي (قَاضٍ → قَاضِي), as dictionaries and treebanks cite it.

    >>> _citation_lemma("قَاضٍ"), _citation_lemma("كِتَاب")
    ('قَاضِي', 'كِتَاب')
    """
    if lemma.endswith("\u064d") and len(lemma) > 2:
        return lemma[:-1] + "\u0650\u064a"
    return lemma


_FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PRON", "ADV"})
_DERIVED_POS = frozenset({"NOUN", "ADJ", "VERB"})
_PRIMITIVE = "اسم/اسم جامد"
