"""The closed-class table: function words read before the analyzer, with their clitics.

``data/lexicons/closed_class_ar.tsv`` (documented in its header and in ``data/lexicons/README.md``)
lists prepositions, conjunctions, particles, pronouns, demonstratives, relatives, interrogatives
and common adverbs with lemma, UPOS, root and gloss. :func:`closed_class_readings_ar` returns the
table's readings of a written word, also when it carries clitics the entry allows (وفي، ومنه،
بهذا، لكنه، عليها, له); the table in :mod:`helpers.morphology.table` uses them *instead of* the
analyzer's readings, so لكن is never ل + كان and كما never ك + ما.

Words are matched as written, and a word that begins with أ إ آ also with a bare ا (ان, انه,
الى, وان), but not after ب ل ك, where the bare form is another word (بان, كان). Spelling changes
before an enclitic are generated: final ى is written ي (على → عليه، إلى → إليها، لدى → لديه),
من and عن keep one ن before ي (مني، عني), and أنّ، إنّ، لكنّ take both ي and ني (أني، أنني).

The أنّ / أنْ / إنّ / إنْ family is one written word (أن, إن, ان) with four readings; the table
gives all that fit the spelling, and :func:`choose_an_reading_ar` picks one from the neighbours:

* إنّ after a form of قال (قال، قالت، يقول، تقول …) up to six words back (قال الوزير إن), and at
  the start of a stretch (sentence or clause);
* otherwise, for أن / ان: أنْ before a verb (أن يكون، بعد أن طلب: أنّ needs a noun or pronoun
  after it, never a verb) and right after a preposition of time (بعد, قبل, منذ, عقب, إثر:
  بعد أن عرض, where the next word can also be read as a noun, عَرْض: these take أنْ and its
  verb, "after he had offered"; not إلى أنّ, على أنّ, which take a clause), أنّ otherwise (أن
  الحكومة، أنه);
* otherwise, for إن: إنْ (conditional) before a verb, إنّ otherwise.

ما before زال, برح, فتئ or انفكّ, the verbs of "still" that are always negated (ما زال, ما برح),
is the negative particle, ``PART``, not the pronoun "what" the table gives it.

إنّ after فـ (فإن الحكومة, ومن ثم فإنه) heads the main clause that answers what came before, and
nothing governs it: it is the emphatic particle, ``PART``, as UD tags إنّ where it introduces no
clause of another verb; elsewhere the table's ``SCONJ`` stays (قال إن: the complement of قال).

>>> [(a.lemma, a.pos_coarse, a.proclitics, a.enclitics) for a in closed_class_readings_ar("وعليها")]
[('عَلَى', 'ADP', ('و',), ('ها',))]
>>> [(a.lemma, a.enclitics) for a in closed_class_readings_ar("لكن")], closed_class_readings_ar("كتاب")
([('لَكِنَّ', ()), ('لِ', ('كن',))], ())
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd

from camel_tools.utils.dediac import dediac_ar

from helpers.data import read_tsv_rows
from helpers.morphology.base import COARSE_POS, WordAnalysis

__all__ = [
    "CLOSED_CLASS_FILE",
    "ClosedClassEntry",
    "choose_an_reading_ar",
    "closed_class_frame_ar",
    "closed_class_readings_ar",
    "closed_class_spelling_ar",
    "is_closed_class_ar",
]

CLOSED_CLASS_FILE = "lexicons/closed_class_ar.tsv"
_COLUMNS = ["word", "lemma", "upos", "root", "gloss", "attach"]
_UPOS = frozenset("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN SCONJ VERB X".split())
_ENCLITICS = ("ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "ي", "ني", "نا")
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
#: Forms of قال after which the complementizer is إنّ.
_QALA = frozenset("قال قالت قالوا قالا قلت قلنا يقول تقول يقولون تقولون يقولان أقول نقول".split())
#: Prepositions of time after which أن is أنْ (بعد أن عرض).
_TIME_PREPOSITIONS = frozenset("بعد قبل منذ عقب إثر اثر".split())
POS_LABEL = "closed-class"
#: How many words back a form of قال makes the next إن / ان the complementizer إنّ.
QALA_WINDOW = 6


@dataclass(frozen=True)
class ClosedClassEntry:
    """One row of the table (see the file's header for the columns)."""

    word: str
    lemma: str
    upos: str
    root: str
    gloss: str
    proclitics: frozenset[str]
    enclitics: bool
    enclitic_only: bool
    article: bool = False
    article_only: bool = False

    @property
    def written(self) -> str:
        """The word as written: without the shadda or sukun that tell the أن family apart."""
        return self.word.replace("\u0651", "").replace("\u0652", "")


@lru_cache(maxsize=1)
def closed_class_frame_ar() -> pd.DataFrame:
    """The closed-class table as a DataFrame (columns word, lemma, upos, root, gloss, attach).

    Raises:
        ValueError: a malformed row (with its line number).

    >>> frame = closed_class_frame_ar()
    >>> frame.loc[frame.word == "أيضا", ["lemma", "upos", "root"]].values.tolist()
    [['أَيْضًا', 'ADV', 'ءيض']]
    """
    rows = []
    for number, fields in read_tsv_rows(CLOSED_CLASS_FILE, _COLUMNS):
        if len(fields) != len(_COLUMNS) or not fields[0] or not fields[1]:
            raise ValueError(f"{CLOSED_CLASS_FILE} line {number}: expected {len(_COLUMNS)} tab-separated fields")
        if fields[2] not in _UPOS:
            raise ValueError(f"{CLOSED_CLASS_FILE} line {number}: unknown UPOS {fields[2]!r}")
        if set(fields[5]) - set("وفبلكا+!="):
            raise ValueError(f"{CLOSED_CLASS_FILE} line {number}: attach may only hold و ف ب ل ك ا = + !")
        rows.append(dict(zip(_COLUMNS, fields)))
    return pd.DataFrame(rows, columns=_COLUMNS)


def _entries() -> list[ClosedClassEntry]:
    return [
        ClosedClassEntry(
            word=r.word,
            lemma=r.lemma,
            upos=r.upos,
            root=r.root,
            gloss=r.gloss,
            proclitics=frozenset(set(r.attach) & set("وفبلك")),
            enclitics="+" in r.attach or "!" in r.attach,
            enclitic_only="!" in r.attach,
            article="ا" in r.attach or "=" in r.attach,
            article_only="=" in r.attach,
        )
        for r in closed_class_frame_ar().itertuples()
    ]


def _with_enclitic(word: str, enclitic: str) -> list[str]:
    stem = word[:-1] + "ي" if word.endswith("ى") else word
    if enclitic in ("ي", "ني") and stem.endswith("ن"):
        if stem in ("من", "عن"):
            return [stem + "ي"]
        return [stem + "ي", stem + "ني"]
    if enclitic == "ني":
        return []  # the object pronoun; a preposition or particle takes ي
    if enclitic == "ي" and stem.endswith("ي"):
        return []  # فيّ، عليّ، لديّ: written like the word itself
    return [stem + enclitic]


def _with_proclitic(prefix: str, word: str) -> str:
    if prefix.endswith("ل") and word.startswith("ال"):
        return prefix + word[1:]
    return prefix + word


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[ClosedClassEntry, tuple[str, ...], tuple[str, ...]], ...]]:
    """Written form → (entry, proclitics, enclitics) for every form the table allows.

    A word that begins with أ إ آ is also found written with a bare ا (ان، انه، الى، وان، فان)
    when nothing or only و / ف precedes it; never after ب ل ك (بان "appeared", كان "was").
    """
    index: dict[str, list[tuple[ClosedClassEntry, tuple[str, ...], tuple[str, ...]]]] = {}
    for entry in _entries():
        hosts: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
        if not entry.enclitic_only:
            if not entry.article_only:
                hosts.append((entry.written, (), ()))
            if entry.article:
                hosts.append(("ال" + entry.written, ("ال",), ()))
        if entry.enclitics:
            for enclitic in _ENCLITICS:
                hosts += [(form, (), (enclitic,)) for form in _with_enclitic(entry.written, enclitic)]
        conj = [c for c in _CONJUNCTIONS if c in entry.proclitics]
        prep = [p for p in _PREPOSITIONS if p in entry.proclitics]
        chains = [()] + [(c,) for c in conj] + [(p,) for p in prep] + [(c, p) for c in conj for p in prep]
        for host, article, enclitics in hosts:
            variants = [host]
            if host[:1] in "أإآ":
                variants.append("ا" + host[1:])
            for chain in chains:
                for variant in variants if all(c in _CONJUNCTIONS for c in chain) else variants[:1]:
                    form = variant
                    for clitic in reversed(chain):
                        form = _with_proclitic(clitic, form)
                    index.setdefault(form, []).append((entry, chain + article, enclitics))
    return {form: tuple(found) for form, found in index.items()}


