"""The analyze and compare commands against hostile input: each case and its expected outcome.

Every case is a row of a table: how to make the input, the command line, and what must happen:
``ok`` (exit 0, every finding's offsets point at its text, output grows linearly where a case
says so) or ``error`` with the words the one-line message must contain (exit 2, one line on
standard error, nothing on standard output, no file written). Errors that can be found without
the analysis (files, options, the output path) must come before it: those cases run with the
analysis made unimportable, so reaching it fails the test. Large inputs are measured in
``benchmarks/hostile_scale.py``, not here.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers.cli import main
from helpers.data import case_study_path

ARABIC = "قال الوزير إن الاتفاق جاهز. وأكد مسؤول في الوزارة أن الوفد وصل إلى بغداد أمس."


def write(content: bytes | str, name: str = "t.txt") -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        path = tmp / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return [str(path)]
    return make


def fifo(tmp: Path) -> list[str]:
    os.mkfifo(tmp / "pipe.txt")
    return [str(tmp / "pipe.txt")]


def link_loop(tmp: Path) -> list[str]:
    (tmp / "a.txt").symlink_to(tmp / "b.txt")
    (tmp / "b.txt").symlink_to(tmp / "a.txt")
    return [str(tmp / "a.txt")]


def folder(tmp: Path) -> list[str]:
    (tmp / "texts").mkdir()
    return [str(tmp / "texts")]


def missing(name: str) -> Callable[[Path], list[str]]:
    return lambda tmp: [str(tmp / name)]


def two(first: bytes | str, second: bytes | str | None) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        paths = write(first, "a.txt")(tmp)
        return paths + (write(second, "b.txt")(tmp) if second is not None else [str(tmp / "b.txt")])
    return make


def repeated_without_punctuation(phrase: str, times: int) -> str:
    return " ".join([phrase] * times)


# (id, command, make the input -> paths, extra options, expected, what the message or check says)
ERRORS = [
    # files that are not readable texts
    ("missing", "analyze", missing("nope.txt"), [], "file not found: "),
    ("folder", "analyze", folder, [], "is a folder, not a text file"),
    ("fifo", "analyze", fifo, [], "is a named pipe (FIFO), not a text file"),
    ("dev zero", "analyze", lambda tmp: ["/dev/zero"], [], "/dev/zero is a device, not a text file"),
    ("symlink loop", "analyze", link_loop, [], "too many symbolic links"),
    ("name too long", "analyze", missing("ب" * 200 + ".txt"), [], "file name too long"),
    ("path through a file", "analyze", lambda tmp: write(ARABIC)(tmp) and [str(tmp / "t.txt" / "x.txt")], [], "a part of the path is not a folder"),
    ("newline in the name", "analyze", missing("a\nb.txt"), [], "file not found: "),
    ("bidi override in the name", "analyze", missing("\u202etxt.exe"), [], "\\u202etxt.exe"),
    ("empty", "analyze", write(b""), [], "is empty"),
    ("whitespace only", "analyze", write(" \n\t\r\n"), [], "is empty (only whitespace)"),
    ("nul bytes", "analyze", write(b"abc\x00\x00def"), [], "NUL bytes: it looks like a binary file"),
    ("png", "analyze", write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), [], "binary"),
    ("utf-16 le with bom", "analyze", write(ARABIC.encode("utf-16")), [], "is UTF-16 (it starts with a UTF-16 byte-order mark)"),
    ("utf-16 be without bom", "analyze", write(ARABIC.encode("utf-16-be")), [], "is UTF-16 (every other byte"),
    ("latin-1", "analyze", write("Baghdad: café".encode("latin-1")), [], "not valid UTF-8: byte 0xe9 at offset 12 (line 1, column 13)"),
    ("cp1256", "analyze", write(ARABIC.encode("cp1256")), [], "not valid UTF-8"),
    ("truncated utf-8", "analyze", write(ARABIC.encode("utf-8")[:-1] + "ب".encode()[:1]), [], "not valid UTF-8"),
    ("over --max-bytes", "analyze", write(ARABIC), ["--max-bytes", "50"], "over the limit of 50"),
    # texts without an Arabic word
    ("latin only", "analyze", write("Only Latin letters here."), [], "contains no Arabic letters"),
    ("arabic punctuation and digits", "analyze", write("، ؛ ؟ ٢٠٢١ ٪"), [], "contains no Arabic letters"),
    ("ornate parentheses", "analyze", write("\ufd3e quoted \ufd3f"), [], "contains no Arabic letters"),
    ("a noncharacter", "analyze", write("text \ufdd0 \ufdef"), [], "contains no Arabic letters"),
    ("an arabic symbol", "analyze", write("mark \ufbb2 \ufbc1"), [], "contains no Arabic letters"),
    ("presentation forms only", "analyze", write("\ufee3\ufeae\ufea4\ufe92\ufe8e \ufe91\ufefc\ufeaa"), [], "only in presentation forms"),
    ("a letter glued in latin", "analyze", write("abc\u0628def"), [], "only letters glued to Latin letters or digits"),
    ("a letter glued to a digit", "analyze", write("Version 2\u0628 of the report"), ["--layers", "diversity"], "only letters glued"),
    ("tatweel and marks only", "analyze", write("\u0640\u0640\u064e\u0651"), [], "no Arabic letters"),
    # options
    ("unknown layer", "analyze", write(ARABIC), ["--layers", "tokens,rhyme"], "unknown layer(s): rhyme (choose from structure,"),
    ("no layer", "analyze", write(ARABIC), ["--layers", ","], "--layers names no layer"),
    ("max-bytes zero", "analyze", write(ARABIC), ["--max-bytes", "0"], "argument --max-bytes: must be at least 1"),
    ("max-bytes not a number", "analyze", write(ARABIC), ["--max-bytes", "lots"], "argument --max-bytes: not a whole number of bytes"),
    ("negative indent", "analyze", write(ARABIC), ["--indent", "-1"], "argument --indent: must be from 0 to 16"),
    ("unknown option", "analyze", write(ARABIC), ["--colour"], "unrecognized arguments: --colour"),
    ("unknown format", "analyze", write(ARABIC), ["--format", "xml"], "argument --format: invalid choice: 'xml'"),
    ("no file", "analyze", lambda tmp: [], [], "the following arguments are required: PATH"),
    # the output path
    ("output is a folder", "analyze", write(ARABIC), ["-o", "{tmp}"], "it is a folder"),
    ("output folder missing", "analyze", write(ARABIC), ["-o", "{tmp}/no/such/out.json"], "does not exist"),
    ("output read-only", "analyze", write(ARABIC), ["-o", "{tmp}/readonly.json"], "the file is read-only"),
    ("output is the input", "analyze", write(ARABIC), ["-o", "{tmp}/t.txt"], "it is one of the input texts"),
    ("output under a file", "analyze", write(ARABIC), ["-o", "{tmp}/t.txt/out.json"], "is not a folder"),
    # compare
    ("compare one file", "compare", write(ARABIC), [], "compare needs two or more files, got 1"),
    ("compare the same file twice", "compare", lambda tmp: write(ARABIC)(tmp) * 2, [], "the same file twice"),
    ("compare with a missing file", "compare", two(ARABIC, None), [], "file not found"),
    ("compare with a latin text", "compare", two(ARABIC, "Only English."), [], "contains no Arabic letters"),
    ("compare with a fifo", "compare", lambda tmp: write(ARABIC)(tmp) + fifo(tmp), [], "named pipe"),
    ("compare into a folder", "compare", two(ARABIC, ARABIC), ["-o", "{tmp}"], "it is a folder"),
]


@pytest.fixture
def no_analysis(monkeypatch: pytest.MonkeyPatch):
    """Make the analysis unimportable: an error that needs it was not found early enough."""
    for name in [m for m in sys.modules if m == "helpers.analyze"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "helpers.analyze", None)


def _run(capsys: pytest.CaptureFixture[str], command: str, paths: list[str], options: list[str], tmp: Path) -> tuple[int, str, str]:
    argv = [command, *paths, *[o.replace("{tmp}", str(tmp)) for o in options]]
    try:
        status = main(argv)
    except SystemExit as exit_:  # argparse's usage errors
        status = exit_.code
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize(("name", "command", "make", "options", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_input_is_refused_in_one_line_before_any_analysis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_analysis, name: str, command: str, make, options: list[str], message: str
) -> None:
    paths = make(tmp_path)
    readonly = tmp_path / "readonly.json"
    readonly.write_text("{}", encoding="utf-8")
    readonly.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = sorted(p.name for p in tmp_path.iterdir())
    status, out, err = _run(capsys, command, paths, options, tmp_path)
    assert status == 2, err
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert message in lines[0], lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written
    assert readonly.read_text(encoding="utf-8") == "{}"


def test_a_folder_without_permission_is_one_line(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch, no_analysis) -> None:
    # As root a chmod-000 folder is still searchable, so the refusal is simulated at the stat call.
    real_stat = Path.stat

    def refuse(self, *args, **kwargs):
        if self.name == "t.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    paths = write(ARABIC)(tmp_path)
    monkeypatch.setattr(Path, "stat", refuse)
    status, out, err = _run(capsys, "analyze", paths, [], tmp_path)
    assert (status, out) == (2, "") and err == f"error: cannot read {paths[0]}: permission denied\n"


# Texts that must be analysed: offsets exact whatever the characters.
GOOD = [
    ("emoji", "قال 😀 الوزير إن الاتفاق جاهز 👍🏽. وأكد 🇮🇶 الوفد ذلك."),
    ("presentation forms beside words", "قال الوزير \ufefb \ufdf2 إن الاتفاق جاهز."),
    ("bidi controls", "\u202bقال\u202c الوزير \u200fإن \u2067الاتفاق\u2069 جاهز\u200e."),
    ("240 marks on one letter", "ب" + "\u064e" * 240 + " قال الوزير إن الاتفاق جاهز."),
    ("zero-width joiners", "ال\u200dوزير قال إن ال\u200cاتفاق جاهز."),
    ("crlf and a bom", "\ufeffقال الوزير:\r\n\r\nإن الاتفاق جاهز.\r\n"),
    ("tatweel runs", "قـــــال الـــوزير إن الاتفاق جاهز."),
    ("html in the text", "<script>alert('x')</script> قال الوزير إن «الاتفاق» جاهز & تم."),
    ("latin names and digits", "قال Joe Biden إن 2500 جندي و٣٠٠ مستشار سيبقون. AFP"),
    ("persian letters", "پژوهش گزارش قال الوزير."),
    ("one two-letter word", "من"),
    ("a lone letter in latin text", "option \u0628 only"),
    ("a fully vowelled word", "بَيْتٌ"),
    ("unclosed quotation", 'قال الوزير: "الاتفاق جاهز ولن نتراجع'),
    ("punctuation glued", "قال،،،،الوزير؟!؟!إن...الاتفاق؛جاهز"),
    ("many blank lines", "\n" * 2000 + "قال الوزير إن الاتفاق جاهز." + "\n" * 2000),
    ("one long word", "ب" * 3000),
    ("quranic marks", "ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًى"),
]


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, dict]]:
    """Every good text analysed in one process (the analyzer loads once)."""
    folder = tmp_path_factory.mktemp("good")
    results = {}
    for name, text in GOOD:
        path = folder / f"{len(results):02d}.txt"
        path.write_text(text, encoding="utf-8", newline="")
        out = folder / f"{len(results):02d}.json"
        assert main(["analyze", str(path), "-o", str(out)]) == 0, name
        results[name] = (text, json.loads(out.read_text(encoding="utf-8")))
    return results


@pytest.mark.parametrize("name", [g[0] for g in GOOD])
def test_any_arabic_text_is_analysed_with_exact_offsets(analysed: dict, name: str) -> None:
    text, document = analysed[name]
    [entry] = document["texts"]
    assert entry["characters"] == len(text)
    for layer, findings in entry["layers"].items():
        for f in findings:
            assert text[f["start"] : f["end"]] == f["text"], (layer, f)
            for prefix in ("source", "content", "verb", "sentence"):
                start, end = f.get(f"{prefix}_start"), f.get(f"{prefix}_end")
                if start is not None and end is not None:
                    assert 0 <= start <= end <= len(text), (layer, prefix, f)


def test_output_is_deterministic_and_writes_nowhere_else(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text(GOOD[0][1] + "\n" + GOOD[7][1], encoding="utf-8")
    outputs = []
    for k in range(2):
        work = tmp_path / f"run{k}"
        work.mkdir()
        result = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(source), "-o", "out.json"],
                                cwd=work, capture_output=True, text=True, timeout=300, env=os.environ.copy())
        assert result.returncode == 0 and result.stdout == "" and result.stderr == "", result.stderr
        assert [p.name for p in work.iterdir()] == ["out.json"]
        outputs.append((work / "out.json").read_bytes())
    assert outputs[0] == outputs[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "run0", "run1"]


# Output must grow linearly: doubling an unpunctuated text (one long "sentence") may at most
# about double the output. Before the fix, alignment, framing and attribution rows repeated whole
# sentences, so output grew with the square of the sentence's length.
LINEAR = [
    ("attribution on one long sentence", "analyze", ["--layers", "attribution,sentences"], "قال الوزير إن الاتفاق جاهز وأكد المسؤول أن"),
    ("compare one long sentence", "compare", [], "الكاظمي يطالب القوات الأمريكية بالانسحاب والحكومة العراقية ترحب"),
]


@pytest.mark.parametrize(("name", "command", "options", "phrase"), LINEAR, ids=[c[0] for c in LINEAR])
def test_output_grows_linearly(tmp_path: Path, name: str, command: str, options: list[str], phrase: str) -> None:
    sizes = []
    for times in (150, 300):
        path = tmp_path / f"long{times}.txt"
        path.write_text(repeated_without_punctuation(phrase, times), encoding="utf-8")
        out = tmp_path / f"out{times}.json"
        others = [str(case_study_path())] if command == "compare" else []
        assert main([command, str(path), *others, *options, "-o", str(out), "--indent", "0"]) == 0
        sizes.append(out.stat().st_size)
    assert sizes[1] < 2.2 * sizes[0], f"output grew from {sizes[0]:,} to {sizes[1]:,} bytes when the text doubled"


API = [
    ("morphology of None", "helpers.morphology:analyze_morphology_ar", None, "must be a str"),
    ("tokens of bytes", "helpers.text.tokenize:tokenize_ar", "قال".encode(), "must be a str, not bytes"),
    ("sentences of a number", "helpers.text.sentences:split_sentences_ar", 3, "must be a str, not int"),
    ("attribution of a glued letter", "helpers.discourse:find_attributions_ar", "abc\u0628def", "only letters glued"),
]


@pytest.mark.parametrize(("name", "function", "value", "message"), API, ids=[a[0] for a in API])
def test_python_functions_raise_text_input_error(name: str, function: str, value, message: str) -> None:
    import importlib

    from helpers.text.load import TextInputError

    module, attribute = function.split(":")
    with pytest.raises(TextInputError, match=message.replace("(", r"\(")):
        getattr(importlib.import_module(module), attribute)(value)


def test_output_to_a_device_is_written_directly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write(ARABIC)(tmp_path)
    assert main(["analyze", *paths, "--layers", "tokens", "-o", os.devnull]) == 0
    assert capsys.readouterr().err == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.txt"]
