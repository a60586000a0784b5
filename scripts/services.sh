#!/usr/bin/env bash
# Start (or stop) throwaway PostgreSQL and Redis servers on loopback ports for tests and benchmarks.
#   scripts/services.sh start   -> prints export lines for TEST_POSTGRES_URL and TEST_REDIS_URL
# The production-stack tests use them; TEST_DATABASE_URL=$TEST_POSTGRES_URL runs the app suite on PostgreSQL too.
#   scripts/services.sh stop
# Needs root (Debian's pg_createcluster/pg_ctlcluster; initdb itself refuses to run as root).
set -euo pipefail
PG_VERSION=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
PG_CLUSTER=quizapp_test
PG_PORT=${QUIZAPP_TEST_PG_PORT:-54329}
REDIS_PORT=${QUIZAPP_TEST_REDIS_PORT:-63799}

start() {
  if [ -z "$PG_VERSION" ]; then echo "postgresql is not installed (apt-get install postgresql)" >&2; exit 1; fi
  if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$PG_CLUSTER"; then
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" -- --auth-local=trust --auth-host=trust >/dev/null
    # Tests create and drop every table many times: trade durability for speed on this throwaway cluster.
    printf "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 300\n" \
      >> "/etc/postgresql/$PG_VERSION/$PG_CLUSTER/conf.d/quizapp-test.conf"
  fi
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >/dev/null 2>&1 || true
  for _ in $(seq 50); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 0.2; done
  su postgres -c "psql -q -h 127.0.0.1 -p $PG_PORT -tc \"SELECT 1 FROM pg_database WHERE datname='quizapp_test'\"" \
    | grep -q 1 || su postgres -c "createdb -h 127.0.0.1 -p $PG_PORT quizapp_test"
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
      --logfile /tmp/quizapp-test-redis.log
  fi
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "export TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/quizapp_test"
  echo "export TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0"
}

stop() {
  [ -n "$PG_VERSION" ] && pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop 2>/dev/null || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
