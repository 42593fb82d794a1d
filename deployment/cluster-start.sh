#!/usr/bin/env bash
# Starts Relearn in cluster mode on this machine, everything on 127.0.0.1, and returns once it
# answers; deployment/cluster-stop.sh stops it.
#
#   bash deployment/cluster-start.sh          # 2 nodes behind nginx on http://127.0.0.1:8080/
#
# - PostgreSQL on 127.0.0.1:5432 (user postgres): the database is created when missing;
# - RELEARN_CLUSTER_NODES Payara Micro nodes, each started with deployment/run.sh, joined in one
#   Hazelcast cluster (TCP/IP discovery on loopback) that replicates HTTP sessions; node 1 starts
#   first (schema migrations, demo or bench content), the others once it answers;
# - nginx (the Debian package; installed with apt-get when missing and running as root) with its
#   own configuration and files in the state folder, not the system service: sticky by session
#   cookie, on to the next node when one refuses connections or times out.
#
# Knobs (environment):
#   RELEARN_PORT (8080)            nginx, the address people use
#   RELEARN_CLUSTER_NODES (2)      how many Payara Micro nodes
#   RELEARN_NODE_PORT (8081)       HTTP port of node 1; node i listens on RELEARN_NODE_PORT + i - 1
#   RELEARN_HZ_PORT (6900)         Hazelcast port of node 1; node i on RELEARN_HZ_PORT + i - 1
#   RELEARN_CLUSTER (relearn-cluster)  the Hazelcast cluster name
#   RELEARN_CLUSTER_DB (relearn_cluster)  the PostgreSQL database; RELEARN_PG_HOST/PORT/USER
#   RELEARN_CLUSTER_DIR (./data/cluster)  state: pids, logs, nginx files, RELEARN_HOME
#   RELEARN_HOME (RELEARN_CLUSTER_DIR/home)  shared by all nodes; media in RELEARN_MEDIA_DIR
#     (RELEARN_HOME/media), one folder every node reads and writes
#   RELEARN_JAVA_OPTS (-Xmx768m)   each node's JVM
#   RELEARN_START_TIMEOUT (300)    seconds each node may take to answer
#   RELEARN_BUILD (1)              0 skips the offline build
#   RELEARN_DEMO, RELEARN_DEMO_PASSWORD, RELEARN_BENCH_* and the other RELEARN_* settings of
#   run.sh are passed on to every node.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

HOST=127.0.0.1
NODES=${RELEARN_CLUSTER_NODES:-2}
FRONT_PORT=${RELEARN_PORT:-8080}
NODE_PORT=${RELEARN_NODE_PORT:-8081}
HZ_PORT=${RELEARN_HZ_PORT:-6900}
CLUSTER=${RELEARN_CLUSTER:-relearn-cluster}
DB=${RELEARN_CLUSTER_DB:-relearn_cluster}
PG_HOST=${RELEARN_PG_HOST:-127.0.0.1}
PG_PORT=${RELEARN_PG_PORT:-5432}
PG_USER=${RELEARN_PG_USER:-postgres}
STATE=${RELEARN_CLUSTER_DIR:-$ROOT/data/cluster}
START_TIMEOUT=${RELEARN_START_TIMEOUT:-300}
T0=$SECONDS
log() { printf '[cluster %4ds] %s\n' "$((SECONDS - T0))" "$*"; }

case "$DB" in
  *[!a-z0-9_]* | "") echo "RELEARN_CLUSTER_DB must be lower-case letters, digits and _" >&2; exit 2 ;;
esac
if [ -f "$STATE/nginx.pid" ] || ls "$STATE"/node-*.pid >/dev/null 2>&1; then
  echo "A cluster seems to run already ($STATE has pid files): deployment/cluster-stop.sh first" >&2
  exit 2
fi
mkdir -p "$STATE/nginx/tmp"
STATE=$(cd "$STATE" && pwd)
export RELEARN_HOME=${RELEARN_HOME:-$STATE/home}
export RELEARN_MEDIA_DIR=${RELEARN_MEDIA_DIR:-$RELEARN_HOME/media}
mkdir -p "$RELEARN_HOME" "$RELEARN_MEDIA_DIR"

