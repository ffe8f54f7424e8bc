#!/bin/sh
# Makes the seed stores of FuzzStore from the format fixtures: a few small
# stores with their results worked out, one with its latest changes in a WAL.
#   seed-stores.sh CLI FIXTURES OUTDIR
set -eu
cli=$1
fixtures=$2
out=$3
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for fixture in shopify_small lines_small woocommerce_small magento_small; do
    "$cli" import --db "$work/$fixture.patronage" --currency GBP "$fixtures/formats/$fixture.csv" >/dev/null 2>&1 ||
        "$cli" import --db "$work/$fixture.patronage" "$fixtures/formats/$fixture.csv" >/dev/null
    "$cli" segments --db "$work/$fixture.patronage" >/dev/null
    cp "$work/$fixture.patronage" "$out/$fixture.patronage"
done
