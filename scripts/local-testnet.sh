#!/usr/bin/env bash
# A three-validator `local` network (Alice, Bob, Charlie) plus one non-validating RPC node, all
# on loopback, each with its own base path and keys inserted with `lineage-node key insert`.
# Prints the endpoints; Ctrl-C (or the end of the calling script) stops every node cleanly.
#
#   scripts/local-testnet.sh                 build if needed, start, wait for Ctrl-C
#   LINEAGE_NET_DIR=/tmp/net scripts/local-testnet.sh --detach
#                                            start, print endpoints, leave running; stop with
#                                            scripts/local-testnet.sh --stop (same LINEAGE_NET_DIR)
#   scripts/local-testnet.sh --start NAME    (re)start one node (alice|bob|charlie|rpc) of a
#                                            network started before, on its old base path
# Ports: p2p 30333-30336, RPC 9944-9947, Prometheus 9615-9618 (override the base ports with
# P2P_BASE, RPC_BASE, PROM_BASE).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"

net_dir="${LINEAGE_NET_DIR:-$LINEAGE_ROOT/.lineage-testnet}"
p2p_base="${P2P_BASE:-30333}"
rpc_base="${RPC_BASE:-9944}"
prom_base="${PROM_BASE:-9615}"
names=(alice bob charlie rpc)

stop_all() {
	for name in "${names[@]}"; do
		pid_file="$net_dir/$name.pid"
		if [ -f "$pid_file" ]; then
			kill "$(cat "$pid_file")" 2>/dev/null || true
			rm -f "$pid_file"
		fi
	done
	# Give them a moment to flush the database and exit.
	sleep 1
}

if [ "${1:-}" = "--stop" ]; then
	stop_all
	exit 0
fi

node_bin="${LINEAGE_NODE:-$(lineage_node_bin)}"
[ -x "$node_bin" ] || node_bin="$(bash "$here/build.sh")"
mkdir -p "$net_dir"

# Alice's node key is fixed so the others know her peer id for --bootnodes.
alice_key=0000000000000000000000000000000000000000000000000000000000000001
alice_peer="$("$node_bin" key inspect-node-key --file <(printf '%s' "$alice_key"))"

start_node() { # name index [extra args...]
	local name="$1" idx="$2"; shift 2
	local base="$net_dir/$name"
	"$node_bin" --chain local --base-path "$base" --name "$name" \
		--port $((p2p_base + idx)) --rpc-port $((rpc_base + idx)) --prometheus-port $((prom_base + idx)) \
		--no-telemetry --no-mdns --rpc-cors all "$@" >>"$net_dir/$name.log" 2>&1 &
	echo $! >"$net_dir/$name.pid"
}

insert_keys() { # name seed: session keys, and the persistent network key validators need
	local base="$net_dir/$1"
	"$node_bin" key generate-node-key --chain local --base-path "$base" 2>/dev/null
	"$node_bin" key insert --chain local --base-path "$base" --scheme sr25519 --suri "//$2" --key-type aura
	"$node_bin" key insert --chain local --base-path "$base" --scheme ed25519 --suri "//$2" --key-type gran
}

bootnode="/ip4/127.0.0.1/tcp/$p2p_base/p2p/$alice_peer"

start_named() { # name: start one node with its role's arguments
	case "$1" in
		alice) start_node alice 0 --validator --node-key "$alice_key" ;;
		bob) start_node bob 1 --validator --bootnodes "$bootnode" ;;
		charlie) start_node charlie 2 --validator --bootnodes "$bootnode" ;;
		rpc) start_node rpc 3 --bootnodes "$bootnode" ;;
		*) echo "unknown node $1 (alice|bob|charlie|rpc)" >&2; return 1 ;;
	esac
}

if [ "${1:-}" = "--start" ]; then
	start_named "${2:?--start needs a node name}"
	exit 0
fi

for i in 0 1 2; do
	name="${names[$i]}"
	[ -d "$net_dir/$name/chains" ] || insert_keys "$name" "${name^}"
done
for name in "${names[@]}"; do start_named "$name"; done

cat <<TXT
Lineage local testnet ($net_dir)
  alice    validator  ws://127.0.0.1:$rpc_base        metrics http://127.0.0.1:$prom_base/metrics
  bob      validator  ws://127.0.0.1:$((rpc_base + 1))        metrics http://127.0.0.1:$((prom_base + 1))/metrics
  charlie  validator  ws://127.0.0.1:$((rpc_base + 2))        metrics http://127.0.0.1:$((prom_base + 2))/metrics
  rpc      full node  ws://127.0.0.1:$((rpc_base + 3))        metrics http://127.0.0.1:$((prom_base + 3))/metrics
  bootnode $bootnode
  logs     $net_dir/<name>.log
TXT

if [ "${1:-}" = "--detach" ]; then
	exit 0
fi
trap stop_all EXIT INT TERM
echo "Stop with Ctrl-C."
wait
