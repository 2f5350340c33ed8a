"""Clitics without a dictionary: match a word inside a cliticized token, and a light segmenter.

Arabic writes conjunctions (و ف), prepositions (ب ل ك), the future ``س`` and the article ``ال``
joined to the next word, and object or possessive pronouns joined to the end. Two tools here:

* :func:`match_clitics_ar` is *query-driven*: it says whether a token is a given word plus
  clitics (``وكاتيوشا`` = و + كاتيوشا, ``الكاتيوشا`` = ال + كاتيوشا, ``للبلاد`` = ل + ال + بلاد).
  Only the clitics below may surround the word, so inflection is **not** matched: ``كاتيوشات``
  (a plural suffix) and ``حربة`` (teh marbuta) are not ``كاتيوشا`` and ``حرب``. Teh marbuta is kept
  distinct from heh while matching, so ``حربة`` is not حرب + ه; a word ending in teh marbuta also
  matches with it written ``ت`` before a pronoun (``حكومته`` = حكومة + ه). Real ambiguity remains:
  ``حربي`` is both "my war" and "military" and matches ``حرب``; a morphology table settles it.
* :func:`segment_clitics_ar` is a *light segmenter* for whole texts (used for lexical diversity):
  conservative rules that split only what is nearly always a clitic. It is documented there.

Proclitic chains (after normalization): an optional conjunction (``و`` ``ف``), then an optional
preposition (``ب`` ``ل`` ``ك``) and an optional article ``ال`` (``لل`` is ل + ال with the alef
dropped), or the conjunction then the future ``س``. Enclitics: ``ه ها هما هم هن ك كما كم كن ي ني
نا``. A token with the article takes no enclitic.

>>> match_clitics_ar("وكاتيوشا", "كاتيوشا"), match_clitics_ar("كاتيوشات", "كاتيوشا")
(('و', ''), None)
>>> segment_clitics_ar("وبالحوار")
['و', 'ب', 'ال', 'حوار']
"""

from __future__ import annotations

from functools import lru_cache

from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import STOPWORDS_AR

__all__ = ["PROCLITIC_CHAINS", "ENCLITICS", "match_clitics_ar", "segment_clitics_ar", "split_clitic_string_ar"]

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_ART = ("", "ال")


def _chains() -> tuple[str, ...]:
    chains = {c + p + a for c in _CONJ for p in _PREP for a in _ART}
    chains |= {c + "س" for c in _CONJ}
    chains |= {c + "لل" for c in _CONJ}  # ل + ال, alef dropped
    return tuple(sorted(chains, key=lambda s: (-len(s), s)))


#: Every proclitic string a matched word may carry (normalized spelling), longest first.
PROCLITIC_CHAINS: tuple[str, ...] = _chains()
#: Pronoun enclitics a matched word may carry (normalized spelling).
ENCLITICS: tuple[str, ...] = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "ني", "نا", "ه", "ك", "ي")


def _form(s: str) -> str:
    # Normalized, but teh marbuta kept: it must stay distinct from the enclitic ه.
    return normalize_ar(s, teh_marbuta=False)


@lru_cache(maxsize=65536)
def match_clitics_ar(token: str, word: str) -> tuple[str, str] | None:
    """Say whether ``token`` is ``word`` with clitics attached, and which.

    Both are normalized first (diacritics, tatweel, hamza and alef maksura spellings do not
    matter; teh marbuta does, see the module docstring).

    Args:
        token: a word token as written.
        word: the word searched for.

    Returns:
        ``(proclitics, enclitics)`` in normalized spelling (``("و", "")``, ``("لل", "ه")``;
        ``("", "")`` for an exact match), or ``None`` if ``token`` is not ``word`` plus clitics.

    >>> match_clitics_ar("الكاتيوشا", "كاتيوشا"), match_clitics_ar("للبلاد", "البلاد")
    (('ال', ''), ('ل', ''))
    >>> match_clitics_ar("حكومته", "حكومة"), match_clitics_ar("حربة", "حرب")
    (('', 'ه'), None)
    """
    t, w = _form(token), _form(word)
    if not w:
        return None
    found = _match(t, w)
    if found is None and w.endswith("ه") and len(w) > 2:  # a query typed with ه for ة
        found = _match(t, w[:-1] + "ة")
    return found


