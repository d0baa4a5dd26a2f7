#!/usr/bin/env bash
# Makes the engine's English word list, english-words.txt.gz, from Debian's wamerican and wbritish packages
# (2020.12.07-2, SCOWL size 50): every word of either list, possessives left out, one a line, sorted. A word
# written in lower case there is a common English word; one written only with a capital is a proper noun.
#   actors-service/lexicon/make-english-words.sh
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/org/newsgraph/actors/extraction/english-words.txt.gz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download wamerican=2020.12.07-2 wbritish=2020.12.07-2 >/dev/null)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
cat "$work/x/usr/share/dict/american-english" "$work/x/usr/share/dict/british-english" \
  | grep -v "'" | LC_ALL=C sort -u | gzip -9n > "$out"
echo "$out: $(zcat "$out" | wc -l) words"
