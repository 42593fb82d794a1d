#!/usr/bin/env bash
# The benchmark suite: one command, a real server, small java.net.http clients on this machine.
#
#   bash deployment/bench.sh                                   # everything, 1,000 learners, Derby
#   BENCH_SCENARIOS=course,ceilings bash deployment/bench.sh   # some scenarios only
#   RELEARN_DB_URL=jdbc:postgresql://127.0.0.1:5432/relearn_bench RELEARN_DB_USER=postgres \
#     RELEARN_DB_PASSWORD= bash deployment/bench.sh            # PostgreSQL (an empty database)
#   BENCH_TARGET_URL=http://127.0.0.1:8080/ RELEARN_BENCH_PASSWORD=... bash deployment/bench.sh
#                                          # a server already running with the bench fixture
#                                          # (deployment/run.sh or the cluster's front); no cold start
#
# 1. builds the WAR and the benchmarks offline (mvn -o package -DskipTests) unless BENCH_BUILD=0;
# 2. unless BENCH_TARGET_URL is set: starts Relearn with deployment/run.sh on a free port, its HTTP
#    listener bound to 127.0.0.1, RELEARN_HOME in a new temporary directory (fresh Derby, or the
#    database of RELEARN_DB_URL), no demo content, and the bench fixture (RELEARN_BENCH_LEARNERS
#    learners bench-0001.., password RELEARN_BENCH_PASSWORD; see BenchContent), which also turns on
#    bench mode: /bench/ping, /bench/pk, /bench/empty.xhtml, /bench/static.pdf, /bench/stats (SQL
#    statements so far, heap, a session's size) and /bench/fixture. Cold start is the time from
#    launching the JVM to the first page answered; the fixture is created after that, at the first
#    request to /bench/fixture (RELEARN_BENCH_FIXTURE=on-request), and its time reported beside it;
# 3. runs the scenarios of BENCH_SCENARIOS in this order (each at most BENCH_RUN_TIMEOUT seconds):
#      start         ExamStartBench    1,000 learners press "start" within BENCH_SPREAD_MS, after
#                                      BENCH_WARMUP other learners did the same in rounds of
#                                      1,000 (a server that has been running, its code compiled;
#                                      the first round's figures are reported as "first after boot")
#      save          AnswerSaveBench   1,000 takers save ten answers, paced (each within
#                                      BENCH_PACE_SECONDS; the target applies here), then in a
#                                      burst without pauses (a stress figure); the session size
#                                      mid-quiz
#      submit        SubmitRushBench   1,000 takers submit within BENCH_SPREAD_MS
#      course        CoursePageBench   a course page of 20 x 100 lessons vs the empty Faces page;
#                                      SQL per page for 20 x 100 and 2 x 5
#      lesson        LessonViewBench   every learner views 3 lessons and marks them done
#      certificates  CertificateBench  every learner downloads the certificate that earned
#      ceilings      CeilingBench      trivial servlet, primary-key query, empty Faces page,
#                                      static PDF
#    then the heap after a full GC;
# 4. writes the table to BENCH_RESULTS_DIR/latest.md (and latest.tsv), the run before it moved to
#    previous.md/.tsv, with the previous value and the change beside each value, and prints it;
# 5. always stops the server it started and removes the temporary directory (BENCH_KEEP=1 keeps it).
#
# Knobs: BENCH_LEARNERS (1000), BENCH_WARMUP (3000; learners beyond BENCH_LEARNERS, 0 for none), BENCH_SCENARIOS (all = start,save,submit,course,lesson,
# certificates,ceilings), BENCH_TARGET_URL, BENCH_PORT (first free from 18080), BENCH_SPREAD_MS
# (2000), BENCH_PACE_SECONDS (100: a taker's ten saves), BENCH_CLIENTS (16, course/lesson/ceilings), BENCH_SECONDS (15,
# course page and each ceiling), BENCH_CERT_CLIENTS (8), BENCH_JAVA_OPTS (server JVM, -Xmx1g),
# BENCH_TOOL_JAVA_OPTS (the load tool's JVM, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC),
# BENCH_START_ARGS / BENCH_SAVE_ARGS (extra --name=value arguments), BENCH_RESULTS_DIR
# (deployment/bench-results), BENCH_STRICT (0: report only; 1: exit 1 when a target is missed).
# Exits 2 when the server does not come up, 3 when a scenario fails to report.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

LEARNERS=${BENCH_LEARNERS:-1000}
WARMUP=${BENCH_WARMUP:-3000}
PASSWORD=${RELEARN_BENCH_PASSWORD:-bench-Passw0rd-$RANDOM}
START_TIMEOUT=${BENCH_START_TIMEOUT:-600}
RUN_TIMEOUT=${BENCH_RUN_TIMEOUT:-900}
SCENARIOS=${BENCH_SCENARIOS:-all}
[ "$SCENARIOS" = all ] && SCENARIOS=start,save,submit,course,lesson,certificates,ceilings
RESULTS_DIR=${BENCH_RESULTS_DIR:-$ROOT/deployment/bench-results}
CLIENTS=${BENCH_CLIENTS:-16}
SECONDS_EACH=${BENCH_SECONDS:-15}
HOST=127.0.0.1
T0=$SECONDS
log() { printf '[bench %4ds] %s\n' "$((SECONDS - T0))" "$*"; }
now_ms() { date +%s%3N; }

