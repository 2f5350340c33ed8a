"""The gazetteers of the named-entity layer: documented TSV files in ``data/gazetteers/``.

Each file is read once, checked (columns, allowed values, no empty cell) and indexed by its
normalized forms (:func:`helpers.text.normalize.normalize_ar`, every step on), so hamza-less and
ى/ي, ة/ه spellings match without rows of their own:

=====================  =======================================================================
name                   what it lists
=====================  =======================================================================
``countries_ar``       states with their capitals, demonym adjectives (nisbas), ISO codes
``places_ar``          cities, towns, regions, seas, facilities that are not capitals
``organizations_ar``   organizations named without a type word (الأمم المتحدة, داعش, رويترز)
``titles_ar``          titles and roles before a person's name (الرئيس, وزير, الشيخ, المدرب)
``portfolios_ar``      ministry portfolios (الداخلية, الشؤون الدينية) after وزير / وزارة
``given_names_ar``     common given names, with Maghrebi forms
``calendar_ar``        months of the four series, Hijri months, weekdays, holidays
``heads_ar``           type words heading a name (وزارة, حزب, ولاية, مطار, منطقة, مهرجان)
``not_entities_ar``    look-alikes the layer must not mark (الربيع العربي, مجلس الوزراء)
``person_names_ant``   persons' names a title introduces in the ANT corpus (machine-made)
``club_names_ant``     clubs فريق or نادي introduces in the ANT corpus (machine-made)
``place_names_ant``    towns, villages, neighbourhoods a place's type word introduces in the ANT
                       corpus (machine-made, read by hand; type ``town``)
=====================  =======================================================================

:func:`load_gazetteer_ar` returns a file as stored; the indexes below are what the layer matches
with. A form that two rows share keeps the first row (a country before its capital, so
``الكويت`` is the state).

>>> gazetteer_entry_ar("امريكا").canonical, gazetteer_entry_ar("امريكا").country
('الولايات المتحدة', 'USA')
>>> demonym_ar("الأميركية"), demonym_ar("التونسيون"), demonym_ar("الجديد")
('USA', 'TUN', '')
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import wordfreq

from helpers.data import data_path
from helpers.text.normalize import normalize_ar

__all__ = [
    "GAZETTEERS",
    "GazetteerEntry",
    "Head",
    "load_gazetteer_ar",
    "gazetteer_entry_ar",
    "gazetteer_phrases_ar",
    "demonym_ar",
    "given_name_ar",
    "person_names_ar",
    "title_phrases_ar",
    "portfolio_phrases_ar",
    "heads_ar",
    "calendar_ar",
    "key_ar",
]

#: Gazetteer name -> (columns in file order, {column: allowed values}).
GAZETTEERS: dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    "countries_ar": (("iso3", "country", "variants", "capital", "capital_variants", "nisba", "ambiguous", "english"), {}),
    "places_ar": (("place", "variants", "type", "country", "nisba", "ambiguous", "english"),
                  {"type": ("city", "governorate", "region", "district", "facility")}),
    "organizations_ar": (("name", "variants", "type", "scope", "ambiguous", "english"),
                         {"type": ("intergovernmental", "un_body", "court", "ngo", "party", "movement", "union",
                                   "state_body", "media", "agency", "intelligence", "club", "company", "federation")}),
    "titles_ar": (("title", "variants", "kind", "gender", "takes", "english"),
                  {"kind": ("office", "honorific", "military", "royal", "religious", "academic", "profession"),
                   "gender": ("m", "f"), "takes": ("-", "portfolio", "genitive")}),
    "portfolios_ar": (("portfolio", "variants", "english"), {}),
    "given_names_ar": (("name", "variants", "gender", "ambiguous"), {"gender": ("m", "f", "m|f"), "ambiguous": ("yes", "no")}),
    "calendar_ar": (("form", "variants", "kind", "value", "series", "ambiguous", "english"),
                    {"kind": ("month", "hijri_month", "weekday", "holiday"),
                     "series": ("maghrebi", "moroccan", "eastern", "levantine", "hijri", "-"), "ambiguous": ("yes", "no")}),
    "heads_ar": (("head", "variants", "number", "label", "position", "follows", "definite_name", "english"),
                 {"number": ("singular", "plural"), "label": ("ORG", "PLACE", "EVENT"), "position": ("inside", "outside"), "follows": ("phrase", "name", "place", "town", "lam", "designation"),
                  "definite_name": ("yes", "no")}),
    "not_entities_ar": (("phrase", "variants", "kind", "english"), {"kind": ("event", "generic", "other")}),
    "person_names_ant": (("name", "articles"), {}),
    "club_names_ant": (("name", "articles"), {}),
    "place_names_ant": (("name", "articles"), {}),
}


#: Letters that Maghrebi and Persian-influenced spellings borrow for sounds standard Arabic writes
#: otherwise (ڨ and گ for the g of Tunisian and Algerian names, which standard spelling writes ق;
#: Moroccan ڭ, written ك; ڤ for v, پ for p, چ for ch), folded to the letter a gazetteer writes
#: (بنڨردان meets بنقردان). The fold is in the matching key only: the text layer keeps them.
BORROWED_LETTERS_AR = str.maketrans({"ڨ": "ق", "گ": "ق", "ڭ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج"})


@lru_cache(maxsize=200_000)  # every word of every text is looked up this way, several times
def key_ar(form: str) -> str:
    """The form a gazetteer entry and a text word are compared by: :func:`normalize_ar`, all steps,
    then the borrowed letters of :data:`BORROWED_LETTERS_AR` folded (ڨ, گ → ق; ڭ → ك; ڤ → ف; پ → ب; چ → ج).

    >>> key_ar("إفريقيا") == key_ar("افريقيا"), key_ar("الأميركية")
    (True, 'الاميركيه')
    >>> key_ar("بنڨردان") == key_ar("بنقردان"), key_ar("ڤيفري")
    (True, 'فيفري')
    """
    return normalize_ar(form).translate(BORROWED_LETTERS_AR)


def _split(cell: str) -> list[str]:
    return [] if cell == "-" else [v.strip() for v in cell.split("|") if v.strip()]


@lru_cache(maxsize=None)
def _frame(name: str) -> pd.DataFrame:
    if name not in GAZETTEERS:
        raise ValueError(f"unknown gazetteer {name!r}; choose from {', '.join(GAZETTEERS)}")
    columns, allowed = GAZETTEERS[name]
    path = data_path(f"gazetteers/{name}.tsv")
    frame = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE,
                        encoding="utf-8")
    if tuple(frame.columns) != columns:
        raise ValueError(f"gazetteers/{name}.tsv: expected columns {', '.join(columns)}, got {', '.join(frame.columns)}")
    for column in columns:
        empty = frame.index[frame[column].str.strip() == ""]
        if len(empty):
            raise ValueError(f"gazetteers/{name}.tsv: empty {column!r} in data row {empty[0] + 1}")
    for column, values in allowed.items():
        bad = sorted(set(frame[column]) - set(values))
        if bad:
            raise ValueError(f"gazetteers/{name}.tsv: {column!r} must be one of {', '.join(values)}, not {', '.join(bad)}")
    return frame


def load_gazetteer_ar(name: str) -> pd.DataFrame:
    """Return one gazetteer as stored (columns as in :data:`GAZETTEERS`; ``-`` means none).

    Raises:
        ValueError: for an unknown name, or a file whose columns or values are wrong.

    >>> load_gazetteer_ar("countries_ar").set_index("iso3").loc["TUN", ["country", "capital", "nisba"]].tolist()
    ['تونس', 'تونس', 'تونسي']
    """
    return _frame(name).copy()


@dataclass(frozen=True)
class GazetteerEntry:
    """A named place or organization of the gazetteers.

    Attributes:
        label: ``PLACE`` or ``ORG``.
        canonical: the row's main name (``الولايات المتحدة`` for أمريكا).
        source: the gazetteer (``countries_ar``, ``places_ar``, ``organizations_ar``).
        type: ``country``, ``capital``, or the row's ``type`` (``city``, ``party`` ...); ``club`` for
            the clubs and ``town`` for the places listed from the ANT corpus.
        country: an ISO 3166-1 alpha-3 code (the state, the place's state, an organization's
            one-state scope), or ``""``.
        ambiguous: whether this form is also a common word (see the files' ``ambiguous`` column).
    """

    label: str
    canonical: str
    source: str
    type: str
    country: str
    ambiguous: bool


# A country written with the article (الموزمبيق for موزمبيق) is read as the country when that
# form is this rare as a word: not القطر ("the country, the region") for قطر. A name in -ي is left
# out: with the article it is the demonym (الزيمبابوي, "the Zimbabwean").
_ARTICLE_COUNTRY_MAX_ZIPF = 3.0


def _entries() -> list[tuple[str, GazetteerEntry]]:
    """Every (form, entry) of the place and organization gazetteers, in priority order."""
    out: list[tuple[str, GazetteerEntry]] = []
    countries = _frame("countries_ar")
    for r in countries.itertuples(index=False):
        ambiguous = {key_ar(a) for a in _split(r.ambiguous)}
        for form in [r.country, *_split(r.variants)]:
            out.append((form, GazetteerEntry("PLACE", r.country, "countries_ar", "country", r.iso3, key_ar(form) in ambiguous)))
    for r in countries.itertuples(index=False):  # الموزمبيق: Maghrebi news puts the article on some names
        if " " not in r.country and not r.country.startswith("ال") and not r.country.endswith("ي") \
                and r.ambiguous == "-" and wordfreq.zipf_frequency("ال" + r.country, "ar") < _ARTICLE_COUNTRY_MAX_ZIPF:
            out.append(("ال" + r.country, GazetteerEntry("PLACE", r.country, "countries_ar", "country", r.iso3, False)))
    for r in countries.itertuples(index=False):
        if r.capital == "-":
            continue
        ambiguous = {key_ar(a) for a in _split(r.ambiguous)}
        for form in [r.capital, *_split(r.capital_variants)]:
            out.append((form, GazetteerEntry("PLACE", r.capital, "countries_ar", "capital", r.iso3, key_ar(form) in ambiguous)))
    for r in _frame("places_ar").itertuples(index=False):
        ambiguous = {key_ar(a) for a in _split(r.ambiguous)}
        country = "" if r.country == "-" else r.country
        for form in [r.place, *_split(r.variants)]:
            out.append((form, GazetteerEntry("PLACE", r.place, "places_ar", r.type, country, key_ar(form) in ambiguous)))
    for r in _frame("organizations_ar").itertuples(index=False):
        ambiguous = {key_ar(a) for a in _split(r.ambiguous)}
        country = r.scope if len(r.scope) == 3 and r.scope.isupper() else ""
        for form in [r.name, *_split(r.variants)]:
            out.append((form, GazetteerEntry("ORG", r.name, "organizations_ar", r.type, country, key_ar(form) in ambiguous)))
    # Clubs that a type word introduced in the ANT corpus (tools/build_club_names.py), after the written
    # lists; a one-word name counts only in a context of sport or once named so (ambiguous).
    for r in _frame("club_names_ant").itertuples(index=False):
        out.append((r.name, GazetteerEntry("ORG", r.name, "club_names_ant", "club", "", len(r.name.split()) == 1)))
    # Places that a place's type word introduced in the ANT corpus (tools/build_place_names.py), last; a
    # one-word name (فريانة, but also النزهة 'the outing') counts only where places stand or once named so.
    for r in _frame("place_names_ant").itertuples(index=False):
        out.append((r.name, GazetteerEntry("PLACE", r.name, "place_names_ant", "town", "", len(r.name.split()) == 1)))
    return out


@lru_cache(maxsize=1)
def _entry_index() -> dict[tuple[str, ...], GazetteerEntry]:
    index: dict[tuple[str, ...], GazetteerEntry] = {}
    for form, entry in _entries():
        index.setdefault(tuple(key_ar(form).split()), entry)
    return index


def gazetteer_entry_ar(form: str) -> GazetteerEntry | None:
    """The place or organization a form names (any spelling, no clitics), or ``None``.

    >>> gazetteer_entry_ar("بغداد").type, gazetteer_entry_ar("حلف الناتو").canonical
    ('capital', 'حلف شمال الأطلسي')
    """
    return _entry_index().get(tuple(key_ar(form).split()))


@lru_cache(maxsize=1)
def gazetteer_phrases_ar() -> dict[str, tuple[tuple[tuple[str, ...], GazetteerEntry], ...]]:
    """Normalized first word -> the (words, entry) pairs starting with it, longest first."""
    by_first: dict[str, list[tuple[tuple[str, ...], GazetteerEntry]]] = {}
    for words, entry in _entry_index().items():
        by_first.setdefault(words[0], []).append((words, entry))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in by_first.items()}


def _inflect_nisba(nisba: str) -> list[str]:
    """The written forms of a masculine singular nisba: feminine, sound plurals, with and without ال."""
    stems = [nisba, nisba + "ة", nisba + "ون", nisba + "ين", nisba + "ات"]
    return stems + ["ال" + s for s in stems]


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in _frame("countries_ar").itertuples(index=False):
        for nisba in _split(r.nisba):
            for form in _inflect_nisba(nisba):
                out.setdefault(key_ar(form), r.iso3)
    for r in _frame("places_ar").itertuples(index=False):
        for nisba in _split(r.nisba):
            for form in _inflect_nisba(nisba):
                out.setdefault(key_ar(form), r.country if r.country != "-" else f"region:{r.place}")
    return out


def demonym_ar(word: str) -> str:
    """The ISO code (or ``region:`` + region) a demonym adjective points to, or ``""``.

    Feminine, plural and definite forms count (السورية, التونسيون); a region's nisba gives
    ``region:`` and the region's name (الأوروبي → ``region:أوروبا``).

    >>> demonym_ar("السوري"), demonym_ar("الأوروبية"), demonym_ar("سوريا")
    ('SYR', 'region:أوروبا', '')
    """
    return _demonyms().get(key_ar(word), "")


@lru_cache(maxsize=1)
def _given_names() -> dict[str, bool]:
    out: dict[str, bool] = {}
    for r in _frame("given_names_ar").itertuples(index=False):
        for form in [r.name, *_split(r.variants)]:
            out.setdefault(key_ar(form), r.ambiguous == "yes")
    return out


def given_name_ar(word: str) -> bool | None:
    """``None`` if ``word`` is not a listed given name, else whether it is ambiguous (a common word too).

    >>> given_name_ar("محمد"), given_name_ar("جمال"), given_name_ar("الحكومة")
    (False, True, None)
    """
    return _given_names().get(key_ar(word))


@lru_cache(maxsize=1)
def person_names_ar() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Normalized first word -> (normalized words, name as listed) of ``person_names_ant``, longest first.

    The names a title introduced in at least two articles of the ANT news corpus
    (``tools/build_person_names.py``; ``data/gazetteers/README.md``).

    >>> (("خميس", "الجهيناوي"), "خميس الجهيناوي") in person_names_ar()["خميس"]
    True
    """
    by_first: dict[str, set[tuple[tuple[str, ...], str]]] = {}
    for name in _frame("person_names_ant")["name"]:
        words = tuple(key_ar(name).split())
        by_first.setdefault(words[0], set()).add((words, name))
    return {k: tuple(sorted(v, key=lambda p: (-len(p[0]), p))) for k, v in by_first.items()}


def _phrase_table(name: str, column: str) -> dict[tuple[str, ...], tuple]:
    frame = _frame(name)
    out: dict[tuple[str, ...], tuple] = {}
    for r in frame.itertuples(index=False):
        row = r._asdict()
        for form in [row[column], *_split(row["variants"])]:
            out.setdefault(tuple(key_ar(form).split()), tuple(row.values()))
    return out


@lru_cache(maxsize=1)
def title_phrases_ar() -> dict[tuple[str, ...], tuple[str, str, str]]:
    """Normalized title words -> (the title as listed, kind, takes).

    >>> title_phrases_ar()[("وزير",)]
    ('وزير', 'office', 'portfolio')
    """
    return {k: (v[0], v[2], v[4]) for k, v in _phrase_table("titles_ar", "title").items()}


@lru_cache(maxsize=1)
def portfolio_phrases_ar() -> frozenset[tuple[str, ...]]:
    """Normalized portfolio words (``("الشؤون", "الدينيه")``)."""
    return frozenset(_phrase_table("portfolios_ar", "portfolio"))


@dataclass(frozen=True)
class Head:
    """A type word heading a name (see ``data/gazetteers/heads_ar.tsv``).

    Attributes:
        head: the type word as listed; label: ``ORG``, ``PLACE`` or ``EVENT``;
        inside: whether the head is part of the span; phrase: whether a phrase of ordinary
        words is a name after it (else only proper-name words); place: whether only a place of
        the gazetteers may follow (the compass words); town: whether only a city or town may
        follow (club names: مستقبل قابس); lam: whether only the definite head with an adjective
        and a ل-phrase names a body (الإدارة الفرعية لمكافحة الإجرام, not إدارة الأزمة); designation:
        whether only a definite phrase of two words or more is a name after it (لجنة الحقوق
        والحريات, not لجنة التحكيم); definite_name: whether
        ال + head + a nisba adjective is a name; plural: whether it is a dual or plural form
        shared by a list of names.
    """

    head: str
    label: str
    inside: bool
    phrase: bool
    definite_name: bool
    plural: bool
    place: bool = False
    town: bool = False
    lam: bool = False
    designation: bool = False


@lru_cache(maxsize=1)
def heads_ar() -> dict[str, Head]:
    """Normalized head word -> :class:`Head` (listed forms and their variants).

    >>> heads_ar()[key_ar("معتمدية")].inside, heads_ar()[key_ar("مدينتي")].plural
    (True, True)
    """
    out: dict[str, Head] = {}
    for r in _frame("heads_ar").itertuples(index=False):
        for form in [r.head, *_split(r.variants)]:
            out.setdefault(key_ar(form), Head(r.head, r.label, r.position == "inside", r.follows == "phrase",
                                              r.definite_name == "yes", r.number == "plural", r.follows == "place",
                                              r.follows == "town", r.follows == "lam", r.follows == "designation"))
    return out


@lru_cache(maxsize=1)
def not_entity_phrases_ar() -> frozenset[tuple[str, ...]]:
    """Normalized words of the look-alikes that are never marked (``not_entities_ar``)."""
    return frozenset(_phrase_table("not_entities_ar", "phrase"))


@dataclass(frozen=True)
class CalendarName:
    """A month, Hijri month, weekday or holiday (see ``data/gazetteers/calendar_ar.tsv``)."""

    form: str
    kind: str
    value: int
    series: str
    ambiguous: bool
    english: str


@lru_cache(maxsize=1)
def calendar_ar() -> dict[tuple[str, ...], CalendarName]:
    """Normalized words -> :class:`CalendarName`.

    >>> calendar_ar()[("جانفي",)].value, calendar_ar()[("كانون", "الثاني")].value, calendar_ar()[("الاحد",)].english
    (1, 1, 'Sunday')
    """
    out: dict[tuple[str, ...], CalendarName] = {}
    for r in _frame("calendar_ar").itertuples(index=False):
        name = CalendarName(r.form, r.kind, int(r.value) if r.value != "-" else 0, r.series, r.ambiguous == "yes", r.english)
        for form in [r.form, *_split(r.variants)]:
            out.setdefault(tuple(key_ar(form).split()), name)
    return out


def longest_first(phrases: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``phrases`` sorted longest first, then alphabetically (a stable matching order)."""
    return sorted(phrases, key=lambda p: (-len(p), p))
