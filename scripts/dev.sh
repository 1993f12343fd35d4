#!/usr/bin/env bash
# The main job: set the machine up, build the node, run a single-validator dev chain on the
# default ports (RPC ws://127.0.0.1:9944, p2p 30333, Prometheus 9615), seed it with demo data,
# serve the labeller web app next to it (http://127.0.0.1:4173 by default), and serve a model
# trained on the demo's labelled task through lineage-gateway (http://127.0.0.1:8080).
#
#   scripts/dev.sh              a fresh chain every time (state in a temporary directory)
#   scripts/dev.sh --persist    keep the chain in ./.lineage-dev between runs
#   scripts/dev.sh --no-ui      the chain only (no demo data, no web app)
# Further arguments go to lineage-node. LINEAGE_UI_PORT and LINEAGE_GATEWAY_PORT pick the ports.
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
gateway_port="${LINEAGE_GATEWAY_PORT:-8080}"
lineage_build_env
(cd "$LINEAGE_ROOT" && cargo build --release --locked -p lineage-gateway >&2)
gateway_bin="$CARGO_TARGET_DIR/release/lineage-gateway"
# The demo's gateway state (model file, registration, API keys, inputs and outputs) lives with
# the chain: in .lineage-dev with --persist, else in a temporary directory.
if [ "${storage[0]}" = --tmp ]; then
	demo="$(mktemp -d)"
else
	demo="$LINEAGE_ROOT/.lineage-dev/demo"
fi
mkdir -p "$demo"
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

"$node_bin" --dev "${storage[@]}" --rpc-cors all --prometheus-port 9615 "$@" >"$demo/node.log" 2>&1 &
pids+=($!)
echo "lineage-node starting (log: $demo/node.log); seeding demo data…"
for _ in $(seq 1 120); do
	curl -sf -H 'Content-Type: application/json' \
		-d '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' \
		http://127.0.0.1:9944 >/dev/null 2>&1 && break
	kill -0 "${pids[0]}" 2>/dev/null || { echo "lineage-node exited" >&2; exit 1; }
	sleep 0.5
done

(cd "$LINEAGE_ROOT/ui" && LINEAGE_SEED_OUT="$demo/seed.json" node scripts/seed-demo.mjs ws://127.0.0.1:9944 \
	&& { npm run --silent build >"$demo/ui-build.log" 2>&1 || { cat "$demo/ui-build.log"; exit 1; }; })
(cd "$LINEAGE_ROOT/ui" && exec npx vite preview --host 127.0.0.1 --port "$ui_port" --strictPort >/dev/null) &
pids+=($!)

# Train a model on the demo's finalised task, register it (owner Bob, provider Ferdie, 0.1 LIN a
# call) and serve it; Dave's account pays for calls made with the API key "demo-key".
if [ ! -f "$demo/registered.json" ]; then
	labelled="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["labelled"])' "$demo/seed.json")"
	"$gateway_bin" train --rpc ws://127.0.0.1:9944 --task "$labelled" --out "$demo/model.json" >/dev/null
	LINEAGE_SURI=//Bob "$gateway_bin" register --rpc ws://127.0.0.1:9944 --model-file "$demo/model.json" \
		--uri "file://demo/model.json" --price 0.1 --provider 5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL \
		--provider-share 30 --timeout 20 >"$demo/registered.json"
fi
model_id="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["model"])' "$demo/registered.json")"
printf '{"demo-key": "//Dave"}\n' >"$demo/keys.json"
LINEAGE_PROVIDER_SURI=//Ferdie "$gateway_bin" serve --rpc ws://127.0.0.1:9944 --listen "127.0.0.1:$gateway_port" \
	--model "$model_id=$demo/model.json" --api-keys "$demo/keys.json" --data-dir "$demo/gateway" \
	2>"$demo/gateway.log" &
pids+=($!)

cat <<TXT

  Lineage dev chain running, with demo data and the labeller app.
  Labeller web app:             http://127.0.0.1:$ui_port/
  Model gateway (HTTP):         http://127.0.0.1:$gateway_port/v1/models   (log: $demo/gateway.log)
    curl -s -H 'Authorization: Bearer demo-key' -d '{"input":"a wonderful film"}' http://127.0.0.1:$gateway_port/v1/models/$model_id/invoke
    Each call pays the demo task's labellers (Dave, Eve): watch Earnings in the app as //Eve.
  polkadot.js / PAPI endpoint:  ws://127.0.0.1:9944
  Prometheus metrics:           http://127.0.0.1:9615/metrics
  Node log:                     $demo/node.log
  Funded dev accounts:          //Alice //Bob //Charlie //Dave //Eve //Ferdie (Alice is sudo)
  Import a dev account (e.g. //Charlie) into the polkadot.js extension, Talisman or SubWallet
  to label. Stop with Ctrl-C.

TXT
wait "${pids[0]}"
