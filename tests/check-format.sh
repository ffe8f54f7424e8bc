#!/bin/sh
# The sources follow .clang-format: `check-format.sh` lists what does not,
# `check-format.sh --fix` formats it in place. (clang-format from Debian's
# clang-format package; CI installs it.)
set -eu
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is not installed (apt-get install clang-format)"; exit 1; }
files=$(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
if [ "${1:-}" = "--fix" ]; then
    # shellcheck disable=SC2086
    clang-format -i $files
    exit 0
fi
# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $files 2>"${TMPDIR:-/tmp}/patronage-format.txt"; then
    grep -E '^[^ ].*: error:' "${TMPDIR:-/tmp}/patronage-format.txt" | cut -d: -f1 | sort -u | sed 's/^/not formatted: /'
    echo "FAIL: run tests/check-format.sh --fix (or cmake --build build --target format)"
    exit 1
fi
echo "all $(echo "$files" | wc -l) sources follow .clang-format"
