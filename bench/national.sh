#!/usr/bin/env bash
# Generates the national demo set (one inbox per PO SWV, see demo/README.md) into a folder and prints per SWV
# its scale, pupils, rows and seconds, then the totals: SWVs, files, rows, size on disk, wall time and peak RSS
# (/usr/bin/time -v). Not part of CI; the whole country (77 SWVs) takes minutes.
#   bench/national.sh OUT [FRACTIE] [SEED]     FRACTIE: share of the SWVs, default 1 (all); e.g. 0.05
#   JAVA_OPTS (default -Xmx1g): the heap stays flat in the number of SWVs, one SWV is in memory at a time
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -ge 1 ] || { echo "gebruik: bench/national.sh UITMAP [FRACTIE] [SEED]" >&2; exit 2; }
out="$1"
fraction="${2:-1}"
seed="${3:-20250801}"
[ -e "$out" ] && { echo "$out bestaat al; kies een nieuwe map" >&2; exit 2; }

cd "$root"
./mvnw -q -B -pl demo -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/demo.classpath \
  -Dmdep.includeScope=runtime >&2
cp="demo/target/dekkend-demo-0.1.0-SNAPSHOT.jar:$(cat demo/target/demo.classpath)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# shellcheck disable=SC2086
/usr/bin/time -v -o "$log" java ${JAVA_OPTS:--Xmx1g} -cp "$cp" nl.dekkend.demo.DemoDataMain \
  "$out" "$seed" "landelijk:$fraction"
wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")"
rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")"
echo "op schijf: $(find "$out" -type f | wc -l) bestanden, $(du -sh "$out" | cut -f1)"
echo "wall $wall, peak RSS $((rss / 1024)) MB (${JAVA_OPTS:--Xmx1g}), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
