"""Choose the ANT corpus articles that the kit's news golds annotate, and write them as text files.

Usage: ``python tools/sample_news_articles.py [--dev2 | --dev3 | --dev4 | --dev5 | --dev6 | --dev7 | --dev8 | --dev9 | --dev10 | --dev11 | --clitics] CORPUS_FOLDER OUT_FOLDER``

CORPUS_FOLDER is the extracted ANT Corpus v1.1 (one folder per category). The choice is fixed by a
seeded shuffle, so running this again gives the same twenty articles: per category a set number of
articles of 120 to 400 words, and first three international news articles that mention Iraq or the
United States (the research topic of notebook 08). Each article is written as its title, a blank line and the body lines exactly as the
corpus has them (the layout the kit reads a TREC document as). The first ten chosen are the
development half of the golds, the last ten the test half.

``--dev2`` chooses the second development set of the named-entity gold (``dev2_*`` files), drawn
after the first development half had been used up: eleven further articles with another seed,
none of those already in OUT_FOLDER, per category of :data:`QUOTA_DEV2` (the ``diverse`` category,
which the first sample left out, included) and of 120 to 300 words (shorter than the first sample's
400, so that one annotator can read and mark every article in one sitting).

``--dev3`` chooses the third development set (``dev3_*`` files) the same way, with its own seed and
:data:`QUOTA_DEV3`, once the layer had been fitted to ``dev2_*`` too: none of the articles already
in OUT_FOLDER, 120 to 300 words, weighted towards the categories the first two draws had least of
(culture, technology, economy) and away from international and local news, which they had most of.

``--dev4`` chooses a fourth set, for persons only (``dev4_*`` files, annotated for PERSON in
``data/annotations/news_persons.tsv``), drawn once the layer had been fitted to the first three so
that its person rules could be measured on news they had not seen: with its own seed and
:data:`QUOTA_DEV4`, weighted towards the categories that name most people (politics,
international news, sport), none of the articles already in OUT_FOLDER or in the folder above it.

``--dev5`` chooses a fifth set, for organizations only (``dev5_*`` files, annotated for ORG in
``data/annotations/news_organizations.tsv``; OUT_FOLDER is ``data/news/organizations``), drawn
once the layer had been fitted to the first four so that its organization rules could be measured
on news they had not seen: with its own seed and :data:`QUOTA_DEV5`, none of the articles in
OUT_FOLDER, the folder above it or its ``persons`` folder, dated 2014 to 2017 like the others, and
only among articles whose text holds at least :data:`MIN_ORG_HEADS` organization head words of
:data:`ORG_HEADS_DEV5` (a list written down before the draw), so that the set has organizations
to find.

``--dev6`` chooses a sixth development set, for all four labels (``dev6_*`` files in OUT_FOLDER,
annotated in ``data/annotations/news_names.tsv``), drawn once the layer had been fitted to the first
four so that its person, place and date rules could be measured again on news they had not seen:
with its own seed and :data:`QUOTA_DEV6`, spread over the categories like the first draw (which the
held-out half comes from) with one article of each category it had none or one of, none of the
articles in OUT_FOLDER or in any folder under it (``persons/``, ``organizations/``).

``--dev7`` chooses a seventh development set, for all four labels (``dev7_*`` files in OUT_FOLDER,
annotated in ``data/annotations/news_names.tsv``), drawn once the layer had been fitted to the first
six so that it could be measured again on news it had not seen: with its own seed and
:data:`QUOTA_DEV7` (ten articles, spread over the categories like the first draw), none of the
articles in OUT_FOLDER or in any folder under it.

``--dev8`` chooses an eighth development set, for all four labels (``dev8_*`` files in OUT_FOLDER,
annotated in ``data/annotations/news_names.tsv``), drawn once the layer had been fitted to the first
seven: with its own seed and :data:`QUOTA_DEV8` (ten articles over the categories of the seventh
draw), none of the articles in OUT_FOLDER or in any folder under it.

``--dev9`` chooses a ninth development set, for all four labels (``dev9_*`` files in OUT_FOLDER,
annotated in ``data/annotations/news_names.tsv``), drawn once the layer had been fitted to the first
eight: with its own seed and :data:`QUOTA_DEV9` (ten articles over the categories of the seventh
draw), none of the articles in OUT_FOLDER or in any folder under it (the clitic gold's included).

``--dev10`` and ``--dev11`` choose a tenth and an eleventh development set, for all four labels
(``dev10_*`` and ``dev11_*`` files in OUT_FOLDER, annotated in ``data/annotations/news_names.tsv``),
drawn together once the layer had been fitted to the first nine, as two blind sets to be scored once
after further rule work: each with its own seed and :data:`QUOTA_DEV10` / :data:`QUOTA_DEV11` (ten
articles over the categories of the seventh draw), none of the articles in OUT_FOLDER or in any folder
under it; ``--dev11`` is run after ``--dev10``, so the eleventh leaves the tenth's articles out too.

``--clitics`` chooses the ten articles of the clitic-segmentation gold (``clitics_*`` files,
annotated in ``data/annotations/news_clitics.tsv``; OUT_FOLDER is ``data/news/clitics``): with its
own seed and :data:`QUOTA_CLITICS`, of 200 to 600 words, one article per category and two from the two largest (politics,
local news), none of the articles in the folder above OUT_FOLDER or in any folder under it. The gold
covers only the first whole sentences of each article up to about :data:`CLITIC_WORDS` words
(:func:`leading_sentences_end`); the rest of the text is kept so that the kit reads the article as it
is. ``clitics_01`` to ``clitics_05`` are the development half, ``clitics_06`` to ``clitics_10`` the
held-out half.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Callable

QUOTA = {"internationalNews": 2, "politic": 4, "localNews": 4, "economy": 2, "society": 2,
         "sport": 2, "culture": 1, "technology": 1}
FIELD = re.compile(r"<(TITLE|TEXT)>(.*?)</\1>", re.S)
TOPICAL = ("العراق", "الولايات المتحدة", "واشنطن")
TOPICAL_COUNT = 3  # international news about Iraq or the US, the research topic of notebook 08
QUOTA_DEV2 = {"diverse": 3, "internationalNews": 2, "localNews": 2, "politic": 1, "economy": 1, "society": 1,
              "sport": 1}
QUOTA_DEV4 = {"politic": 3, "internationalNews": 3, "sport": 2, "localNews": 2, "culture": 1, "society": 1}
QUOTA_DEV6 = {"politic": 2, "internationalNews": 2, "localNews": 2, "economy": 1, "society": 1, "sport": 1,
              "culture": 1, "technology": 1, "diverse": 1}
QUOTA_DEV7 = {"politic": 2, "internationalNews": 2, "localNews": 2, "economy": 1, "society": 1, "sport": 1,
              "culture": 1}
QUOTA_DEV8 = dict(QUOTA_DEV7)
QUOTA_DEV9 = dict(QUOTA_DEV7)
QUOTA_DEV10 = dict(QUOTA_DEV7)
QUOTA_DEV11 = dict(QUOTA_DEV7)
QUOTA_DEV5 = {"politic": 2, "economy": 2, "sport": 2, "localNews": 2, "internationalNews": 1, "society": 1,
              "culture": 1, "technology": 1}
# Singular head nouns of organization names, as the ANT articles spell them (with and without hamza);
# a word counts with an optional و/ف, an optional ب/ل/ك and an optional article (ل + ال written لل).
ORG_HEADS_DEV5 = ("وزارة", "حزب", "حركة", "جمعية", "شركة", "اتحاد", "إتحاد", "منظمة", "نادي", "جامعة", "هيئة",
                  "مجلس", "بنك", "مصرف", "مؤسسة", "لجنة", "جبهة", "نقابة", "وكالة", "صحيفة", "جريدة", "إذاعة",
                  "اذاعة", "قناة", "محكمة", "تنظيم", "رابطة", "كلية", "ائتلاف", "ديوان")
MIN_ORG_HEADS = 3
ORG_HEAD_WORD = re.compile(r"(?<!\w)[وف]?(?:[بك]?(?:ال)?|ل|لل)(?:" + "|".join(ORG_HEADS_DEV5) + r")(?!\w)")
DATED = re.compile(r"-(\d{8})$")
QUOTA_CLITICS = {"politic": 2, "localNews": 2, "internationalNews": 1, "economy": 1, "society": 1, "sport": 1,
                 "culture": 1, "technology": 1}
CLITIC_WORDS = 200
SENTENCE_END = re.compile(r"[.!?؟]+[»\"')]*(?=\s|$)|\n")
QUOTA_DEV3 = {"culture": 2, "technology": 2, "economy": 2, "society": 1, "sport": 1, "diverse": 1, "politic": 1,
              "localNews": 1}


def article_text(raw: str) -> str:
    """Title, a blank line, then the body lines unchanged."""
    fields = dict(FIELD.findall(raw))
    body = fields["TEXT"].strip("\n")
    return fields["TITLE"].strip() + "\n\n" + body + "\n"


def main(corpus: Path, out: Path) -> int:
    rng = random.Random(20261204)
    chosen: list[tuple[str, str]] = []
    wanted = [("internationalNews", TOPICAL_COUNT, True)] + [(c, n, False) for c, n in QUOTA.items()]
    for category, count, topical in wanted:
        files = sorted((corpus / category).glob("*.txt"))
        rng.shuffle(files)
        picked: list[tuple[str, str]] = []
        for path in files:
            text = article_text(path.read_text(encoding="utf-8"))
            if path.stem in dict(chosen) or not 120 <= len(text.split()) <= 400:
                continue
            if topical and not any(t in text for t in TOPICAL):
                continue
            picked.append((path.stem, text))
            if len(picked) == count:
                break
        chosen.extend(picked)
    rng.shuffle(chosen)
    out.mkdir(parents=True, exist_ok=True)
    for index, (docno, text) in enumerate(chosen):
        split = "dev" if index < 10 else "test"
        (out / f"{split}_{index + 1:02d}_{docno}.txt").write_text(text, encoding="utf-8")
        print(split, docno, len(text.split()))
    return 0


def main_dev2(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev2", seed=20261205, quota=QUOTA_DEV2)


def main_dev3(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev3", seed=20261206, quota=QUOTA_DEV3)


def main_dev4(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev4", seed=20261207, quota=QUOTA_DEV4, also=(out.parent,))


def org_head_count(text: str) -> int:
    """How many words of ``text`` are organization head words of :data:`ORG_HEADS_DEV5`."""
    return len(ORG_HEAD_WORD.findall(text))


def dated_2014_2017(docno: str) -> bool:
    """Whether the corpus id ends in a date of 2014 to 2017 (written YYYYMMDD or DDMMYYYY)."""
    found = DATED.search(docno)
    return found is not None and ("2014" <= found.group(1)[:4] <= "2017" or "2014" <= found.group(1)[4:] <= "2017")


def main_dev5(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev5", seed=20261208, quota=QUOTA_DEV5, also=(out.parent, out.parent / "persons"),
                     keep=lambda docno, text: dated_2014_2017(docno) and org_head_count(text) >= MIN_ORG_HEADS)


def main_dev6(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev6", seed=20261209, quota=QUOTA_DEV6, also=(out,), nested=True)


def main_dev7(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev7", seed=20261210, quota=QUOTA_DEV7, also=(out,), nested=True)


def main_dev8(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev8", seed=20261211, quota=QUOTA_DEV8, also=(out,), nested=True)


def main_dev9(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev9", seed=20261213, quota=QUOTA_DEV9, also=(out,), nested=True)


def main_dev10(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev10", seed=20261214, quota=QUOTA_DEV10, also=(out,), nested=True)


def main_dev11(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="dev11", seed=20261215, quota=QUOTA_DEV11, also=(out,), nested=True)


def main_clitics(corpus: Path, out: Path) -> int:
    return draw_more(corpus, out, prefix="clitics", seed=20261212, quota=QUOTA_CLITICS, also=(out.parent,), nested=True,
                      words=(CLITIC_WORDS, 3 * CLITIC_WORDS))


def leading_sentences_end(text: str, *, words: int = CLITIC_WORDS) -> int:
    """End offset of the first whole sentences (title first) that hold about ``words`` space-separated words.

    A sentence ends at ``.``, ``!``, ``?`` or ``؟`` (with any closing quote or bracket) before a space, or at a
    line end. Sentences are taken while the count stays within ``words``; the sentence that would pass it is
    taken too when that brings the count closer to ``words`` than stopping before it.

    >>> leading_sentences_end("أ ب ج. د ه و ز. ح ط", words=4)
    6
    >>> leading_sentences_end("أ ب ج. د ه و ز. ح ط", words=6)
    15
    """
    end, count = 0, 0
    for found in SENTENCE_END.finditer(text):
        piece = text[end : found.end()]
        more = len(piece.split())
        if not more:
            end = found.end()
            continue
        if count + more > words:
            if count + more - words < words - count:
                end = found.end()
            break
        count += more
        end = found.end()
    else:
        end = len(text.rstrip())
    return len(text[:end].rstrip())


def draw_more(corpus: Path, out: Path, *, prefix: str, seed: int, quota: dict[str, int], also: tuple[Path, ...] = (),
              nested: bool = False, keep: Callable[[str, str], bool] | None = None,
              words: tuple[int, int] = (120, 300)) -> int:
    """Draw a further development set: per category of ``quota``, none of the articles in ``out`` (or ``also``),
    only articles that ``keep(docno, text)`` accepts when it is given, of ``words`` (low, high) words.

    With ``nested``, the articles in every folder under ``also`` are left out too.
    """
    rng = random.Random(seed)
    pattern = "**/*_*_*.txt" if nested else "*_*_*.txt"
    taken = {path.stem.split("_", 2)[2] for folder in (out, *also) for path in folder.glob(pattern)}
    out.mkdir(parents=True, exist_ok=True)
    chosen: list[tuple[str, str]] = []
    for category, count in quota.items():
        files = sorted((corpus / category).glob("*.txt"))
        rng.shuffle(files)
        picked = 0
        for path in files:
            text = article_text(path.read_text(encoding="utf-8"))
            if path.stem in taken or not words[0] <= len(text.split()) <= words[1]:
                continue
            if keep is not None and not keep(path.stem, text):
                continue
            chosen.append((path.stem, text))
            picked += 1
            if picked == count:
                break
    rng.shuffle(chosen)
    for index, (docno, text) in enumerate(chosen):
        (out / f"{prefix}_{index + 1:02d}_{docno}.txt").write_text(text, encoding="utf-8")
        print(prefix, docno, len(text.split()))
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--dev2":
        sys.exit(main_dev2(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--dev3":
        sys.exit(main_dev3(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--dev4":
        sys.exit(main_dev4(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--dev5":
        sys.exit(main_dev5(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--dev6":
        sys.exit(main_dev6(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--dev7":
        sys.exit(main_dev7(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--dev8":
        sys.exit(main_dev8(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--dev9":
        sys.exit(main_dev9(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--dev10":
        sys.exit(main_dev10(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--dev11":
        sys.exit(main_dev11(Path(sys.argv[2]), Path(sys.argv[3])))
    if sys.argv[1] == "--clitics":
        sys.exit(main_clitics(Path(sys.argv[2]), Path(sys.argv[3])))
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
