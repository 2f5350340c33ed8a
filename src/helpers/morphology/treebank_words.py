"""Read a treebank in CoNLL-U as the orthographic words the kit analyses (lemmas, UPOS, roots).

The kit analyses *orthographic* words (``وللحظر``); treebanks such as UD Arabic-PADT split them
into *syntactic* words (و + ل + الحظر). :func:`read_conllu_ar` rebuilds the orthographic words of a
CoNLL-U file, each with the annotation of its host, for
:func:`helpers.morphology.evaluation.score_morphology_ar` to compare word by word.

**Rebuilding words.** Where the file has multiword-token lines (``3-4``), their form is the
orthographic word. Where it has none (the 2016 PADT releases), a word is a maximal run
*proclitics + host + enclitics*: a proclitic is a one-letter ``ADP``/``CONJ``/``CCONJ``/``SCONJ``/
``PART`` word among ``و ف ب ل ك س أ``; an enclitic is a personal pronoun (``PronType=Prs``) among
``ه ها هما هم هن ك كما كم كن ي ني نا`` in the genitive or accusative (independent pronouns are
nominative). A proclitic directly before an enclitic is itself the host (``له`` = لِ + هُ). The
pieces are dediacritized and joined with the spelling rules of print: ل before the article drops
its alef (ل + الحظر → للحظر, ل + اللجنة → للجنة); before an enclitic, ة is written ت, ى is
written ا, and a verb's silent alef after و is dropped (نهبوا + ه → نهبوه). The sentence text is
the words joined by single spaces, so every word has character offsets.

**Roots.** PADT writes roots in ElixirFM's notation (``^g_m_`, .h_.z_r``); :func:`elixir_root_ar`
converts them to Arabic letters (table :data:`ELIXIR_LETTERS`).
"""

from __future__ import annotations

import lzma
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from camel_tools.utils.dediac import dediac_ar

__all__ = [
    "ELIXIR_LETTERS",
    "GoldSentence",
    "GoldWord",
    "elixir_root_ar",
    "gold_counts",
    "read_conllu_ar",
]

#: ElixirFM's root notation (ArabTeX-like) → Arabic letters. Two-character codes are read first;
#: ``_`` separates the radicals (``^s__h_.s`` = ش خ ص).
ELIXIR_LETTERS: dict[str, str] = {
    "'": "ء", "b": "ب", "t": "ت", "_t": "ث", "^g": "ج", ".h": "ح", "_h": "خ", "d": "د", "_d": "ذ",
    "r": "ر", "z": "ز", "s": "س", "^s": "ش", ".s": "ص", ".d": "ض", ".t": "ط", ".z": "ظ", "`": "ع",
    ".g": "غ", "f": "ف", "q": "ق", "k": "ك", "l": "ل", "m": "م", "n": "ن", "h": "ه", "w": "و", "y": "ي",
}  # fmt: skip

_PROCLITICS = frozenset("وفبلكسأ")
_PROCLITIC_UPOS = frozenset({"ADP", "CONJ", "CCONJ", "SCONJ", "PART"})
_ENCLITICS = frozenset("ه ها هما هم هن ك كما كم كن ي ني نا".split())
_ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3]")


@dataclass(frozen=True)
class GoldWord:
    """One orthographic word rebuilt from a treebank, with the annotation of its host.

    Attributes:
        start, end: offsets in :attr:`GoldSentence.text`.
        text: the word as written (no diacritics).
        segments: its syntactic words, dediacritized, in order.
        boundaries: offsets *inside the word* where a proclitic ends or an enclitic begins.
        lemma, upos, xpos, root, gloss: the host's annotation (root in Arabic letters, "" if none).
    """

    start: int
    end: int
    text: str
    segments: tuple[str, ...]
    boundaries: tuple[int, ...]
    lemma: str
    upos: str
    xpos: str
    root: str
    gloss: str

    @property
    def is_arabic(self) -> bool:
        return bool(_ARABIC.search(self.text))


@dataclass(frozen=True)
class GoldSentence:
    sent_id: str
    text: str
    words: tuple[GoldWord, ...]


def elixir_root_ar(notation: str) -> str:
    """Convert an ElixirFM root (radicals separated by ``_``) to Arabic letters; "" if it is not one.

    Particles and foreign words have no radical separators (``min``, ``'amIrik``) and get "".

    >>> elixir_root_ar("^g_m_`"), elixir_root_ar(".h_.z_r"), elixir_root_ar("_h_m_s"), elixir_root_ar("^s__h_.s")
    ('جمع', 'حظر', 'خمس', 'شخص')
    >>> elixir_root_ar("'_l_y"), elixir_root_ar("min"), elixir_root_ar("'amIrik"), elixir_root_ar("")
    ('ءلي', '', '', '')
    """
    letters: list[str] = []
    i, n = 0, len(notation)
    while i < n:
        code = notation[i : i + 2] if notation[i : i + 2] in ELIXIR_LETTERS else notation[i]
        if code not in ELIXIR_LETTERS:
            return ""
        letters.append(ELIXIR_LETTERS[code])
        i += len(code)
        if i < n:
            if notation[i] != "_":
                return ""
            i += 1
    return "".join(letters) if len(letters) >= 2 else ""


def _misc(field: str) -> dict[str, str]:
    out = {}
    for part in field.split("|"):
        key, _, value = part.partition("=")
        if value:
            out[key] = value
    return out


def _is_proclitic(form: str, upos: str) -> bool:
    return form in _PROCLITICS and upos in _PROCLITIC_UPOS