def is_closed_class_ar(form: str) -> bool:
    """Whether the table has a reading for this written word (diacritics already removed).

    >>> is_closed_class_ar("لكنه"), is_closed_class_ar("بها"), is_closed_class_ar("ب"), is_closed_class_ar("لندن")
    (True, True, False, False)
    """
    return form in _index()


@lru_cache(maxsize=65536)
def closed_class_readings_ar(form: str) -> tuple[WordAnalysis, ...]:
    """The table's readings of one written word (no diacritics), fewest clitics first; () if none.

    A reading with fewer clitics comes first (لكن is لَكِنَّ before it is ل + كن "to you").

    A written alef with hamza must be the entry's (أن is never إنّ; ان may be either).
    """
    found = sorted(_index().get(form, ()), key=lambda item: len(item[1]) + len(item[2]))
    out: dict[WordAnalysis, None] = {}
    for entry, proclitics, enclitics in found:
        diacritized = "".join(proclitics) + entry.lemma + "".join(enclitics)
        out.setdefault(
            WordAnalysis(
                diacritized=diacritized,
                lemma=entry.lemma,
                root=entry.root,
                pattern="",
                pos=f"{POS_LABEL}/{entry.upos}",
                pos_coarse=_coarse(entry.upos),
                proclitics=proclitics,
                enclitics=enclitics,
                gloss=entry.gloss,
                score=1.0,
            ),
            None,
        )
    return tuple(out)


