"""Corpus runs: tables, errors, per-document equality with analyze, workers, Dask, resume after a kill."""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus_texts import MORE_TEXTS_AR, TEXTS_AR, category_rows, write_table

from helpers.analyze import LAYERS, analyze_text_ar
from helpers.corpus import (
    CorpusInputError,
    connect_corpus,
    corpus_manifest,
    document_analysis,
    read_corpus_tables,
    run_corpus,
)
from helpers.corpus.tables import FINDING_FIELDS, TABLES
from helpers.data import data_path

ROOT = Path(__file__).resolve().parents[3]
OUTPUTS = [*(f"{name}.parquet" for name in TABLES), "manifest.json"]


def _corpus_folder(folder: Path) -> Path:
    """Three good documents and three bad ones."""
    folder.mkdir(parents=True)
    for name in ("politics", "sport", "economy"):
        (folder / f"{name}.txt").write_text(TEXTS_AR[name], encoding="utf-8")
    (folder / "latin.txt").write_text("Only Latin letters here.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "zz_latin1.txt").write_bytes("قال".encode() + "café".encode("latin-1"))
    return folder


@pytest.fixture(scope="module")
def small_run(tmp_path_factory: pytest.TempPathFactory):
    base = tmp_path_factory.mktemp("corpus")
    folder = _corpus_folder(base / "in")
    out = base / "out"
    run = run_corpus([folder, folder / "sport.txt"], out, workers=1, batch_size=2, quiet=True)
    return folder, out, run


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_bad_documents_are_recorded_and_the_rest_finished(small_run) -> None:
    folder, out, run = small_run
    assert (run.documents, run.analysed, run.errors, run.exit_status) == (7, 3, 4, 1)
    errors = read_corpus_tables(out, tables=["errors"])["errors"]
    assert errors[["doc_id", "stage"]].values.tolist() == [
        ["empty", "read"], ["latin", "read"], ["zz_latin1", "read"], ["sport", "read"]]
    reasons = errors["reason"].tolist()
    assert reasons[0] == "empty is empty"
    assert reasons[1] == "latin contains no Arabic letters (is it the right file?)"
    assert reasons[2].startswith("zz_latin1 is not valid UTF-8: byte 0xe9 at offset 9 (line 1, column 10)")
    assert reasons[3] == f"duplicate document id 'sport': first read from {(folder / 'sport.txt').as_posix()}"


def test_documents_table(small_run) -> None:
    _, out, _ = small_run
    documents = read_corpus_tables(out, tables=["documents"])["documents"]
    assert documents[["position", "doc_id"]].values.tolist() == [[0, "economy"], [3, "politics"], [4, "sport"]]
    assert list(documents.columns) == TABLES["documents"].names
    for row in documents.itertuples():
        text = TEXTS_AR[row.doc_id]
        assert row.characters == len(text)
        assert row.words == json.loads(row.counts)["morphology"]["morph"] == row.n_morphology


@pytest.mark.parametrize("doc_id", ["economy", "politics", "sport"])
def test_each_document_equals_analyze(small_run, doc_id: str) -> None:
    _, out, _ = small_run
    expected = json.loads(json.dumps(analyze_text_ar(TEXTS_AR[doc_id])))
    assert document_analysis(out, doc_id) == expected


def test_a_real_article_from_the_archive_equals_analyze_of_its_gold_file(tmp_path: Path) -> None:
    # the archive's document JA-sport-997-20170405 is data/news/dev_09_JA-sport-997-20170405.txt
    archive = tmp_path / "one.tar.gz"
    import tarfile

    with tarfile.open(data_path("corpora", "ant-corpus-v1.1.tar.xz")) as source, tarfile.open(archive, "w:gz") as target:
        member = next(m for m in source if m.name.endswith("/JA-sport-997-20170405.txt"))
        target.addfile(member, source.extractfile(member))
    run_corpus([archive], tmp_path / "out", workers=1, quiet=True)
    text = data_path("news", "dev_09_JA-sport-997-20170405.txt").read_text(encoding="utf-8")
    expected = json.loads(json.dumps(analyze_text_ar(text)))
    assert document_analysis(tmp_path / "out", "JA-sport-997-20170405") == expected
    row = read_corpus_tables(tmp_path / "out", tables=["documents"])["documents"].iloc[0]
    assert (row.category, row.date, row.title) == ("sport", "2017-04-05T14:02:00+01:00", text.split("\n")[0])


def test_duckdb_views(small_run) -> None:
    _, out, _ = small_run
    con = connect_corpus(out)
    per_layer = dict(con.execute("SELECT layer, count(*) FROM all_findings GROUP BY layer").fetchall())
    sums = con.execute("SELECT " + ", ".join(f"sum(n_{name})" for name in LAYERS) + " FROM documents").fetchone()
    assert per_layer == {name: n for name, n in zip(LAYERS, sums) if n}
    assert con.execute("SELECT count(*) FROM tokens").fetchone()[0] == per_layer["morphology"]
    negated = con.execute("SELECT doc_id, text FROM findings WHERE layer = 'evaluation' AND negated ORDER BY doc_id, start").fetchall()
    expected = [(doc_id, f["text"]) for doc_id in ("economy", "politics", "sport")
                for f in analyze_text_ar(TEXTS_AR[doc_id], layers=["evaluation"])["layers"]["evaluation"] if f["negated"]]
    assert negated == expected and expected
    typed = con.execute("SELECT column_name, column_type FROM (DESCRIBE findings)").fetchall()
    assert {name: kind for name, kind in typed if name in FINDING_FIELDS}["negated"] == "BOOLEAN"
    morph = con.execute("SELECT fields FROM all_findings WHERE layer = 'morphology' LIMIT 1").fetchone()[0]
    assert {"lemma", "root", "pos_coarse"} <= set(json.loads(morph))


def test_pandas_reader(small_run) -> None:
    _, out, _ = small_run
    tables = read_corpus_tables(out)
    assert list(tables) == list(TABLES)
    assert {name: list(frame.columns) for name, frame in tables.items()} == {n: s.names for n, s in TABLES.items()}
    findings = tables["findings"]
    found = {name for name in LAYERS if name != "morphology" and tables["documents"][f"n_{name}"].sum()}
    assert set(findings["layer"]) == found and {"tokens", "sentences", "evaluation"} <= found
    for row in findings[findings["layer"] == "tokens"].head(5).itertuples():
        assert TEXTS_AR[row.doc_id][row.start:row.end] == row.text
    with pytest.raises(CorpusInputError, match="unknown table"):
        read_corpus_tables(out, tables=["sentences"])


def test_manifest(small_run) -> None:
    folder, out, _ = small_run
    manifest = corpus_manifest(out)
    assert manifest["inputs"] == [folder.as_posix(), (folder / "sport.txt").as_posix()]
    assert (manifest["documents"], manifest["analysed"], manifest["errors"]) == (7, 3, 4)
    assert manifest["parameters"]["layers"] == [*LAYERS, "frequency", "keyness", "diversity", "rhetoric_densities"]
    assert {"farahidi", "pyarrow", "pandas"} <= set(manifest["packages"])
    assert manifest["tables"]["findings"]["columns"] == TABLES["findings"].names
    text = (out / "manifest.json").read_text(encoding="utf-8")
    assert "workers" not in text and "batch" not in text  # the output does not depend on them
    assert not any(key in text for key in ("timestamp", "started", "elapsed"))


def test_not_a_corpus_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusInputError, match="is not an analysed corpus"):
        read_corpus_tables(tmp_path)


