#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 cluster (Debian's pg_ctlcluster) and makes the test role and
# database if they are missing. Safe to run again. Needs root (or sudo) to start the cluster.
#   src/scripts/postgres.sh start   # start, create role/database, wait until ready
#   src/scripts/postgres.sh stop
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
DB_NAME="${SP_PG_DATABASE:-social_prescribing_test}"
DB_USER="${SP_PG_USER:-social_prescribing}"
DB_PASSWORD="${SP_PG_PASSWORD:-social_prescribing}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi
}

start() {
  if ! command -v pg_ctlcluster >/dev/null; then
    echo "PostgreSQL is not installed: apt-get install postgresql-15" >&2
    exit 1
  fi
  if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c && $4=="online"' | grep -q .; then
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
  fi
  for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
  done
  pg_isready -h 127.0.0.1 -p 5432
  as_postgres "psql -v ON_ERROR_STOP=1 -q" <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$DB_USER') then
    create role $DB_USER login password '$DB_PASSWORD';
  end if;
end \$\$;
select 'create database $DB_NAME owner $DB_USER'
where not exists (select from pg_database where datname = '$DB_NAME')\gexec
SQL
  echo "PostgreSQL is ready: jdbc:postgresql://127.0.0.1:5432/$DB_NAME (user $DB_USER)"
}

case "${1:-start}" in
  start) start ;;
  stop) as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop || true ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