# ---- nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$NGINX" ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing nginx (apt-get install -y nginx)"
    # the package must not start the system nginx service: only our own instance runs
    policy=
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
      policy=/usr/sbin/policy-rc.d
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y nginx >"$STATE/apt.log" 2>&1 ||
      { apt-get update >>"$STATE/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx >>"$STATE/apt.log" 2>&1; } ||
      { [ -z "$policy" ] || rm -f "$policy"; tail "$STATE/apt.log"; echo "nginx could not be installed" >&2; exit 2; }
    [ -z "$policy" ] || rm -f "$policy"
    NGINX=$(command -v nginx || echo /usr/sbin/nginx)
  else
    echo "nginx is not installed. Install it as root (apt-get install -y nginx) or run this script as root." >&2
    exit 2
  fi
fi

# ---- build once, before any node starts (the nodes then find it fresh)
if [ "${RELEARN_BUILD:-1}" = 1 ]; then
  log "building (offline)"
  mvn -o -q -B -DskipTests -Dspotless.check.skip=true package -pl modules/web -am
  touch modules/web/target/relearn.war
fi
bash deployment/server-root.sh

# ---- PostgreSQL database
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -qAt)
if [ "$("${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
  log "creating database $DB"
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
fi
export RELEARN_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
export RELEARN_DB_USER=${RELEARN_DB_USER:-$PG_USER}
export RELEARN_DB_PASSWORD=${RELEARN_DB_PASSWORD:-}
export RELEARN_CLUSTER=$CLUSTER
members=
for i in $(seq 1 "$NODES"); do members+="${members:+,}$HOST:$((HZ_PORT + i - 1))"; done
export RELEARN_CLUSTER_MODE="tcpip:$members"
export RELEARN_JAVA_OPTS=${RELEARN_JAVA_OPTS:--Xmx768m}

# ---- nodes, one after another
ready() { curl -sf -m 10 -o /dev/null "http://$HOST:$1/api/v1/courses"; }
for i in $(seq 1 "$NODES"); do
  port=$((NODE_PORT + i - 1))
  log "starting node $i on http://$HOST:$port/ (Hazelcast port $((HZ_PORT + i - 1)); log $STATE/node-$i.log)"
  RELEARN_PORT=$port RELEARN_HTTP_ADDRESS=$HOST RELEARN_JAVA_OPTS="$RELEARN_JAVA_OPTS -DjvmRoute=node-$i" nohup bash deployment/run.sh \
    --name "node-$i" --startport "$((HZ_PORT + i - 1))" >"$STATE/node-$i.log" 2>&1 </dev/null &
  echo $! >"$STATE/node-$i.pid"
  echo "$port" >"$STATE/node-$i.port"
  start=$SECONDS
  until ready "$port"; do
    if ! kill -0 "$(cat "$STATE/node-$i.pid")" 2>/dev/null; then
      tail -30 "$STATE/node-$i.log"
      log "node $i stopped before it answered; deployment/cluster-stop.sh cleans up"
      exit 1
    fi
    if [ $((SECONDS - start)) -ge "$START_TIMEOUT" ]; then
      grep -E 'SEVERE|Caused by' "$STATE/node-$i.log" | head -20 || true
      log "node $i did not answer within ${START_TIMEOUT}s; deployment/cluster-stop.sh cleans up"
      exit 1
    fi
    sleep 2
  done
  log "node $i ready after $((SECONDS - start))s"
done

# ---- nginx in front
all_nodes=
routes=
sticky=
for i in $(seq 1 "$NODES"); do
  all_nodes+="    server $HOST:$((NODE_PORT + i - 1)) max_fails=1 fail_timeout=10s;"$'\n'
  routes+="    ~\\.node-$i\$ relearn_node_$i;"$'\n'
  sticky+="  upstream relearn_node_$i {"$'\n'"    server $HOST:$((NODE_PORT + i - 1)) max_fails=1 fail_timeout=10s;"$'\n'
  for j in $(seq 1 "$NODES"); do
    [ "$j" = "$i" ] || sticky+="    server $HOST:$((NODE_PORT + j - 1)) backup;"$'\n'
  done
  sticky+="    keepalive 16;"$'\n'"  }"$'\n'
done
cat >"$STATE/nginx/nginx.conf" <<EOF
# Written by deployment/cluster-start.sh; rewritten at each start.
worker_processes 1;
pid $STATE/nginx.pid;
error_log $STATE/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $STATE/nginx/tmp/body;
  proxy_temp_path $STATE/nginx/tmp/proxy;
  fastcgi_temp_path $STATE/nginx/tmp/fastcgi;
  uwsgi_temp_path $STATE/nginx/tmp/uwsgi;
  scgi_temp_path $STATE/nginx/tmp/scgi;
  client_max_body_size 600m;

  # A session stays on the node that made it: each node ends its session ids with ".node-<i>"
  # (jvmRoute), and requests carrying such an id go to that node while it is up, else to the others
  # (backup), which read the session from the cluster. Requests without a session go to any node.
  map \$cookie_JSESSIONID \$relearn_nodes {
$routes    default relearn;
  }
  upstream relearn {
$all_nodes    keepalive 32;
  }
$sticky
  server {
    listen $HOST:$FRONT_PORT;
    location / {
      proxy_pass http://\$relearn_nodes;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Real-IP \$remote_addr;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$http_host;
      # a node that is down: the request goes to the next one (a request already sent is not
      # replayed unless it is idempotent, which is nginx's default)
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 300s;
      proxy_send_timeout 300s;
      # which node answered (the last one tried), for checks and the fault test
      add_header X-Relearn-Node \$upstream_addr always;
    }
  }
}
EOF
"$NGINX" -t -q -c "$STATE/nginx/nginx.conf" -p "$STATE/nginx" -e "$STATE/nginx/error.log"
"$NGINX" -c "$STATE/nginx/nginx.conf" -p "$STATE/nginx" -e "$STATE/nginx/error.log"
for _ in $(seq 1 20); do [ -s "$STATE/nginx.pid" ] && break; sleep 0.5; done
if ! ready "$FRONT_PORT"; then
  tail "$STATE/nginx/error.log" || true
  log "nginx does not answer on $HOST:$FRONT_PORT"
  exit 1
fi
log "Relearn cluster: http://$HOST:$FRONT_PORT/ -> $NODES nodes (ports $NODE_PORT-$((NODE_PORT + NODES - 1))), database $DB"
log "stop it with: bash deployment/cluster-stop.sh"
