#!/usr/bin/env bash
# Benchmark: times each pipeline stage (with a Spark profile per model), the whole `dekkend run`, a run
# on one small DUO file, an incremental run (the scale-1 home again, plus one new small DUO file) and
# `dekkend demo` until the dashboard answers; prints the targets of issue 12
# with today's figures beside them and appends everything to bench/RESULTS.md. Not part of CI.
#   bench/run.sh [scale ...]      default: 1 and 10
#   BENCH_VERIFY=1 bench/run.sh 1 also times `./mvnw verify` on a fresh clone of HEAD (about 6 minutes)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scales=("${@:-1}")
[ $# -eq 0 ] && scales=(1 10)

./dekkend --version >/dev/null            # builds when needed
cp="app/target/dekkend-app-0.1.0-SNAPSHOT.jar:$(cat app/target/dekkend.classpath)"
out="$(mktemp)"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$out"' EXIT

# wall seconds and peak RSS (kB) of a command, as "S KB"
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/cmd.log" 2>&1 || {
    tail -5 "$work/cmd.log" >&2
    echo "failed: $*" >&2
  }
  cat "$work/time" | tail -1
}

gb() { awk -v kb="$1" 'BEGIN { printf "%.1f GB", kb / 1024 / 1024 }'; }

{
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo
  echo "load before: $(uptime | sed 's/.*load average/load average/')"
  echo
  declare -A run_s run_kb floor
  for scale in "${scales[@]}"; do
    home="$work/stages-$scale"
    echo "### scale $scale: stages (one JVM; per model: Spark jobs, stages, tasks, seconds in jobs)"
    echo '```'
    # Spark's log goes to a file; when a stage fails its last lines are shown and the bench stops
    if ! java @app/target/jvm.args -cp "$cp" bench/Bench.java "$home" "$scale" 2>"$work/stderr.log" | tee "$work/bench.out"; then
      grep -v '^\s*at ' "$work/stderr.log" | tail -20 >&2
      exit 1
    fi
    echo '```'
    floor[$scale]="$(grep '^floor worst ratio' "$work/bench.out" | sed 's/floor worst ratio //')"
    read -r s kb < <(timed ./dekkend run --inbox "$home/inbox" --home "$work/run-$scale")
    run_s[$scale]="$s"
    run_kb[$scale]="$kb"
    echo "### scale $scale: whole \`dekkend run\` (fresh JVM, inbox from the stage run)"
    echo '```'
    echo "wall $s s, peak RSS $kb kB"
    echo '```'
    echo
  done

  # one small DUO file (4 rows) in a fresh home
  mkdir -p "$work/small/duo_leerlingen_swv"
  first="$(ls "$work"/stages-*/inbox/duo_leerlingen_swv/*.csv | head -1)"
  head -5 "$first" >"$work/small/duo_leerlingen_swv/klein.csv"
  read -r small_s small_kb < <(timed ./dekkend run --inbox "$work/small" --home "$work/run-small")

  # incremental run: the scale-1 home that already ran, its inbox plus one new small DUO file; only the models
  # downstream of what changed are computed (the run prints "N modellen: x berekend, y ongewijzigd")
  incr_s="niet gemeten (geen schaal 1)"
  incr_models=""
  if [ -d "$work/run-1" ]; then
    cp "$work/small/duo_leerlingen_swv/klein.csv" "$work/stages-1/inbox/duo_leerlingen_swv/klein.csv"
    read -r incr_s incr_kb < <(timed ./dekkend run --inbox "$work/stages-1/inbox" --home "$work/run-1")
    incr_models="$(grep -o '[0-9]* modellen: .*' "$work/cmd.log" | head -1)"
  fi

  # `dekkend demo` until the dashboard answers (any HTTP status), then stop that demo
  port=$((20000 + RANDOM % 20000))
  start=$(date +%s.%N)
  ./dekkend demo --home "$work/demo" --port "$port" >"$work/demo.log" 2>&1 &
  demo_pid=$!
  demo_s="geen antwoord"
  for _ in $(seq 1 1200); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
      demo_s="$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
      break
    fi
    kill -0 "$demo_pid" 2>/dev/null || break
    sleep 0.5
  done
  kill "$demo_pid" 2>/dev/null || true
  wait "$demo_pid" 2>/dev/null || true

  verify_s="niet gemeten (BENCH_VERIFY=1)"
  if [ "${BENCH_VERIFY:-0}" = 1 ]; then
    git clone -q "$root" "$work/clone"
    verify_s="$( (cd "$work/clone" && /usr/bin/time -f "%e" ./mvnw -q -B verify >"$work/verify.log" 2>"$work/verify.time" && tail -1 "$work/verify.time") || echo "mislukt")"
  fi

  echo "### targets (issue 12)"
  echo
  echo "| | today | target |"
  echo "|---|---|---|"
  for scale in "${scales[@]}"; do
    echo "| \`dekkend run\`, scale $scale, fresh JVM | ${run_s[$scale]} s | $([ "$scale" = 1 ] && echo '≤ 30 s' || echo '-') |"
  done
  echo "| \`dekkend run\` on one small DUO file (4 rows) | $small_s s | ≤ 15 s |"
  echo "| incremental run: a loaded demo home (scale 1) plus one new small DUO file | $incr_s s ($incr_models) | - |"
  echo "| memory of the scale-1 run | $(sed -n 's/^-Xmx/-Xmx/p' app/target/jvm.args), peak RSS $(gb "${run_kb[1]:-0}") | -Xmx2g, RSS ≤ 3 GB |"
  echo "| \`dekkend demo\` until the dashboard answers | $demo_s s | ≤ 45 s |"
  for scale in "${scales[@]}"; do
    echo "| floor, worst kpi model, scale $scale | ratio ${floor[$scale]} | ≤ 5 |"
  done
  echo "| \`./mvnw verify\` on a fresh clone | $verify_s s | ≤ 360 s |"
  echo
  echo "load after: $(uptime | sed 's/.*load average/load average/')"
} | tee "$out"
{ echo; cat "$out"; } >> bench/RESULTS.md
