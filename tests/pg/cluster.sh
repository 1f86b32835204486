#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, on loopback, as an unprivileged user.
#   tests/pg/cluster.sh start DIR   initdb + pg_ctl start into DIR on a free port; writes DIR/url
#   tests/pg/cluster.sh stop DIR    stops it and removes DIR
# When no PostgreSQL server is installed, `start` prints why and writes DIR/skipped instead, and
# the PostgreSQL runs of the tests report themselves skipped with that reason.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?folder}

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bindir=$candidate
done

as_owner() {
  # initdb refuses to run as root; a CI machine runs as root, so the cluster belongs to `nobody`.
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ -z "$bindir" ]; then
      echo "PostgreSQL server not installed (no /usr/lib/postgresql/*/bin/initdb): the PostgreSQL test runs are skipped" | tee "$dir/skipped"
      exit 0
    fi
    # A root made by debootstrap inside a private folder (a fresh-root check, a container) can have
    # its "/" closed to other users, and then `nobody` cannot run anything: open it for traversal.
    if [ "$(id -u)" -eq 0 ] && ! runuser -u nobody -- test -x "$bindir/initdb"; then
      chmod o+rx /
    fi
    # The server's own files go to a fresh folder under /tmp: the build folder's parents may be
    # closed to `nobody` (a clone under /root).
    data=$(mktemp -d "${TMPDIR:-/tmp}/pantau-pg.XXXXXX")
    echo "$data" > "$dir/datadir"
    [ "$(id -u)" -eq 0 ] && chown nobody "$data"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$data/data" -U pantau --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log"; exit 1; }
    # In the server's own configuration, so a plain `pg_ctl start` after a stop (the tests that
    # stop the server under a running check-in) comes back on the same port.
    cat >> "$data/data/postgresql.conf" <<CONF
port = $port
unix_socket_directories = '$data'
listen_addresses = '127.0.0.1'
fsync = off
max_connections = 100
CONF
    # DIR/ctl stop|start: for those tests, with the right owner.
    owner=""
    [ "$(id -u)" -eq 0 ] && owner="runuser -u nobody --"
    cat > "$dir/ctl" <<CTL
#!/bin/sh
case "\$1" in
  stop) exec $owner "$bindir/pg_ctl" -D "$data/data" -m fast -w stop ;;
  start) exec $owner "$bindir/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 start ;;
esac
CTL
    chmod +x "$dir/ctl"
    as_owner "$bindir/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 start >/dev/null
    echo "postgresql://pantau@127.0.0.1:$port/postgres" > "$dir/url"
    echo "$bindir" > "$dir/bindir"
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') for the tests: $(cat "$dir/url")"
    ;;
  stop)
    if [ -f "$dir/datadir" ]; then
      data=$(cat "$dir/datadir")
      if [ -d "$data/data" ] && [ -n "$bindir" ]; then
        as_owner "$bindir/pg_ctl" -D "$data/data" -m immediate stop >/dev/null 2>&1 || true
      fi
      rm -rf "$data"
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
