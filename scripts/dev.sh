#!/usr/bin/env bash
# The main job: set the machine up, build the node, and run a single-validator dev chain on the
# default ports (RPC ws://127.0.0.1:9944, p2p 30333, Prometheus 9615).
#
#   scripts/dev.sh              a fresh chain every time (state in a temporary directory)
#   scripts/dev.sh --persist    keep the chain in ./.lineage-dev between runs
# Further arguments go to lineage-node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"

bash "$here/setup.sh"
node_bin="$(bash "$here/build.sh")"

storage=(--tmp)
if [ "${1:-}" = "--persist" ]; then
	shift
	storage=(--base-path "$LINEAGE_ROOT/.lineage-dev")
fi

cat <<TXT

  Lineage dev chain starting.
  polkadot.js / PAPI endpoint:  ws://127.0.0.1:9944
  Prometheus metrics:           http://127.0.0.1:9615/metrics
  Funded dev accounts:          //Alice //Bob //Charlie //Dave //Eve //Ferdie (Alice is sudo)
  Stop with Ctrl-C.

TXT
exec "$node_bin" --dev "${storage[@]}" --rpc-cors all --prometheus-port 9615 "$@"
