#!/bin/sh
# check-deb-package.sh BUILD TESTDATA: builds the .deb, installs it with apt-get,
# uses the installed programs, then removes the package and checks nothing is left.
set -eu
build=$1
data=$2
[ "$(id -u)" -eq 0 ] || { echo "SKIP: installing a package needs root"; exit 77; }
command -v apt-get >/dev/null && command -v dpkg-shlibdeps >/dev/null \
    || { echo "SKIP: apt-get and dpkg-dev are needed"; exit 77; }
if dpkg -s patronage >/dev/null 2>&1; then
    echo "SKIP: a patronage package is already installed here; not touching it"
    exit 77
fi
work=$(mktemp -d)
trap 'apt-get remove --purge -y -qq patronage >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/package" >/dev/null)
deb=$(ls "$work"/package/patronage_*.deb)
echo "built $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Section Depends
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
files=$(dpkg -L patronage)

/usr/bin/patronage-cli --version
cd "$work"
/usr/bin/patronage-cli import --db shop.patronage "$data/formats/lines_small.csv" >/dev/null
/usr/bin/patronage-cli segments --db shop.patronage | head -2
QT_QPA_PLATFORM=offscreen /usr/bin/patronage --screenshot "$work/installed.png" shop.patronage
[ -s "$work/installed.png" ] || { echo "the installed app drew no window"; exit 1; }
echo "the installed app started and drew its window"
man -w patronage-cli >/dev/null 2>&1 || [ -f /usr/share/man/man1/patronage-cli.1.gz ]

DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq patronage >/dev/null
left=0
for file in $files; do
    if [ -f "$file" ]; then
        echo "left behind: $file"
        left=1
    fi
done
[ -f shop.patronage ] || { echo "the user's store was removed"; exit 1; }
[ "$left" -eq 0 ] && echo "removed cleanly; the user's store is still there"
exit "$left"