def _good_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, text in [*TEXTS_AR.items(), *((f"{k}_2", t) for k, t in MORE_TEXTS_AR.items())]:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_one_worker_n_workers_and_a_dask_cluster_give_identical_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from distributed import LocalCluster

    folder = _good_folder(tmp_path / "in")
    run_corpus([folder], tmp_path / "one", workers=1, batch_size=1, quiet=True)
    monkeypatch.setattr("helpers.corpus.workers.BATCHES_PER_WORKER", 2)  # 6 batches: each worker is replaced once
    run_corpus([folder], tmp_path / "two", workers=2, batch_size=1, quiet=True)
    # one worker process is enough to prove the path (scheduler on loopback, batches sent and gathered)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1", dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        run_corpus([folder], tmp_path / "dask", scheduler=cluster.scheduler_address, batch_size=2, quiet=True)
    one = _outputs(tmp_path / "one")
    assert _outputs(tmp_path / "two") == one
    assert _outputs(tmp_path / "dask") == one
    assert read_corpus_tables(tmp_path / "one", tables=["documents"])["documents"].shape[0] == 6


def test_a_second_run_resumes_and_redoes_only_what_changed(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path / "in")
    out = tmp_path / "out"
    first = run_corpus([folder], out, workers=1, batch_size=2, layers=["tokens", "evaluation"], quiet=True)
    before = _outputs(out)
    again = run_corpus([folder], out, workers=1, batch_size=2, layers=["tokens", "evaluation"], quiet=True)
    assert (first.resumed, again.resumed, again.analysed) == (0, 6, 6)
    assert _outputs(out) == before
    (folder / "economy.txt").write_text(TEXTS_AR["economy"] + "وانخفضت الأسعار.\n", encoding="utf-8")
    changed = run_corpus([folder], out, workers=1, batch_size=2, layers=["tokens", "evaluation"], quiet=True)
    assert changed.resumed == 5
    other_layers = run_corpus([folder], out, workers=1, batch_size=2, layers=["tokens"], quiet=True)
    assert other_layers.resumed == 0
    batches = sorted(p.name for p in (out / "work" / "batches").iterdir())
    assert len(batches) == 3  # batches of earlier settings were pruned


