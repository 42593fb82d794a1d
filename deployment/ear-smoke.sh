#!/usr/bin/env bash
# Smoke test of the EAR (ear/target/relearn.ear) on a full Payara Server 6 (see
# src/docs/adr/0005-ear-on-payara-server.md).
#
#   bash deployment/ear-smoke.sh
#
# 1. builds the EAR if it is missing, older than the sources, or holds another WAR than modules/web/target
#    (mvn -pl ear -am package -DskipTests);
# 2. unpacks Payara Server into ear/target/payara if needed (profile ear-smoke of ear/pom.xml);
# 3. creates a fresh domain under ear/target/ear-smoke/domains with a free port base (admin
#    PORTBASE+48, HTTP PORTBASE+80), every listener bound to 127.0.0.1, the JDBC drivers in its lib/;
# 4. starts it with the RELEARN_* variables in its environment (the server JVM inherits the
#    environment of asadmin start-domain), demo content on, Derby in memory;
# 5. deploys the EAR and checks pages and the REST API with curl;
# 6. always stops the domain (EXIT trap) and kills what is left of the server it started.
#
# Prints one PASS/FAIL line per check and "N passed, M failed"; exits non-zero on any failure.
# Environment knobs: EAR_SMOKE_PORTBASE (default: first free of 20000, 21000, ... 29000),
# EAR_SMOKE_KEEP=1 (keep ear/target/ear-smoke after success), EAR_SMOKE_BUILD=1 (always rebuild the EAR),
# EAR_SMOKE_MVN_ARGS (extra Maven arguments, e.g. -o), AS_JAVA (the JDK asadmin and the server use),
# EAR_SMOKE_DB_URL / _DRIVER / _USER / _PASSWORD (default: a fresh in-memory Derby database; e.g.
# jdbc:postgresql://127.0.0.1:5432/NAME with org.postgresql.Driver: both drivers are in the domain's lib/).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

EAR=$ROOT/ear/target/relearn.ear
WAR=$ROOT/modules/web/target/relearn.war
PAYARA_HOME=$ROOT/ear/target/payara/payara6
ASADMIN=$PAYARA_HOME/bin/asadmin
WORK=$ROOT/ear/target/ear-smoke
DOMAIN_DIR=$WORK/domains
DOMAIN=relearn-smoke
HOST=127.0.0.1
DEMO_PASSWORD=smoke-Passw0rd
COURSE_TITLE='การทำขนมไทยเพื่ออาชีพที่สอง'
LIBRARY_WORD='ห้องสมุด'

START_TIMEOUT=240   # seconds for asadmin start-domain
DEPLOY_TIMEOUT=420  # seconds for asadmin deploy
HTTP_TIMEOUT=60     # seconds for one HTTP request (the first Faces render is slow)
MVN=(mvn -B ${EAR_SMOKE_MVN_ARGS:-})

T0=$SECONDS
SERVER_PID=
DOMAIN_STARTED=0
PASSED=0
FAILED=0

log() { printf '[ear-smoke %3ds] %s\n' "$((SECONDS - T0))" "$*"; }

pass() {
  PASSED=$((PASSED + 1))
  printf 'PASS: %s\n' "$1"
}

fail() {
  FAILED=$((FAILED + 1))
  printf 'FAIL: %s\n' "$1"
  if [[ -n ${2:-} ]]; then printf '      %s\n' "$2"; fi
}

server_log() { echo "$DOMAIN_DIR/$DOMAIN/logs/server.log"; }

show_server_log() {
  local f
  f=$(server_log)
  if [[ -f $f ]]; then
    echo "----- last 60 lines of $f (stack frames left out) -----"
    grep -v $'^\tat \|^\t\.\.\. [0-9]* more' "$f" | tail -n 60 || true
    echo "----- SEVERE entries -----"
    grep -n -A3 '\[SEVERE\]' "$f" | grep -v $'\tat ' | head -n 40 || true
    echo "----- causes -----"
    grep -E '^Caused by:' "$f" | sort | uniq -c | head -n 20 || true
    echo "-----"
  fi
}

# run a command in the background and wait for it, so that INT/TERM reach the EXIT trap at once
CHILD_PID=
run() {
  "$@" &
  CHILD_PID=$!
  local rc=0
  wait "$CHILD_PID" || rc=$?
  CHILD_PID=
  return "$rc"
}

