#!/usr/bin/env bash
# The main job: set the machine up, build the node, run a single-validator dev chain on the
# default ports (RPC ws://127.0.0.1:9944, p2p 30333, Prometheus 9615), seed it with demo data and
# serve the labeller web app next to it (http://127.0.0.1:4173 by default).
#
#   scripts/dev.sh              a fresh chain every time (state in a temporary directory)
#   scripts/dev.sh --persist    keep the chain in ./.lineage-dev between runs
#   scripts/dev.sh --no-ui      the chain only (no demo data, no web app)
# Further arguments go to lineage-node. LINEAGE_UI_PORT picks the web app's port.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"

bash "$here/setup.sh"
node_bin="$(bash "$here/build.sh")"

storage=(--tmp)
ui=1
while [ $# -gt 0 ]; do
	case "$1" in
	--persist) storage=(--base-path "$LINEAGE_ROOT/.lineage-dev") ;;
	--no-ui) ui=0 ;;
	*) break ;;
	esac
	shift
done

if [ "$ui" = 0 ]; then
	cat <<TXT

  Lineage dev chain starting.
  polkadot.js / PAPI endpoint:  ws://127.0.0.1:9944
  Prometheus metrics:           http://127.0.0.1:9615/metrics
  Funded dev accounts:          //Alice //Bob //Charlie //Dave //Eve //Ferdie (Alice is sudo)
  Stop with Ctrl-C.

TXT
	exec "$node_bin" --dev "${storage[@]}" --rpc-cors all --prometheus-port 9615 "$@"
fi

ui_port="${LINEAGE_UI_PORT:-4173}"
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

"$node_bin" --dev "${storage[@]}" --rpc-cors all --prometheus-port 9615 "$@" &
pids+=($!)
for _ in $(seq 1 120); do
	curl -sf -H 'Content-Type: application/json' \
		-d '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' \
		http://127.0.0.1:9944 >/dev/null 2>&1 && break
	kill -0 "${pids[0]}" 2>/dev/null || { echo "lineage-node exited" >&2; exit 1; }
	sleep 0.5
done

(cd "$LINEAGE_ROOT/ui" && node scripts/seed-demo.mjs ws://127.0.0.1:9944 && npm run --silent build >/dev/null)
(cd "$LINEAGE_ROOT/ui" && exec npx vite preview --host 127.0.0.1 --port "$ui_port" --strictPort >/dev/null) &
pids+=($!)

cat <<TXT

  Lineage dev chain running, with demo data and the labeller app.
  Labeller web app:             http://127.0.0.1:$ui_port/
  polkadot.js / PAPI endpoint:  ws://127.0.0.1:9944
  Prometheus metrics:           http://127.0.0.1:9615/metrics
  Funded dev accounts:          //Alice //Bob //Charlie //Dave //Eve //Ferdie (Alice is sudo)
  Import a dev account (e.g. //Charlie) into the polkadot.js extension, Talisman or SubWallet
  to label. Stop with Ctrl-C.

TXT
wait "${pids[0]}"
