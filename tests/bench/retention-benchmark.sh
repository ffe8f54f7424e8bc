#!/bin/sh
# Retention reports' speed (spec §11-§14) and the monthly report's (PDF, with
# customer value and retention), each beside the floor measured in the
# same run: SQLite reading every order's customer, time and amounts in date
# order, which any report of the orders must at least do.
#   retention-benchmark.sh CLI STORE...
set -eu
cli=$1
shift
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
seconds() {
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.2f", $2 - $1}'
}
for store in "$@"; do
    [ -f "$store" ] || { echo "($store is absent: skipped)"; continue; }
    latest=$("$cli" thresholds --db "$store" --format csv | tail -n 1 | cut -d, -f1)
    earlier=$("$cli" thresholds --db "$store" --format csv | tail -n 7 | head -n 1 | cut -d, -f1)
    floor=$(seconds sqlite3 "$store" \
        "SELECT sum(customer_id), sum(placed_at), sum(gross - refunded) FROM (SELECT * FROM orders ORDER BY placed_at)")
    echo "$store (latest month $latest)"
    printf '  %-58s %6s s\n' "floor: read every order in date order (sqlite3)" "$floor"
    for report in "rfm --month $latest" "cohorts" "tested --month $earlier --horizon 3" \
                  "customers --month $latest --one-order-away" "customers --month $latest --rfm-group champions" \
                  "report --month $latest --out $out/report.pdf"; do
        # shellcheck disable=SC2086
        took=$(seconds "$cli" $report --db "$store")
        printf '  %-58s %6s s  %5s x floor\n' "$report" "$took" "$(echo "$took $floor" | awk '{printf "%.1f", $1 / $2}')"
    done
done
