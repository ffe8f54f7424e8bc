#!/bin/sh
# validate.sh TOOL ARGS...: runs a validator, or skips when it is not installed.
tool=$1
command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (apt-get install desktop-file-utils appstream)"; exit 77; }
exec "$@"