free_port() {
  local p=${BENCH_PORT:-18080}
  while (exec 3<>"/dev/tcp/$HOST/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

if [ "${BENCH_BUILD:-1}" = 1 ]; then
  log "building (offline)"
  mvn -o -q -B -DskipTests -Dspotless.check.skip=true package -pl modules/web -am
fi
# Payara unpacked and the class-data archive written now, so the cold start below does not include them
bash deployment/server-root.sh

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

mkdir -p "$RESULTS_DIR"
for f in tsv md; do
  [ -f "$RESULTS_DIR/latest.$f" ] && mv "$RESULTS_DIR/latest.$f" "$RESULTS_DIR/previous.$f"
done
TSV=$RESULTS_DIR/latest.tsv
: >"$TSV"
result() { # scenario metric value unit [target met]
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-}" "${6:--}" >>"$TSV"
}
DB=derby
case "${RELEARN_DB_URL:-}" in jdbc:postgresql:*) DB=postgresql ;; esac

if [ -n "${BENCH_TARGET_URL:-}" ]; then
  BASE=${BENCH_TARGET_URL%/}/
  DB="server at $BASE"
  log "running against $BASE (no server started, no cold start)"
else
  PORT=$(free_port)
  BASE="http://$HOST:$PORT/"
  log "starting Relearn on $BASE with $LEARNERS bench learners (log: $WORK/server.log)"
  LAUNCHED=$(now_ms)
  RELEARN_HOME="$WORK/home" RELEARN_PORT=$PORT RELEARN_HTTP_ADDRESS=$HOST RELEARN_DEMO=false \
    RELEARN_BENCH_LEARNERS=$((LEARNERS + WARMUP)) RELEARN_BENCH_PASSWORD=$PASSWORD RELEARN_BENCH_FIXTURE=on-request \
    RELEARN_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}" \
    bash deployment/run.sh >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  # cold start: JVM launch to the first page answered, on a fresh database (its migrations are
  # part of it); the fixture is created afterwards, at the first request for it
  FIRST_PAGE=
  while [ $((SECONDS - T0)) -lt "$START_TIMEOUT" ]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      tail -50 "$WORK/server.log"
      log "server stopped before it was ready"
      exit 2
    fi
    if curl -sf -m 5 -o /dev/null "${BASE}login.xhtml"; then
      FIRST_PAGE=$(now_ms)
      break
    fi
    sleep 0.2
  done
  if [ -z "$FIRST_PAGE" ]; then
    grep -E 'SEVERE|Caused by' "$WORK/server.log" | head -20 || true
    log "no page within ${START_TIMEOUT}s"
    exit 2
  fi
fi

FIXTURE=$(curl -sf -m "$START_TIMEOUT" "${BASE}bench/fixture" || true)
QUIZ=$(printf '%s' "$FIXTURE" | sed -n 's/.*"quiz":\([0-9]*\).*/\1/p')
if [ -z "$QUIZ" ]; then
  log "no bench fixture at ${BASE}bench/fixture (is RELEARN_BENCH_LEARNERS set on the server?)"
  exit 2
fi
log "fixture: $FIXTURE"
if [ -n "${FIRST_PAGE:-}" ]; then
  COLD=$(((FIRST_PAGE - LAUNCHED)))
  FIXTURE_MS=$(printf '%s' "$FIXTURE" | sed -n 's/.*"fixtureMs":\([0-9]*\).*/\1/p')
  FIXTURE_MS=${FIXTURE_MS:-0}
  met=no
  [ "$COLD" -le 15000 ] && met=yes
  result "cold start" "JVM launch to first page (fresh database)" "$(awk "BEGIN{print $COLD/1000}")" s "<= 15" "$met"
  result "cold start" "then creating the bench fixture" "$(awk "BEGIN{print $FIXTURE_MS/1000}")" s
  log "cold start $((COLD))ms, then the fixture in $((FIXTURE_MS))ms"
