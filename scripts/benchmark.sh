#!/usr/bin/env bash
# Generate every Lineage pallet's weights.rs from its frame_benchmarking::v2 benchmarks.
#
# Builds lineage-node with `--features runtime-benchmarks` into its own target dir
# (`$LINEAGE_BENCH_TARGET_DIR`, default /var/tmp/lineage-bench-target; allow most of an hour cold on
# 2 cores), runs `benchmark pallet` for each pallet at the
# standard 50 steps x 20 repeats, and writes pallets/<name>/src/weights.rs.
#   scripts/benchmark.sh                      all Lineage pallets
#   scripts/benchmark.sh asset-registry       one pallet (directory name under pallets/)
#   STEPS=5 REPEAT=2 scripts/benchmark.sh     a quick, rougher run
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
cd "$LINEAGE_ROOT"

bash "$here/setup.sh" >/dev/null
# A target dir of its own, so the benchmarking node never replaces the normal one that dev.sh,
# test.sh and CI run.
export CARGO_TARGET_DIR="${LINEAGE_BENCH_TARGET_DIR:-/var/tmp/lineage-bench-target}"
# frame-benchmarking-cli's storage-benchmark test runtime is not used by `benchmark pallet`, and its
# wasm build cannot find itself in this workspace's metadata: skip it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
node_bin="$(bash "$here/build.sh" --features runtime-benchmarks)"

pallets=("$@")
if [ ${#pallets[@]} -eq 0 ]; then
	for dir in pallets/*/; do pallets+=("$(basename "$dir")"); done
fi

for name in "${pallets[@]}"; do
	crate="pallet_${name//-/_}"
	out="pallets/$name/src/weights.rs"
	echo "[benchmark] $crate -> $out"
	"$node_bin" benchmark pallet \
		--chain dev \
		--pallet "$crate" \
		--extrinsic '*' \
		--steps "${STEPS:-50}" \
		--repeat "${REPEAT:-20}" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template "$here/weight-template.hbs" \
		--output "$out"
done
