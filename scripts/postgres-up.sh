#!/usr/bin/env bash
# Starts a local PostgreSQL for the scale-out tests and CI, as root: installs Debian's
# `postgresql` when it is missing, starts its cluster, and makes sure the role `gameday`
# (password `gameday`, CREATEDB so tests can make a database per worker) and the database
# `gameday` exist. Safe to run again. Prints the URL to use as TEST_DATABASE_URL.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "postgres-up: run as root (it installs and starts the system PostgreSQL)" >&2
  exit 1
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres-up: installing postgresql with apt…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

# The newest installed major version, e.g. 15.
major=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$major" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$major" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$major" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$major" main start >&2
fi

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtAX "$@"; }

for _ in $(seq 1 30); do
  psql_admin -c "SELECT 1" >/dev/null 2>&1 && break
  sleep 0.5
done

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'gameday'")" != "1" ]; then
  psql_admin -c "CREATE ROLE gameday LOGIN PASSWORD 'gameday' CREATEDB"
else
  psql_admin -c "ALTER ROLE gameday LOGIN PASSWORD 'gameday' CREATEDB"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'gameday'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE gameday OWNER gameday"
fi

echo "postgresql://gameday:gameday@127.0.0.1:5432/gameday"
