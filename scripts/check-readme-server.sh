#!/usr/bin/env bash
# Runs the README's "Satu database untuk beberapa PC" steps for Debian/Ubuntu as written, then moves
# a demo database onto that server with the README's migrate-db command and reads it back, so the
# section cannot drift from what works. For a fresh Debian 12 root as root (.ci/run runs it there
# after the test suite, through ../shared/tools/fresh-root-check), after the build.
#   scripts/check-readme-server.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
app="$PWD/$build/pantau-kopdes"

# The n-th ```sh block of the section.
block() {
  awk -v n="$1" '/^### Satu database/{f=1; next} f && /^## /{exit}
                 f && /^```sh/{b++; if (b == n) {inb=1; next}} inb && /^```/{exit} inb{print}' README.md
}

# As root there is no sudo on a minimal root: run the lines as written with a stand-in for it.
sudo() {
  if [ "${1:-}" = "-u" ]; then local user=$2; shift 2; (cd /tmp && runuser -u "$user" -- "$@"); else "$@"; fi
}
export -f sudo

server=$(block 1)
[ -n "$server" ] || { echo "check-readme-server: the section's server commands were not found" >&2; exit 1; }
echo "check-readme-server: the README's server commands:"
echo "$server" | sed 's/^/  | /'
# ufw is not installed on a minimal system; the README says to skip it then. A machine with
# systemd starts the server when the package is installed; a root without an init system does
# not, so after the install line the cluster is started as its service would.
while IFS= read -r line; do
  case "$line" in
    "sudo ufw"*|"") continue ;;
  esac
  bash -euo pipefail -c "$line"
  if [[ "$line" == *"apt-get install"* ]]; then
    # The package makes and starts its cluster when it is installed; where that could not happen
    # (a root whose "/" was closed to the postgres user while the packages went in), make it now,
    # as the package's own message says to.
    if [ -z "$(pg_lsclusters -h)" ]; then
      [ "$(stat -c %A / | cut -c10)" = x ] || chmod o+rx /
      # systemd-tmpfiles makes the socket folder at boot; a root without an init system has none.
      install -d -o postgres -g postgres -m 2775 /var/run/postgresql
      pg_createcluster "$(ls /usr/lib/postgresql | sort -n | tail -1)" main >/dev/null
    fi
    install -d -o postgres -g postgres -m 2775 /var/run/postgresql
    pg_lsclusters -h | while read -r version name _ status _; do
      [ "$status" = online ] || pg_ctlcluster "$version" "$name" start
    done
  fi
done <<< "$server"

password=$(echo "$server" | sed -n "s/.*PASSWORD '\([^']*\)'.*/\1/p")
export PGPASSWORD=$password
[ "$(runuser -u postgres -- psql -tAc 'SHOW listen_addresses')" = "*" ] || { echo "listen_addresses not set" >&2; exit 1; }
grep -q "^host kmp kmp 192.168.1.0/24 scram-sha-256" /etc/postgresql/*/main/pg_hba.conf

# The README's move and connect, on this machine's loopback instead of the office's address.
work=$(mktemp -d)
"$app" demo --db "$work/kmp.sqlite" >/dev/null
moves=$(block 2 | grep migrate-db | sed -e "s#kmp.sqlite#$work/kmp.sqlite#" -e 's#192.168.1.10#127.0.0.1#' -e "s#^pantau-kopdes#$app#")
[ -n "$moves" ] || { echo "check-readme-server: the section's migrate-db command was not found" >&2; exit 1; }
echo "$moves" | bash -euo pipefail
"$app" summary --db "$work/kmp.sqlite" --json > "$work/file.json"
"$app" summary --db postgresql://kmp@127.0.0.1:5432/kmp --json > "$work/server.json"
cmp "$work/file.json" "$work/server.json"
echo "check-readme-server: the README's server steps work; the demo's summary is the same on the server"
rm -rf "$work"
