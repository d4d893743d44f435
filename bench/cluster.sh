#!/usr/bin/env bash
# A real Spark standalone cluster on this machine: one master and N workers bound to 127.0.0.1, started
# from the project's own class path (the master and worker classes ship in spark-core; no Spark download).
#
#   bench/cluster.sh start [WORKERS]   start master + workers (default 2, 1 core and 2 GB each) and print
#                                      the master URL; then: ./dekkend run --master spark://127.0.0.1:7077 …
#   bench/cluster.sh stop              stop them
#   bench/cluster.sh status            the master's view (workers alive, applications)
#
# Environment: DEKKEND_CLUSTER_DIR (state, logs and the workers' scratch; default target/spark-cluster),
# DEKKEND_SPARK_PORT (master port, default 7077; the web UI is port + 1000), DEKKEND_CLUSTER_CP (the class
# path; default the built app: app/target/dekkend-app-*.jar + app/target/dekkend.classpath),
# DEKKEND_WORKER_MEMORY (default 2g).
#
# Executors are started by the workers from a Spark home with an empty jars/ folder (the launcher insists on
# one, with SPARK_SCALA_VERSION); the driver gives them its own class path (lake/SparkSessions does this for a
# spark://127.0.0.1 master). A cluster of several machines needs a Spark distribution there: see README.md,
# "On a Spark cluster".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${DEKKEND_CLUSTER_DIR:-$root/target/spark-cluster}"
port="${DEKKEND_SPARK_PORT:-7077}"
ui_port=$((port + 1000))
memory="${DEKKEND_WORKER_MEMORY:-2g}"
url="spark://127.0.0.1:$port"

class_path() {
  if [ -n "${DEKKEND_CLUSTER_CP:-}" ]; then
    echo "$DEKKEND_CLUSTER_CP"
    return
  fi
  "$root/dekkend" --version >/dev/null # builds the project when needed
  echo "$root/app/target/dekkend-app-0.1.0-SNAPSHOT.jar:$(cat "$root/app/target/dekkend.classpath")"
}

jvm_flags() {
  # the same --add-opens flags as the launcher, without its heap size
  if [ -f "$root/app/target/jvm.args" ]; then grep -v '^-Xmx' "$root/app/target/jvm.args" | tr '\n' ' '; fi
}

wait_for() { # seconds, description, command...
  local seconds="$1" what="$2"
  shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@"; then return 0; fi
    sleep 1
  done
  echo "cluster.sh: $what niet binnen $seconds s; zie $dir/logs" >&2
  return 1
}

# master and workers log at INFO into $dir/logs (the project's own log4j2 file keeps Spark quiet)
write_log_config() {
  cat >"$dir/log4j2.properties" <<'LOG'
rootLogger.level = info
rootLogger.appenderRef.stderr.ref = stderr
appender.stderr.type = Console
appender.stderr.name = stderr
appender.stderr.target = SYSTEM_ERR
appender.stderr.layout.type = PatternLayout
appender.stderr.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
LOG
}

master_ready() { grep -q "I have been elected leader" "$dir/logs/master.log" 2>/dev/null; }

workers_registered() { # count
  [ "$(grep -l "Successfully registered with master" "$dir"/logs/worker-*.log 2>/dev/null | wc -l)" -ge "$1" ]
}

start() {
  local workers="${1:-2}"
  if [ -f "$dir/pids" ] && kill -0 $(cat "$dir/pids") 2>/dev/null; then
    echo "cluster.sh: er draait al een cluster ($dir/pids); eerst: bench/cluster.sh stop" >&2
    exit 1
  fi
  local cp flags
  cp="$(class_path)"
  flags="$(jvm_flags)"
  mkdir -p "$dir/spark-home/jars" "$dir/logs"
  : >"$dir/pids"
  write_log_config
  flags="$flags -Dlog4j2.configurationFile=file:$dir/log4j2.properties"
  export SPARK_HOME="$dir/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
  # shellcheck disable=SC2086
  nohup java -Xmx512m $flags -cp "$cp" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$port" --webui-port "$ui_port" >"$dir/logs/master.log" 2>&1 &
  echo $! >>"$dir/pids"
  wait_for 60 "de master start" master_ready
  for i in $(seq 1 "$workers"); do
    mkdir -p "$dir/worker-$i"
    # shellcheck disable=SC2086
    nohup java -Xmx512m $flags -cp "$cp" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --cores 1 --memory "$memory" --work-dir "$dir/worker-$i" --webui-port 0 \
      "$url" >"$dir/logs/worker-$i.log" 2>&1 &
    echo $! >>"$dir/pids"
  done
  wait_for 90 "$workers workers melden zich" workers_registered "$workers"
  echo "$url"
}

stop() {
  if [ -f "$dir/pids" ]; then
    # shellcheck disable=SC2046
    kill $(cat "$dir/pids") 2>/dev/null || true
    rm -f "$dir/pids"
  fi
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  status) curl -fs "http://127.0.0.1:$ui_port/json/" ;; # the master's web UI as JSON (needs curl)
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
