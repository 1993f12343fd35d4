#!/usr/bin/env bash
# Generate every Lineage pallet's weights.rs from its frame_benchmarking::v2 benchmarks.
#
# Builds lineage-node with `--features runtime-benchmarks` (a separate build from the normal
# node: allow most of an hour cold on 2 cores), runs `benchmark pallet` for each pallet at the
# standard 50 steps x 20 repeats, and writes pallets/<name>/src/weights.rs.
#   scripts/benchmark.sh                      all Lineage pallets
#   scripts/benchmark.sh asset-registry       one pallet (directory name under pallets/)
#   STEPS=5 REPEAT=2 scripts/benchmark.sh     a quick, rougher run
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
cd "$LINEAGE_ROOT"

bash "$here/setup.sh" >/dev/null
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
