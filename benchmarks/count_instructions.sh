#!/usr/bin/env bash
# Instructions per extracted report, a figure machine load does not change (unlike reports/second).
# Run: bash benchmarks/count_instructions.sh [REPORT] [PYTHON] [PUBLISHED]  (needs valgrind; under a minute)
# PUBLISHED defaults to 2017-11-03; the seed report's own day is 2017-10-29 (with another, its weekdays
# contradict its day words, and since round 17 the events so dated are kept at week precision).
# It counts a run of 40 reports and a run of 10 with cachegrind and divides the difference by 30, so
# start-up (imports, gazetteer, automata) cancels out.
set -euo pipefail
report="${1:-../shared/examples/seed/article.txt}"
python="${2:-.venv/bin/python}"
published="${3:-2017-11-03}"
export PYTHONHASHSEED=0
loop='import sys, datetime as dt, marsad
text = open(sys.argv[2], encoding="utf-8").read()
for i in range(int(sys.argv[1])):
    tail, n = "\n", i
    while True:  # a tail of punctuation different for every report, so no cache serves a repeated text
        tail, n = tail + "،؛*+"[n % 4], n // 4
        if n == 0:
            break
    marsad.extract(text + tail, published=dt.date.fromisoformat(sys.argv[3]))'
"$python" -c "$loop" 1 "$report" "$published"  # builds the gazetteer index first if needed
count() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$python" -c "$loop" "$1" "$report" "$published" 2>&1 |
    grep "I *refs" | awk '{gsub(",", "", $4); print $4}'
}
small=$(count 10)
large=$(count 40)
echo "$(( (large - small) / 30 )) instructions per report ($report)"