def _match(t: str, w: str) -> tuple[str, str] | None:
    if t == w:
        return ("", "")
    start = t.find(w)
    while start >= 0:
        if _valid(t[:start], t[start + len(w):]):
            return (t[:start], t[start + len(w):])
        start = t.find(w, start + 1)
    # A word with the article inside ل + ال, written لل: البلاد in للبلاد, وللبلاد.
    if w.startswith("ال") and len(w) > 3 and t.endswith("ل" + w[2:]) and t[: -(len(w) - 1)] in ("ل", "ول", "فل"):
        return (t[: -(len(w) - 1)], "")
    if w.endswith("ة"):  # teh marbuta written ت before a pronoun: حكومة + ه -> حكومته
        stem = w[:-1] + "ت"
        start = t.find(stem)
        while start >= 0:
            prefix, suffix = t[:start], t[start + len(stem):]
            if suffix and _valid(prefix, suffix):
                return (prefix, suffix)
            start = t.find(stem, start + 1)
    return None


def _valid(prefix: str, suffix: str) -> bool:
    if prefix and prefix not in PROCLITIC_CHAINS:
        return False
    if suffix and suffix not in ENCLITICS:
        return False
    return not (suffix and (prefix.endswith("ال") or prefix.endswith("لل")))


def split_clitic_string_ar(value: str) -> list[str]:
    """Split a morphology table's ``proclitics``/``enclitics`` cell (``"و+ال"``) into clitics.

    >>> split_clitic_string_ar("و+ال"), split_clitic_string_ar("")
    (['و', 'ال'], [])
    """
    if not isinstance(value, str):
        return []
    return [piece for piece in value.split("+") if piece]


# Light segmentation: enclitics split only when two letters or more (a lone ه, ي, ك ends too
# many stems), and only from words of at least five letters without the article.
_LIGHT_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا")
# Function words, and words whose first letters only look like the article.
_NEVER_SPLIT = STOPWORDS_AR | {"الله", "اللهم", "الا", "الي", "الان", "الذي", "التي", "الذين"}


@lru_cache(maxsize=65536)
def segment_clitics_ar(word: str) -> list[str]:
    """Split one word into clitics and stem with conservative rules (no dictionary).

    Rules, applied to the word normalized with teh marbuta kept (pieces are returned fully
    normalized, as :func:`normalize_ar` gives them):

    1. A listed function word (:data:`helpers.text.stopwords.STOPWORDS_AR`) or ``الله`` is never split.
    2. A leading ``و`` or ``ف`` is split off when at least three letters remain.
    3. ``ب``, ``ل`` or ``ك`` is split off only directly before the article (``بال``, ``كال``), and
       ``لل`` becomes ``ل`` + ``ال``, when at least two letters remain after the article.
    4. The article ``ال`` is split off when at least two letters remain.
    5. Without an article, an enclitic of two letters or more (``هما كما هم هن ها كم نا``) is
       split off when at least three letters remain.

    So ``بايدن`` and ``بغداد`` stay whole (a ``ب`` not followed by the article is kept). Errors remain in both directions (``كورونا`` loses a "نا");
    pass a morphology table to the diversity helpers for dictionary-based segmentation.

    >>> segment_clitics_ar("مباحثاتهما"), segment_clitics_ar("للبلاد"), segment_clitics_ar("بايدن")
    (['مباحثات', 'هما'], ['ل', 'ال', 'بلاد'], ['بايدن'])
    """
    form = _form(word)
    if not form or normalize_ar(form) in _NEVER_SPLIT:
        return [normalize_ar(form)] if form else []
    pieces: list[str] = []
    rest = form
    if rest[0] in ("و", "ف") and len(rest) - 1 >= 3 and normalize_ar(rest[1:]) not in STOPWORDS_AR | {""}:
        pieces.append(rest[0])
        rest = rest[1:]
    elif rest[0] in ("و", "ف") and normalize_ar(rest[1:]) in STOPWORDS_AR:
        return [rest[0], normalize_ar(rest[1:])]
    if rest.startswith("لل") and len(rest) - 2 >= 2:
        pieces += ["ل", "ال"]
        rest = rest[2:]
    elif rest[:1] in ("ب", "ل", "ك") and rest[1:3] == "ال" and len(rest) - 3 >= 2:
        pieces += [rest[0], "ال"]
        rest = rest[3:]
    elif rest.startswith("ال") and len(rest) - 2 >= 2:
        pieces.append("ال")
        rest = rest[2:]
    suffix = ""
    if "ال" not in pieces:
        for enclitic in _LIGHT_ENCLITICS:
            if rest.endswith(enclitic) and len(rest) - len(enclitic) >= 3:
                suffix, rest = enclitic, rest[: -len(enclitic)]
                break
    out = [*pieces, rest] + ([suffix] if suffix else [])
    return [normalize_ar(p) for p in out]
