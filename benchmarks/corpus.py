"""Speed and memory of a whole corpus run (``python -m helpers corpus``) on real text.

Run with ``.venv/bin/python benchmarks/corpus.py [PATH] [--limit N]`` (``./kit bench`` runs it on
300 articles of the kit's ANT archive). PATH is anything the corpus command reads (default: the
ANT corpus archive, ``data/corpora/ant-corpus-v1.1.tar.xz``). With ``--limit N`` (0: all), N
documents spread evenly over the inputs are written to a JSON-lines file first (text, id,
category, title, date), so the sample mixes categories.

Each run is the real command in a subprocess, every layer and figure by default:

* **cold**: a new output folder and an empty morphology cache (``ADL_CACHE`` pointed at a new
  file: the persistent cache, where the kit has one);
* **warm**: a new output folder, the cache the cold run filled.

Measured: wall-clock seconds; CPU seconds of the command and its workers; documents and Arabic
word tokens analysed (from the ``documents`` table); peak memory of the command's process tree
(the command, its worker processes and any helper process they start), sampled every second
(``--sample S``), three
ways: summed **PSS** (proportional set size, from ``/proc/PID/smaps_rollup``: a page shared by
``n`` processes counts ``1/n`` in each, so the sum is the physical memory the run uses: the
figure the memory target is judged on), summed **RSS** (pages shared between processes count once
per process, so this overstates) and summed **USS** (pages private to one process only, so this
understates); the largest single process (RSS); the machine's load average before the run, since
other work on the machine slows a run down (memory does not depend on it, wall time does).

Sampling is not free: to answer a read of ``smaps_rollup`` the kernel walks every page table of
the process, at the reader's expense (CPU time on the same cores as the workers) and under the
process's memory-map lock. Sampled every 0.2 s, the warm whole-corpus run took 248 s where the
same version, unsampled, took 220 s; hence a sample a second, and the sampler's own CPU seconds
are reported. A memory peak lasts far longer than a second (a worker grows over its whole life),
so sampling once a second does not miss it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pyarrow.parquet as pq

from helpers.corpus.documents import read_documents
from helpers.data import data_path

ROOT = Path(__file__).resolve().parents[1]


def sample(inputs: list[str], limit: int, folder: Path) -> list[str]:
    """Write ``limit`` documents spread over the inputs to a JSON-lines file; return the new inputs."""
    if not limit:
        return inputs
    documents = [d for d in read_documents(inputs) if d.error is None]
    step = max(1, len(documents) // limit)
    chosen = documents[::step][:limit]
    path = folder / f"sample-{len(chosen)}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for d in chosen:
            row = {"id": d.doc_id, "text": d.text, **{k: d.picked(k) for k in ("category", "title", "date")}}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return [str(path)]


def _rollup(pid: int) -> dict[str, int]:
    """Resident, proportional and private memory of one process, in bytes (Linux)."""
    found = {}
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
        for line in handle:
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss", "Private_Clean", "Private_Dirty"):
                found[name] = int(rest.split()[0]) * 1024
    return {"rss": found["Rss"], "pss": found["Pss"], "uss": found["Private_Clean"] + found["Private_Dirty"]}


def _tree_memory(process: psutil.Process) -> dict[str, int]:
    """Summed RSS, PSS and USS of a process and its descendants, and the largest single RSS."""
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return {}
    sizes = []
    for member in members:
        try:
            sizes.append(_rollup(member.pid))
        except (OSError, KeyError, ValueError):  # the process ended meanwhile
            continue
    totals = {key: sum(size[key] for size in sizes) for key in ("rss", "pss", "uss")}
    return {**totals, "one": max((size["rss"] for size in sizes), default=0)}


def run_once(inputs: list[str], out: Path, cache: Path, extra: list[str], *, every: float = 1.0) -> dict[str, float]:
    """Run the corpus command once; return its figures."""
    env = {**os.environ, "ADL_CACHE": str(cache)}
    command = [sys.executable, "-m", "helpers", "corpus", *inputs, "--out", str(out), "--quiet", *extra]
    if inputs[0].endswith(".jsonl"):
        command += ["--id-column", "id"]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampling = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env)
    watched = psutil.Process(child.pid)
    peak = {"rss": 0, "pss": 0, "uss": 0, "one": 0}
    while child.poll() is None:
        for key, value in _tree_memory(watched).items():
            peak[key] = max(peak[key], value)
        time.sleep(every)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler = resource.getrusage(resource.RUSAGE_SELF)
    if child.returncode not in (0, 1):
        raise SystemExit(f"the corpus command failed with status {child.returncode}")
    documents = pq.read_table(out / "documents.parquet", columns=["words"])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "documents": documents.num_rows, "words": sum(documents.column("words").to_pylist()),
            "peak_pss": peak["pss"] / 2**20, "peak_sum": peak["rss"] / 2**20, "peak_uss": peak["uss"] / 2**20,
            "peak_one": max(peak["one"], after.ru_maxrss * 1024) / 2**20, "load": load,
            "sampler": (sampler.ru_utime - sampling.ru_utime) + (sampler.ru_stime - sampling.ru_stime)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="*", help="corpus inputs (default: the kit's ANT archive)")
    parser.add_argument("--limit", type=int, default=300, help="documents to sample (0: all; default 300)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--batch-size", type=int, default=None, help="documents per batch (default: the command's)")
    parser.add_argument("--layers", default=None, help="layers and figures (default: all)")
    parser.add_argument("--runs", default="cold,warm", help="which runs, in order: cold, warm")
    parser.add_argument("--keep", type=Path, default=None, help="keep outputs and the cache in this folder")
    parser.add_argument("--sample", type=float, default=1.0, help="seconds between memory samples (default 1)")
    args, _ = parser.parse_known_args()  # ./kit bench passes every script the same options
    inputs = args.path or [str(data_path("corpora", "ant-corpus-v1.1.tar.xz"))]
    extra = []
    for option, value in (("--workers", args.workers), ("--batch-size", args.batch_size), ("--layers", args.layers)):
        if value is not None:
            extra += [option, str(value)]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="adl-corpus-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    chosen = sample(inputs, args.limit, folder)
    cache = folder / "morphology-cache.sqlite"
    for stale in folder.glob("morphology-cache.sqlite*"):
        stale.unlink()
    print(f"inputs: {', '.join(inputs)}; {os.cpu_count()} cores; options: {' '.join(extra) or 'defaults'}\n")
    print("| run | documents | words | wall s | CPU s | documents/s | words/s | peak PSS, tree (MiB) | peak RSS, tree (MiB) "
          "| peak USS, tree (MiB) | largest process (MiB) | load before | sampler CPU s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in args.runs.split(","):
        out = folder / f"out-{name}"
        if out.exists():
            import shutil

            shutil.rmtree(out)
        f = run_once(chosen, out, cache, extra, every=args.sample)
        print(f"| {name} | {f['documents']:,} | {f['words']:,} | {f['wall']:.0f} | {f['cpu']:.0f} | {f['documents'] / f['wall']:.1f} "
              f"| {f['words'] / f['wall']:,.0f} | {f['peak_pss']:,.0f} | {f['peak_sum']:,.0f} | {f['peak_uss']:,.0f} "
              f"| {f['peak_one']:,.0f} | {f['load']:.1f} | {f['sampler']:.1f} |", flush=True)
    if args.keep is None:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
