#!/usr/bin/env bash
# The gateway on loopback, against a fresh dev node (builds the node and lineage-gateway first).
# PARTS picks what runs (default "openai"; "invoke,openai" for both):
# - openai: what the OpenAI API adds over calling the model's server directly (llama.cpp's server
#   on a tiny GGUF model): p50/p99 added latency, whole and streamed, and streams/s at CLIENTS
#   concurrent streaming clients (default 500) for SECONDS (default 20), every call paid with a
#   channel voucher and then checked claimed on-chain (tests/perf/openai-bench.js).
# - invoke: the per-call on-chain path, CLIENTS (8) closed-loop clients for SECONDS (30): settled
#   calls/s, p50/p99, splits confirmed on chain (tests/perf/gateway-bench.js).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
bash "$here/setup.sh" >/dev/null
lineage_build_env
# The whole workspace, as scripts/test.sh builds it: the same features, so the artifacts CI left
# in the shared target dir are reused (`-p` builds unify features differently and compiled
# hundreds of crates again: 9 min 24 s on 2026-12-03).
(cd "$LINEAGE_ROOT" && cargo build --release --locked --workspace --all-targets >&2)
node_bin="$(lineage_node_bin)"
export LINEAGE_GATEWAY="$CARGO_TARGET_DIR/release/lineage-gateway"
log="$(mktemp)"
trap lineage_stop_dev_node EXIT INT TERM
lineage_start_dev_node "$node_bin" "$log"
cd "$LINEAGE_ROOT/tests"
parts="${PARTS:-openai}"
if [[ ",$parts," == *,invoke,* ]]; then node perf/gateway-bench.js; fi
if [[ ",$parts," == *,openai,* ]]; then node perf/openai-bench.js; fi
