"""Large and hostile inputs through the commands: time, peak memory and output size.

Run with ``./kit bench`` (or ``.venv/bin/python benchmarks/hostile_scale.py --chars 100000,200000``).
Each run is a fresh ``python -m helpers`` process (so the figures include loading the analyzer)
measured with ``os.wait4``: wall time, CPU time (user + system: steadier than wall time on a busy
machine), peak resident memory, and the size of the JSON it wrote.

Texts, built from the case study's words (so every figure names the text it was measured on):

- ``punctuated``: the case study's sentences shuffled with a fixed seed until the size is reached
  (as in ``benchmarks/text.py``);
- ``one line``: the case study's words without any punctuation or line break, repeated: a single
  "sentence" as long as the text, the worst case for anything that works per sentence;
- ``compare``: the one-line text against the case study.

Output and memory must grow linearly: doubling the text may about double them, not quadruple.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers.data import case_study_path
from helpers.text.sentences import split_sentences_ar


def punctuated(chars: int) -> str:
    sentences = [s.text for s in split_sentences_ar(case_study_path().read_text(encoding="utf-8"))]
    rng = random.Random(7)
    out, size = [], 0
    while size < chars:
        sentence = rng.choice(sentences)
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)[:chars]


def one_line(chars: int) -> str:
    words = re.sub(r"[^\w\s]", " ", case_study_path().read_text(encoding="utf-8")).split()
    out, size, i = [], 0, 0
    while size < chars:
        out.append(words[i % len(words)])
        size += len(out[-1]) + 1
        i += 1
    return " ".join(out)[:chars].rsplit(" ", 1)[0]


def measure(args: list[str], output: Path) -> tuple[float, float, float, int]:
    """(seconds, CPU seconds, peak resident MiB, output bytes) of one command in a fresh process."""
    start = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "helpers", *args, "-o", str(output), "--indent", "0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    if status != 0:
        raise SystemExit(f"{' '.join(args)} failed: {process.stderr.read().decode(errors='replace')}")
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return seconds, usage.ru_utime + usage.ru_stime, peak, output.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", default="50000,100000,200000", help="text sizes in characters, comma-separated")
    options, _ = parser.parse_known_args()  # ./kit bench passes the other benchmarks' options too
    sizes = [int(n) for n in options.chars.split(",")]
    print("| run | characters | seconds | CPU seconds | peak memory (MiB) | output (bytes) | output / input |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        case = case_study_path()
        for chars in sizes:
            for kind, make in (("analyze, punctuated", punctuated), ("analyze, one line", one_line), ("compare, one line", one_line)):
                path = work / f"{kind.split(', ')[1].replace(' ', '_')}_{chars}.txt"
                if not path.exists():
                    path.write_text(make(chars), encoding="utf-8")
                command = ["analyze", str(path)] if kind.startswith("analyze") else ["compare", str(path), str(case)]
                text_bytes = path.stat().st_size + (case.stat().st_size if kind.startswith("compare") else 0)
                seconds, cpu, peak, out = measure(command, work / "out.json")
                print(f"| {kind} | {chars:,} | {seconds:.1f} | {cpu:.1f} | {peak:,.0f} | {out:,} | {out / text_bytes:.1f} |", flush=True)


if __name__ == "__main__":
    main()
