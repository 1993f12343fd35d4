#!/usr/bin/env bash
# Generate every Lineage pallet's weights.rs from its frame_benchmarking::v2 benchmarks, and the
# runtime's own weights (runtime/src/weights/): the FRAME pallets and transaction extensions it
# uses, and the block and extrinsic base weights (`benchmark overhead`), all measured here.
#
# Builds lineage-node with `--features runtime-benchmarks` into its own target dir
# (`$LINEAGE_BENCH_TARGET_DIR`, default /var/tmp/lineage-bench-target; allow most of an hour cold on
# 2 cores), runs `benchmark pallet` for each pallet at the
# standard 50 steps x 20 repeats, and writes pallets/<name>/src/weights.rs.
#   scripts/benchmark.sh                      all Lineage pallets and the runtime's weights
#   scripts/benchmark.sh asset-registry       one pallet (directory name under pallets/)
#   scripts/benchmark.sh runtime              only runtime/src/weights/
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

# The FRAME pallets and extensions the runtime uses, benchmarked in this runtime on this machine
# (the crates' own weights were measured on other hardware, some with RocksDB's costs).
runtime_pallets=(frame_system frame_system_extensions pallet_balances pallet_transaction_payment
	pallet_timestamp pallet_sudo)

bench_pallet() { # <pallet> <output> [template]
	local template=()
	[ -n "${3:-}" ] && template=(--template "$3")
	"$node_bin" benchmark pallet \
		--chain dev \
		--pallet "$1" \
		--extrinsic '*' \
		--steps "${STEPS:-50}" \
		--repeat "${REPEAT:-20}" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		"${template[@]}" \
		--output "$2"
}

bench_runtime() {
	local dir=runtime/src/weights
	mkdir -p "$dir"
	for crate in "${runtime_pallets[@]}"; do
		echo "[benchmark] $crate -> $dir/$crate.rs"
		bench_pallet "$crate" "$dir/$crate.rs"
	done
	echo "[benchmark] block and extrinsic base weights -> $dir/{block,extrinsic}_weights.rs"
	"$node_bin" benchmark overhead --chain dev --weight-path "$dir" \
		--warmup "${OVERHEAD_WARMUP:-10}" --repeat "${OVERHEAD_REPEAT:-100}"
	# The generated constants name sp-weights and sp-core, which the runtime reaches through
	# frame-support.
	sed -i -e 's/sp_weights::/frame_support::weights::/g' \
		-e 's/use sp_core::parameter_types;/use frame_support::parameter_types;/' \
		"$dir/block_weights.rs" "$dir/extrinsic_weights.rs"
}

pallets=("$@")
if [ ${#pallets[@]} -eq 0 ]; then
	for dir in pallets/*/; do pallets+=("$(basename "$dir")"); done
	pallets+=(runtime)
fi

for name in "${pallets[@]}"; do
	if [ "$name" = runtime ]; then
		bench_runtime
		continue
	fi
	crate="pallet_${name//-/_}"
	out="pallets/$name/src/weights.rs"
	echo "[benchmark] $crate -> $out"
	bench_pallet "$crate" "$out" "$here/weight-template.hbs"
done

# The generated files in the workspace's style (scripts/style.sh checks it).
cargo +nightly fmt --all
