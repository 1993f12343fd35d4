#!/usr/bin/env bash
# Build the release `lineage-node` (with its wasm runtime; with the rest of the workspace, as
# scripts/test.sh does, unless cargo arguments are given) and print the binary's path.
# Honours CARGO_TARGET_DIR; extra arguments go to cargo (e.g. --features runtime-benchmarks).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
lineage_build_env
cd "$LINEAGE_ROOT"
if [ $# -eq 0 ]; then
	# The whole workspace, as scripts/test.sh builds it: `-p lineage-node` unifies features
	# differently and compiles hundreds of crates a second time (9 min 24 s on 2026-12-03) beside
	# the artifacts test.sh and CI leave in the shared target dir.
	cargo build --release --locked --workspace --all-targets >&2
else
	cargo build --release --locked -p lineage-node "$@" >&2
fi
lineage_node_bin
