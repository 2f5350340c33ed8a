"""The analyze command: JSON with offsets for every finding, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.data import case_study_path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args], capture_output=True, text=True, cwd=cwd, env=os.environ.copy(), timeout=120
    )


@pytest.fixture(scope="module")
def case_study_json() -> dict:
    result = run_cli("analyze", str(case_study_path()), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_document_shape(case_study_json: dict) -> None:
    assert case_study_json["tool"] == "arabic-discourse-lab"
    [entry] = case_study_json["texts"]
    assert set(entry["layers"]) == {
        "structure", "sentences", "tokens", "orthography", "morphology",
        "evaluation", "fields", "devices", "parts", "connectives", "attribution", "deixis", "chains",
    }
    assert set(entry["figures"]) == {"frequency", "keyness", "diversity", "rhetoric_densities"}
    assert entry["sha256"] == "587a35ac5397cecc90d4b3e05f55de62661ad220436a2570acd9e85a244c0a3b"


def test_every_finding_points_into_the_text(case_study_json: dict) -> None:
    text = case_study_path().read_text(encoding="utf-8")
    findings = [f for layer in case_study_json["texts"][0]["layers"].values() for f in layer]
    assert len(findings) > 500
    for f in findings:
        assert {"start", "end", "text", "label"} <= set(f)
        assert text[f["start"] : f["end"]] == f["text"]


def test_orthography_layer_finds_the_hamza_errors(case_study_json: dict) -> None:
    found = {f["text"] for f in case_study_json["texts"][0]["layers"]["orthography"] if f["label"] == "hamza_alef"}
    assert {"الأدارة", "الى", "اخلاء"} <= found


def test_output_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for out in (first, second):
        assert run_cli("analyze", str(case_study_path()), "-o", str(out)).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_several_texts_and_a_layer_choice(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("قال الوزير إن المفاوضات مستمرة. وأضاف: لا جديد!", encoding="utf-8")
    result = run_cli("analyze", str(case_study_path()), str(other), "--layers", "tokens,sentences")
    assert result.returncode == 0, result.stderr
    texts = json.loads(result.stdout)["texts"]
    assert [set(t["layers"]) for t in texts] == [{"tokens", "sentences"}] * 2
    assert texts[1]["counts"]["sentences"] == {"sentence": 2}


BAD_FILES = [
    ("missing", None, "file not found"),
    ("empty", b"", "is empty"),
    ("blank", b"  \n\n ", "is empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1", "Baghdad: café".encode("latin-1"), "not valid UTF-8: byte 0xe9 at offset 12 (line 1, column 13)"),
    ("cp1256", "بغداد".encode("cp1256"), "not valid UTF-8"),
    ("latin_only", b"Only Latin letters here.\n", "contains no Arabic letters"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_input_gives_one_line_error(tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    path = tmp_path / f"{name}.txt"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("analyze", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.stderr


def test_huge_input_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("بغداد " * 1000, encoding="utf-8")
    result = run_cli("analyze", str(path), "--max-bytes", "1000")
    assert result.returncode == 2
    assert "over the limit of 1,000" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_unknown_layer_is_one_line(tmp_path: Path) -> None:
    result = run_cli("analyze", str(case_study_path()), "--layers", "tokens,rhyme")
    assert result.returncode == 2
    assert result.stderr.startswith("error: unknown layer(s): rhyme (choose from structure, sentences, tokens, ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_output_is_strict_json(case_study_json: dict) -> None:
    # NaN or Infinity would make the file unreadable for strict JSON parsers.
    def refuse(constant: str) -> None:
        raise ValueError(f"non-standard JSON constant {constant}")

    json.loads(json.dumps(case_study_json, ensure_ascii=False), parse_constant=refuse)


def test_figures_put_topic_words_first(case_study_json: dict) -> None:
    figures = case_study_json["texts"][0]["figures"]
    keyness = [row["item"] for row in figures["keyness"]["top"][:5]]
    assert "الكاظمي" in keyness
    assert [row["tokenization"] for row in figures["diversity"]["rows"]][-1] == "clitic-segmented"


@pytest.mark.parametrize(
    "layer",
    ["evaluation", "fields", "devices", "parts", "connectives", "attribution", "deixis", "chains", "morphology"],
)
def test_later_layers_point_into_the_text(case_study_json: dict, layer: str) -> None:
    text = case_study_path().read_text(encoding="utf-8")
    found = case_study_json["texts"][0]["layers"][layer]
    assert found, f"{layer} found nothing in the case study"
    for f in found:
        assert text[f["start"] : f["end"]] == f["text"]


def test_compare_two_texts(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("وصل الوفد العراقي إلى واشنطن أمس. وبدأت المحادثات حول انسحاب القوات.", encoding="utf-8")
    b.write_text("وصل الوفد العراقي إلى واشنطن أمس. وانتهت الزيارة دون اتفاق واضح!", encoding="utf-8")
    result = run_cli("compare", str(a), str(b), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [t["source"] for t in doc["texts"]] == [str(a), str(b)]
    assert {"profile", "keyness", "alignment", "framing"} <= set(doc)
    texts = {str(a): a.read_text(encoding="utf-8"), str(b): b.read_text(encoding="utf-8")}
    first = [row for row in doc["alignment"] if row["index"] == 0]
    assert {row["label"] for row in first} == {"shared"}
    for row in doc["alignment"]:
        assert texts[row["text"]][row["start"] : row["end"]] == row["sentence"]
    words = next(row for row in doc["profile"] if row["measure"] == "words")
    assert words[str(a)] == 11 and words[str(b)] == 11


@pytest.mark.parametrize(
    ("files", "message"),
    [(["a.txt"], "compare needs two or more files"), (["a.txt", "a.txt"], "the same file twice"), (["a.txt", "missing.txt"], "file not found")],
)
def test_compare_bad_input_is_one_line(tmp_path: Path, files: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text("نص عربي قصير.", encoding="utf-8")
    result = run_cli("compare", *files, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr


def test_layer_names_match_the_registries() -> None:
    # The command checks --layers before importing the analysis, from its own list of names.
    from helpers.analyze import FIGURES, LAYERS
    from helpers.cli import FIGURE_NAMES, LAYER_NAMES

    assert (list(LAYER_NAMES), list(FIGURE_NAMES)) == (list(LAYERS), list(FIGURES))


def test_file_not_found_comes_before_the_heavy_imports(tmp_path: Path) -> None:
    code = ("import sys; from helpers.cli import main; status = main(['analyze', 'nope.txt']); "
            "heavy = sorted(m for m in ('pandas', 'camel_tools', 'farahidi', 'helpers.analyze') if m in sys.modules); "
            "print(status, heavy)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.stdout.strip() == "2 []" and result.stderr == "error: file not found: nope.txt\n"
