"""Geocoder benchmark (not a test): opening the default gazetteer, geocoding a seed-sized report, and
the memory of a streamed GeoNames import at two file sizes.

    .venv/bin/python benchmarks/bench_geocode.py [--runs 500] [--import-rows 20000,200000]

Uses $MARSAD_DATA_DIR when set, else a temporary directory (the index is built there first).
Targets (issue 3): geocoding all mentions of a seed-sized report < 2 ms; opening < 1 s; import memory
independent of file size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "examples" / "seed" / "article.txt"

#: used when ../shared is absent: a report of about the seed's size, written for this benchmark
FALLBACK = " ".join(
    [
        "تمكنت القوات صباح اليوم من دخول حي الجورة وسط مدينة دير الزور بعد اشتباكات عنيفة.",
        "وقالت مصادر محلية إن القوات سيطرت على حيي الرشدية والجبيلة وعلى مطار دير الزور العسكري.",
        "ويعد الحي من أكبر أحياء المدينة، وقد خرج عن سيطرة الحكومة قبل سنوات.",
        "وتواصل القصف على البوكمال والميادين وبلدة هجين في ريف دير الزور الشرقي.",
        "ونزح مئات المدنيين من الشحيل والبصيرة نحو مدينة الحسكة والقامشلي.",
        "وفي حلب سقطت قذائف على حي الشعار، فيما استهدفت غارات مدينة معرة النعمان بريف إدلب الجنوبي.",
        "وأفاد مصدر لـ”فرات بوست” بأن الاشتباكات امتدت إلى أطراف حي الصناعة شرق المدينة.",
    ]
    * 2
)


def _import_peak(rows: int, directory: Path) -> tuple[float, float]:
    from marsad.geo.geocoder import default_geocoder
    from marsad.geo.importers import import_geonames

    path = directory / f"dump-{rows}.txt"
    line = (
        "{g}\tTall {g}\tTall {g}\tتل {g}\t35.1\t38.2\tP\tPPL\tSY\t\t09\t\t\t\t100\t\t300\tAsia/Damascus\t2024-01-10\n"
    )
    with path.open("w", encoding="utf-8") as fh:
        for i in range(rows):
            fh.write(line.format(g=20_000_000 + i))
    default = default_geocoder().gazetteer.layers[-1]
    tracemalloc.start()
    start = time.perf_counter()
    import_geonames([path], directory / f"layer-{rows}", default)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--import-rows", default="20000,100000", help="comma-separated row counts ('' to skip)")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    os.environ.setdefault("MARSAD_DATA_DIR", tmp.name)

    from marsad.geo.geocoder import Geocoder, default_geocoder, ensure_default
    from marsad.geo.paths import gazetteer_dir

    start = time.perf_counter()
    ensure_default(gazetteer_dir())
    print(f"default index ready in {time.perf_counter() - start:.2f} s (built only on first use)")
    Geocoder.open()  # warm the matcher cache, as after the first use
    opens = []
    for _ in range(5):
        start = time.perf_counter()
        Geocoder.open()
        opens.append(time.perf_counter() - start)
    print(f"open default gazetteer: median {statistics.median(opens) * 1000:.0f} ms (target < 1000 ms)")

    text = SEED.read_text(encoding="utf-8") if SEED.exists() else FALLBACK
    source = "seed report" if SEED.exists() else "fallback report"
    geocoder = default_geocoder()
    doc, mentions = geocoder.geocode_text(text, outlet="Euphrates Post")
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        geocoder.geocode(doc)
        times.append(time.perf_counter() - start)
    print(
        f"geocode {source} ({len(text)} chars, {len(mentions)} mentions): "
        f"median {statistics.median(times) * 1000:.2f} ms, "
        f"p90 {sorted(times)[int(len(times) * 0.9)] * 1000:.2f} ms over {args.runs} runs (target < 2 ms)"
    )
    rows = [int(r) for r in args.import_rows.split(",") if r.strip()]
    with tempfile.TemporaryDirectory() as work:
        for n in rows:
            peak, seconds = _import_peak(n, Path(work))
            print(
                f"import {n} GeoNames rows: peak Python memory {peak:.1f} MB, "
                f"{seconds:.1f} s ({n / seconds:,.0f} rows/s)"
            )
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
