#!/bin/sh
# Segmentation speed, each figure beside its baseline measured in the same
# run (segment-benchmark's own help says which), on UCI Online Retail and on a
# generated shop of 1M customers and 10M orders over 60 months, with the
# shop's latest export (its last two months) imported into a copy.
#   segment-benchmark.sh CLI BENCH SHARED_DATA WORKDIR [ORDERS]
set -eu
cli=$1
bench=$2
shared=$3
work=$4
orders=${5:-10000000}
mkdir -p "$work"
uci="$shared/online-retail/online_retail_2010_2011.csv"
if [ -f "$uci" ]; then
    if [ ! -f "$work/uci.patronage" ]; then
        "$cli" import --db "$work/uci.patronage" --currency GBP "$uci" >/dev/null
    fi
    "$bench" "$work/uci.patronage"
else
    echo "(UCI Online Retail skipped: $uci is absent)"
fi
shop="--orders $orders --customers $((orders / 10)) --months 60 --format lines --seed 42 --shape long-tail"
big="$work/generated-$orders-orders.patronage"
if [ ! -f "$big" ]; then
    echo "making $big (once) ..."
    # shellcheck disable=SC2086
    "$cli" generate --out "$work/generated-$orders-orders.csv" $shop >/dev/null
    "$cli" import --db "$big" "$work/generated-$orders-orders.csv" >/dev/null
    rm -f "$work/generated-$orders-orders.csv"
fi
latest="$work/generated-$orders-orders-last-2-months.csv"
# shellcheck disable=SC2086
[ -f "$latest" ] || "$cli" generate --out "$latest" $shop --last-months 2 >/dev/null
"$bench" "$big" "$latest"
