#!/bin/sh
# check-install.sh BUILD CMAKE: `cmake --install` to a prefix puts every file in place.
set -eu
build=$1
cmake=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
"$cmake" --install "$build" --prefix "$prefix" >/dev/null
for file in bin/patronage bin/patronage-cli \
    share/applications/org.patronage.Patronage.desktop \
    share/metainfo/org.patronage.Patronage.metainfo.xml \
    share/icons/hicolor/scalable/apps/org.patronage.Patronage.svg \
    share/icons/hicolor/48x48/apps/org.patronage.Patronage.png \
    share/icons/hicolor/256x256/apps/org.patronage.Patronage.png \
    share/man/man1/patronage-cli.1.gz \
    share/patronage/sample-shop.patronage; do
    [ -f "$prefix/$file" ] || { echo "not installed: $file"; exit 1; }
done
"$prefix/bin/patronage-cli" --version
"$prefix/bin/patronage-cli" info --db "$prefix/share/patronage/sample-shop.patronage" | grep -q "orders  *6000"
echo "installed to a prefix: all files in place"