def _coarse(upos: str) -> str:
    """The table's UPOS as a :data:`~helpers.morphology.base.COARSE_POS` tag (DET, which the coarse
    set lacks, is PRON there; the row's ``pos`` keeps ``closed-class/DET``)."""
    if upos in COARSE_POS:
        return upos
    return "PRON" if upos == "DET" else "VERB" if upos == "AUX" else "X"


def closed_class_spelling_ar(form: str, reading: WordAnalysis) -> str:
    """The standard spelling of a word the table matched without its hamza (ان → إن or أن).

    ``form`` is returned unchanged when it already has the entry's first letter.

    >>> closed_class_spelling_ar("وان", closed_class_readings_ar("وان")[0]), closed_class_spelling_ar("في", closed_class_readings_ar("في")[0])
    ('وأن', 'في')
    """
    start = sum(len(c) for c in reading.proclitics if c != "ال")
    first = dediac_ar(reading.lemma)[:1]
    if form[start : start + 1] == "ا" and first in "أإآ" and not reading.proclitics[-1:] == ("ال",):
        return form[:start] + first + form[start + 1 :]
    return form


#: Verbs of "still", always negated (ما زال, ما برح), as lemmas without diacritics.
_STILL_VERBS = frozenset("زال برح فتئ انفك".split())


def _is_verb(readings: Sequence[WordAnalysis]) -> bool:
    return bool(readings) and readings[0].pos_coarse == "VERB"


def choose_an_reading_ar(
    readings: Sequence[WordAnalysis],
    *,
    previous: Sequence[str] = (),
    following: Sequence[WordAnalysis] = (),
) -> WordAnalysis:
    """Pick the reading of a word of the أنّ / أنْ / إنّ / إنْ family (see the module notes).

    Args:
        readings: the table's readings of the word (all share its clitics).
        previous: the words before it in the stretch, as written (empty at its start); a form of
            قال among the last :data:`QALA_WINDOW` of them makes it إنّ (قال الوزير إن).
        following: the next word's reading in context, or its analyses best first (the first
            is what counts).

    ما before a verb of "still" is the negative particle (module notes); other words of the
    table have one reading, returned as is.

    >>> say = choose_an_reading_ar(closed_class_readings_ar("ان"), previous=["وقال", "الوزير"])
    >>> to = choose_an_reading_ar(closed_class_readings_ar("أن"), previous=["يريد"], following=closed_class_readings_ar("كما"))
    >>> say.lemma, to.lemma
    ('إِنَّ', 'أَنَّ')
    """
    if readings and readings[0].lemma == "مَا" and following and dediac_ar(following[0].lemma) in _STILL_VERBS:
        return replace(readings[0], pos="closed-class/PART", pos_coarse="PART")  # ما زال: the negation
    fewest = min(len(a.proclitics) + len(a.enclitics) for a in readings) if readings else 0
    readings = [a for a in readings if len(a.proclitics) + len(a.enclitics) == fewest]  # لأن is لِأَنَّ
    by_lemma: dict[str, WordAnalysis] = {}
    for a in readings:
        by_lemma.setdefault(a.lemma, a)
    if len(by_lemma) == 1:
        return _emphatic(readings[0]) if readings[0].lemma == "إِنَّ" else readings[0]
    recent = list(previous)[-QALA_WINDOW:]
    after_qala = any(w in _QALA or (w[:1] in "وف" and w[1:] in _QALA) for w in recent)
    if "إِنَّ" in by_lemma and (not previous or after_qala):
        return _emphatic(by_lemma["إِنَّ"])
    if "أَنْ" in by_lemma and (_is_verb(following) or (previous and _time_preposition(previous[-1]))):
        return by_lemma["أَنْ"]
    if "أَنَّ" in by_lemma:
        return by_lemma["أَنَّ"]
    if "إِنْ" in by_lemma and _is_verb(following):
        return by_lemma["إِنْ"]
    if "إِنَّ" in by_lemma:
        return _emphatic(by_lemma["إِنَّ"])
    return readings[0]


def _time_preposition(word: str) -> bool:
    """Whether a written word is a preposition of time that takes أنْ (بعد, وقبل, منذ)."""
    return word in _TIME_PREPOSITIONS or (word[:1] in _CONJUNCTIONS and word[1:] in _TIME_PREPOSITIONS)


def _emphatic(inna: WordAnalysis) -> WordAnalysis:
    """إنّ after فـ: the emphatic particle (see the module notes)."""
    if "ف" not in inna.proclitics:
        return inna
    return replace(inna, pos="closed-class/PART", pos_coarse="PART")
