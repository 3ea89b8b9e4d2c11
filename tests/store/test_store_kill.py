"""Killing an ingest midway and running it again ends with every document stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from marsad.store import Store
from marsad.store import schema as t
from marsad.store.engine import create_engine

HERE = Path(__file__).resolve().parent
N = 30


def _docs(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            text = f"SLEEP 0.1\nEVENT SY-DEZ-ummal 2017-10-28 Armed_clash {i}\nتقرير رقم {i} عن حي العمال\n"
            fh.write(json.dumps({"id": f"doc{i}", "text": text, "published": "2017-10-29", "outlet": f"O{i}"}) + "\n")


def _ingest(db: str, docs: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    code = "import sys; from marsad.cli import main; sys.exit(main())"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", "--input", str(docs), "--db", db, "--extractor", "fake_extract:extract",
         "--batch", "3"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _count(db: str) -> int:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(t.documents)).scalar_one())
    finally:
        engine.dispose()


def test_kill_midway_then_rerun(db_url: str, tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    _docs(docs)
    with Store.open(db_url):  # create the schema first, so the count below can poll
        pass
    proc = _ingest(db_url, docs)
    deadline = time.monotonic() + 60
    while _count(db_url) < N // 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    stored = _count(db_url)
    assert 0 < stored < N

    rerun = _ingest(db_url, docs)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert out.strip() == f"new {N - stored}, duplicate {stored}, failed 0"
    with Store.open(db_url) as store, store.engine.connect() as conn:
        keys = [r[0] for r in conn.execute(sa.select(t.documents.c.doc_key))]
        events = conn.execute(sa.select(t.events.c.document_id)).all()
        members = conn.execute(sa.select(sa.func.count()).select_from(t.cluster_members)).scalar_one()
        sizes = conn.execute(sa.select(sa.func.sum(t.clusters.c.size))).scalar_one()
    assert sorted(keys) == sorted(f"doc{i}" for i in range(N))
    assert len(events) == N and len({e[0] for e in events}) == N
    assert members == N and sizes == N


def test_two_ingests_of_the_same_files_at_once(db_url: str, tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    _docs(docs)
    with Store.open(db_url):
        pass
    procs = [_ingest(db_url, docs), _ingest(db_url, docs)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    new = sum(int(out.split(",")[0].split()[1]) for out, _ in outs)
    assert new == N
    assert _count(db_url) == N
