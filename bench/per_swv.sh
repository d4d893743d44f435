#!/usr/bin/env bash
# Times the per-SWV publication of a national run (issue 13): from a demo publication (HOME/warehouse/current.duckdb
# of `dekkend demo`), a national publication of 77 SWVs, then one publication per SWV. Prints the figures; wall
# time and peak RSS of the whole by /usr/bin/time. Not part of CI.
#   bench/per_swv.sh DEMO_PUBLICATION OUT
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -eq 2 ] || { echo "gebruik: bench/per_swv.sh DEMO_PUBLICATIE UITMAP" >&2; exit 2; }
demo="$(realpath "$1")"
out="$2"
[ -e "$out" ] && { echo "$out bestaat al; kies een nieuwe map" >&2; exit 2; }
cd "$root"
./mvnw -q -B -pl warehouse -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/warehouse.classpath -Dmdep.includeScope=runtime >&2
cp="warehouse/target/dekkend-warehouse-0.1.0-SNAPSHOT.jar:$(cat warehouse/target/warehouse.classpath)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
/usr/bin/time -v -o "$log" java -Xmx1g -cp "$cp" bench/PerSwv.java "$demo" "$out"
wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")"
rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")"
echo "wall $wall (all of it), peak RSS $((rss / 1024)) MB (-Xmx1g), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