# mvn_run NAME ARGS...: Maven with its output in ear/target/ear-smoke-NAME.log, shown when it fails
mvn_run() {
  local log=$ROOT/ear/target/ear-smoke-$1.log
  shift
  mkdir -p "$ROOT/ear/target"
  if ! run "${MVN[@]}" -l "$log" "$@" </dev/null >/dev/null 2>&1; then
    grep -E '^\[(ERROR|WARNING)\]' "$log" | head -n 60 || true
    echo "ear-smoke: mvn $* failed; full output in $log" >&2
    return 1
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

stop_domain() {
  if [[ $DOMAIN_STARTED == 1 && -x $ASADMIN ]]; then
    log "stopping domain $DOMAIN"
    timeout 90 "$ASADMIN" --interactive=false stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" >/dev/null 2>&1 \
      || log "stop-domain failed or timed out"
  fi
  local pid_file=$DOMAIN_DIR/$DOMAIN/config/pid
  if [[ -z $SERVER_PID && -f $pid_file ]]; then SERVER_PID=$(tr -dc '0-9' <"$pid_file"); fi
  # kill the server JVM this script started, by its pid, if it is still there
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null \
      && tr '\0' ' ' <"/proc/$SERVER_PID/cmdline" 2>/dev/null | grep -q -- "$DOMAIN_DIR"; then
    log "server pid $SERVER_PID still running: TERM"
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      log "server pid $SERVER_PID still running: KILL"
      kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
  fi
  DOMAIN_STARTED=0
}

exec 8>&1 9>&2 # the real stdout/stderr, for the EXIT trap (a signal may arrive inside a redirected command)

on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  exec 1>&8 2>&9
  if [[ -n $CHILD_PID ]]; then kill "$CHILD_PID" 2>/dev/null; wait "$CHILD_PID" 2>/dev/null; fi
  if ((rc == 0 && FAILED > 0)); then rc=1; fi
  if ((rc != 0 && FAILED == 0)); then fail "ear-smoke stopped early (exit $rc)"; fi
  if ((rc != 0)); then show_server_log; fi
  stop_domain
  if ((rc == 0)) && [[ ${EAR_SMOKE_KEEP:-0} != 1 ]]; then rm -rf "$DOMAIN_DIR"; fi
  log "done in $((SECONDS - T0)) s (exit $rc)"
  echo "$PASSED passed, $FAILED failed"
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- 1. the EAR
# stale: no EAR, sources newer than it, or the WAR inside it is not modules/web/target/relearn.war
ear_stale() {
  [[ ! -f $EAR ]] && return 0
  [[ -n $(find pom.xml ear/pom.xml modules -newer "$EAR" -type f -not -path '*/target/*' \
    \( -name '*.java' -o -name '*.xhtml' -o -name '*.properties' -o -name '*.xml' -o -name '*.sql' \
    -o -name '*.css' -o -name '*.js' -o -name '*.ttf' \) -print -quit) ]] && return 0
  [[ -f $WAR ]] && ! unzip -p "$EAR" relearn-web.war 2>/dev/null | cmp -s - "$WAR" && return 0
  return 1
}
if [[ ${EAR_SMOKE_BUILD:-0} == 1 ]] || ear_stale; then
  log "building the EAR: mvn -pl ear -am package -DskipTests"
  mvn_run build -pl ear -am package -DskipTests -Dspotless.check.skip=true
fi
[[ -f $EAR ]] || { echo "ear-smoke: $EAR was not built" >&2; exit 2; }
log "EAR: $EAR ($(du -h "$EAR" | cut -f1))"

# ---------------------------------------------------------------- 2. the server
if [[ ! -x $ASADMIN ]] || ! compgen -G "$PAYARA_HOME/glassfish/domains/domain1/lib/derby*.jar" >/dev/null; then
  log "unpacking Payara Server (profile ear-smoke)"
  mvn_run unpack -pl ear -Pear-smoke dependency:unpack@payara-server dependency:copy@payara-server-drivers
fi
[[ -x $ASADMIN ]] || { echo "ear-smoke: no $ASADMIN" >&2; exit 2; }
if [[ -n ${AS_JAVA:-} ]]; then JAVA_BIN=$AS_JAVA/bin/java
elif [[ -n ${JAVA_HOME:-} ]]; then JAVA_BIN=$JAVA_HOME/bin/java
else JAVA_BIN=$(command -v java); fi
log "Payara Server: $PAYARA_HOME; Java: $("$JAVA_BIN" -version 2>&1 | head -n 1)"

# ---------------------------------------------------------------- 3. a fresh domain
PORTBASE=${EAR_SMOKE_PORTBASE:-}
if [[ -z $PORTBASE ]]; then
  for base in 20000 21000 22000 23000 24000 25000 26000 27000 28000 29000; do
    busy=0
    for off in 9 37 38 39 48 49 59 66 76 80 81 86; do
      if port_in_use $((base + off)); then busy=1; break; fi
    done
    if ((busy == 0)); then PORTBASE=$base; break; fi
  done
  [[ -n $PORTBASE ]] || { echo "ear-smoke: no free port base in 20000-29000" >&2; exit 2; }
fi
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
BASE_URL=http://$HOST:$HTTP_PORT

rm -rf "$WORK"
mkdir -p "$DOMAIN_DIR" "$WORK/http"
log "creating domain $DOMAIN (port base $PORTBASE: admin $ADMIN_PORT, http $HTTP_PORT)"
run timeout 180 "$ASADMIN" --interactive=false create-domain --domaindir "$DOMAIN_DIR" --portbase "$PORTBASE" \
  --nopassword=true --checkports=true "$DOMAIN" >"$WORK/create-domain.log" 2>&1 \
  || { cat "$WORK/create-domain.log"; exit 2; }

DOMAIN_XML=$DOMAIN_DIR/$DOMAIN/config/domain.xml
# loopback only: HTTP, HTTPS and admin listeners of server-config, IIOP, JMX and the data grid
sed -i \
  -e 's|<network-listener port=|<network-listener address="'"$HOST"'" port=|' \
  -e 's|<iiop-listener \(.*\)address="0\.0\.0\.0"|<iiop-listener \1address="'"$HOST"'"|' \
  -e 's|<jmx-connector \(.*\)address="0\.0\.0\.0"|<jmx-connector \1address="'"$HOST"'"|' \
  -e 's|<hazelcast-runtime-configuration |<hazelcast-runtime-configuration interface="'"$HOST"'" das-bind-address="'"$HOST"'" das-public-address="'"$HOST"'" |' \
  "$DOMAIN_XML"
# Derby's derby.log and any on-disk database go to the domain, not to the working directory
sed -i "0,/<jvm-options>-Djdbc.drivers=/s|\(\s*\)<jvm-options>-Djdbc.drivers=|\1<jvm-options>-Dderby.system.home=$DOMAIN_DIR/$DOMAIN/derby</jvm-options>\n\1<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>\n&|" \
  "$DOMAIN_XML"
grep -q "address=\"$HOST\" port=\"$HTTP_PORT\"" "$DOMAIN_XML" \
  || { echo "ear-smoke: could not find http-listener-1 on port $HTTP_PORT in $DOMAIN_XML" >&2; exit 2; }

# JDBC drivers on the server classpath: a @DataSourceDefinition pool does not see the application's jars
cp "$PAYARA_HOME"/glassfish/domains/domain1/lib/*.jar "$DOMAIN_DIR/$DOMAIN/lib/"

# ---------------------------------------------------------------- 4. start with the app's environment
export RELEARN_DEMO=true
export RELEARN_DEMO_PASSWORD=$DEMO_PASSWORD
export RELEARN_DB_URL=${EAR_SMOKE_DB_URL:-"jdbc:derby:memory:relearn-smoke-$$;create=true"}
export RELEARN_DB_DRIVER=${EAR_SMOKE_DB_DRIVER:-org.apache.derby.iapi.jdbc.AutoloadedDriver}
export RELEARN_DB_USER=${EAR_SMOKE_DB_USER:-relearn}
export RELEARN_DB_PASSWORD=${EAR_SMOKE_DB_PASSWORD-relearn}
log "database: $RELEARN_DB_URL"

log "starting domain"
DOMAIN_STARTED=1
if ! run timeout "$START_TIMEOUT" "$ASADMIN" --interactive=false start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" \
    >"$WORK/start-domain.log" 2>&1; then
  cat "$WORK/start-domain.log"
  fail "start-domain"
  exit 1
fi
SERVER_PID=$(tr -dc '0-9' <"$DOMAIN_DIR/$DOMAIN/config/pid")
log "domain started, server pid $SERVER_PID"

# the server JVM must have inherited the RELEARN_* variables
if tr '\0' '\n' <"/proc/$SERVER_PID/environ" | grep -qx "RELEARN_DB_URL=$RELEARN_DB_URL"; then
  pass "server JVM inherited RELEARN_DB_URL from asadmin start-domain"
else
  fail "server JVM inherited RELEARN_DB_URL from asadmin start-domain"
fi
if command -v ss >/dev/null; then
  wide=$(ss -Hltnp 2>/dev/null | grep "pid=$SERVER_PID," | awk '{print $4}' | grep -vE "^(\[::ffff:)?$HOST\]?:" || true)
  if [[ -n $wide ]]; then log "note: listening beyond $HOST: $(echo $wide)"; fi
fi

# ---------------------------------------------------------------- 5. deploy
log "deploying $EAR"
if run timeout "$DEPLOY_TIMEOUT" "$ASADMIN" --interactive=false --host "$HOST" --port "$ADMIN_PORT" \
    deploy --name relearn "$EAR" >"$WORK/deploy.log" 2>&1; then
  pass "asadmin deploy relearn.ear"
else
  sed 's/^/      /' "$WORK/deploy.log"
  fail "asadmin deploy relearn.ear"
  exit 1
fi
log "deployed"

# ---------------------------------------------------------------- 6. HTTP checks
# fetch NAME PATH [curl args]: body in $WORK/http/NAME.body; sets CODE
fetch() {
  local name=$1 path=$2
  shift 2
  CODE=$(curl -sS --max-time "$HTTP_TIMEOUT" -o "$WORK/http/$name.body" -D "$WORK/http/$name.headers" \
    -w '%{http_code}' "$@" "$BASE_URL$path" 2>"$WORK/http/$name.err") || true
  [[ -n $CODE ]] || CODE=000
  BODY=$WORK/http/$name.body
  touch "$BODY"
}
has() { grep -qF -- "$1" "$BODY"; }
# a Java stack frame, a "Caused by", an exception with its message, or the container's own error page
stack_trace() {
  grep -Eq '[[:space:]]at [A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z0-9_$<>]+)+\([A-Za-z0-9_$]+\.java:[0-9]+\)|Caused by:|[a-z]\.[A-Za-z0-9_$]+(Exception|Error)(: |$)|Error report|StackTrace' "$BODY"
}
excerpt() { tr -s ' \n\t' ' ' <"$BODY" | cut -c1-300; }

fetch index /index.xhtml
if [[ $CODE == 200 ]] && { has "$LIBRARY_WORD" || has "$COURSE_TITLE"; }; then
  pass "GET /index.xhtml: 200 with Thai text"
else
  fail "GET /index.xhtml: 200 with \"$LIBRARY_WORD\" or the course title" "HTTP $CODE: $(excerpt)"
fi

fetch catalog /catalog.xhtml
if [[ $CODE == 200 ]] && has "$COURSE_TITLE"; then
  pass "GET /catalog.xhtml: 200 listing \"$COURSE_TITLE\""
else
  fail "GET /catalog.xhtml: 200 listing \"$COURSE_TITLE\"" "HTTP $CODE: $(excerpt)"
fi

fetch api /api/v1/courses -u "learner:$DEMO_PASSWORD" -H 'Accept: application/json'
json_title=0
if [[ $CODE == 200 ]]; then
  if has "$COURSE_TITLE"; then
    json_title=1
  elif command -v jq >/dev/null && jq -e --arg t "$COURSE_TITLE" '[.. | strings] | index($t) != null' "$BODY" >/dev/null 2>&1; then
    json_title=1   # the title was \u-escaped
  fi
fi
if ((json_title == 1)) && grep -qi '^content-type: *application/json' "$WORK/http/api.headers"; then
  pass "GET /api/v1/courses as learner: JSON with the course title"
else
  fail "GET /api/v1/courses as learner: JSON with the course title" "HTTP $CODE: $(excerpt)"
fi

fetch verify /verify/XXXX-XXXX
if [[ $CODE == 404 ]] && ! stack_trace && { has 'ไม่พบ' || grep -qi 'not found' "$BODY"; }; then
  pass "GET /verify/XXXX-XXXX: the application's 404 page, no stack trace"
else
  fail "GET /verify/XXXX-XXXX: the application's 404 page, no stack trace" "HTTP $CODE: $(excerpt)"
fi

fetch login /login.xhtml
if [[ $CODE == 200 ]] && ! stack_trace; then
  pass "GET /login.xhtml: 200"
else
  fail "GET /login.xhtml: 200" "HTTP $CODE: $(excerpt)"
fi

# on Payara Server /health is the server's MicroProfile Health endpoint, which includes the application's checks
fetch health /health
if [[ $CODE == 200 ]] && grep -q '"status" *: *"UP"' "$BODY"; then
  pass "GET /health: 200, UP"
else
  fail "GET /health: 200, UP" "HTTP $CODE: $(excerpt)"
fi

severe=$(grep -c '\[SEVERE\]' "$(server_log)" || true)
log "server.log has ${severe:-0} SEVERE entries"
if ((${severe:-0} > 0)); then grep -A3 '\[SEVERE\]' "$(server_log)" | head -n 40 || true; fi

if ((FAILED > 0)); then exit 1; fi
