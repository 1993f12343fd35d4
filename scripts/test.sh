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

step "style gate: rustfmt, shellcheck, TypeScript"
bash "$here/style.sh"

step "client package unit tests (no chain needed)"
(cd client && node --test test/)

# Every checkout shares one target dir, and cargo decides freshness by file times: make this
# checkout's sources newer than any artifact another checkout left, so its own crates are always
# compiled from its own code (dependencies are untouched).
find primitives pallets runtime node gateway -name '*.rs' -exec touch {} +

step "build the workspace: node, gateway, tests (release; Lineage's crates linted by clippy as they compile)"
lineage_build_env
cargo build --release --locked --workspace --all-targets
node_bin="$(lineage_node_bin)"
export LINEAGE_GATEWAY="$CARGO_TARGET_DIR/release/lineage-gateway"

step "cargo test (the same build)"
cargo test --release --locked --workspace

step "pallet benchmarks as tests (--features runtime-benchmarks)"
mapfile -t pallet_pkgs < <(for d in pallets/*/; do echo "-p"; echo "pallet-$(basename "$d")"; done)
cargo test --release --locked "${pallet_pkgs[@]}" --features runtime-benchmarks

step "end-to-end suites against a fresh dev node"
artifacts="$LINEAGE_ROOT/tests/artifacts"
mkdir -p "$artifacts"
trap lineage_stop_dev_node EXIT INT TERM
lineage_start_dev_node "$node_bin" "$artifacts/dev-node.log"
# The JS client's generated types must match this runtime's metadata (regenerate with
# `npm run typegen` in client/).
(cd client && npm run --silent typegen -- --check "$LINEAGE_WS")
(cd tests && node --test --test-concurrency=1 e2e/)

step "labeller web app in headless Chromium (playwright-core) against the same node"
(cd ui && npm run --silent build >/dev/null && LINEAGE_UI_ARTIFACTS="$artifacts/ui" node --test --test-concurrency=1 tests/)

step "lineage-gateway: train, register, serve over HTTP, crash and restart, against the same node"
(cd tests && node --test --test-concurrency=1 gateway/)

step "network fault suite (three validators + RPC node, about 70 s)"
lineage_stop_dev_node
LINEAGE_NODE="$node_bin" bash -c 'cd tests && node --test --test-concurrency=1 network/'
step "all tests passed"
