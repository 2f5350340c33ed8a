"""Scoring the morphology table against a treebank in CoNLL-U (lemmas, UPOS, clitics, roots).

The kit analyses *orthographic* words (``وللحظر``); treebanks such as UD Arabic-PADT split them
into *syntactic* words (و + ل + الحظر). :func:`read_conllu_ar` rebuilds the orthographic words of a
CoNLL-U file, and :func:`score_morphology_ar` runs :func:`~helpers.morphology.analyze_morphology_ar`
on each rebuilt sentence and compares, word by word.

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

**What is scored**, over the orthographic words that contain an Arabic letter and whose offsets a
kit token matches exactly (the others count as misses wherever a measure needs the kit's row):

* ``tokens``: precision, recall and F1 of the kit's Arabic word tokens against those words;
* ``clitics``: F1 over clitic **boundaries** inside words (the positions where a proclitic ends
  or an enclitic begins; the article ال is not a boundary, as in PADT, which keeps it on its noun),
  and the share of words whose segmentation is exactly right;
* ``lemma``: the host's lemma (the syntactic word that is not a clitic), both sides compared
  without diacritics after :func:`lemma_key_ar` (alef with hamza or madda → ا, final ى → ي,
  ة → ه);
* ``upos``: the kit's tag mapped by :func:`helpers.morphology.upos.upos_ar` against the host's
  UPOS, harmonized by :func:`helpers.morphology.upos.upos_matches` (strict and lenient), and
  ``upos_strict_conventions``, strict with PADT's tag conventions also accepted (الآن NOUN, أي
  ADJ, ما DET: the same reading tagged by another convention), counted apart;
* ``root``: over words whose host has a gold root, the kit's root against it, after
  :func:`root_key_ar` (every hamza → ء, ى → ي). PADT writes roots in ElixirFM's notation
  (``^g_m_`, .h_.z_r``); :func:`elixir_root_ar` converts them (table :data:`ELIXIR_LETTERS`);
* ``analysed``: the share of words the backend (or the kit's closed-class table) analysed.

``gold_analysed_words`` repeats clitics, lemma and UPOS over the words whose host the treebank's
own analyzer knew (PADT's XPOS is not ``U-`` "unknown" or ``X-`` "foreign"). The other words
(about 10% of PADT's) carry the surface form as lemma, clitics left attached (علينا, والحوار)
and the tag X: no analyzer can agree with that, so the first figures understate any analyzer.

Baselines are computed on the same words (see :func:`baseline_rows`). ``breakdown`` counts every
disagreement by kind, for the README's account of what is left: UPOS as (gold, kit, known or
unknown word); clitic boundaries as (false positive or negative, proclitic or enclitic side,
known or unknown word), a boundary in the first half of the word counting as a proclitic's;
lemmas by :func:`lemma_error_kind`.
"""

from __future__ import annotations

import lzma
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from camel_tools.utils.dediac import dediac_ar

