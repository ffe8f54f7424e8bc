#!/bin/sh
# Builds the libFuzzer targets with clang (AddressSanitizer on) and runs each
# for SECONDS, seeded from tests/data. Crashing inputs are copied to
# tests/fuzz/regressions/TARGET/, where the normal test suite replays them.
#   tests/fuzz/run-fuzzers.sh [SECONDS]   (FUZZ_TARGETS="FuzzSniffer" for one target)
set -eu
seconds=${1:-600}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build-fuzz
command -v clang++ >/dev/null || { echo "clang is needed: apt-get install clang libclang-rt-14-dev"; exit 1; }
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPATRONAGE_FUZZ=ON -DPATRONAGE_SANITIZE=ON >/dev/null
cmake --build "$build" --target FuzzCsvReader FuzzSniffer FuzzFormats FuzzStore patronage-cli >/dev/null
targets=${FUZZ_TARGETS:-"FuzzCsvReader FuzzSniffer FuzzFormats FuzzStore"}
for target in $targets; do
    corpus=$build/corpus/$target
    mkdir -p "$corpus" "$build/artifacts/$target"
    if [ "$target" = FuzzStore ]; then
        "$root/tests/fuzz/seed-stores.sh" "$build/app/patronage-cli" "$root/tests/data" "$corpus"
    else
        find "$root/tests/data" -type f -exec cp {} "$corpus/" \;
    fi
    echo "== $target: $seconds s"
    # In-process (no -jobs): the final statistics are printed here, and no logs land in the tree.
    (cd "$build" && "$build/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" \
        -artifact_prefix="$build/artifacts/$target/" -print_final_stats=1 -max_len=$([ "$target" = FuzzStore ] && echo 262144 || echo 65536) \
        >"$build/$target.log" 2>&1) || true
    # The whole log (with any sanitizer's stack) stays in build-fuzz/TARGET.log.
    grep -E "DONE|stat::number_of_executed_units|stat::peak_rss_mb|^Done|ERROR|SUMMARY" "$build/$target.log" | tail -6
    for crash in "$build/artifacts/$target"/*; do
        [ -f "$crash" ] && cp "$crash" "$root/tests/fuzz/regressions/$target/" && echo "saved $(basename "$crash")"
    done
done
