#!/usr/bin/env bash
# Gateway throughput on loopback: builds the node and lineage-gateway, starts a fresh dev node,
# trains and registers a model on a freshly labelled task, starts the gateway, and runs CLIENTS
# concurrent HTTP clients for SECONDS seconds (default 8 and 30). Prints settled calls/s, p50/p99
# latency, and how many settled calls' splits were confirmed on chain.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
bash "$here/setup.sh" >/dev/null
node_bin="$(bash "$here/build.sh")"
lineage_build_env
(cd "$LINEAGE_ROOT" && cargo build --release --locked -p lineage-gateway >&2)
export LINEAGE_GATEWAY="$CARGO_TARGET_DIR/release/lineage-gateway"
log="$(mktemp)"
trap lineage_stop_dev_node EXIT INT TERM
lineage_start_dev_node "$node_bin" "$log"
cd "$LINEAGE_ROOT/tests" && node perf/gateway-bench.js
