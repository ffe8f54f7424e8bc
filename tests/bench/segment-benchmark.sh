#!/bin/sh
# Segmentation speed on UCI Online Retail and on a generated shop of 1M
# customers and 10M orders over 60 months (made once, then reused).
#   segment-benchmark.sh CLI BENCH SHARED_DATA WORKDIR [ORDERS]
set -eu
cli=$1
bench=$2
shared=$3
work=$4
orders=${5:-10000000}
mkdir -p "$work"
stores=""
uci="$shared/online-retail/online_retail_2010_2011.csv"
if [ -f "$uci" ]; then
    if [ ! -f "$work/uci.patronage" ]; then
        "$cli" import --db "$work/uci.patronage" --currency GBP "$uci" >/dev/null
    fi
    stores="$work/uci.patronage"
else
    echo "(UCI Online Retail skipped: $uci is absent)"
fi
big="$work/generated-$orders-orders.patronage"
if [ ! -f "$big" ]; then
    echo "making $big (once) ..."
    "$cli" generate --out "$work/generated-$orders-orders.csv" --orders "$orders" --customers $((orders / 10)) \
        --months 60 --format lines --seed 42 >/dev/null
    "$cli" import --db "$big" "$work/generated-$orders-orders.csv" >/dev/null
    rm -f "$work/generated-$orders-orders.csv"
fi
stores="$stores $big"
# shellcheck disable=SC2086
"$bench" $stores