def _is_enclitic(form: str, upos: str, xpos: str, feats: str) -> bool:
    if upos != "PRON" or form not in _ENCLITICS:
        return False
    if "Case=Nom" in feats:
        return False
    return xpos.startswith("SP") or "PronType=Prs" in feats


def _attach_enclitic(host: str, enclitic: str) -> str:
    if host.endswith("ة"):
        host = host[:-1] + "ت"
    elif host.endswith("ى"):
        host = host[:-1] + "ا"
    elif host.endswith("وا") and len(host) > 2:
        host = host[:-1]
    return host + enclitic


def _attach_proclitic(proclitic: str, rest: str) -> str:
    if proclitic == "ل" and rest.startswith("ال"):
        return "ل" + (rest[2:] if rest.startswith("الل") else rest[1:])
    return proclitic + rest


def _build(rows: Sequence[list[str]], host: int) -> tuple[str, tuple[str, ...], tuple[int, ...]]:
    """Join one word's syntactic words; return its text, segments and clitic boundaries."""
    segments = tuple(dediac_ar(r[1]) for r in rows)
    word = segments[host]
    for enclitic in segments[host + 1 :]:
        word = _attach_enclitic(word, enclitic)
    enclitic_lengths = [len(e) for e in segments[host + 1 :]]
    for proclitic in reversed(segments[:host]):
        word = _attach_proclitic(proclitic, word)
    boundaries = list(range(1, host + 1))  # every proclitic is one letter
    end = len(word)
    ends = []
    for length in reversed(enclitic_lengths):
        end -= length
        ends.append(end)
    return word, segments, tuple(boundaries + sorted(ends))


def _group(rows: list[list[str]]) -> Iterator[tuple[list[list[str]], int]]:
    """Runs proclitics* host enclitics* of one sentence, with the host's index in the run."""
    i, n = 0, len(rows)
    while i < n:
        j = i
        while j < n and _is_proclitic(dediac_ar(rows[j][1]), rows[j][3]) and j + 1 < n:
            nxt = rows[j + 1]
            if _is_enclitic(dediac_ar(nxt[1]), nxt[3], nxt[4], nxt[5]):
                break
            j += 1
        host = j
        k = host + 1
        while k < n and _is_enclitic(dediac_ar(rows[k][1]), rows[k][3], rows[k][4], rows[k][5]):
            k += 1
        yield rows[i:k], host - i
        i = k


def _open(path: str | Path) -> Iterable[str]:
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no CoNLL-U file at {path}")
    if path.suffix == ".xz":
        return lzma.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _sentence(sent_id: str, rows: list[list[str]], multiword: dict[int, tuple[int, str]]) -> GoldSentence:
    words: list[GoldWord] = []
    pieces: list[str] = []
    offset = 0
    runs: list[tuple[list[list[str]], int, str | None]] = []
    if multiword:
        by_id = {int(r[0]): r for r in rows}
        i = 0
        ids = sorted(by_id)
        while i < len(ids):
            first = ids[i]
            if first in multiword:
                last, form = multiword[first]
                run = [by_id[k] for k in range(first, last + 1)]
                host = next((h for h, r in enumerate(run) if not _is_proclitic(dediac_ar(r[1]), r[3])), len(run) - 1)
                runs.append((run, host, dediac_ar(form)))
                i += len(run)
            else:
                runs.append(([by_id[first]], 0, None))
                i += 1
    else:
        runs = [(run, host, None) for run, host in _group(rows)]
    for run, host, form in runs:
        text, segments, boundaries = _build(run, host)
        if form is not None and form != text:
            text, boundaries = form, ()  # trust the file's spelling; boundaries unknown
        head = run[host]
        misc = _misc(head[9])
        start = offset + (1 if pieces else 0)
        words.append(
            GoldWord(
                start=start,
                end=start + len(text),
                text=text,
                segments=segments,
                boundaries=boundaries,
                lemma=head[2],
                upos=head[3],
                xpos=head[4],
                root=elixir_root_ar(misc.get("Root", "")),
                gloss=misc.get("Gloss", ""),
            )
        )
        pieces.append(text)
        offset = start + len(text)
    return GoldSentence(sent_id, " ".join(pieces), tuple(words))


def read_conllu_ar(path: str | Path) -> Iterator[GoldSentence]:
    """Read a CoNLL-U file (plain or ``.xz``) as sentences of rebuilt orthographic words.

    Raises:
        FileNotFoundError: no file at ``path``.
        ValueError: a line that is not 10 tab-separated columns (with its line number).
    """
    sent_id, rows, multiword = "", [], {}
    count = 0
    with _open(path) as lines:  # type: ignore[attr-defined]
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if rows:
                    count += 1
                    yield _sentence(sent_id or str(count), rows, multiword)
                sent_id, rows, multiword = "", [], {}
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[-1].strip() if "=" in line else line[len("# sent_id") :].strip()
                continue
            fields = line.split("\t")
            if len(fields) != 10:
                raise ValueError(f"line {number} of {path} is not a CoNLL-U row (10 tab-separated columns)")
            if "." in fields[0]:
                continue  # empty nodes
            if "-" in fields[0]:
                first, last = (int(x) for x in fields[0].split("-"))
                multiword[first] = (last, fields[1])
                continue
            rows.append(fields)
    if rows:
        yield _sentence(sent_id or str(count + 1), rows, multiword)


def gold_counts(sentences: Iterable[GoldSentence]) -> Counter[str]:
    """How many words, Arabic words and words with a gold root the sentences hold."""
    counts: Counter[str] = Counter()
    for sentence in sentences:
        for word in sentence.words:
            counts["words"] += 1
            counts["arabic"] += word.is_arabic
            counts["rooted"] += bool(word.is_arabic and word.root)
    return counts