def _command(folder: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "helpers", "corpus", str(folder), "--out", str(out), "--workers", "1",
            "--batch-size", "1", "--layers", "tokens,sentences,evaluation,connectives", "--quiet", *extra]


def _recorded_batches(out: Path) -> int:
    ledger = out / "work" / "ledger.sqlite"
    if not ledger.exists():
        return 0
    try:
        with sqlite3.connect(ledger, timeout=1) as db:
            return db.execute("SELECT count(*) FROM batches").fetchone()[0]
    except sqlite3.OperationalError:  # the table is being created
        return 0


def test_a_killed_run_resumes_to_the_same_output(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [*TEXTS_AR.values(), *MORE_TEXTS_AR.values()]
    for k in range(30):  # 30 documents, one per batch: long enough to kill halfway
        (folder / f"doc{k:02d}.txt").write_text(texts[k % len(texts)] + f"وهذا النص رقم {k}.\n", encoding="utf-8")
    killed = tmp_path / "killed"
    process = subprocess.Popen(_command(folder, killed), cwd=ROOT, env=os.environ.copy(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while _recorded_batches(killed) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode()
    finished = _recorded_batches(killed)
    assert 3 <= finished < 30
    assert not (killed / "manifest.json").exists()

    resumed = subprocess.run(_command(folder, killed), cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    whole = subprocess.run(_command(folder, tmp_path / "whole"), cwd=ROOT, env=os.environ.copy(), capture_output=True,
                           text=True, timeout=600)
    assert whole.returncode == 0, whole.stderr
    assert _outputs(killed) == _outputs(tmp_path / "whole")
    assert len(read_corpus_tables(killed, tables=["documents"])["documents"]) == 30


@pytest.mark.parametrize(
    ("make", "extra", "status", "stderr"),
    [
        (lambda tmp: write_table(tmp / "t.csv", category_rows()[:2]), ["--id-column", "id"], 0, ""),
        (lambda tmp: write_table(tmp / "t.jsonl", [*category_rows()[:1], {"id": "x", "text": "Latin"}]), ["--id-column", "id"], 1, ""),
        (lambda tmp: tmp / "missing", [], 2, "error: input not found: "),
        (lambda tmp: write_table(tmp / "t.csv", category_rows()[:1]), ["--layers", "tokens,nope"], 2, "error: unknown layer(s): nope"),
        (lambda tmp: write_table(tmp / "t.csv", category_rows()[:1]), ["--text-column", "body"], 2, "error: "),
    ],
)
def test_command_exit_status(tmp_path: Path, make, extra: list[str], status: int, stderr: str) -> None:
    target = make(tmp_path)
    # the last --layers wins: the default here, a bad one where a case gives it
    result = subprocess.run(
        [sys.executable, "-m", "helpers", "corpus", str(target), "--out", str(tmp_path / "out"), "--workers", "1",
         "--layers", "tokens", "--quiet", *extra],
        cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=300)
    assert result.returncode == status, result.stderr
    assert result.stderr.startswith(stderr)
    if status == 2:
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"layers": ["nope"]}, "unknown layer(s): nope"),
        ({"layers": []}, "unknown layer(s): (none given)"),
        ({"batch_size": 0}, "batch size must be a positive whole number"),
        ({"workers": 0}, "workers must be a positive whole number"),
        ({"scheduler": "tcp://127.0.0.1:9"}, "cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
    ],
)
def test_bad_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: dict, message: str) -> None:
    monkeypatch.setattr("helpers.corpus.workers.SCHEDULER_TIMEOUT", "2s")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXTS_AR["economy"], encoding="utf-8")
    with pytest.raises(CorpusInputError) as caught:
        run_corpus([folder], tmp_path / "out", quiet=True, **options)
    assert message in str(caught.value)
