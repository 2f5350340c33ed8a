"""The kit's command line.

- ``python -m helpers analyze PATH [PATH ...] --format json``: every layer's findings per text.
- ``python -m helpers compare PATH PATH [PATH ...] --format json``: two or more texts side by side.

Bad input (a missing, empty, binary, non-UTF-8 or non-Arabic file) ends the command with one line
on standard error, ``error: ...``, and exit status 2; nothing is written to the output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from helpers import __version__
from helpers.analyze import FIGURES, LAYERS, analysis_document, analyze_text_ar, comparison_document
from helpers.text.load import MAX_BYTES, TextInputError, read_text_ar

__all__ = ["main", "build_parser"]

_CHOICES = [*LAYERS, *FIGURES]


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (exposed for tests and documentation)."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description="Arabic Discourse Lab helpers.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse texts and write every layer's findings")
    analyze.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="UTF-8 text files")
    analyze.add_argument("--format", choices=["json"], default="json", help="output format (default: json)")
    analyze.add_argument(
        "--layers", default=",".join(_CHOICES), help=f"comma-separated layers and figures (default: all: {','.join(_CHOICES)})"
    )
    analyze.add_argument("--output", "-o", type=Path, help="write here instead of standard output")
    analyze.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="largest accepted file size")
    analyze.add_argument("--indent", type=int, default=1, help="JSON indentation (0 for one line per text)")
    compare = commands.add_parser("compare", help="compare two or more texts: profile, keyness, shared statements, framing")
    compare.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="two or more UTF-8 text files")
    compare.add_argument("--format", choices=["json"], default="json", help="output format (default: json)")
    compare.add_argument("--output", "-o", type=Path, help="write here instead of standard output")
    compare.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="largest accepted file size")
    compare.add_argument("--indent", type=int, default=1, help="JSON indentation")
    return parser


def _analyze(args: argparse.Namespace) -> str:
    layers = [name.strip() for name in args.layers.split(",") if name.strip()]
    unknown = [name for name in layers if name not in _CHOICES]
    if unknown:
        raise TextInputError(f"unknown layer(s): {', '.join(unknown)} (choose from {', '.join(_CHOICES)})")
    results = []
    for path in args.paths:
        text = read_text_ar(path, max_bytes=args.max_bytes)
        results.append((path.as_posix(), analyze_text_ar(text, layers=layers, name=str(path))))
    document = analysis_document(results)
    return json.dumps(document, ensure_ascii=False, indent=args.indent or None) + "\n"


def _compare(args: argparse.Namespace) -> str:
    if len(args.paths) < 2:
        raise TextInputError(f"compare needs two or more files, got {len(args.paths)}")
    names = [path.as_posix() for path in args.paths]
    if len(set(names)) < len(names):
        raise TextInputError("compare got the same file twice")
    texts = {name: read_text_ar(path, max_bytes=args.max_bytes) for name, path in zip(names, args.paths)}
    document = comparison_document(texts)
    return json.dumps(document, ensure_ascii=False, indent=args.indent or None) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        output = _compare(args) if args.command == "compare" else _analyze(args)
    except TextInputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.output:
        args.output.write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return 0
