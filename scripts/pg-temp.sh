#!/usr/bin/env bash
# A throwaway PostgreSQL server from Debian's `postgresql` package, for the tests of the gateway's
# shared channel ledger:
#   scripts/pg-temp.sh start DIR   starts one in DIR on a free loopback port; prints its URL
#   scripts/pg-temp.sh stop DIR    stops it and removes DIR
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user.
set -euo pipefail

cmd=${1:?start|stop}
dir=${2:?a directory}
bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -1)
if [[ -z "$bin" ]]; then
	echo "pg-temp: no PostgreSQL server under /usr/lib/postgresql (scripts/setup.sh installs it)" >&2
	exit 1
fi

as_server() {
	if [[ "$(id -u)" == 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

case "$cmd" in
start)
	rm -rf "$dir"
	mkdir -p "$dir"
	# The cluster lives in a directory of its own under /tmp (DIR may sit in a directory the
	# server's user cannot enter); DIR/cluster names it.
	cluster=$(mktemp -d /tmp/lineage-pg.XXXXXX)
	chmod 755 "$cluster"
	echo "$cluster" >"$dir/cluster"
	if [[ "$(id -u)" == 0 ]]; then
		chown postgres "$cluster"
	fi
	as_server "$bin/initdb" -D "$cluster/data" -A trust -U lineage >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	as_server "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
		-o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
		{ cat "$cluster/server.log" >&2; exit 1; }
	as_server "$bin/createdb" -h 127.0.0.1 -p "$port" -U lineage lineage
	echo "postgres://lineage@127.0.0.1:$port/lineage"
	;;
stop)
	cluster=$(cat "$dir/cluster" 2>/dev/null || true)
	if [[ -n "$cluster" && -d "$cluster/data" ]]; then
		as_server "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	if [[ "$cluster" == /tmp/lineage-pg.* ]]; then
		rm -rf "$cluster"
	fi
	rm -rf "$dir"
	;;
*)
	echo "pg-temp: start|stop DIR" >&2
	exit 2
	;;
esac
