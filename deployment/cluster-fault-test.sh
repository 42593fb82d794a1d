#!/usr/bin/env bash
# Fault test of cluster mode: a node dies (kill -9) while learners answer a quiz through nginx.
#
#   bash deployment/cluster-fault-test.sh
#
# 1. builds offline (FAULT_BUILD=0 skips it) and starts the cluster with deployment/cluster-start.sh:
#    FAULT_NODES (2) nodes, a fresh PostgreSQL database, state in a new temporary folder, the bench
#    fixture (FAULT_LEARNERS learners bench-0001.. in a course with a 10-question quiz);
# 2. runs ClusterFaultCheck through nginx: every learner starts an attempt and saves answers for
#    FAULT_SECONDS (30); after FAULT_KILL_AFTER (10) seconds node FAULT_KILL_NODE (1) is killed
#    with kill -9; then every learner submits and the check reads everything back;
# 3. always stops what it started (nginx, the nodes) and drops the database; FAULT_KEEP=1 keeps
#    the state folder with the logs.
# Ports: FAULT_PORT (18180) for nginx, nodes from FAULT_PORT + 1, Hazelcast from FAULT_HZ_PORT (16930).
# Exits non-zero when the cluster does not start or the check fails (a lost answer, a doubled or
# twice-graded attempt, a learner who could not finish).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

LEARNERS=${FAULT_LEARNERS:-100}
NODES=${FAULT_NODES:-2}
KILL_NODE=${FAULT_KILL_NODE:-1}
PORT=${FAULT_PORT:-18180}
PASSWORD=bench-Passw0rd-$RANDOM
T0=$SECONDS
log() { printf '[fault %4ds] %s\n' "$((SECONDS - T0))" "$*"; }

STATE=$(mktemp -d "${TMPDIR:-/tmp}/relearn-cluster.XXXXXX")
export RELEARN_CLUSTER_DIR=$STATE
export RELEARN_CLUSTER_DB=relearn_fault_$$_$RANDOM
export RELEARN_CLUSTER_NODES=$NODES
export RELEARN_PORT=$PORT
export RELEARN_NODE_PORT=$((PORT + 1))
export RELEARN_HZ_PORT=${FAULT_HZ_PORT:-16930}
export RELEARN_CLUSTER=relearn-fault-$$
export RELEARN_DEMO=false
export RELEARN_BENCH_LEARNERS=$LEARNERS
export RELEARN_BENCH_PASSWORD=$PASSWORD
export RELEARN_JAVA_OPTS=${FAULT_JAVA_OPTS:--Xmx768m}

cleanup() {
  local status=$?
  log "stopping the cluster and dropping database $RELEARN_CLUSTER_DB"
  RELEARN_CLUSTER_DROP_DB=1 bash deployment/cluster-stop.sh >/dev/null 2>&1 || true
  if [ "${FAULT_KEEP:-0}" = 1 ] || [ "$status" != 0 ]; then
    log "logs kept in $STATE"
  else
    rm -rf "$STATE"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${FAULT_BUILD:-1}" = 1 ]; then
  log "building (offline)"
  mvn -o -q -B -DskipTests -Dspotless.check.skip=true package -pl modules/web -am
fi
RELEARN_BUILD=0 bash deployment/cluster-start.sh

QUIZ=$(sed -n 's/.*Bench fixture ready: course [0-9]*, quiz \([0-9]*\),.*/\1/p' "$STATE/node-1.log" | head -1)
if [ -z "$QUIZ" ]; then
  log "node 1 reports no bench fixture"
  exit 2
fi
created=$(grep -ho 'Bench fixture ready: [^*]*new)' "$STATE"/node-*.log | sort -u)
log "fixture: $(echo "$created" | tr '\n' ';')"

log "ClusterFaultCheck: $LEARNERS learners for ${FAULT_SECONDS:-30}s; node $KILL_NODE dies after ${FAULT_KILL_AFTER:-10}s"
: >"$STATE/check.log"
java -Xss512k -cp modules/web/target/test-classes org.relearning.web.bench.ClusterFaultCheck \
  --base="http://127.0.0.1:$PORT/" --quiz="$QUIZ" --learners="$LEARNERS" --password="$PASSWORD" \
  --seconds="${FAULT_SECONDS:-30}" --pauseMs="${FAULT_PAUSE_MS:-300}" >"$STATE/check.log" 2>&1 &
CHECK=$!
# the check first signs everyone in; count the answering time from its announcement
for _ in $(seq 1 300); do
  grep -q '^Answering for' "$STATE/check.log" && break
  kill -0 "$CHECK" 2>/dev/null || break
  sleep 1
done
sleep "${FAULT_KILL_AFTER:-10}"
victim=$(cat "$STATE/node-$KILL_NODE.pid")
log "kill -9 node $KILL_NODE (pid $victim)"
kill -9 "$victim"
status=0
wait "$CHECK" || status=$?
cat "$STATE/check.log"

# the database's own view: one attempt per learner, none left in progress
PSQL=(psql -h "${RELEARN_PG_HOST:-127.0.0.1}" -U "${RELEARN_PG_USER:-postgres}" -d "$RELEARN_CLUSTER_DB" -qAt)
counts=$("${PSQL[@]}" -c "SELECT COUNT(*), COUNT(DISTINCT ACCOUNT_ID),
  COUNT(*) FILTER (WHERE STATUS = 'IN_PROGRESS') FROM QZ_ATTEMPT WHERE QUIZ_ID = $QUIZ")
IFS='|' read -r attempts takers open <<<"$counts"
log "database: $attempts attempts by $takers learners, $open still in progress"
log "job leases (one holder per job): $("${PSQL[@]}" -c "SELECT NAME || ' held by ' || HOLDER || ' until ' || UNTIL FROM PLT_JOB_LEASE ORDER BY NAME" | tr '\n' ';')"
if [ "$attempts" != "$LEARNERS" ] || [ "$takers" != "$LEARNERS" ] || [ "$open" != 0 ]; then
  log "expected $LEARNERS attempts by $LEARNERS learners, none in progress"
  status=1
fi
log "done in $((SECONDS - T0))s (exit $status)"
exit $status
