#!/bin/sh
# check-man-page.sh CLI MANPAGE: every command and option that --help lists is in the man page.
set -eu
cli=$1
man=$2
# The man page writes "-" as "\-"; compare without the escapes.
text=$(sed 's/\\-/-/g' "$man")
missing=0
commands=$("$cli" --help | awk '/^Commands:/ {on = 1; next} on && NF == 0 {on = 0} on {print $1}')
[ -n "$commands" ] || { echo "no commands found in --help"; exit 1; }
for command in $commands; do
    echo "$text" | grep -q "^\.SS $command" || { echo "missing command: $command"; missing=1; }
    for option in $("$cli" "$command" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        [ "$option" = "--help" ] && continue
        echo "$text" | grep -q -- "$option" || { echo "missing in the man page: $command $option"; missing=1; }
    done
done
[ "$missing" -eq 0 ] && echo "man page lists every command and option of --help"
exit "$missing"
