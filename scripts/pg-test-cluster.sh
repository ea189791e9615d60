#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for the integration tests.
#
#   scripts/pg-test-cluster.sh start   # (re)create + start; last stdout line: export TEST_DATABASE_URL=...
#   scripts/pg-test-cluster.sh env     # print the export line of the running cluster
#   scripts/pg-test-cluster.sh stop    # stop it (if running) and delete its directory
#
# Typical use:  eval "$(scripts/pg-test-cluster.sh start | tail -n 1)"
#
# The cluster lives entirely in $PG_TEST_DIR (default /tmp/sasaeai-pg): data,
# socket, log and the env file. Nothing in it is meant to survive: durability
# is switched off for speed, auth is "trust", and it listens on loopback only.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
PG_TEST_DIR="${PG_TEST_DIR:-/tmp/sasaeai-pg}"
DATA_DIR="$PG_TEST_DIR/data"
SOCK_DIR="$PG_TEST_DIR/sock"
LOG_FILE="$PG_TEST_DIR/postgres.log"
ENV_FILE="$PG_TEST_DIR/env"
# Written into every directory we create, so that we only ever `rm -rf` a
# directory this script made (PG_TEST_DIR could be mistyped as $HOME).
MARKER="$PG_TEST_DIR/.sasaeai-pg-test-cluster"

log() { echo "pg-test-cluster: $*" >&2; }
# Milliseconds since the epoch (bash 5's EPOCHREALTIME; no fork).
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }
die() { log "error: $*"; exit 1; }

# Refuse obviously dangerous values before anything gets wiped.
case "$PG_TEST_DIR" in
  /*) ;;
  *) die "PG_TEST_DIR must be an absolute path (got '$PG_TEST_DIR')" ;;
esac
[[ "$PG_TEST_DIR" != "/" && "${PG_TEST_DIR%/}" != "" ]] || die "refusing PG_TEST_DIR=/"
# The socket dir goes into pg_ctl's -o string unquoted, so no whitespace.
[[ "$PG_TEST_DIR" != *[[:space:]]* ]] || die "PG_TEST_DIR must not contain whitespace"

# initdb and postgres refuse to run as root, so as root we drop to the
# `postgres` OS user; as anyone else we run as ourselves.
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ensure_binaries() {
  [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" && -x "$PG_BIN/psql" ]] && return 0
  [[ $EUID -eq 0 ]] || die "PostgreSQL 15 not found at $PG_BIN; install postgresql-15 (needs root)"
  log "PostgreSQL 15 not found at $PG_BIN; installing postgresql-15"
  # Noninteractive so CI (no stdin) never blocks on a debconf prompt.
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql-15 >&2
  [[ -x "$PG_BIN/initdb" ]] || die "postgresql-15 installed but $PG_BIN/initdb is still missing"
}

# Ask the kernel for a free loopback port (bind to port 0, read it, release it).
# There is a tiny window before postgres binds it; start() retries on failure.
free_port() {
  node -e '
    const s = require("net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });
  '
}

# Stop a server running in $DATA_DIR, if any. Never fails.
stop_server() {
  [[ -f "$DATA_DIR/postmaster.pid" && -x "$PG_BIN/pg_ctl" ]] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" stop -m fast -w -t 30 >/dev/null 2>&1 \
    || as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" stop -m immediate -w -t 10 >/dev/null 2>&1 \
    || true
}

# Remove $PG_TEST_DIR, but only if it is empty or one of ours.
wipe_dir() {
  [[ -e "$PG_TEST_DIR" ]] || return 0
  if [[ -f "$MARKER" || -z "$(ls -A "$PG_TEST_DIR" 2>/dev/null)" ]]; then
    rm -rf -- "$PG_TEST_DIR"
  else
    die "$PG_TEST_DIR exists and was not created by this script; not deleting it"
  fi
}

cmd_start() {
  local t0; t0=$(now_ms)
  ensure_binaries
  id postgres >/dev/null 2>&1 || [[ $EUID -ne 0 ]] || die "OS user 'postgres' does not exist"

  # Always start from scratch: stop whatever an earlier run left, then wipe.
  stop_server
  wipe_dir

  mkdir -p "$DATA_DIR" "$SOCK_DIR"
  touch "$MARKER"
  chmod 700 "$DATA_DIR"
  if [[ $EUID -eq 0 ]]; then
    chown -R postgres: "$PG_TEST_DIR"
    # The postgres user must be able to reach the directory (e.g. if it is
    # under a root-only parent); fail early with a clear message if not.
    runuser -u postgres -- test -w "$DATA_DIR" \
      || die "user postgres cannot write $DATA_DIR (is a parent directory root-only?)"
  fi

  # --auth=trust: tests connect without a password. C.UTF-8 gives byte-order
  # collation and UTF-8 ctype, the same as production (Japanese text).
  if ! as_pg "$PG_BIN/initdb" -D "$DATA_DIR" -E UTF8 --locale=C.UTF-8 -U postgres \
      --auth=trust --no-instructions >"$PG_TEST_DIR/initdb.log" 2>&1; then
    cat "$PG_TEST_DIR/initdb.log" >&2
    die "initdb failed"
  fi

  # fsync/synchronous_commit/full_page_writes off: a crash loses the cluster,
  # which is fine for a throwaway one and makes the tests much faster.
  # max_connections=200: parallel vitest workers each open a pool.
  local port attempt started=
  for attempt in 1 2 3; do
    port=$(free_port)
    if as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 start \
        -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c listen_addresses=127.0.0.1 -p $port -k $SOCK_DIR -c max_connections=200" \
        >/dev/null 2>&1; then
      started=1
      break
    fi
    log "start on port $port failed (attempt $attempt); retrying"
    stop_server
  done
  if [[ -z "$started" ]]; then
    tail -n 30 "$LOG_FILE" >&2 2>/dev/null || true
    die "could not start PostgreSQL (log: $LOG_FILE)"
  fi

  local url="postgres://postgres@127.0.0.1:$port/postgres"
  # Check over TCP, exactly as the tests will connect, that the locale took.
  local ctype
  ctype=$("$PG_BIN/psql" "$url" -XAtq -c 'SHOW lc_ctype') || die "psql could not connect to $url"
  [[ "$ctype" == "C.UTF-8" ]] || die "expected lc_ctype C.UTF-8, got '$ctype'"

  echo "TEST_DATABASE_URL=$url" >"$ENV_FILE"
  log "PostgreSQL 15 ready on 127.0.0.1:$port (dir $PG_TEST_DIR) in $(( $(now_ms) - t0 )) ms"
  echo "export TEST_DATABASE_URL=$url"
}

cmd_env() {
  [[ -f "$ENV_FILE" ]] || die "no cluster in $PG_TEST_DIR (run: $0 start)"
  echo "export $(cat "$ENV_FILE")"
}

cmd_stop() {
  local t0; t0=$(now_ms)
  if [[ ! -e "$PG_TEST_DIR" ]]; then
    log "nothing to stop in $PG_TEST_DIR"
    return 0
  fi
  stop_server
  wipe_dir
  log "stopped and removed $PG_TEST_DIR in $(( $(now_ms) - t0 )) ms"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  env) cmd_env ;;
  *)
    echo "usage: $0 start|stop|env   (dir: \$PG_TEST_DIR, default /tmp/sasaeai-pg)" >&2
    exit 2
    ;;
esac
