"""One word's readings for lexicon matching: the word with clitics and inflectional endings stripped.

A token that is not an entry as it stands may still match after stripping (all in normalized
spelling, :func:`helpers.text.normalize.normalize_ar` with its defaults):

* clitics, as the kit's one inventory and policy allow (:mod:`helpers.text.clitics`): the
  conjunctions و ف, then one of the prepositions ب ل ك or the future س (before an imperfect
  prefix ي ت ن ا), then the article ال (``لل`` is ل + ال); enclitic pronouns ه ها هم هما هن ك كم
  كما كن نا, with a ت before the pronoun read back as teh marbuta (``قدرته`` → ``قدرة``), never after
  the article. The first person (ي, ني) is not stripped: in news prose a final ي is mostly the
  nisba suffix (``قتالي`` is not ``قتال`` + "my"). Function words and frequent words stay whole
  (``ذلك`` is no ذل + ك, ``كامل`` no ك + أمل, ``وسياسة`` no و + س + يأس + ة);
* inflectional endings ة ات ون ين, the alef of tanwin fath (``نفعاً`` → ``نفع``) and the ت of
  a perfect verb (``فشلت`` → ``فشل``), with ات also read as a lost ة (``نكسات`` → ``نكسة``), only
  when what is left has at least three letters, or two before a written ة (``حرة`` → ``حر``)
  (``inflections=True``, the default); the stance
  lexicons (boosters, hedges, evidentials), mostly fixed expressions, only allow ة, the alef and ت.
  The dual ان is not tried: it would read names as duals (``سلمان`` is not ``سلم`` + ان).

Each reading has a cost (the pieces stripped); :func:`helpers.text.lexicons.match_lexicon_ar`
keeps a reading only if its remainder is an entry, and prefers the cheapest.

>>> [r.key for r in _readings("بحكمته", "only", ENDINGS_AR, True)]  # حكمه: ب + حكمة + ه
['بحكمته', 'بحكمت', 'بحكمه', 'حكمته', 'بحكم', 'حكمت', 'حكمه', 'حكم']
>>> [r.key for r in _readings("قتالي", "only", ENDINGS_AR, True)]  # a final ي stays on
['قتالي']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from helpers.text.clitics import ARTICLE, PROCLITIC_CHAINS, PRONOUN_ENCLITICS, CliticReading, clitic_readings_ar
from helpers.text.normalize import normalize_ar

__all__ = ["PROCLITICS_AR", "ENCLITICS_AR", "ENDINGS_AR"]


@lru_cache(maxsize=65536)
def _norm(s: str) -> str:
    return normalize_ar(s)


@lru_cache(maxsize=65536)
def _plain(s: str) -> str:
    """``s`` without diacritics and tatweel, letters as written (ة and ه stay apart)."""
    return normalize_ar(s, alef=False, alef_maksura=False, teh_marbuta=False)


#: Proclitic sequences the matcher may strip: the kit's inventory (:data:`helpers.text.clitics.PROCLITIC_CHAINS`).
PROCLITICS_AR: tuple[str, ...] = PROCLITIC_CHAINS

#: Enclitic pronouns the matcher may strip, longest first: the inventory without the first person
#: (ي, ني), which the policy of :mod:`helpers.text.clitics` leaves on: in news prose a final ي is
#: far more often the nisba suffix (قتالي, وطني, عسكري) than "my".
ENCLITICS_AR: tuple[str, ...] = PRONOUN_ENCLITICS

#: Inflectional endings tried by the matcher by default, normalized (ة is ه after normalization).
ENDINGS_AR: tuple[str, ...] = ("ات", "ون", "ين", "ه", "ا", "ت")


@dataclass(frozen=True)
class _Reading:
    key: str
    cost: float
    proclitic: str = ""
    enclitic: str = ""
    ending: str = ""
    lemma: bool = False


def _strip_end(stem: str, enclitic: str, endings: tuple[str, ...], written: str = "") -> list[tuple[str, str, int]]:
    """Forms of ``stem`` without endings: (form, ending, pieces stripped).

    ``written`` is the last letter as written: a written ة may leave two letters (حرة → حر).
    """
    out = [(stem, "", 0)]
    if enclitic and stem.endswith("ت") and len(stem) >= 3:
        out.append((stem[:-1] + "ه", "", 0))
    if endings:
        for form, _, _ in list(out):
            for ending in endings:
                shortest = 2 if ending == "ه" and written == "ة" and not enclitic else 3
                if form.endswith(ending) and len(form) - len(ending) >= shortest:
                    base = form[: -len(ending)]
                    out.append((base, ending, 1))
                    if ending == "ات":
                        out.append((base + "ه", ending, 1))
    return out


@lru_cache(maxsize=65536)
def _readings(plain: str, role: str, endings: tuple[str, ...], clitics: bool) -> tuple[_Reading, ...]:
    """All readings of a word (letters as written) for a position in an entry (first, middle, last, only).

    Clitics come from :func:`helpers.text.clitics.clitic_readings_ar`, so the kit's one policy
    decides what may be stripped; here a reading also needs its remainder to be an entry. The
    first word of an entry may carry proclitics, the last an enclitic, and later words only the
    article. A final ة prefers the feminine-ending reading and a final ه the pronoun reading.
    """
    word = _norm(plain)
    readings = {word: _Reading(word, 0.0)}
    if not clitics and not endings:
        return (readings[word],)
    front = role in ("first", "only")
    back = role in ("last", "only")
    written = plain[-1:]
    options = clitic_readings_ar(plain, enclitics=back) if clitics else (CliticReading((), plain),)
    for option in options:
        if not front and option.proclitics not in ((), (ARTICLE,)):
            continue
        if option.enclitic and not back:
            continue
        pre = _norm(option.prefix) if option.proclitics else ""
        enc = option.enclitic
        for form, ending, n in _strip_end(_norm(option.stem), enc, endings if back else (), written):
            cost = (1 if pre else 0) + (1 if enc else 0) + n
            if ending == "ه" and not enc and written == "ه":
                cost += 0.5
            if form not in readings or cost < readings[form].cost:
                readings[form] = _Reading(form, float(cost), pre, enc, ending)
    return tuple(sorted(readings.values(), key=lambda r: (r.cost, r.key)))
