#!/usr/bin/env bash
# Spark against the local pipeline on one large FOCUS file: wall time and peak memory of each, and whether the two
# reports are the same. Uses stream's generator (tco-benchmarks/scripts/make-focus-file.py).
#   tco-spark/bench/spark-vs-local.sh [ROWS] [MASTER]     defaults: 1000000 rows, local[2]
# Writes into tco-spark/target/bench/. Needs GNU time (/usr/bin/time) for the peak memory.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${1:-1000000}"
MASTER="${2:-local[2]}"
OUT="$ROOT/tco-spark/target/bench"
mkdir -p "$OUT"
FOCUS="$OUT/focus-$ROWS.csv"
[ -f "$FOCUS" ] || python3 "$ROOT/tco-benchmarks/scripts/make-focus-file.py" "$ROWS" "$FOCUS"
ARGS=(chargeback "$FOCUS" --config "$ROOT/examples/chargeback/config.json")
cd "$ROOT"
./aitco --help >/dev/null                                   # build outside the timing
tco-spark/spark-submit.sh --help >/dev/null 2>&1 || true
/usr/bin/time -f "local  %e s wall, %M KB peak RSS" -o "$OUT/local.time" ./aitco "${ARGS[@]}" >"$OUT/local.txt"
/usr/bin/time -f "spark  %e s wall, %M KB peak RSS (driver JVM, which runs the local[N] executors)" \
  -o "$OUT/spark.time" tco-spark/spark-submit.sh --master "$MASTER" "${ARGS[@]}" >"$OUT/spark.txt" 2>"$OUT/spark.log"
cat "$OUT/local.time" "$OUT/spark.time"
if cmp -s "$OUT/local.txt" "$OUT/spark.txt"; then echo "reports: identical"; else echo "reports: DIFFER"; exit 1; fi