__all__ = [
    "ELIXIR_LETTERS",
    "GoldSentence",
    "GoldWord",
    "elixir_root_ar",
    "lemma_key_ar",
    "read_conllu_ar",
    "root_key_ar",
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


_LEMMA_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_ROOT_MAP = str.maketrans({"أ": "ء", "إ": "ء", "آ": "ء", "ؤ": "ء", "ئ": "ء", "ى": "ي", "ا": "ء"})


def lemma_key_ar(lemma: str) -> str:
    """The form two lemmas are compared in: no diacritics, أ إ آ ٱ → ا, ى → ي, ة → ه, no tatweel.

    >>> lemma_key_ar("أَمِيرِكِيّ"), lemma_key_ar("مُسْتَشْفَى"), lemma_key_ar("مَجمُوعَة")
    ('اميركي', 'مستشفي', 'مجموعه')
    """
    return dediac_ar(unicodedata.normalize("NFC", lemma)).translate(_LEMMA_MAP)


def root_key_ar(root: str) -> str:
    """The form two roots are compared in: every hamza (and a written alef) → ء, ى → ي.

    >>> root_key_ar("رأس"), root_key_ar("رءس"), root_key_ar("ءلي") == root_key_ar("ألى")
    ('رءس', 'رءس', True)
    """
    return root.replace(".", "").replace(" ", "").translate(_ROOT_MAP)


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


def kit_boundaries(token: str, proclitics: str, enclitics: str) -> tuple[int, ...]:
    """Clitic boundaries of a kit row inside its token (the article ال is not a boundary).

    >>> kit_boundaries("وللحظر", "و+ل+ال", ""), kit_boundaries("مدينته", "", "ه"), kit_boundaries("كتاب", "", "")
    ((1, 2), (5,), ())
    """
    out: list[int] = []
    position = 0
    for clitic in proclitics.split("+") if proclitics else ():
        if clitic == "ال":
            break
        position += len(clitic)
        out.append(position)
    end = len(token)
    ends = []
    for clitic in reversed(enclitics.split("+")) if enclitics else ():
        end -= len(clitic)
        ends.append(end)
    return tuple(out + sorted(ends))


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 (0 where undefined), rounded to 4 places, with the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


# ------------------------------------------------------------------------------------------------
# Scoring

#: Stopword-lexicon categories → UPOS, for the UPOS baseline (everything else is NOUN).
_BASELINE_UPOS = {
    "preposition": "ADP", "preposition+pronoun": "ADP", "conjunction": "CCONJ", "particle": "PART",
    "pronoun": "PRON", "demonstrative": "PRON", "relative": "PRON", "auxiliary": "VERB", "quantifier": "NOUN",
}  # fmt: skip


def baseline_rows(word: str) -> dict[str, Any]:
    """The simple baselines for one word as written.

    * boundaries: :func:`helpers.clitics.segment_clitics_ar` (rules, no dictionary);
    * lemma: the word without a leading ال;
    * UPOS: the category of the kit's stopword list (:mod:`helpers.stopwords`) for a listed
      function word, NOUN otherwise.

    >>> baseline_rows("وللحظر")["boundaries"], baseline_rows("الحوار")["lemma"], baseline_rows("إلى")["upos"]
    ((1, 2), 'حوار', 'ADP')
    """
    from helpers.text.clitics import segment_clitics_ar
    from helpers.text.normalize import normalize_ar
    from helpers.text.stopwords import stopwords_frame_ar

    pieces = segment_clitics_ar(word)
    proclitics: list[str] = []
    enclitics: list[str] = []
    stem_seen = False
    for piece in pieces:
        if not stem_seen and piece in ("و", "ف", "ب", "ل", "ك", "س", "ال") and len(pieces) > 1:
            proclitics.append(piece)
        elif not stem_seen:
            stem_seen = True
        else:
            enclitics.append(piece)
    categories = _stopword_categories(stopwords_frame_ar)
    category = categories.get(normalize_ar(word), "")
    return {
        "boundaries": kit_boundaries(word, "+".join(proclitics), "+".join(enclitics)),
        "lemma": word[2:] if word.startswith("ال") and len(word) > 3 else word,
        "upos": _BASELINE_UPOS.get(category, "NOUN"),
    }


_CATEGORIES: dict[str, str] = {}


def _stopword_categories(frame_fn: Any) -> dict[str, str]:
    if not _CATEGORIES:
        for row in frame_fn().itertuples():
            _CATEGORIES.setdefault(row.normalized, row.category)
    return _CATEGORIES


def score_morphology_ar(
    sentences: Sequence[GoldSentence],
    *,
    backend: Any = "farahidi",
    cache: Any = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Score the kit's morphology table on rebuilt treebank sentences (see the module notes).

    Returns a dict with ``kit`` and ``baseline`` sections (each measure with its ``n``) and
    ``errors``: the commonest (gold, kit) disagreements per measure, for reading, not for tuning.
    """
    from helpers.morphology.table import analyze_morphology_ar
    from helpers.morphology.upos import upos_ar, upos_matches

    text = "\n".join(s.text for s in sentences)
    table = analyze_morphology_ar(text, backend=backend, cache=cache, progress=progress)
    rows = {(int(r.start), int(r.end)): r for r in table.itertuples(index=False)}
    starts = table["start"].tolist()
    next_token = {starts[i]: table["token"].iat[i + 1] for i in range(len(starts) - 1)}

    kit: Counter[str] = Counter()
    base: Counter[str] = Counter()
    errors: dict[str, Counter[tuple[str, str, str]]] = {k: Counter() for k in ("lemma", "upos", "root", "clitics")}
    breakdown: dict[str, Counter[tuple[str, ...]]] = {k: Counter() for k in ("upos", "clitics", "lemma")}
    gold_spans: set[tuple[int, int]] = set()
    offset = 0
    for sentence in sentences:
        for word in sentence.words:
            if not word.is_arabic:
                continue
            span = (offset + word.start, offset + word.end)
            gold_spans.add(span)
            row = rows.get(span)
            b = baseline_rows(word.text)
            kit["words"] += 1
            # clitic boundaries
            gold_b = set(word.boundaries)
            base_b = set(b["boundaries"])
            base["b_tp"] += len(gold_b & base_b)
            base["b_fp"] += len(base_b - gold_b)
            base["b_fn"] += len(gold_b - base_b)
            base["seg_ok"] += base_b == gold_b
            gold_lemma = lemma_key_ar(word.lemma)
            base["lemma_ok"] += lemma_key_ar(b["lemma"]) == gold_lemma
            base["upos_ok"] += upos_matches(b["upos"], word.upos, xpos=word.xpos, gloss=word.gloss)
            base["upos_lenient"] += upos_matches(b["upos"], word.upos, xpos=word.xpos, gloss=word.gloss, strict=False)
            if word.root:
                kit["rooted"] += 1
            if row is None:
                kit["b_fn"] += len(gold_b)
                continue
            kit["matched"] += 1
            kit["analysed"] += bool(row.analyzed)
            kit_b = set(kit_boundaries(row.token, row.proclitics, row.enclitics))
            kit["b_tp"] += len(gold_b & kit_b)
            kit["b_fp"] += len(kit_b - gold_b)
            kit["b_fn"] += len(gold_b - kit_b)
            kit["seg_ok"] += kit_b == gold_b
            known = word.xpos[:2] not in ("U-", "X-")  # words the treebank's own analyzer knew
            if known:
                kit["k_words"] += 1
                kit["k_b_tp"] += len(gold_b & kit_b)
                kit["k_b_fp"] += len(kit_b - gold_b)
                kit["k_b_fn"] += len(gold_b - kit_b)
            if kit_b != gold_b:
                errors["clitics"][(word.text, "+".join(word.segments), f"{row.proclitics}|{row.enclitics}")] += 1
                for side, wrong in (("false positive", kit_b - gold_b), ("false negative", gold_b - kit_b)):
                    for b in wrong:
                        where = "proclitic" if b <= len(word.text) // 2 else "enclitic"
                        breakdown["clitics"][(side, where, "known" if known else "unknown")] += 1
            lemma = lemma_key_ar(row.lemma)
            if lemma == gold_lemma:
                kit["lemma_ok"] += 1
                kit["k_lemma_ok"] += known
            else:
                errors["lemma"][(word.text, dediac_ar(word.lemma), dediac_ar(row.lemma))] += 1
                breakdown["lemma"][(lemma_error_kind(word, row.pos, lemma, gold_lemma, known=known),)] += 1
            tag = upos_ar(row.pos_coarse, lemma=dediac_ar(row.lemma), next_word=next_token.get(span[0], ""), pos=row.pos)
            if upos_matches(tag, word.upos, xpos=word.xpos, gloss=word.gloss):
                kit["upos_ok"] += 1
                kit["k_upos_ok"] += known
            else:
                errors["upos"][(word.text, word.upos, tag)] += 1
                breakdown["upos"][(word.upos, tag, "known" if known else "unknown")] += 1
            kit["upos_lenient"] += upos_matches(tag, word.upos, xpos=word.xpos, gloss=word.gloss, strict=False)
            kit["upos_conventions"] += upos_matches(tag, word.upos, xpos=word.xpos, gloss=word.gloss, conventions=True, lemma=dediac_ar(word.lemma))
            if word.root:
                if root_key_ar(row.root) == root_key_ar(word.root):
                    kit["root_ok"] += 1
                else:
                    errors["root"][(word.text, word.root, row.root)] += 1
        offset += len(sentence.text) + 1

    kit_spans = set(rows)
    n = kit["words"]

    def share(count: int, total: int) -> dict[str, Any]:
        return {"score": round(count / total, 4) if total else 0.0, "n": total, "right": count}

    def section(c: Counter[str], with_tokens: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if with_tokens:
            tp = len(kit_spans & gold_spans)
            out["tokens"] = {**prf(tp, len(kit_spans - gold_spans), len(gold_spans - kit_spans)), "n": len(gold_spans)}
        out["clitics"] = {**prf(c["b_tp"], c["b_fp"], c["b_fn"]), "n": n, "words_exact": share(c["seg_ok"], n)}
        out["lemma"] = share(c["lemma_ok"], n)
        out["upos_strict"] = share(c["upos_ok"], n)
        out["upos_lenient"] = share(c["upos_lenient"], n)
        if with_tokens:
            out["upos_strict_conventions"] = share(c["upos_conventions"], n)
            out["root"] = share(c["root_ok"], kit["rooted"])
            out["analysed"] = share(c["analysed"], n)
            known = c["k_words"]
            out["gold_analysed_words"] = {
                "n": known,
                "clitics": prf(c["k_b_tp"], c["k_b_fp"], c["k_b_fn"]),
                "lemma": share(c["k_lemma_ok"], known),
                "upos_strict": share(c["k_upos_ok"], known),
            }
        return out

    return {
        "sentences": len(sentences),
        "words": n,
        "words_with_root": kit["rooted"],
        "kit": section(kit, True),
        "baseline": section(base, False),
        "errors": {k: [[*key, count] for key, count in v.most_common(40)] for k, v in errors.items()},
        "breakdown": {k: [[*key, count] for key, count in sorted(v.items(), key=lambda item: (-item[1], item[0]))] for k, v in breakdown.items()},
    }


def lemma_error_kind(word: GoldWord, pos: str, kit_lemma: str, gold_lemma: str, *, known: bool) -> str:
    """The kind of a lemma disagreement, for the error breakdown (both lemmas as :func:`lemma_key_ar` gives them).

    >>> w = GoldWord(0, 7, "الفصائل", ("الفصائل",), (), "فَصِيلَة", "NOUN", "N------P2R", "", "")
    >>> lemma_error_kind(w, "اسم/اسم جامد", "فصيل", "فصيله", known=True)
    'feminine ة or not'
    """
    if not known:
        return "treebank's unknown word (surface form as lemma)"
    if pos.startswith("closed-class"):
        return "closed-class table"
    if pos == "guess":
        return "guessed word"
    if kit_lemma + "ه" == gold_lemma or gold_lemma + "ه" == kit_lemma:
        return "feminine ة or not"
    if kit_lemma.startswith("ال") and kit_lemma[2:] == gold_lemma:
        return "name cited with its article"
    return "other analysis"
