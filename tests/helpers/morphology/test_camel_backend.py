"""CamelBackend on a database the kit writes, offline, without the real CAMeL data.

Everything that imports ``camel_tools.morphology`` runs in a child process (so camel-tools'
module-level catalogue starts clean and points to this test's folder) with ``HOME`` and
``CAMELTOOLS_DATA`` in ``tmp_path`` and the offline guard on: any download attempt would fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from helpers.morphology.base import COARSE_POS
from helpers.morphology.camel_catalogue import write_camel_catalogue
from helpers.morphology.camel_db import write_camel_db

ROOT = Path(__file__).resolve().parents[3]
OFFLINE_DIR = ROOT / "tests" / "offline"
DB_RELATIVE = "morphology_db/adl-mini"


def _child_env(data_dir: Path, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([str(OFFLINE_DIR), *(p for p in paths if p != str(OFFLINE_DIR))])
    env.update(ADL_OFFLINE="1", CAMELTOOLS_DATA=str(data_dir), HOME=str(home), USERPROFILE=str(home))
    return env


def _run(script: str, data_dir: Path, home: Path, *args: str) -> dict[str, Any]:
    home.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        env=_child_env(data_dir, home),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _install(data_dir: Path, *, mle_model: dict[str, Any] | None = None) -> Path:
    db_path = write_camel_db(data_dir / "data" / DB_RELATIVE / "morphology.db")
    mle_relative = None
    if mle_model is not None:
        mle_relative = "disambig_mle/adl-mini"
        model = data_dir / "data" / mle_relative / "model.json"
        model.parent.mkdir(parents=True)
        model.write_text(json.dumps(mle_model, ensure_ascii=False), encoding="utf-8")
    write_camel_catalogue(data_dir, DB_RELATIVE, mle_relative_path=mle_relative)
    return db_path


# ------------------------------------------------------------------------------------------------
# The real analyzer on the written database, through CamelBackend (one child process per folder)

WORDS = [
    "الحوار", "والحوار", "حوار", "بالحوار", "حوارهما", "المحورية", "المحوريه", "محور", "الجولة",
    "الجوله", "المفاوضات", "الاستراتيجي", "بغداد", "حول", "2500",
    "بايدن", "الحوارهما", "جول", "والبغداد", "،", "Biden", "",
]  # fmt: skip
SENTENCE = ["الحوار", "حول", "المحورية", "بايدن", "،"]

MAIN_SCRIPT = """
    import json, socket, sys
    from dataclasses import asdict
    from pathlib import Path

    from helpers.morphology.base import BackendUnavailable, MorphologyBackend
    from helpers.morphology.camel_backend import CamelBackend
    from helpers.morphology.camel_db import write_camel_db

    data_dir, words, sentence = Path(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
    plain_db = write_camel_db(data_dir / "plain" / "morphology.db", proper_noun_backoff=False)
    out = {"guard": getattr(socket, "_adl_offline", False),
           "camel_before": sorted(m for m in sys.modules if m.startswith("camel_tools.data"))}

    def describe(backend):
        return {"name": backend.name, "context_method": backend.context_method, "notes": list(backend.notes),
                "protocol": isinstance(backend, MorphologyBackend), "db_path": str(backend.db_path)}

    backend = CamelBackend()
    out["default"] = describe(backend)
    out["words"] = {w: [asdict(a) for a in backend.analyze_word(w)] for w in words}
    out["again"] = {w: [asdict(a) for a in backend.analyze_word(w)] for w in words} == out["words"]
    out["context"] = [asdict(a) if a else None for a in backend.analyze_in_context(sentence)]
    out["raw"] = backend.raw_analyses("والحوار")
    top = CamelBackend(disambiguator="top")
    out["top"] = describe(top)
    out["top_context"] = [asdict(a) if a else None for a in top.analyze_in_context(sentence)]
    by_path = CamelBackend(db=backend.db_path.parent)
    out["by_path"] = describe(by_path)
    noan = CamelBackend(backoff="NOAN_PROP")
    out["noan"] = {w: [asdict(a) for a in noan.analyze_word(w)] for w in ("بايدن", "الحوار")}
    out["noan_context"] = [asdict(a) if a else None for a in noan.analyze_in_context(sentence)]
    for key, kwargs in {"no_backoff_stems": {"db": plain_db, "backoff": "NOAN_PROP"},
                        "unknown_name": {"db": "calima-msa-r13"},
                        "bad_option": {"disambiguator": "bert"}}.items():
        try:
            CamelBackend(**kwargs)
            out[key] = None
        except (BackendUnavailable, ValueError) as err:
            out[key] = [type(err).__name__, str(err)]
    print(json.dumps(out, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def camel_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("camel")
    data_dir = base / "camel_data"
    _install(data_dir)
    out = _run(MAIN_SCRIPT, data_dir, base / "home", str(data_dir), json.dumps(WORDS), json.dumps(SENTENCE))
    out["data_dir"] = data_dir
    return out


PIVOTAL_F = "المِحْوَرِي\u0651\u064eة"  # CAMeL writes shadda before fatha (not Unicode's canonical order)

# word, expected readings in order: (diacritized, lemma, root, pattern, pos, pos_coarse, proclitics, enclitics)
ANALYSES = [
    ("الحوار", [("الحِوَار", "حِوَار", "حور", "فِعَال", "noun", "NOUN", ["ال"], [])]),
    ("والحوار", [("وَالحِوَار", "حِوَار", "حور", "فِعَال", "noun", "NOUN", ["و", "ال"], [])]),
    ("حوار", [("حِوَار", "حِوَار", "حور", "فِعَال", "noun", "NOUN", [], [])]),
    ("بالحوار", [("بِالحِوَار", "حِوَار", "حور", "فِعَال", "noun", "NOUN", ["ب", "ال"], [])]),
    ("حوارهما", [("حِوَارهُمَا", "حِوَار", "حور", "فِعَال", "noun", "NOUN", [], ["هما"])]),
    ("المحورية", [(PIVOTAL_F, "مِحْوَرِيّ", "حور", "مِفْعَلِيّ", "adj", "ADJ", ["ال"], [])]),
    ("المحوريه", [(PIVOTAL_F, "مِحْوَرِيّ", "حور", "مِفْعَلِيّ", "adj", "ADJ", ["ال"], [])]),
    ("محور", [("مِحْوَر", "مِحْوَر", "حور", "مِفْعَل", "noun", "NOUN", [], [])]),
    ("الجولة", [("الجَوْلَة", "جَوْلَة", "جول", "فَعْل", "noun", "NOUN", ["ال"], [])]),
    ("الجوله", [("الجَوْلَة", "جَوْلَة", "جول", "فَعْل", "noun", "NOUN", ["ال"], [])]),
    ("المفاوضات", [("المُفَاوَضَات", "مُفَاوَضَة", "فوض", "مُفَاعَل", "noun", "NOUN", ["ال"], [])]),
    ("الاستراتيجي", [("الاِسْتِرَاتِيجِيّ", "اِسْتِرَاتِيجِيّ", "", "", "adj", "ADJ", ["ال"], [])]),
    ("بغداد", [("بَغْدَاد", "بَغْدَاد", "", "", "noun_prop", "PROPN", [], [])]),
    (
        "حول",
        [
            ("حَوْلَ", "حَوْلَ", "حول", "فَعْلَ", "prep", "ADP", [], []),
            ("حَوْل", "حَوْل", "حول", "فَعْل", "noun", "NOUN", [], []),
        ],
    ),
    ("2500", [("2500", "2500", "", "", "digit", "NUM", [], [])]),
    # unknown stem; article + possessive (table AC); ة-stem without ة (table BC); proper noun + article
    # (table AB); punctuation and Latin script (CAMeL's placeholders are dropped); empty
    *((word, []) for word in ("بايدن", "الحوارهما", "جول", "والبغداد", "،", "Biden", "")),
]
FIELDS = ("diacritized", "lemma", "root", "pattern", "pos", "pos_coarse", "proclitics", "enclitics")


@pytest.mark.parametrize(("word", "expected"), ANALYSES, ids=[row[0] or "empty" for row in ANALYSES])
def test_analyze_word(camel_run: dict[str, Any], word: str, expected: list[tuple[Any, ...]]) -> None:
    readings = camel_run["words"][word]
    assert [tuple(r[f] for f in FIELDS) for r in readings] == expected
    assert all(r["pos_coarse"] in COARSE_POS for r in readings)
    scores = [r["score"] for r in readings]
    assert scores == sorted(scores, reverse=True)


def test_scores_glosses_and_determinism(camel_run: dict[str, Any]) -> None:
    assert camel_run["again"] is True
    (dialogue,) = camel_run["words"]["والحوار"]
    assert dialogue["score"] == -3.2 and dialogue["gloss"] == "dialogue;conversation"
    assert [r["score"] for r in camel_run["words"]["حول"]] == [-2.6, -4.6]
    assert camel_run["words"]["2500"][0]["score"] == -99.0


def test_real_analyzer_reads_the_written_database(camel_run: dict[str, Any]) -> None:
    assert camel_run["guard"] is True  # the child process was offline
    assert camel_run["camel_before"] == []  # writing the DB did not import camel_tools.data
    (raw,) = camel_run["raw"]
    expected = {"lex": "حِوَار", "root": "ح.و.ر", "pattern": "وَال1ِ2َا3", "pos": "noun", "prc3": "0",
                "prc2": "wa_conj", "prc1": "0", "prc0": "Al_det", "enc0": "0", "stt": "d",
                "bw": "wa/CONJ+Al/DET+HiwaAr/NOUN", "stem": "حِوَار", "stemcat": "N"}  # fmt: skip
    assert {key: raw[key] for key in expected} == expected


def test_backend_attributes(camel_run: dict[str, Any]) -> None:
    default, top, by_path = camel_run["default"], camel_run["top"], camel_run["by_path"]
    assert default["name"] == top["name"] == by_path["name"] == "camel:adl-mini"
    assert default["protocol"] is True
    assert default["db_path"] == str(camel_run["data_dir"] / "data" / DB_RELATIVE / "morphology.db")
    # no MLE model in the catalogue: "mle" falls back to the best-scoring analysis and says so
    assert default["context_method"] == "top"
    assert any("no installed MLE model for adl-mini" in n for n in default["notes"])
    assert any("best-scoring analysis" in n for n in default["notes"])
    assert top["context_method"] == "top" and top["notes"] == []
    assert by_path["context_method"] == "top" and any("chosen by name" in n for n in by_path["notes"])


def _lemmas(readings: list[dict[str, Any] | None]) -> list[str | None]:
    return [r["lemma"] if r else None for r in readings]


def test_in_context_without_mle_model(camel_run: dict[str, Any]) -> None:
    expected = ["حِوَار", "حَوْلَ", "مِحْوَرِيّ", None, None]
    assert _lemmas(camel_run["context"]) == expected
    assert _lemmas(camel_run["top_context"]) == expected
    assert camel_run["context"][0] == camel_run["words"]["الحوار"][0]


def test_proper_noun_backoff(camel_run: dict[str, Any]) -> None:
    guesses = camel_run["noan"]["بايدن"]
    assert [(g["lemma"], g["pos"], g["pos_coarse"], g["proclitics"]) for g in guesses] == [
        ("بايدن", "noun_prop", "PROPN", []),
        ("ايدن", "noun_prop", "PROPN", ["ب"]),
    ]
    assert all(g["root"] == g["pattern"] == g["gloss"] == "" for g in guesses)
    assert camel_run["noan"]["الحوار"] == camel_run["words"]["الحوار"]  # NOAN: only unknown words
    assert _lemmas(camel_run["noan_context"]) == ["حِوَار", "حَوْلَ", "مِحْوَرِيّ", "بايدن", None]


@pytest.mark.parametrize(
    ("key", "error", "message"),
    [
        ("no_backoff_stems", "ValueError", "defines no PROP backoff stems"),
        ("unknown_name", "BackendUnavailable", "no morphology database 'calima-msa-r13'"),
        ("bad_option", "ValueError", "disambiguator must be 'mle' or 'top'"),
    ],
)
def test_constructor_errors(camel_run: dict[str, Any], key: str, error: str, message: str) -> None:
    kind, text = camel_run[key]
    assert kind == error and message in text and "\n" not in text


MLE_SCRIPT = """
    import json, sys
    from helpers.morphology.camel_backend import CamelBackend

    backend = CamelBackend()
    readings = backend.analyze_in_context(json.loads(sys.argv[1]))
    out = {"context_method": backend.context_method, "notes": list(backend.notes),
           "lemmas": [r.lemma if r else None for r in readings],
           "out_of_context": [r.lemma for r in backend.analyze_word("حول")],
           "modules": sorted(m for m in sys.modules if m.startswith("camel_tools.disambig"))}
    print(json.dumps(out, ensure_ascii=False))
"""


def test_mle_model_from_the_catalogue(tmp_path: Path) -> None:
    # A one-word MLE model that prefers the noun reading of حول over the more frequent preposition.
    model = {"حول": {"diac": "حَوْل", "lex": "حَوْل", "bw": "Hawol/NOUN", "pos": "noun", "prc0": "0"}}
    _install(tmp_path / "data_dir", mle_model=model)
    out = _run(MLE_SCRIPT, tmp_path / "data_dir", tmp_path / "home", json.dumps(SENTENCE))
    assert out["context_method"] == "mle" and out["notes"] == []
    assert "camel_tools.disambig.mle" in out["modules"]
    assert "camel_tools.disambig.bert" not in out["modules"]  # no torch needed
    assert out["lemmas"] == ["حِوَار", "حَوْل", "مِحْوَرِيّ", None, None]
    assert out["out_of_context"] == ["حَوْلَ", "حَوْل"]


# ------------------------------------------------------------------------------------------------
# Without usable data: BackendUnavailable, and camel_tools.data / .morphology never imported

UNAVAILABLE_SCRIPT = """
    import json, sys
    from helpers.morphology.base import BackendUnavailable
    from helpers.morphology.camel_backend import CamelBackend

    try:
        CamelBackend(**json.loads(sys.argv[1]))
        out = {"raised": None, "message": ""}
    except BackendUnavailable as err:
        out = {"raised": "BackendUnavailable", "message": str(err)}
    out["modules"] = sorted(m for m in sys.modules if m.startswith("camel_tools"))
    print(json.dumps(out, ensure_ascii=False))
"""

LAYOUTS = [
    # name, files to create, CamelBackend keyword arguments ("<db>" = the database's path), message
    ("empty folder", (), {}, "no catalogue.json in"),
    ("missing folder", ("<missing>",), {}, "no CAMeL data folder at"),
    ("catalogue without database", ("catalogue",), {}, "adl-mini is not installed in"),
    ("database without catalogue", ("db",), {}, "no catalogue.json in"),
    ("database path without catalogue", ("db",), {"db": "<db>"}, "would download one"),
    ("unreadable catalogue", ("db", "catalogue:{not json"), {}, "is unreadable (JSONDecodeError)"),
    ("catalogue in another format", ("db", 'catalogue:{"version": "1.6"}'), {}, "not in camel-tools' catalogue format"),
    ("name not in catalogue", ("db", "catalogue"), {"db": "calima-msa-r13"}, "(listed: adl-mini)"),
]


@pytest.mark.parametrize(("name", "files", "kwargs", "message"), LAYOUTS, ids=[row[0] for row in LAYOUTS])
def test_unavailable_without_importing_camel_data(
    tmp_path: Path, name: str, files: tuple[str, ...], kwargs: dict[str, str], message: str
) -> None:
    data_dir = tmp_path / "camel_data"
    data_dir.mkdir()
    db_path = data_dir / "data" / DB_RELATIVE / "morphology.db"
    for item in files:
        if item == "<missing>":
            data_dir = tmp_path / "not there"
        elif item == "db":
            write_camel_db(db_path)
        elif item == "catalogue":
            write_camel_catalogue(data_dir, DB_RELATIVE)
        else:
            (data_dir / "catalogue.json").write_text(item.split(":", 1)[1], encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    arguments = {key: str(db_path) if value == "<db>" else value for key, value in kwargs.items()}
    out = _run(UNAVAILABLE_SCRIPT, data_dir, tmp_path / "home", json.dumps(arguments))

    assert out["raised"] == "BackendUnavailable"
    assert message in out["message"]
    assert "\n" not in out["message"]
    assert "`pip install camel-tools`" in out["message"] and "`camel_data -i light`" in out["message"]
    assert "CAMELTOOLS_DATA" in out["message"]
    assert not any(m.startswith(("camel_tools.data", "camel_tools.morphology")) for m in out["modules"])
    # nothing created or downloaded: no ~/.camel_tools, no new catalogue, no new file anywhere
    assert not (tmp_path / "home" / ".camel_tools").exists()
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert [p for p in after if p.parts[0] != "home"] == before


# ------------------------------------------------------------------------------------------------
# The accuracy benchmark scores the CAMeL backend the same way as farahidi

SCORE_SCRIPT = """
    import json, sys
    from pathlib import Path
    from helpers.morphology import AnalysisCache
    from helpers.morphology.camel_backend import CamelBackend
    from helpers.morphology.evaluation import score_morphology_ar
    from helpers.morphology.treebank_words import read_conllu_ar

    backend = CamelBackend()
    result = score_morphology_ar(list(read_conllu_ar(Path(sys.argv[1]))), backend=backend, cache=AnalysisCache())
    print(json.dumps({"kit": result["kit"], "backend": backend.name}, ensure_ascii=False))
"""


def test_accuracy_benchmark_scores_the_camel_backend(tmp_path: Path) -> None:
    rows = [  # written for this test: و + ال + حوار, then a name the mini database knows
        ("1", "وَ", "وَ", "CONJ", "C---------", "_", "0", "cc", "_", "_"),
        ("2", "اَلحِوَارِ", "حِوَار", "NOUN", "N------S2D", "Case=Gen", "0", "root", "_", "Root=.h_w_r"),
        ("3", "بَغدَادَ", "بَغدَاد", "NOUN", "N------S4I", "Case=Acc", "2", "nmod", "_", "Gloss=Baghdad|Root=b_.g_d_d"),
    ]
    conllu = tmp_path / "mini.conllu"
    conllu.write_text("# sent_id = c1\n" + "".join("\t".join(r) + "\n" for r in rows) + "\n", encoding="utf-8")
    data_dir = tmp_path / "data_dir"
    _install(data_dir)
    out = _run(SCORE_SCRIPT, data_dir, tmp_path / "home", str(conllu))
    assert out["backend"] == "camel:adl-mini"
    kit = out["kit"]
    assert kit["tokens"]["f1"] == 1.0 and kit["lemma"]["n"] == 2
    assert kit["clitics"]["tp"] == 1  # و split off والحوار
    assert kit["lemma"]["right"] >= 1 and kit["root"]["right"] >= 1
