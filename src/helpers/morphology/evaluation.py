"""Scoring the morphology table against a treebank in CoNLL-U (lemmas, UPOS, clitics, roots).

The kit analyses *orthographic* words (``وللحظر``); treebanks such as UD Arabic-PADT split them
into *syntactic* words (و + ل + الحظر). :func:`helpers.morphology.treebank_words.read_conllu_ar`
rebuilds the orthographic words of a CoNLL-U file (how: :mod:`helpers.morphology.treebank_words`),
and :func:`score_morphology_ar` runs :func:`~helpers.morphology.analyze_morphology_ar` on each
rebuilt sentence and compares, word by word.

**What is scored**, over the orthographic words that contain an Arabic letter and whose offsets a
kit token matches exactly (the others count as misses wherever a measure needs the kit's row):

* ``tokens``: precision, recall and F1 of the kit's Arabic word tokens against those words;
* ``clitics``: F1 over clitic **boundaries** inside words (the positions where a proclitic ends
  or an enclitic begins; the article ال is not a boundary, as in PADT, which keeps it on its noun),
  and the share of words whose segmentation is exactly right;
* ``lemma``: the host's lemma (the syntactic word that is not a clitic), both sides compared
  without diacritics after :func:`~helpers.morphology.measures.lemma_key_ar` (alef with hamza or
  madda → ا, final ى → ي, ة → ه);
* ``upos``: the kit's tag mapped by :func:`helpers.morphology.upos.upos_ar` against the host's
  UPOS, harmonized by :func:`helpers.morphology.upos.upos_matches` (strict and lenient), and
  ``upos_strict_conventions``, strict with PADT's tag conventions also accepted (الآن NOUN, أي
  ADJ, ما DET: the same reading tagged by another convention), counted apart;
* ``root``: over words whose host has a gold root, the kit's root against it, after
  :func:`~helpers.morphology.measures.root_key_ar` (every hamza → ء, ى → ي). PADT writes roots in
  ElixirFM's notation (``^g_m_`, .h_.z_r``);
  :func:`~helpers.morphology.treebank_words.elixir_root_ar` converts them;
* ``analysed``: the share of words the backend (or the kit's closed-class table) analysed.

``gold_analysed_words`` repeats clitics, lemma and UPOS over the words whose host the treebank's
own analyzer knew (PADT's XPOS is not ``U-`` "unknown" or ``X-`` "foreign"). The other words
(about 10% of PADT's) carry the surface form as lemma, clitics left attached (علينا, والحوار)
and the tag X: no analyzer can agree with that, so the first figures understate any analyzer.

Baselines are computed on the same words (see :func:`helpers.morphology.baselines.baseline_rows`).
``breakdown`` counts every disagreement by kind, for the README's account of what is left: UPOS as
(gold, kit, known or unknown word); clitic boundaries as (false positive or negative, proclitic or
enclitic side, known or unknown word), a boundary in the first half of the word counting as a
proclitic's; lemmas by :func:`lemma_error_kind`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.baselines import baseline_rows
from helpers.morphology.measures import kit_boundaries, lemma_key_ar, prf, root_key_ar
from helpers.morphology.treebank_words import GoldSentence, GoldWord

__all__ = ["lemma_error_kind", "score_morphology_ar"]


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
