# shellcheck shell=bash
# The JVM options the run command and the benchmark start the API with (sourced, not run); the
# Helm chart's javaToolOptions are the container's equivalent. Measured in the README ("Benchmark"):
# - the serial collector and a bounded heap keep resident memory near 300 MiB after start and
#   under 512 MiB under load (the default heap, a quarter of the machine's memory, let RSS grow to
#   1.6 GiB under load on H2), and the collector's pauses on a 320 MiB heap are a few milliseconds;
# - a class-data-sharing archive (target/quarkus-app/app-cds.jsa, made by the build with
#   -Dquarkus.package.jar.appcds.enabled=true) saves loading and verifying classes at start-up.
SP_JAVA_OPTS="${SP_JAVA_OPTS:--XX:+UseSerialGC -Xms96m -Xmx320m -Xss512k -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=256m -XX:+ExitOnOutOfMemoryError}"

# sp_java_cds QUARKUS_APP_DIR: the option that uses the build's class-data archive, if it made one.
sp_java_cds() {
  if [ -f "$1/app-cds.jsa" ]; then echo "-XX:SharedArchiveFile=$1/app-cds.jsa -Xshare:auto"; fi
}

# sp_java QUARKUS_APP_DIR [JAVA ARGS ...]: runs the packaged API in place of the calling (sub)shell,
# from its own folder, with SP_JAVA_OPTS and the class-data archive. The archive records the jars by
# their path relative to that folder and by their modification times, so the JVM ignores it (with a
# warning) when the jar is named by another path or the folder was copied without its times (cp -a).
sp_java() {
  local dir=$1
  shift
  cd "$dir" || return 1
  # shellcheck disable=SC2046,SC2086  # the options are words
  exec java $SP_JAVA_OPTS $(sp_java_cds .) "$@" -jar quarkus-run.jar
}
