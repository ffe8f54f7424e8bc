#!/bin/sh
# Import speed, measured against SQLite's own CSV import of the same file in
# the same run: elapsed seconds, rows per second and peak memory.
#   import-benchmark.sh CLI SHARED_DATA WORKDIR [ROWS...]
# ROWS are sizes of generated transaction-line files (default: 1000000 10000000).
set -eu
cli=$1
shared=$2
work=$3
shift 3
sizes=${*:-1000000 10000000}
mkdir -p "$work"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed for the baseline (apt-get install sqlite3)"; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)"; exit 1; }

measure() { # measure OUT_PREFIX COMMAND... -> sets $seconds $peak_mb
    /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null
    seconds=$(cut -d' ' -f1 "$work/time.txt")
    peak_mb=$(awk '{printf "%.0f", $2 / 1024}' "$work/time.txt")
}

row() { # row NAME FILE
    name=$1
    file=$2
    rows=$(($(wc -l <"$file") - 1))
    rm -f "$work/baseline.db"
    measure sqlite3 "$work/baseline.db" ".import --csv $file t"
    base_s=$seconds
    base_mb=$peak_mb
    rm -f "$work/store.patronage" "$work/store.patronage-wal" "$work/store.patronage-shm"
    measure "$cli" import --db "$work/store.patronage" "$file"
    awk -v n="$name" -v r="$rows" -v b="$base_s" -v bm="$base_mb" -v p="$seconds" -v pm="$peak_mb" 'BEGIN {
        printf "%-28s %10d %9.2f %6d %9.2f %6d %7.2f %10.0f\n", n, r, b, bm, p, pm, p / b, r / p }'
}

printf "%-28s %10s %9s %6s %9s %6s %7s %10s\n" "input" "rows" "sqlite3 s" "MB" "patron. s" "MB" "ratio" "rows/s"
uci="$shared/online-retail/online_retail_2010_2011.csv"
if [ -f "$uci" ]; then
    row "UCI Online Retail" "$uci"
else
    echo "(UCI Online Retail skipped: $uci is absent)"
fi
for size in $sizes; do
    file="$work/generated-$size.csv"
    if [ ! -f "$file" ]; then
        # About 2.06 rows per order (line items plus refunds' credit notes).
        "$cli" generate --out "$file" --orders $((size * 100 / 206)) --format lines --seed 42 --shape long-tail >/dev/null
    fi
    row "generated lines ($size)" "$file"
done
echo "ratio = Patronage time / sqlite3 .import time (lower is better); MB = peak resident memory"
