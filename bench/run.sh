#!/usr/bin/env bash
# Benchmark: times each pipeline stage and the whole `dekkend run` on demo data, prints wall time and
# peak memory, and appends the figures to bench/RESULTS.md. Not part of CI (minutes, not seconds).
#   bench/run.sh [scale ...]      default: 1 and 10
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scales=("${@:-1}")
[ $# -eq 0 ] && scales=(1 10)

./dekkend --version >/dev/null            # builds when needed
cp="app/target/dekkend-app-0.1.0-SNAPSHOT.jar:$(cat app/target/dekkend.classpath)"
out="$(mktemp)"
{
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo
  for scale in "${scales[@]}"; do
    work="$(mktemp -d)"
    echo "### scale $scale: stages (one JVM)"
    echo '```'
    # Spark's log goes to a file; when a stage fails its last lines are shown and the bench stops
    if ! java @app/target/jvm.args -cp "$cp" bench/Bench.java "$work/stages" "$scale" 2>"$work/stderr.log"; then
      grep -v '^\s*at ' "$work/stderr.log" | tail -20 >&2
      exit 1
    fi
    echo '```'
    echo "### scale $scale: whole \`dekkend demo --zonder-dashboard\` (fresh JVM: demo data, then the run)"
    echo '```'
    /usr/bin/time -f "wall %e s, peak RSS %M kB" ./dekkend demo --home "$work/run" --zonder-dashboard --schaal "$scale" \
      2>&1 >/dev/null | grep -E "^wall" || true
    echo '```'
    echo
    rm -rf "$work"
  done
} | tee "$out"
{ echo; cat "$out"; } >> bench/RESULTS.md
rm -f "$out"
