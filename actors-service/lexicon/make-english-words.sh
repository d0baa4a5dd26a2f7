#!/usr/bin/env bash
# Makes the engine's English word lists from Debian's word list packages (2020.12.07-2):
# - english-words.txt.gz, from wamerican and wbritish (SCOWL size 50): every word of either list, possessives left
#   out, one a line, sorted. A word written in lower case there is a common English word; one written only with a
#   capital is a proper noun.
# - everyday-words.txt.gz, from wamerican-small and wbritish-small (SCOWL size 35): their lower-case words, the
#   English of every day ("bank", "trump"), not the rarer words of the larger lists ("sanders").
#   actors-service/lexicon/make-english-words.sh
set -euo pipefail
resources="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/org/newsgraph/actors/extraction"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download wamerican=2020.12.07-2 wbritish=2020.12.07-2 \
  wamerican-small=2020.12.07-2 wbritish-small=2020.12.07-2 >/dev/null)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
dict="$work/x/usr/share/dict"
cat "$dict/american-english" "$dict/british-english" \
  | grep -v "'" | LC_ALL=C sort -u | gzip -9n > "$resources/english-words.txt.gz"
cat "$dict/american-english-small" "$dict/british-english-small" \
  | grep -v "'" | grep '^[[:lower:]]' | LC_ALL=C sort -u | gzip -9n > "$resources/everyday-words.txt.gz"
# SCOWL's copyright and permission notice, which must go with copies of the lists.
cp "$work/x/usr/share/doc/wamerican/copyright" "$resources/english-words.COPYRIGHT"
for list in english-words everyday-words; do
  echo "$resources/$list.txt.gz: $(zcat "$resources/$list.txt.gz" | wc -l) words"
done
