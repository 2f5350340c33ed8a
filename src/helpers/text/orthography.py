"""Orthographic anomalies: non-standard hamza/alef spellings, tatweel, spacing at quotes and punctuation.

Every finding is an :class:`Anomaly`, a :class:`~helpers.text.spans.Span` whose offsets point into the
original text, with ``suggestions`` (replacements for the span's text, best first) and a
one-sentence ``explanation``.

Hamza at the start of a word is decided in two layers:

1. **Rules** (:data:`HAMZA_RULES`): hamzat al-waṣl never carries a hamza sign (the article ال,
   form VII/VIII/X verbal nouns, ابن/اسم/امرأة/اثنان), and a closed list of function words
   (إلى, إذا, أن/إن, ...) has fixed spellings.
2. **A lexicon**: every other word is compared with the same word spelt with ا أ إ آ at the
   start of its stem, using the Arabic word frequencies of ``wordfreq`` (general web, news,
   subtitles and Wikipedia text, read offline). A spelling is suggested only when it is clearly
   more frequent than the one written; the thresholds are in :data:`LEXICON_THRESHOLDS`.

Names and loanwords the lexicon does not know are never flagged.

>>> [(a.text, a.label, a.suggestions) for a in find_anomalies_ar("قال ان الأدارة ستعمل الى الـ 2500 .")]
[('ان', 'hamza_alef', ('أن', 'إن')), ('الأدارة', 'hamza_alef', ('الإدارة',)), ('الى', 'hamza_alef', ('إلى',)), ('ـ', 'tatweel', ('',)), (' .', 'space_before_punctuation', ('.',))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import wordfreq

from helpers.text.load import TextInputError, check_text_ar
from helpers.text.normalize import normalize_with_offsets_ar
from helpers.text.spans import Span

__all__ = [
    "Anomaly",
    "HamzaRule",
    "HamzaCheck",
    "HAMZA_RULES",
    "LEXICON_THRESHOLDS",
    "ANOMALY_LABELS",
    "find_anomalies_ar",
    "suggest_hamza_ar",
    "check_hamza_ar",
]

#: The labels :func:`find_anomalies_ar` gives its findings.
ANOMALY_LABELS = ("hamza_alef", "tatweel", "spaced_quote", "space_before_punctuation")


@dataclass(frozen=True)
class Anomaly(Span):
    """An orthographic finding.

    Attributes:
        suggestions: replacements for ``text``, best first (``""`` means delete).
        explanation: one English sentence saying what the standard is.

    >>> Anomaly(0, 3, "الى", "hamza_alef", ("إلى",), "A rule.").to_dict()["suggestions"]
    ['إلى']
    """

    suggestions: tuple[str, ...] = ()
    explanation: str = ""


@dataclass(frozen=True)
class HamzaRule:
    """One rule for hamza at the start of a stem, as shown to students.

    Attributes:
        name: short identifier, used in :class:`HamzaCheck`.
        pattern: where the rule applies.
        example: a standard spelling it produces.
        explanation: the sentence given with a suggestion.
    """

    name: str
    pattern: str
    example: str
    explanation: str


#: The hamza rules, the hard (hamzat al-waṣl, function words) ones first.
HAMZA_RULES: tuple[HamzaRule, ...] = (
    HamzaRule("article", "the article ال, also after و ف ب ك and as لل after ل", "الاستراتيجي",
              "The article ال begins with hamzat al-waṣl, so its alef never carries a hamza sign."),
    HamzaRule("wasl_noun", "ابن ابنة اسم امرأة امرؤ اثنان اثنتان and their suffixed forms", "اسم",
              "A few old nouns (ابن, اسم, امرأة, اثنان) begin with hamzat al-waṣl and are written with a bare alef."),
    HamzaRule("form_x", "است + 1 or 2 letters + ا (استفعال, استفالة, استفال)", "استمرار",
              "Form X verbs and verbal nouns (استفعال) begin with hamzat al-waṣl, written as a bare alef."),
    HamzaRule("form_vii", "ان + 2 letters + ا (انفعال)", "انسحاب",
              "Form VII verbal nouns (انفعال) begin with hamzat al-waṣl, written as a bare alef."),
    HamzaRule("form_viii", "ا + letter + ت (ط after ص ض ط ظ, د after د ذ ز) + letter + ا (افتعال); ات + letter + ا (اتّفاق) when the lexicon agrees", "اشتباك",
              "Form VIII verbal nouns (افتعال) begin with hamzat al-waṣl, written as a bare alef."),
    HamzaRule("wasl_loanword", "استراتيج... (strategy, strategic)", "استراتيجية",
              "The loanword استراتيجية 'strategy' is written with a bare alef, like form X words (استفعال)."),
    HamzaRule("function_word", "a closed list of particles and pronouns (إلى إذا إلا أو أي أن إن أما إما أنا ...)", "إلى",
              "Particles and pronouns such as إلى, إذا, أو and أن have a fixed hamza spelling."),
    HamzaRule("form_iv_masdar", "إ + 2 letters + ا + letter, or إ + letter + ا + letter + ة (إفعال, إفالة)", "إخلاء",
              "Form IV verbal noun (إفعال): initial hamza sits below the alef."),
    HamzaRule("plural_afal", "أ + 2 letters + ا + letter (أفعال)", "أفكار",
              "Broken plural (أفعال): initial hamza sits above the alef."),
    HamzaRule("madda", "آ = hamza + long ā", "آخر",
              "Alef madda (آ) writes a hamza followed by a long ā, as in آخر 'another'."),
    HamzaRule("hamza_below", "any other stem whose first vowel is i", "إلى",
              "An initial hamza with the vowel i (kasra) is written below the alef (إ)."),
    HamzaRule("hamza_above", "any other stem whose first vowel is a or u", "أصبحت",
              "An initial hamza with the vowel a or u is written above the alef (أ), as in form IV verbs (أصبح) and elatives (أكبر)."),
    HamzaRule("wasl_lexicon", "a bare-alef spelling much more frequent than the hamza one", "اتفاق",
              "This word begins with hamzat al-waṣl, which is written as a bare alef without a hamza sign."),
)

_RULES = {rule.name: rule for rule in HAMZA_RULES}

#: Lexicon thresholds, in Zipf units (log10 of occurrences per billion words; 3 ≈ once per million).
#: ``min_zipf``: a suggestion must be at least this common (rarer words are too noisy to trust).
#: ``add_margin``: adding a hamza sign to a bare alef, the commonest slip, needs this lead over the
#: written form (about 3x as frequent). ``change_margin``: turning one sign into another (أ→آ,
#: أ↔إ) or removing it needs a 10x lead. ``established``: a written form this common, with a hamza
#: sign, is a word in its own right (إمام vs أمام), so only a missing madda (أ→آ) is corrected;
#: ``established_wasl`` is the same limit for removing a sign, where a hamza written on hamzat
#: al-waṣl is a frequent hypercorrection (إتفاق, إتخاذ, إنتهى).
#: ``alt_min`` and ``alt_window``: other hamza spellings at least this common and within this
#: distance of the best are offered too, because then the context has to decide (أن/إن).
LEXICON_THRESHOLDS: dict[str, float] = {
    "min_zipf": 2.0,
    "add_margin": 0.5,
    "change_margin": 1.0,
    "established": 3.5,
    "established_wasl": 4.0,
    "alt_min": 3.0,
    "alt_window": 1.5,
}

_BARE, _ABOVE, _BELOW, _MADDA = "ا", "أ", "إ", "آ"
_ALEFS = _BARE + _ABOVE + _BELOW + _MADDA

# Proclitic chains as written: conjunction, preposition, article (ل + ال is written لل).
_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            conj + (prep + art if not (prep == "ل" and art) else "لل")
            for conj in ("", "و", "ف")
            for prep in ("", "ب", "ل", "ك")
            for art in ("", "ال")
        },
        key=len,
    )
)

_PRONOUN_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ني", "نا", "ي")

_AN_EXPLANATION = (
    "Both أن/أنّ ('that', after verbs and prepositions) and إنّ ('indeed', at the start of a clause "
    "or after قال) are standard, so the context decides which one is meant."
)

# Function words keyed by their bare-alef spelling: (standard spellings, explanation).
_FUNCTION_WORDS: dict[str, tuple[tuple[str, ...], str]] = {
    "الى": (("إلى",), "The preposition إلى 'to' is written with hamza below the alef."),
    "اذا": (("إذا",), "The conditional إذا 'if' is written with hamza below the alef."),
    "اذ": (("إذ",), "The particle إذ 'since, when' is written with hamza below the alef."),
    "او": (("أو",), "The conjunction أو 'or' is written with hamza above the alef."),
    "اي": (("أي",), "The word أي 'which, any' is written with hamza above the alef."),
    "ايضا": (("أيضا",), "The adverb أيضاً 'also' is written with hamza above the alef."),
    "اين": (("أين",), "The question word أين 'where' is written with hamza above the alef."),
    "انا": (("أنا",), "The pronoun أنا 'I' is written with hamza above the alef."),
    "انت": (("أنت",), "The pronoun أنت 'you' is written with hamza above the alef."),
    "انتم": (("أنتم",), "The pronoun أنتم 'you (plural)' is written with hamza above the alef."),
    "انما": (("إنما",), "The particle إنما 'only, rather' is written with hamza below the alef."),
    "الا": (("إلا", "ألا"), "Both إلا 'except' and ألا 'is it not / that not' are standard, so the context decides which one is meant."),
    "اما": (("أما", "إما"), "Both أما 'as for' and إما 'either' are standard, so the context decides which one is meant."),
    **{
        "ان" + suffix: (("أن" + suffix, "إن" + suffix), _AN_EXPLANATION)
        for suffix in _PRONOUN_SUFFIXES
        if suffix not in ("ي", "نا")
    },
}

_WASL_NOUNS = frozenset(
    stem + suffix
    for stem in ("ابن", "ابنت", "اسم", "امرأت", "اثنت")
    for suffix in _PRONOUN_SUFFIXES + ("ا", "ان", "ين")
) | {"ابنة", "امرأة", "امرؤ", "امرئ", "امرءا", "اثنان", "اثنين", "اثنا", "اثني", "اثنتان", "اثنتين", "اثنتا"}

_FORM_X = re.compile(r"^است[^ا]{1,2}ا")
_FORM_VII = re.compile(r"^ان[^ا]{2}ا[^ا]")
_FORM_VIII = re.compile(r"^ا(?:[^اصضطظدذز]ت|[صضطظ]ط|[دذز]د)[^ا]ا[^ا]")
# Broken plurals أفعلاء (أنبياء, أصدقاء) look like form VII/VIII verbal nouns.
# Form VIII of roots beginning with و (اتّفاق, اتّصال) has the shape of إتمام and أتباع, so for
# it the lexicon decides, without a margin.
_FORM_VIII_ASSIMILATED = re.compile(r"^ات[^ا]ا[^ا]")
_AFILAA = re.compile(r"^ا[^ا]{2}ياء")
#: Stems that look like form X but begin with hamzat al-qaṭʿ.
_QAT_EXCEPTIONS = ("استرال",)
_IF_AL = re.compile(r"^ا(?!ي)(?:[^ا]{2}ا[^ا](?:ة|ات|ي|ية)?|[^ا]ا[^ا](?:ة|ات))$")
_AF_AL = re.compile(r"^ا[^ا]{2}ا[^ا](?:ه|ها|هم|هما|هن|ك|كم|نا|ي)?$")

_ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+$")


@dataclass(frozen=True)
class HamzaCheck:
    """The evidence behind a hamza suggestion, for notebooks.

    Attributes:
        word: the word as given.
        suggestions: standard spellings, best first (empty when the word looks standard).
        rule: the :data:`HAMZA_RULES` name that explains the best suggestion ("" if none).
        explanation: one English sentence.
        zipf: Zipf frequency of the written form and of each spelling considered (surface forms).
    """

    word: str
    suggestions: tuple[str, ...]
    rule: str
    explanation: str
    zipf: tuple[tuple[str, float], ...] = ()


@lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    return wordfreq.zipf_frequency(word, "ar")


def _wasl_rule(stem: str) -> str:
    """The hamzat al-waṣl rule a bare-alef stem falls under, or ""."""
    if stem.startswith(_QAT_EXCEPTIONS):
        return ""
    if stem in _WASL_NOUNS:
        return "wasl_noun"
    if stem.startswith("استراتيج"):
        return "wasl_loanword"
    if _FORM_X.match(stem):
        return "form_x"
    if _AFILAA.match(stem):
        return ""
    if _FORM_VIII.match(stem):
        return "form_viii"
    if _FORM_VII.match(stem):
        return "form_vii"
    return ""


def _rule_for(stem: str, alef: str) -> str:
    """Name the rule that explains a suggested stem spelling (its first letter is ``alef``)."""
    bare = _BARE + stem[1:]
    if alef == _BARE:
        return _wasl_rule(bare) or ("form_viii" if _FORM_VIII_ASSIMILATED.match(bare) else "wasl_lexicon")
    if alef == _MADDA:
        return "madda"
    if alef == _BELOW:
        return "form_iv_masdar" if _IF_AL.match(bare) else "hamza_below"
    return "plural_afal" if _AF_AL.match(bare) else "hamza_above"


def _margin_ok(written: str, candidate: str, z_written: float, z_candidate: float, *, if_al: bool = False) -> bool:
    """Whether the lexicon clearly prefers ``candidate`` to the ``written`` alef.

    ``if_al``: the stem has the shape إفعال/أفعال, where إ and أ both make common words
    (إحياء 'revival', أحياء 'neighbourhoods'), so a swap needs a rare written form.
    """
    t = LEXICON_THRESHOLDS
    if z_candidate < t["min_zipf"]:
        return False
    if written == _BARE:
        return z_candidate >= z_written + t["add_margin"]
    if written == _ABOVE and candidate == _MADDA:
        return z_candidate >= z_written + t["change_margin"]
    if candidate == _BARE:
        limit = t["established_wasl"]
    elif if_al and {written, candidate} == {_ABOVE, _BELOW}:
        limit = t["alt_min"]
    else:
        limit = t["established"]
    return z_written < limit and z_candidate >= z_written + t["change_margin"]


def _stem_scores(stem: str, article: str = "") -> dict[str, float]:
    return {a: _zipf(article + a + stem[1:]) for a in _ALEFS}


def _bare_wins(scores: dict[str, float]) -> bool:
    return scores[_BARE] > max(scores[h] for h in _ALEFS[1:])


def _hypotheses(clean: str) -> list[tuple[str, int]]:
    """(prefix, position) pairs where a stem starting with an alef follows a proclitic chain."""
    found = []
    for prefix in _PREFIXES:
        p = len(prefix)
        if clean.startswith(prefix) and len(clean) - p >= 2 and clean[p] in _ALEFS:
            found.append((prefix, p))
    return found


def _check_clean(clean: str) -> tuple[tuple[str, ...], str, str, tuple[tuple[str, float], ...]]:
    """Decide on a word with no diacritics: (suggestions, rule, explanation, zipf evidence)."""
    return _decided(clean, tuple(LEXICON_THRESHOLDS.items()))


# Words recur across texts and layers (the orthography layer, the morphology's repairs): each
# decision is kept, keyed by the thresholds in force too, so changing them is never ignored.
@lru_cache(maxsize=100_000)
def _decided(clean: str, thresholds: tuple[tuple[str, float], ...]) -> tuple[tuple[str, ...], str, str, tuple[tuple[str, float], ...]]:
    return _decide(clean)


def _decide(clean: str) -> tuple[tuple[str, ...], str, str, tuple[tuple[str, float], ...]]:
    t = LEXICON_THRESHOLDS
    evidence: dict[str, float] = {clean: _zipf(clean)}
    for prefix, p in _hypotheses(clean):
        stem = clean[p:]
        written = stem[0]
        bare_stem = _BARE + stem[1:]
        definite = prefix.endswith(("ال", "لل"))
        if not definite and written == _BARE and bare_stem in _FUNCTION_WORDS:
            spellings, explanation = _FUNCTION_WORDS[bare_stem]
            if any(ch in "بلك" for ch in prefix):
                # After a preposition only أنّ is possible (لأن, بأن, كأن).
                spellings = tuple(s for s in spellings if s[0] != _BELOW) or spellings
            suggestions = tuple(prefix + s for s in spellings)
            evidence.update((s, _zipf(s)) for s in suggestions)
            if prefix:
                # With a proclitic the letters may spell another word (كان is not ك + أن): ask the
                # lexicon, and put the commoner spelling first (فإن before فأن).
                suggestions = tuple(sorted(suggestions, key=lambda s: -evidence[s]))
            if not prefix or evidence[suggestions[0]] > evidence[clean]:
                return suggestions, "function_word", explanation, tuple(evidence.items())
            continue
        wasl = _wasl_rule(bare_stem)
        if wasl:
            if written == _BARE:
                continue
            fixed = prefix + bare_stem
            evidence[fixed] = _zipf(fixed)
            # Safety valve against a pattern that misfires: a common hamza spelling that is also
            # more common than the bare one is left alone.
            if evidence[clean] >= t["established_wasl"] and evidence[clean] >= evidence[fixed] + t["add_margin"]:
                continue
            return (fixed,), wasl, _RULES[wasl].explanation, tuple(evidence.items())

        if len(stem) < 3 and not prefix:
            continue  # bare two-letter words (أل, آل, إن) are too ambiguous without the context
        # Compare whole surface forms; if none is common enough, compare the stems alone.
        options = {a: prefix + a + stem[1:] for a in _ALEFS}
        scores = {a: _zipf(w) for a, w in options.items()}
        evidence.update((options[a], scores[a]) for a in _ALEFS if a != written)
        if prefix and max(scores.values()) < t["min_zipf"]:
            # unseen with these proclitics: try the word with just its article, then the bare stem
            article = "ال" if prefix.endswith(("ال", "لل")) else ""
            scores = _stem_scores(stem, article)
            if article and max(scores.values()) < t["min_zipf"]:
                article, scores = "", _stem_scores(stem)
            evidence.update((article + a + stem[1:], z) for a, z in scores.items())
        if_al = bool(_IF_AL.match(bare_stem))
        accepted = [
            a
            for a in _ALEFS
            if a != written
            and (
                _margin_ok(written, a, scores[written], scores[a], if_al=if_al)
                or (
                    a == _BARE
                    and _FORM_VIII_ASSIMILATED.match(bare_stem) is not None
                    and t["min_zipf"] <= scores[a]
                    and scores[written] < t["established_wasl"]
                )
            )
            # a bare alef before ل would read as the article and make another word (ألحق, الحق)
            and not (a == _BARE and stem.startswith("ل", 1))
            # hamzat al-waṣl only if no hamza spelling is more common (اذا is a misspelling of
            # إذا), for the stem alone too (واصل 'continued' is no misspelling of وأصل)
            and not (a == _BARE and not (_bare_wins(scores) and _bare_wins(_stem_scores(stem))))
        ]
        if not accepted:
            continue
        best = max(accepted, key=lambda a: (scores[a], -_ALEFS.index(a)))
        extra = [
            a
            for a in sorted(_ALEFS[1:], key=lambda a: (-scores[a], _ALEFS.index(a)))
            if best != _BARE and a not in (best, written)
            and scores[a] >= t["alt_min"] and scores[a] >= scores[best] - t["alt_window"]
            # a common misspelling of the best spelling is no alternative (الأخر for الآخر)
            and not _margin_ok(a, best, scores[a], scores[best], if_al=if_al)
        ]
        suggestions = tuple(options[a] for a in [best, *extra])
        rule = _rule_for(best + stem[1:], best)
        explanation = _RULES[rule].explanation
        if extra:
            names = " and ".join(s[p:] for s in suggestions)
            explanation = f"Both {names} are standard words, so the context decides which one is meant."
        return suggestions, rule, explanation, tuple(evidence.items())
    return (), "", "", tuple(evidence.items())


def _clean_word(word: str) -> tuple[str, list[int]]:
    return normalize_with_offsets_ar(word, alef=False, alef_maksura=False, teh_marbuta=False)


def check_hamza_ar(word: str) -> HamzaCheck:
    """Check the hamza at the start of one word and say why, with the frequencies used.

    Diacritics and tatweel are ignored when comparing and kept in the suggestions.

    Args:
        word: one Arabic word, with or without proclitics (و ف ب ل ك ال) and diacritics.

    Raises:
        TextInputError: if ``word`` is not a string.

    >>> check = check_hamza_ar("اخلاء")
    >>> check.suggestions, check.rule
    (('إخلاء',), 'form_iv_masdar')
    >>> check.explanation
    'Form IV verbal noun (إفعال): initial hamza sits below the alef.'
    >>> check_hamza_ar("الكاظمي").suggestions
    ()
    """
    if not isinstance(word, str):
        raise TextInputError(f"word must be a str, not {type(word).__name__}")
    clean, offsets = _clean_word(word)
    if not _ARABIC_WORD.match(clean):
        return HamzaCheck(word, (), "", "")
    suggestions, rule, explanation, evidence = _check_clean(clean)
    return HamzaCheck(word, tuple(_restore(word, clean, offsets, s) for s in suggestions), rule, explanation, evidence)


def _restore(word: str, clean: str, offsets: list[int], suggestion: str) -> str:
    """Carry a suggestion for ``clean`` back onto ``word``, keeping its diacritics."""
    if len(suggestion) != len(clean):
        return suggestion
    out = list(word)
    for i, (old, new) in enumerate(zip(clean, suggestion)):
        if old != new:
            if word[offsets[i]] != old:
                return suggestion
            out[offsets[i]] = new
    return "".join(out)


def suggest_hamza_ar(word: str) -> tuple[str, ...]:
    """Return standard spellings for the hamza at the start of ``word``'s stem, best first.

    An empty tuple means the word looks standard (or is unknown, like most names). Several
    spellings mean the context decides (``ان`` → ``أن`` or ``إن``). See :data:`HAMZA_RULES`
    and :data:`LEXICON_THRESHOLDS` for the method, :func:`check_hamza_ar` for the reasons.

    Args:
        word: one Arabic word, with or without proclitics and diacritics.

    Raises:
        TextInputError: if ``word`` is not a string.

    >>> suggest_hamza_ar("الأدارة"), suggest_hamza_ar("وأستمرار"), suggest_hamza_ar("أخر")
    (('الإدارة',), ('واستمرار',), ('آخر',))
    >>> suggest_hamza_ar("اخيراً")
    ('أخيراً',)
    >>> suggest_hamza_ar("ان")
    ('أن', 'إن')
    >>> suggest_hamza_ar("انسحاب"), suggest_hamza_ar("إلى")
    ((), ())
    """
    return check_hamza_ar(word).suggestions


# Letters, marks and tatweel of an Arabic word, including presentation forms.
_WORD_RE = re.compile(r"[\u0621-\u065F\u0670-\u06D3\u06D6-\u06ED\uFB50-\uFDFB\uFE70-\uFEFC\u0640]+")
_TATWEEL_RE = re.compile("\u0640+")
_PUNCT_RE = re.compile(r"(?<=\S)[^\S\n]+([،؛؟.,!:;])")

_OPENERS = {"“": "”", "«": "»"}
_CLOSERS = {"”": "“", "»": "«"}


def _quote_roles(line: str) -> list[tuple[int, str]]:
    """(offset, role) for each quotation mark in one line; role is "open" or "close"."""
    roles: list[tuple[int, str]] = []
    straight_open = False
    for i, ch in enumerate(line):
        if ch in _OPENERS:
            roles.append((i, "open"))
        elif ch in _CLOSERS:
            roles.append((i, "close"))
        elif ch == '"':
            straight_open = not straight_open
            roles.append((i, "open" if straight_open else "close"))
    if straight_open:
        # An unpaired straight quote: only its neighbours can say which side it belongs to.
        last = max(i for i, _ in roles if line[i] == '"')
        before = last > 0 and not line[last - 1].isspace()
        after = last + 1 < len(line) and not line[last + 1].isspace()
        roles = [(i, r) for i, r in roles if i != last]
        if before != after:
            roles.append((last, "close" if before else "open"))
    return roles


def _quote_anomalies(text: str) -> list[Anomaly]:
    found = []
    explanation = "A quotation mark is written against the quoted words, with no space on the inner side."
    line_start = 0
    for line in text.split("\n"):
        for i, role in _quote_roles(line):
            pos = line_start + i
            if role == "open":
                end = pos + 1
                while end < len(text) and text[end] in " \t\u00a0":
                    end += 1
                if end > pos + 1 and end < len(text) and not text[end].isspace():
                    found.append(Anomaly(pos, end, text[pos:end], "spaced_quote", (text[pos],), explanation))
            else:
                start = pos
                while start > line_start and text[start - 1] in " \t\u00a0":
                    start -= 1
                if start < pos and start > line_start:
                    found.append(Anomaly(start, pos + 1, text[start : pos + 1], "spaced_quote", (text[pos],), explanation))
        line_start += len(line) + 1
    return found


def _punctuation_anomalies(text: str) -> list[Anomaly]:
    found = []
    for m in _PUNCT_RE.finditer(text):
        mark = m.group(1)
        after = text[m.end() : m.end() + 1]
        if mark in ".,:" and (after == "." or after.isdigit()):
            continue  # an ellipsis or a number such as .5, not sentence punctuation
        found.append(
            Anomaly(m.start(), m.end(), m.group(), "space_before_punctuation", (mark,),
                    "Punctuation follows the preceding word directly, with no space before it.")
        )
    return found


def _hamza_anomalies(text: str) -> list[Anomaly]:
    found = []
    thresholds = tuple(LEXICON_THRESHOLDS.items())
    for m in _WORD_RE.finditer(text):
        suggestions, explanation = _word_hamza(m.group(), thresholds)
        if suggestions:
            found.append(Anomaly(m.start(), m.end(), m.group(), "hamza_alef", suggestions, explanation))
    return found


@lru_cache(maxsize=100_000)
def _word_hamza(word: str, thresholds: tuple[tuple[str, float], ...]) -> tuple[tuple[str, ...], str]:
    # Words recur across texts: a word's check is kept, keyed by the thresholds in force.
    check = check_hamza_ar(word)
    return check.suggestions, check.explanation


def find_anomalies_ar(
    text: str, *, hamza: bool = True, tatweel: bool = True, quotes: bool = True, punctuation: bool = True
) -> list[Anomaly]:
    """Find orthographic anomalies in ``text``, with offsets into ``text`` as given.

    Labels: ``hamza_alef`` (a whole word with a non-standard hamza/alef at the start of its stem),
    ``tatweel`` (a run of ``ـ``), ``spaced_quote`` (a quotation mark plus the space(s) on its
    inner side) and ``space_before_punctuation`` (the space(s) plus the mark). ``suggestions``
    replace the span's text: ``("",)`` deletes a tatweel run, ``('"',)`` keeps just the mark.

    Args:
        text: an Arabic text (checked with :func:`helpers.text.load.check_text_ar`).
        hamza, tatweel, quotes, punctuation: which kinds of anomaly to look for.

    Returns:
        Anomalies sorted by ``(start, end, label)``.

    Raises:
        TextInputError: if the text is empty, not a string or has no Arabic letters.

    >>> for a in find_anomalies_ar('دون ضجيج " وكاتيوشا " !'):
    ...     print(a.start, a.end, repr(a.text), a.label, a.suggestions)
    9 11 '" ' spaced_quote ('"',)
    19 21 ' "' spaced_quote ('"',)
    21 23 ' !' space_before_punctuation ('!',)
    """
    check_text_ar(text)
    found: list[Anomaly] = []
    if hamza:
        found += _hamza_anomalies(text)
    if tatweel:
        explanation = "Tatweel (kashida) only stretches a letter for layout and is not part of the spelling."
        found += [Anomaly(m.start(), m.end(), m.group(), "tatweel", ("",), explanation) for m in _TATWEEL_RE.finditer(text)]
    if quotes:
        found += _quote_anomalies(text)
    if punctuation:
        found += _punctuation_anomalies(text)
    return sorted(found, key=lambda a: (a.start, a.end, a.label))
