"""Extraction speed: reports per second and peak memory for seed-sized reports in one process.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--reports N] [--file REPORT] [--published DAY]``. Not a test: the
figures depend on the machine. Start-up is measured in a fresh interpreter (import + first report).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REPORT = HERE.parent / "examples" / "report-deir-ez-zor.txt"


def distinct_tail(i: int) -> str:
    """A line of punctuation that differs for every ``i`` and adds no word, number or event."""
    marks = "،؛*+"
    tail = ""
    while True:
        tail += marks[i % 4]
        i //= 4
        if i == 0:
            return "\n" + tail


def startup_seconds(report: Path, published: dt.date) -> float:
    code = (
        "import time,sys; t=time.perf_counter(); import marsad; "
        f"marsad.extract(open({str(report)!r}, encoding='utf-8').read(), published='{published.isoformat()}'); "
        "print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--file", type=Path, default=DEFAULT_REPORT)
    parser.add_argument(
        "--published",
        type=dt.date.fromisoformat,
        default=dt.date(2017, 11, 3),
        help="the reports' publication day (the seed report's own is 2017-10-29; with another, its weekdays"
        " contradict its day words and some of its events are dated differently)",
    )
    parser.add_argument(
        "--batch",
        action="store_true",
        help="collect garbage as `marsad extract` and `marsad ingest` do (marsad.api.tune_gc_for_batch)",
    )
    args = parser.parse_args()
    import marsad

    if args.batch:
        from marsad.api import tune_gc_for_batch

        tune_gc_for_batch()

    text = args.file.read_text(encoding="utf-8")
    # every text distinct (a tail of punctuation spelling the report's number), so no cache can serve
    # a repeated document
    texts = [text + distinct_tail(i) for i in range(args.reports)]
    published = args.published
    marsad.extract(texts[0], published=published)  # warm: language data and gazetteer loaded once
    start = time.perf_counter()
    events = 0
    for t in texts:
        events += len(marsad.extract(t, published=published).events)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"report: {args.file.name} ({len(text)} characters)")
    print(f"reports: {args.reports}, events: {events}")
    per_ms = 1000 * elapsed / args.reports
    setting = "the commands' batch collector settings" if args.batch else "a library caller's settings"
    print(f"throughput: {args.reports / elapsed:.0f} reports/s on one core ({per_ms:.2f} ms each; {setting})")
    print(f"peak memory: {peak_mb:.0f} MB")
    print(f"start-up (fresh interpreter, import + first report): {startup_seconds(args.file, published):.2f} s")


if __name__ == "__main__":
    main()
