#!/usr/bin/env bash
# Prepares Payara Micro to start fast, once per build (see src/docs/adr/0032-prepared-server-root.md):
#  1. modules/web/target/server/root: Payara Micro's runtime unpacked once, with the JDBC drivers,
#     and relearn-launch.jar, whose class path names those jars. Each node then starts from it with
#     a small root directory of its own (run.sh), instead of unpacking 100 MB into a temporary
#     directory at every start.
#  2. modules/web/target/server/relearn.jsa: a class-data archive of the classes a start loads,
#     written by one start of the application (on a throwaway Derby database) that stops as soon as it
#     is deployed. The JVM then maps those classes instead of reading, parsing and verifying them.
#     If the archive does not match (another JDK, a moved folder) the JVM ignores it and starts as
#     before. RELEARN_CDS=false skips it.
# Does nothing when both are newer than what they were made from (the archive: the launcher and
# the WAR). run.sh calls it before a start; bench.sh and cluster-start.sh call it after building,
# so a measured or scripted start does not include it. Prints the options run.sh passes to java
# with --print-java-options.
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$(pwd)

server=$root_dir/modules/web/target/server
war=$root_dir/modules/web/target/relearn.war
root=$server/root
launcher=$root/relearn-launch.jar
archive=$server/relearn.jsa

java_options() {
  printf '%s\n' "-Dfish.payara.micro.BootJar=file:$launcher" "-Dfish.payara.micro.UnpackDir=$root"
  if [ "${RELEARN_CDS:-true}" != false ] && [ -f "$archive" ]; then
    printf '%s\n' "-XX:SharedArchiveFile=$archive"
  fi
}

# copies what a node writes to (its configuration) out of the shared root into a new directory
new_instance_dir() {
  rm -rf "$1"
  mkdir -p "$1"
  cp -R "$root/config" "$root/docroot" "$root/lib" "$1/"
}

free_port() {
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

# the jar tool of the JDK whose java runs the server (not whichever jar comes first on the PATH)
jar_tool() {
  local tool
  tool=$(dirname "$(readlink -f "$(command -v java)")")/jar
  [ -x "$tool" ] || tool=jar
  echo "$tool"
}

prepare() {
  [ -f "$server/payara-micro.jar" ] || {
    echo "no $server/payara-micro.jar: build first (mvn -DskipTests install)" >&2
    exit 1
  }
  mkdir -p "$server"
  exec 9>"$server/.prepare.lock"
  flock 9 # two nodes starting at once prepare it once

  if [ ! -f "$launcher" ] || [ -n "$(find "$server/payara-micro.jar" "$server/lib" -newer "$launcher" -print -quit)" ]; then
    echo "Unpacking Payara Micro into $root (once per build)..."
    rm -rf "$root" "$archive"
    java -jar "$server/payara-micro.jar" --rootdir "$root" --addLibs "$server/lib" --outputlauncher \
      >"$server/root.log" 2>&1 || {
      cat "$server/root.log" >&2
      exit 1
    }
    # the launcher Payara writes insists on being its own root directory; started at Payara's main
    # class instead, each node names a root of its own and all of them share these jars
    cp "$root/launch-micro.jar" "$launcher.tmp"
    "$(jar_tool)" --update --file "$launcher.tmp" --main-class fish.payara.micro.impl.PayaraMicroImpl
    mv "$launcher.tmp" "$launcher"
  fi

  # a failed attempt is not repeated at every start, only after the next build
  # the archive holds many of the application's classes too: a rebuilt WAR needs a new one (with
  # the old one, a start on PostgreSQL took about 5 s longer, ADR 32's amendment)
  if [ "${RELEARN_CDS:-true}" != false ] &&
    { [ ! -f "$archive" ] || [ "$launcher" -nt "$archive" ] || [ "$war" -nt "$archive" ]; } &&
    { [ ! -f "$archive.failed" ] || [ "$launcher" -nt "$archive.failed" ] ||
      [ "$war" -nt "$archive.failed" ]; }; then
    echo "Writing the class-data archive $archive (once per build, about half a minute)..."
    local warm=$server/warmup
    new_instance_dir "$warm/root"
    mkdir -p "$warm/derby"
    {
      echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false"
      echo "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false"
      echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1"
    } >"$warm/preboot.asadmin"
    rm -f "$archive.tmp"
    # --warmup: deploys (migrations, demo content) and stops; the JVM writes the archive as it exits
    if env -i PATH="$PATH" HOME="$warm" RELEARN_HOME="$warm" RELEARN_MEDIA_DIR="$warm/media" \
      java -Xmx1g -XX:ArchiveClassesAtExit="$archive.tmp" \
      -Dfish.payara.micro.BootJar="file:$launcher" -Dfish.payara.micro.UnpackDir="$root" \
      -Dderby.system.home="$warm/derby" \
      -jar "$launcher" --rootdir "$warm/root" --nocluster --prebootcommandfile "$warm/preboot.asadmin" \
      --deploy "$war" --contextroot / --port "$(free_port 28080)" --warmup >"$server/warmup.log" 2>&1 &&
      [ -s "$archive.tmp" ]; then
      mv "$archive.tmp" "$archive"
      rm -f "$archive.failed"
    else
      rm -f "$archive.tmp"
      touch "$archive.failed"
      echo "No class-data archive (see $server/warmup.log); starts are slower but work." >&2
    fi
    rm -rf "$warm"
  fi
}

# The schema template (ADR 35): a new Derby database holding every module's schema, written by
# the same migrations the server runs, once per build. run.sh copies it into a new data directory,
# so the first start does not create the database and run every migration on Derby.
template() {
  local template=$server/derby-template
  # a start on another database (PostgreSQL, a cluster) has no use for it; a later Derby start
  # through run.sh writes it then
  case "${RELEARN_DB_URL:-}" in "" | "jdbc:derby:relearn;create=true;territory=en_US") ;; *) return ;; esac
  if [ -d "$template/relearn" ] && [ ! "$war" -nt "$template" ] && [ ! "$server/lib" -nt "$template" ]; then
    return
  fi
  echo "Writing the Derby schema template $template (once per build)..."
  local work=$server/template-work
  rm -rf "$work" "$template"
  mkdir -p "$work/war" "$work/db"
  # the JDK's jar tool, not unzip, which a new machine may not have; a failure here only means no
  # template
  if (cd "$work/war" && "$(jar_tool)" --extract --file "$war" WEB-INF/lib) &&
    java -cp "$work/war/WEB-INF/lib/*:$server/lib/*" org.relearning.platform.db.SchemaTemplate "$work/db" \
    >"$server/template.log" 2>&1; then
    mv "$work/db" "$template"
  else
    cat "$server/template.log" >&2 2>/dev/null || true
    echo "No schema template; a new Derby database is created at the first start instead." >&2
  fi
  rm -rf "$work"
}

case "${1:-}" in
  --print-java-options) java_options ;;
  --new-instance-dir) new_instance_dir "$2" ;;
  *)
    prepare
    template
    ;;
esac
