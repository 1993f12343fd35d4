#!/usr/bin/env bash
# Build the release `lineage-node` (with its wasm runtime) and print the binary's path.
# Honours CARGO_TARGET_DIR; extra arguments go to cargo (e.g. --features runtime-benchmarks).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
lineage_build_env
cd "$LINEAGE_ROOT"
cargo build --release --locked -p lineage-node "$@" >&2
lineage_node_bin
