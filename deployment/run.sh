#!/usr/bin/env bash
# Builds what is missing and starts Relearn on Payara Micro with embedded Derby (or PostgreSQL).
#   RELEARN_PORT (8080)  RELEARN_HOME (./data)  RELEARN_DEMO (true)  RELEARN_DEMO_PASSWORD
#   RELEARN_DB_URL / RELEARN_DB_USER / RELEARN_DB_PASSWORD  (PostgreSQL: jdbc:postgresql://host:5432/db)
#   RELEARN_HTTP_ADDRESS (all interfaces): the address the HTTP listener binds to, e.g. 127.0.0.1.
#   RELEARN_HTTP_THREADS (200, Payara's default): most requests that run at once. Each video or file
#     being sent to a slow phone holds one, so keep it well above the number of such downloads.
#   RELEARN_CLUSTER: a cluster name joins this node to that Hazelcast cluster (sessions shared with
#     the other nodes; needs PostgreSQL) instead of running alone (--nocluster, the default);
#     RELEARN_CLUSTER_MODE sets the discovery (tcpip:127.0.0.1:6900,127.0.0.1:6901). See cluster-start.sh.
# Further arguments go to Payara Micro (e.g. --postbootcommandfile FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export RELEARN_HOME=${RELEARN_HOME:-$root/data}
port=${RELEARN_PORT:-8080}
war=$root/modules/web/target/relearn.war
server=$root/modules/web/target/server

stale() {
  [ ! -f "$war" ] || [ ! -f "$server/payara-micro.jar" ] ||
    [ -n "$(find pom.xml modules -newer "$war" -type f \( -name '*.java' -o -name '*.xhtml' -o -name '*.properties' \
      -o -name '*.xml' -o -name '*.sql' -o -name '*.css' -o -name '*.ttf' \) -not -path '*/target/*' -print -quit)" ]
}
if stale; then
  echo "Building Relearn (first start or sources changed)..."
  mvn -q -B -Dmaven.test.skip=true -Dspotless.check.skip=true install -pl modules/web -am
fi
# Payara Micro unpacked once and a class-data archive, both once per build (ADR 32)
bash deployment/server-root.sh
mapfile -t prepared < <(bash deployment/server-root.sh --print-java-options)

derby_default="jdbc:derby:relearn;create=true;territory=en_US"
case "${RELEARN_DB_URL:-}" in
  jdbc:postgresql:*) export RELEARN_DB_DRIVER=${RELEARN_DB_DRIVER:-org.postgresql.Driver} ;;
  "") export RELEARN_DB_URL=$derby_default ;;
esac

mkdir -p "$RELEARN_HOME"
echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=${RELEARN_HTTP_THREADS:-200}" \
  >"$RELEARN_HOME/preboot-$port.asadmin"
if [ -n "${RELEARN_HTTP_ADDRESS:-}" ]; then
  # set before the listener starts: changed after boot, Payara restarts the listener, which now and
  # then came back without its Grizzly proxy and never answered
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$RELEARN_HTTP_ADDRESS" \
    >>"$RELEARN_HOME/preboot-$port.asadmin"
fi
if [ -n "${RELEARN_CLUSTER:-}" ]; then
  # every node on one machine shares 127.0.0.1: without --nohostaware Hazelcast keeps no backup of a
  # node's sessions on the others, and they would die with it
  cluster=(--clustername "$RELEARN_CLUSTER" --clustermode "${RELEARN_CLUSTER_MODE:-tcpip:127.0.0.1:6900,127.0.0.1:6901}"
    --interfaces 127.0.0.1 --nohostaware)
else
  # alone: sessions stay in memory. web.xml is distributable (for cluster mode), and Payara would
  # otherwise still write each session through its persistence layer after every request (a Faces
  # page was ~9 times slower) and ask clients for a JSESSIONIDVERSION cookie
  echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false" \
    >>"$RELEARN_HOME/preboot-$port.asadmin"
  # and with no other node to talk to, Hazelcast is not started at all (about 1.5 s of each start)
  echo "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false" \
    >>"$RELEARN_HOME/preboot-$port.asadmin"
  cluster=(--nocluster)
fi

mkdir -p "$RELEARN_HOME/derby"
# a new Derby database starts as a copy of the build's schema template (ADR 35), written as the
# default user, whose schema holds the tables; the server still runs the migrations at start, and
# finds them applied. RELEARN_SCHEMA_TEMPLATE=false creates it
# at the first start instead.
if [ "$RELEARN_DB_URL" = "$derby_default" ] && [ "${RELEARN_DB_USER:-relearn}" = relearn ] &&
  [ ! -e "$RELEARN_HOME/derby/relearn" ] &&
  [ "${RELEARN_SCHEMA_TEMPLATE:-true}" != false ] && [ -d "$server/derby-template/relearn" ]; then
  cp -R "$server/derby-template/relearn" "$RELEARN_HOME/derby/relearn"
fi
# this node's own Payara root directory (configuration, deployed application), new at each start
instance=$RELEARN_HOME/payara-$port
bash deployment/server-root.sh --new-instance-dir "$instance"
# Derby: a new database gets the en_US territory (above), whose messages Derby finds without a failed
# lookup (with plain "en" every sort in a query looked for them and threw); identity values are taken
# from the catalog 10,000 at a time (see Database.IDENTITY_RANGE); plans are checked for staleness
# every 1,000 runs (Database.STALE_PLAN_CHECK_INTERVAL)
echo "Relearn: http://localhost:$port/  (data in $RELEARN_HOME; Ctrl-C stops)"
exec java ${RELEARN_JAVA_OPTS:--Xmx1g} \
  -Dderby.system.home="$RELEARN_HOME/derby" \
  -Dderby.stream.error.file="$RELEARN_HOME/derby/derby.log" \
  -Dderby.language.sequence.preallocator=10000 \
  -Dderby.language.stalePlanCheckInterval=1000 \
  "${prepared[@]}" \
  -jar "$server/root/relearn-launch.jar" --rootdir "$instance" \
  "${cluster[@]}" --prebootcommandfile "$RELEARN_HOME/preboot-$port.asadmin" \
  --deploy "$war" --contextroot / \
  --port "$port" \
  "$@"
