#!/usr/bin/env bash
# Fuzz the assembled runtime with structured random calls for a given time.
#   scripts/fuzz.sh [seconds] [seed]      default: 600 s, seed 0x11ea9e
# Episodes of 100 blocks × 50 random calls (balances and every Lineage pallet, random origins
# and arguments) from the dev genesis; after every block each pallet's try_state invariants and
# conservation of money are checked. Prints calls executed; on a panic or a broken invariant,
# prints the seed, episode, block and that block's calls (rerun with the seed to reproduce) and
# exits non-zero.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
cd "$LINEAGE_ROOT"
lineage_build_env
export LINEAGE_FUZZ_SECONDS="${1:-600}"
export LINEAGE_FUZZ_SEED="${2:-1174174}"
mkdir -p tests/artifacts
log=tests/artifacts/fuzz.log
set +e
cargo test --release --locked -p lineage-runtime --test runtime fuzz::fuzz_smoke -- --nocapture --exact >"$log" 2>&1
status=$?
set -e
grep -E "^fuzz:|invariant broken|panic in a block|panicked|^test result" "$log" || tail -40 "$log"
[ "$status" -eq 0 ] || echo "fuzz failed: full output in $log" >&2
exit "$status"
