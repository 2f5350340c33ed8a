"""The kit's command line.

- ``python -m helpers analyze PATH [PATH ...] --format json``: every layer's findings per text.
- ``python -m helpers compare PATH PATH [PATH ...] --format json``: two or more texts side by side;
  ``python -m helpers compare --corpus DIR --by category``: the sub-corpora of an analysed corpus.
- ``python -m helpers corpus INPUT [INPUT ...] --out DIR``: every layer over a corpus, into
  Parquet tables (see :mod:`helpers.corpus`); ``--report`` adds ``DIR/report.html``.

``corpus`` records a bad document in its ``errors`` table and goes on: it exits with 0 when every
document was analysed, 1 when some are in ``errors`` (the tables are complete otherwise), and 2
when it could not run at all (a missing input, a bad option), with one line on standard error.

For ``analyze`` and ``compare``, bad input ends the command with one line on standard error, ``error: ...``, and exit status 2;
nothing is written to the output. Everything that can be checked without the analysis is checked
first, in well under a second: the options, every input file (a regular, readable UTF-8 file
with an Arabic word, under ``--max-bytes``) and the output path (not a folder, not read-only,
in a folder that exists, not one of the inputs). Only then are pandas, the morphological
analyzer and the layers imported. Long runs show a progress bar on a terminal.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from helpers import __version__
from helpers.text.load import MAX_BYTES, TextInputError, display_name, os_error_message, read_text_ar

__all__ = ["main", "build_parser", "LAYER_NAMES", "FIGURE_NAMES"]

#: The names of :data:`helpers.analyze.LAYERS` and :data:`helpers.analyze.FIGURES`, kept here so that
#: ``--layers`` is checked before the analysis is imported (``tests/helpers/test_cli.py`` compares them).
LAYER_NAMES = ("structure", "sentences", "tokens", "orthography", "morphology", "evaluation", "fields", "devices",
               "parts", "connectives", "attribution", "deixis", "chains")
FIGURE_NAMES = ("frequency", "keyness", "diversity", "rhetoric_densities")
_CHOICES = [*LAYER_NAMES, *FIGURE_NAMES]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, like every other error of the command."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see: {self.prog} --help)\n")


def _size(value: str) -> int:
    try:
        number = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _indent(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 0 <= number <= 16:
        raise argparse.ArgumentTypeError(f"must be from 0 to 16, not {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (exposed for tests and documentation)."""
    parser = _Parser(prog="python -m helpers", description="Arabic Discourse Lab helpers.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="{analyze,compare,corpus}")
    analyze = commands.add_parser("analyze", help="analyse texts and write every layer's findings")
    analyze.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="UTF-8 text files")
    analyze.add_argument(
        "--layers", default=",".join(_CHOICES), help=f"comma-separated layers and figures (default: all: {','.join(_CHOICES)})"
    )
    compare = commands.add_parser(
        "compare", help="compare two or more texts (profile, keyness, shared statements, framing), or the sub-corpora of a corpus"
    )
    compare.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="two or more UTF-8 text files")
    compare.add_argument("--corpus", type=Path, metavar="DIR", help="instead of files: the output folder of `corpus`, compared by --by")
    compare.add_argument("--by", default="category",
                         help="with --corpus: the document column or metadata field defining sub-corpora (default: category)")
    compare.add_argument("--top", type=_positive, default=25, help="with --corpus: key words per sub-corpus (default: 25)")
    compare.add_argument("--min-count", type=_positive, default=5,
                         help="with --corpus: the least count of a key word in its sub-corpus (default: 5)")
    for sub in (analyze, compare):
        sub.add_argument("--format", choices=["json"], default="json", help="output format (default: json)")
        sub.add_argument("--output", "-o", type=Path, help="write here instead of standard output")
        sub.add_argument("--max-bytes", type=_size, default=MAX_BYTES, help=f"largest accepted file size (default: {MAX_BYTES:,})")
        sub.add_argument("--indent", type=_indent, default=1, help="JSON indentation (0 for one line per document)")
    corpus = commands.add_parser(
        "corpus", help="analyse a corpus (folders, files, CSV/TSV/JSONL, TREC, archives) into Parquet tables, resumably"
    )
    corpus.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="folders (*.txt, recursive), .txt or TREC files, .csv/.tsv/.jsonl tables, .tar.xz/.tar.gz/.zip archives")
    corpus.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder (an earlier run there is resumed)")
    corpus.add_argument("--layers", default=",".join(_CHOICES), help="comma-separated layers and figures (default: all)")
    corpus.add_argument("--workers", type=_positive, default=None, help="worker processes (default: one per core; 1: this process)")
    corpus.add_argument("--scheduler", metavar="ADDRESS", help="a Dask distributed scheduler (tcp://host:port): its workers do the analysis")
    corpus.add_argument("--batch-size", type=_positive, default=50, help="documents per batch, the unit saved and resumed (default: 50)")
    corpus.add_argument("--text-column", default="text", help="tables: the column holding the text (default: text)")
    corpus.add_argument("--id-column", default=None, help="tables: the column holding each document's id (default: NAME:ROW)")
    corpus.add_argument("--max-bytes", type=_size, default=5_000_000, help="largest accepted document in bytes (default: 5,000,000)")
    corpus.add_argument("--report", action="store_true", help="also write DIR/report.html")
    corpus.add_argument("--by", default="category",
                        help="for --report: the document column or metadata field defining sub-corpora (default: category)")
    corpus.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _check_output(path: Path | None, inputs: Sequence[Path]) -> None:
    """Refuse an output path that cannot be written, before any work is done."""
    if path is None:
        return
    shown = display_name(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise TextInputError(os_error_message(err, path, action="write")) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise TextInputError(f"cannot write {shown}: it is a folder (give a file name, e.g. {shown}/findings.json)")
        if stat.S_ISREG(info.st_mode):
            if not info.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
                raise TextInputError(f"cannot write {shown}: the file is read-only (choose another name, or make it writable)")
            for source in inputs:
                try:
                    same = os.path.samefile(source, path)
                except OSError:
                    same = False
                if same:
                    raise TextInputError(f"cannot write {shown}: it is one of the input texts")
        else:
            return  # a device or a pipe (/dev/stdout): written to directly
    folder = path.parent
    try:
        folder_info = folder.stat()
    except OSError as err:
        if err.errno == errno.ENOENT:
            raise TextInputError(f"cannot write {shown}: the folder {display_name(folder)} does not exist") from None
        raise TextInputError(os_error_message(err, folder, action="write into")) from None
    if not stat.S_ISDIR(folder_info.st_mode):
        raise TextInputError(f"cannot write {shown}: {display_name(folder)} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):  # the output is written beside, then renamed
        raise TextInputError(f"cannot write {shown}: no permission to create files in {display_name(folder)}")


def _layers(spec: str) -> list[str]:
    layers = [name.strip() for name in spec.split(",") if name.strip()]
    unknown = [name for name in layers if name not in _CHOICES]
    if unknown:
        raise TextInputError(f"unknown layer(s): {', '.join(unknown)} (choose from {', '.join(_CHOICES)})")
    if not layers:
        raise TextInputError(f"--layers names no layer (choose from {', '.join(_CHOICES)})")
    return layers


def _progress(total: int, desc: str):
    from tqdm import tqdm

    # disable=None: a bar on a terminal, nothing when standard error is a file or a pipe.
    return tqdm(total=total, desc=desc, unit="step", disable=None, leave=False, file=sys.stderr)


class _JsonStream:
    """Write a JSON document piece by piece, formatted exactly as ``json.dump`` would format it.

    The analysis of a long text is written layer by layer, so only one layer's findings are in
    memory at a time.
    """

    def __init__(self, handle, indent: int | None) -> None:
        self.handle, self.indent = handle, indent
        self.filled: list[bool] = []  # per open container: has it a member yet?

    def _pad(self, depth: int) -> str:
        return "\n" + " " * (self.indent * depth) if self.indent else ""

    def _next(self) -> None:
        if self.filled[-1]:
            self.handle.write("," if self.indent else ", ")
        self.handle.write(self._pad(len(self.filled)))
        self.filled[-1] = True

    def open(self, bracket: str, key: str | None = None) -> None:
        if self.filled:
            self._next()
            if key is not None:
                self.handle.write(json.dumps(key, ensure_ascii=False) + ": ")
        self.handle.write(bracket)
        self.filled.append(False)

    def value(self, value: Any, key: str | None = None) -> None:
        self._next()
        if key is not None:
            self.handle.write(json.dumps(key, ensure_ascii=False) + ": ")
        text = json.dumps(value, ensure_ascii=False, indent=self.indent)
        self.handle.write(text.replace("\n", self._pad(len(self.filled))) if self.indent else text)

    def close(self, bracket: str) -> None:
        filled = self.filled.pop()
        if filled:
            self.handle.write(self._pad(len(self.filled)))
        self.handle.write(bracket)


def _analyze(args: argparse.Namespace) -> None:
    layers = _layers(args.layers)
    for path in args.paths:  # every file checked before any is analysed, the output path too
        read_text_ar(path, max_bytes=args.max_bytes)
    _check_output(args.output, args.paths)

    from helpers.analyze import FIGURES, count_labels, document_header, iter_analysis_ar, text_summary

    def write(handle) -> None:
        out = _JsonStream(handle, args.indent or None)
        out.open("{")
        for key, value in document_header().items():
            out.value(value, key)
        out.open("[", "texts")
        with _progress(len(args.paths) * len(layers), "analyze") as bar:
            for path in args.paths:
                text = read_text_ar(path, max_bytes=args.max_bytes)
                bar.set_postfix_str(display_name(path.name))
                out.open("{")
                out.value(path.as_posix(), "source")
                for key, value in text_summary(text).items():
                    out.value(value, key)
                out.open("{", "layers")
                counts, figures = {}, {}
                for name, found in iter_analysis_ar(text, layers=layers, name=display_name(path)):
                    if name in FIGURES:
                        figures[name] = found
                    else:
                        out.value(found, name)
                        counts[name] = count_labels(found)
                    del found
                    bar.update()
                out.close("}")
                out.value(counts, "counts")
                out.value(figures, "figures")
                out.close("}")
        out.close("]")
        out.close("}")
        handle.write("\n")

    _emit(write, args.output)


def _json_records(frame: Any) -> list[dict[str, Any]]:
    # NaN becomes null, numpy numbers plain JSON numbers
    return json.loads(frame.to_json(orient="records", force_ascii=False))


def _corpus_comparison(args: argparse.Namespace) -> None:
    if args.paths:
        raise TextInputError("give either text files or --corpus DIR, not both")
    _check_output(args.output, [])
    from helpers.analyze import SCHEMA_VERSION
    from helpers.corpus import connect_corpus, corpus_keyness_ar, corpus_manifest, group_values, subcorpus_profiles_ar
    from helpers.corpus.documents import CorpusInputError

    manifest = corpus_manifest(args.corpus)
    con = connect_corpus(args.corpus)
    groups = group_values(con, args.by)
    if len(groups) < 2:
        raise CorpusInputError(f"compare needs two or more groups of documents by {args.by!r}, found {len(groups)}")
    document = {
        "tool": "arabic-discourse-lab",
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "corpus": {"inputs": manifest["inputs"], "documents": manifest["analysed"], "settings": manifest["settings"]},
        "by": args.by,
        "groups": groups,
        "profile": _json_records(subcorpus_profiles_ar(con, by=args.by).reset_index()),
        "keyness": _json_records(corpus_keyness_ar(con, by=args.by, top=args.top, min_count=args.min_count)),
    }

    def write(handle) -> None:
        json.dump(document, handle, ensure_ascii=False, indent=args.indent or None)
        handle.write("\n")

    _emit(write, args.output)


def _corpus(args: argparse.Namespace) -> int:
    layers = _layers(args.layers)
    from helpers.corpus import run_corpus

    run = run_corpus(args.inputs, args.out, layers=layers, workers=args.workers, scheduler=args.scheduler,
                     batch_size=args.batch_size, text_column=args.text_column, id_column=args.id_column,
                     max_bytes=args.max_bytes, quiet=args.quiet)
    if args.report:
        from helpers.report import write_corpus_report

        path = write_corpus_report(args.out, by=args.by)
        if not args.quiet:
            print(f"corpus: report in {path.as_posix()}", file=sys.stderr)
    return run.exit_status


def _compare(args: argparse.Namespace) -> None:
    if args.corpus is not None:
        _corpus_comparison(args)
        return
    if len(args.paths) < 2:
        raise TextInputError(f"compare needs two or more files, got {len(args.paths)}")
    names = [path.as_posix() for path in args.paths]
    if len(set(names)) < len(names):
        raise TextInputError("compare got the same file twice")
    texts = {name: read_text_ar(path, max_bytes=args.max_bytes) for name, path in zip(names, args.paths)}
    _check_output(args.output, args.paths)

    from helpers.analyze import comparison_document

    with _progress(len(texts) + 4, "compare") as bar:
        document = comparison_document(texts, step=lambda _name: bar.update())

    def write(handle) -> None:
        json.dump(document, handle, ensure_ascii=False, indent=args.indent or None)
        handle.write("\n")

    _emit(write, args.output)


def _emit(write, output: Path | None) -> None:
    """Run ``write(handle)`` on standard output, or on a file that appears only when complete."""
    if output is None:
        write(sys.stdout)
        sys.stdout.flush()
        return
    if output.exists() and not output.is_file():  # a device or a pipe: no file to replace
        try:
            with output.open("w", encoding="utf-8") as handle:
                write(handle)
        except BrokenPipeError:
            raise
        except OSError as err:
            raise TextInputError(os_error_message(err, output, action="write")) from None
        return
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            write(handle)
        os.replace(partial, output)
    except OSError as err:
        raise TextInputError(os_error_message(err, output, action="write")) from None
    finally:
        if partial.exists():
            partial.unlink()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "corpus":
            return _corpus(args)
        _compare(args) if args.command == "compare" else _analyze(args)
    except TextInputError as err:  # CorpusInputError too
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (| head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as err:  # anything the checks above could not foresee: still one line
        print(f"error: {os_error_message(err, err.filename or '?')}", file=sys.stderr)
        return 2
    except MemoryError:
        print("error: out of memory: analyse a smaller text, fewer texts at once, or fewer --layers", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    return 0
