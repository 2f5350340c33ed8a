"""Short texts written for the corpus tests (not real articles), and small corpora built from them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

#: Four short news-like texts, one per category.
TEXTS_AR = {
    "politics": "أكد وزير الخارجية أمس أن الحوار مع الجانب الأمريكي مستمر، وقال إن النتائج إيجابية.\n"
                "لكن المعارضة رأت أن الاتفاق غير ناجح ولم يحقق شيئاً.\n",
    "sport": "فاز الفريق الوطني على منافسه بثلاثة أهداف، وأشاد المدرب بأداء اللاعبين.\n"
             "وقال القائد: «هذا الفوز للجماهير».\n",
    "economy": "ارتفعت أسعار النفط اليوم في الأسواق العالمية، حسب ما أفادت به وكالة الأنباء، بسبب تراجع الإنتاج.\n",
    "culture": "افتتح المهرجان الثقافي مساء الخميس بعرض مسرحي جميل، وحضر الافتتاح عدد كبير من الفنانين والنقاد.\n",
}

#: More texts per category, for statistics over groups.
MORE_TEXTS_AR = {
    "politics": "قال رئيس الحكومة إن الإصلاح مستمر وإن الحكومة ملتزمة بالحوار مع الأحزاب.\n",
    "sport": "تعادل الفريق مع ضيفه في المباراة، وقال المدرب إن الفريق لعب بشكل جيد.\n",
}


def trec_document(docno: str, category: str, title: str, body: str) -> str:
    """One ``<DOC>`` element in the layout of the ANT corpus (an abstract that the kit leaves out)."""
    return (f"<DOC>\n<DOCNO>{docno}</DOCNO>\n<URL>http://example.org/{docno}</URL>\n<SRC>Test</SRC>\n"
            f"<CAT>{category}</CAT>\n<TITLE>{title}</TITLE>\n<TIME>2021-04-07T10:00:00+01:00</TIME>\n"
            f"<ABSTRACT>\nملخص لا يقرأ\n</ABSTRACT>\n<TEXT>\n{body}</TEXT>\n</DOC>")


def write_folder(folder: Path) -> Path:
    """A folder of plain text files, one in a subfolder, plus a README that is not a text."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "politics.txt").write_text(TEXTS_AR["politics"], encoding="utf-8")
    (folder / "news").mkdir(exist_ok=True)
    (folder / "news" / "sport.txt").write_text(TEXTS_AR["sport"], encoding="utf-8")
    (folder / "README.md").write_text("not a document", encoding="utf-8")
    return folder


def write_table(path: Path, rows: list[dict[str, str]]) -> Path:
    """A CSV, TSV or JSON-lines table of rows (by the file's suffix)."""
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return path
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t" if path.suffix == ".tsv" else ",")
        writer.writeheader()
        writer.writerows(rows)
    return path


def category_rows() -> list[dict[str, str]]:
    """Six documents in four categories, as table rows (id, category, title, text)."""
    rows = [{"id": f"doc-{k}", "category": cat, "title": f"نص {cat}", "text": text}
            for k, (cat, text) in enumerate(TEXTS_AR.items(), start=1)]
    rows += [{"id": f"doc-{k}", "category": cat, "title": f"نص آخر {cat}", "text": text}
             for k, (cat, text) in enumerate(MORE_TEXTS_AR.items(), start=len(rows) + 1)]
    return rows