fi

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
CP=modules/web/target/test-classes
# The load tool shares the machine with the server: compiled by C1 alone (-XX:TieredStopAtLevel=1),
# it stops spending a core on C2 compiles of its HTTP client just as the server is busiest
# (BENCH_TOOL_JAVA_OPTS; see ADR 37)
read -r -a TOOL_OPTS <<<"${BENCH_TOOL_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
JAVA_BENCH=(timeout "$RUN_TIMEOUT" java -Xss512k "${TOOL_OPTS[@]}" -Dbench.results="$TSV" -Dbench.cookies="$WORK/cookies.tsv" -cp "$CP")
COMMON=(--base="$BASE" --learners="$LEARNERS" --password="$PASSWORD")
status=0
run() { # scenario class args...
  local name=$1 class=$2
  shift 2
  local rows_before
  rows_before=$(wc -l <"$TSV")
  log "$name: $class"
  "${JAVA_BENCH[@]}" "org.relearning.web.bench.$class" "$@" || true
  if [ "$(wc -l <"$TSV")" -eq "$rows_before" ]; then
    result "$name" "scenario reported nothing (failed)" 1 count "<= 0" no
    status=3
  fi
}
# Learners LEARNERS+1 .. LEARNERS+WARMUP start the exam in rounds of LEARNERS before the measured
# round, so it meets a server whose code the JIT has compiled, as on a day it has been serving. Each
# round's figures go to a file of their own; the first round's (the JIT still cold) go to the table.
warm_up() {
  local done=0 round=1 size out
  while [ "$done" -lt "$WARMUP" ]; do
    size=$((WARMUP - done < LEARNERS ? WARMUP - done : LEARNERS))
    out="$WORK/warm-up-$round.tsv"
    log "start: warm-up round $round, learners $((LEARNERS + done + 1)).. ($size)"
    timeout "$RUN_TIMEOUT" java -Xss512k "${TOOL_OPTS[@]}" -Dbench.results="$out" -Dbench.cookies="$WORK/cookies.tsv" -cp "$CP" \
      org.relearning.web.bench.ExamStartBench --base="$BASE" --password="$PASSWORD" --quiz="$QUIZ" \
      --first=$((LEARNERS + done + 1)) --learners="$size" --spreadMs="${BENCH_SPREAD_MS:-2000}" \
      >"$WORK/warm-up-$round.log" 2>&1 || true
    if [ "$round" = 1 ] && [ -s "$out" ]; then
      awk -F'\t' -v OFS='\t' '$2 ~ /^start p(50|95)$|^errors/ {
        $1 = "start, first after boot"; if ($2 ~ /^start/) { $5 = ""; $6 = "-" }; print }' "$out" >>"$TSV"
    fi
    done=$((done + size))
    round=$((round + 1))
  done
}
IFS=, read -ra WANTED <<<"$SCENARIOS"
for s in "${WANTED[@]}"; do
  case "$s" in
    start)
      warm_up
      # shellcheck disable=SC2086
      run start ExamStartBench "${COMMON[@]}" --quiz="$QUIZ" --spreadMs="${BENCH_SPREAD_MS:-2000}" \
        ${BENCH_START_ARGS:-} ;;
    save)
      # shellcheck disable=SC2086
      run save AnswerSaveBench "${COMMON[@]}" --quiz="$QUIZ" \
        --paceSeconds="${BENCH_PACE_SECONDS:-100}" ${BENCH_SAVE_ARGS:-} ;;
    submit) run submit SubmitRushBench "${COMMON[@]}" --quiz="$QUIZ" --spreadMs="${BENCH_SPREAD_MS:-2000}" ;;
    course) run course CoursePageBench "${COMMON[@]}" --clients="$CLIENTS" --seconds="$SECONDS_EACH" ;;
    lesson) run lesson LessonViewBench "${COMMON[@]}" --clients="$CLIENTS" ;;
    certificates) run certificates CertificateBench "${COMMON[@]}" --clients="${BENCH_CERT_CLIENTS:-8}" ;;
    ceilings) run ceilings CeilingBench --base="$BASE" --clients="$CLIENTS" --seconds="$SECONDS_EACH" ;;
    *) log "unknown scenario: $s (start,save,submit,course,lesson,certificates,ceilings)"; exit 2 ;;
  esac
done
run server ServerStatsBench --base="$BASE"

if [ -n "$SERVER_PID" ] && grep -q SEVERE "$WORK/server.log"; then
  log "server logged SEVERE lines:"
  # head ends the pipe early: with pipefail that is SIGPIPE, not a failure of the run
  grep -E 'SEVERE|Caused by' "$WORK/server.log" | sort | uniq -c | sort -rn | head -10 || true
  result server "SEVERE lines in the server log" "$(grep -c SEVERE "$WORK/server.log")" count "<= 0" no
fi

TITLE="Benchmark run $(date -u '+%Y-%m-%d %H:%M UTC'): $DB, $LEARNERS learners, $(nproc) cores, load average $LOAD_BEFORE before / $(cut -d' ' -f1-3 /proc/loadavg) after"
strict=false
[ "${BENCH_STRICT:-0}" = 1 ] && strict=true
java -cp "$CP" org.relearning.web.bench.BenchReport --results="$TSV" \
  --previous="$RESULTS_DIR/previous.tsv" --out="$RESULTS_DIR/latest.md" --title="$TITLE" \
  --strict="$strict" || { [ "$status" != 0 ] || status=1; }
log "results: $RESULTS_DIR/latest.md (exit $status)"
exit "$status"
