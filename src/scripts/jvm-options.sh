# shellcheck shell=bash
# The JVM options the run command and the benchmark start the API with (sourced, not run).
SP_JAVA_OPTS="${SP_JAVA_OPTS:-}"
