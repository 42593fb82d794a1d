#!/usr/bin/env bash
# Stops what deployment/cluster-start.sh started: its nginx and its nodes (by the pids it
# recorded), politely first, then for good after RELEARN_STOP_TIMEOUT (30) seconds.
#   RELEARN_CLUSTER_DIR (./data/cluster)  the same state folder as the start
#   RELEARN_CLUSTER_DROP_DB=1             also drops the database (RELEARN_CLUSTER_DB, relearn_cluster)
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${RELEARN_CLUSTER_DIR:-$ROOT/data/cluster}
TIMEOUT=${RELEARN_STOP_TIMEOUT:-30}

stop_pid() { # pid, what
  local pid=$1
  if kill -0 "$pid" 2>/dev/null; then
    echo "stopping $2 (pid $pid)"
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 "$TIMEOUT"); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null
  fi
}

if [ -s "$STATE/nginx.pid" ]; then
  stop_pid "$(cat "$STATE/nginx.pid")" nginx
fi
rm -f "$STATE/nginx.pid"
for f in "$STATE"/node-*.pid; do
  [ -e "$f" ] || continue
  node=$(basename "$f" .pid)
  stop_pid "$(cat "$f")" "$node" &
done
wait
rm -f "$STATE"/node-*.pid "$STATE"/node-*.port

if [ "${RELEARN_CLUSTER_DROP_DB:-0}" = 1 ]; then
  DB=${RELEARN_CLUSTER_DB:-relearn_cluster}
  echo "dropping database $DB"
  psql -h "${RELEARN_PG_HOST:-127.0.0.1}" -p "${RELEARN_PG_PORT:-5432}" -U "${RELEARN_PG_USER:-postgres}" \
    -qAt -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
fi
exit 0
