#!/usr/bin/env bash
# Exam-day load benchmarks against a real server on this machine.
#
#   bash deployment/bench.sh            # 1,000 learners
#   BENCH_LEARNERS=200 bash deployment/bench.sh
#
# 1. builds the WAR and the benchmarks offline (mvn -o package -DskipTests) unless BENCH_BUILD=0;
# 2. starts Relearn with deployment/run.sh on a free port, its HTTP listener bound to 127.0.0.1,
#    RELEARN_HOME in a new temporary directory (fresh Derby database), no demo content, and the
#    bench fixture: RELEARN_BENCH_LEARNERS learners bench-0001.. enrolled in a course with a
#    10-question quiz, password RELEARN_BENCH_PASSWORD;
# 3. waits for the fixture (at most BENCH_START_TIMEOUT seconds), then runs ExamStartBench and
#    AnswerSaveBench (each at most BENCH_RUN_TIMEOUT seconds);
# 4. always stops the server it started and removes the temporary directory (BENCH_KEEP=1 keeps it).
#
# Knobs: BENCH_LEARNERS (1000), BENCH_PORT (first free from 18080), BENCH_SPREAD_MS (2000),
# BENCH_PACE_SECONDS (20), BENCH_JAVA_OPTS (server JVM, default -Xmx1g), BENCH_START_ARGS and
# BENCH_SAVE_ARGS (extra --name=value arguments of each benchmark).
# Exits non-zero when the server does not come up or a benchmark misses its targets.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

LEARNERS=${BENCH_LEARNERS:-1000}
PASSWORD=${RELEARN_BENCH_PASSWORD:-bench-Passw0rd-$RANDOM}
START_TIMEOUT=${BENCH_START_TIMEOUT:-420}
RUN_TIMEOUT=${BENCH_RUN_TIMEOUT:-900}
HOST=127.0.0.1
T0=$SECONDS
log() { printf '[bench %4ds] %s\n' "$((SECONDS - T0))" "$*"; }

free_port() {
  local p=${BENCH_PORT:-18080}
  while (exec 3<>"/dev/tcp/$HOST/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

if [ "${BENCH_BUILD:-1}" = 1 ]; then
  log "building (offline)"
  mvn -o -q -B -DskipTests -Dspotless.check.skip=true package -pl modules/web -am
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/relearn-bench.XXXXXX")
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    log "stopping server (pid $SERVER_PID)"
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    log "kept $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

PORT=$(free_port)
BASE="http://$HOST:$PORT/"
cat >"$WORK/postboot.asadmin" <<EOF
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$HOST
EOF

log "starting Relearn on $BASE with $LEARNERS bench learners (log: $WORK/server.log)"
RELEARN_HOME="$WORK/home" RELEARN_PORT=$PORT RELEARN_DEMO=false \
  RELEARN_BENCH_LEARNERS=$LEARNERS RELEARN_BENCH_PASSWORD=$PASSWORD \
  RELEARN_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}" \
  bash deployment/run.sh --postbootcommandfile "$WORK/postboot.asadmin" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

QUIZ=
while [ $((SECONDS - T0)) -lt "$START_TIMEOUT" ]; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    tail -50 "$WORK/server.log"
    log "server stopped before it was ready"
    exit 2
  fi
  QUIZ=$(sed -n 's/.*Bench fixture ready: course [0-9]*, quiz \([0-9]*\),.*/\1/p' "$WORK/server.log" | head -1)
  if [ -n "$QUIZ" ] && curl -sf -m 10 -o /dev/null "${BASE}api/v1/courses"; then
    break
  fi
  QUIZ=
  sleep 2
done
if [ -z "$QUIZ" ]; then
  grep -E 'SEVERE|Caused by' "$WORK/server.log" | head -20 || true
  log "no bench fixture within ${START_TIMEOUT}s"
  exit 2
fi
log "$(grep -o 'Bench fixture ready[^*]*' "$WORK/server.log" | head -1)"

CP=modules/web/target/test-classes
JAVA_BENCH=(timeout "$RUN_TIMEOUT" java -Xss512k -cp "$CP")
COMMON=(--base="$BASE" --quiz="$QUIZ" --learners="$LEARNERS" --password="$PASSWORD")
status=0
log "ExamStartBench"
# shellcheck disable=SC2086
"${JAVA_BENCH[@]}" org.relearning.web.bench.ExamStartBench "${COMMON[@]}" \
  --spreadMs="${BENCH_SPREAD_MS:-2000}" ${BENCH_START_ARGS:-} || status=1
log "AnswerSaveBench"
# shellcheck disable=SC2086
"${JAVA_BENCH[@]}" org.relearning.web.bench.AnswerSaveBench "${COMMON[@]}" \
  --paceSeconds="${BENCH_PACE_SECONDS:-20}" ${BENCH_SAVE_ARGS:-} || status=1
if grep -q SEVERE "$WORK/server.log"; then
  log "server logged SEVERE lines:"
  grep -E 'SEVERE|Caused by' "$WORK/server.log" | sort | uniq -c | sort -rn | head -10
fi
log "done (exit $status)"
exit $status
