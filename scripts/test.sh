#!/usr/bin/env bash
# All tests: the workspace's cargo tests, then the end-to-end suites against a freshly started
# `--dev --tmp` node on free ports, which is stopped at the end whatever happens.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
cd "$LINEAGE_ROOT"

step() { printf '\n=== %s (%s)\n' "$*" "$(date +%T)"; }

step "setup"
bash "$here/setup.sh"

step "build lineage-node (release)"
node_bin="$(bash "$here/build.sh")"

step "cargo test (release profile, shared with the node build)"
lineage_build_env
cargo test --release --locked --workspace

step "pallet benchmarks as tests (--features runtime-benchmarks)"
mapfile -t pallet_pkgs < <(for d in pallets/*/; do echo "-p"; echo "pallet-$(basename "$d")"; done)
cargo test --release --locked "${pallet_pkgs[@]}" --features runtime-benchmarks

step "end-to-end suites against a fresh dev node"
artifacts="$LINEAGE_ROOT/tests/artifacts"
mkdir -p "$artifacts"
rpc_port="$(lineage_free_port)"
p2p_port="$(lineage_free_port)"
prom_port="$(lineage_free_port)"
"$node_bin" --dev --tmp --rpc-port "$rpc_port" --port "$p2p_port" --prometheus-port "$prom_port" \
	--no-telemetry >"$artifacts/dev-node.log" 2>&1 &
node_pid=$!
cleanup() {
	kill "$node_pid" 2>/dev/null || true
	wait "$node_pid" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

for _ in $(seq 1 120); do
	if curl -sf -H 'Content-Type: application/json' \
		-d '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' \
		"http://127.0.0.1:$rpc_port" >/dev/null 2>&1; then
		break
	fi
	kill -0 "$node_pid" 2>/dev/null || { cat "$artifacts/dev-node.log"; echo "dev node exited" >&2; exit 1; }
	sleep 0.5
done

export LINEAGE_WS="ws://127.0.0.1:$rpc_port"
export LINEAGE_PROMETHEUS="http://127.0.0.1:$prom_port/metrics"
(cd tests && node --test --test-concurrency=1 e2e/)

step "network fault suite (three validators + RPC node, about 70 s)"
cleanup
LINEAGE_NODE="$node_bin" bash -c 'cd tests && node --test --test-concurrency=1 network/'
step "all tests passed"
