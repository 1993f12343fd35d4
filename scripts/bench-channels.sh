#!/usr/bin/env bash
# Paid calls through prepaid channels, measured on this machine in one run against one fresh dev
# node, in two parts:
#  1. the gateway (tests/perf/channels-bench.js): CLIENTS closed-loop HTTP clients (default 64),
#     each with its own channel, call a model on lineage-gateway for SECONDS (default 20), signing
#     a voucher per call: paid calls per second, p50/p99 latency, and, from the chain's events after
#     the gateway's claim loop, the calls credited (must equal the calls served), whether every
#     split adds up to the unit, and how long after its answer each call was credited on-chain;
#  2. the chain (tests/perf/channels-chain.js): pre-signed claims per second (one voucher each at
#     1, 10 and 100 calls per claim, and claim_batch) next to transfer_keep_alive per second.
# Targets (issue 17): >= 2,000 paid calls/s at p99 <= 50 ms; claims/s >= 0.7 x transfers/s; calls
# credited per second at 100 calls per claim >= 50 x transfers/s.
#   scripts/bench-channels.sh
#   CLIENTS=128 SECONDS=30 LINEAGE_CALLS=6000 LINEAGE_SENDERS=200 scripts/bench-channels.sh
#   PARTS=gateway scripts/bench-channels.sh        (or PARTS=chain)
#   PARTS="gateway shared" scripts/bench-channels.sh   (SQLite ledger, then the shared PostgreSQL one)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
bash "$here/setup.sh" >/dev/null
lineage_build_env
# The whole workspace, as scripts/test.sh builds it: the same features, so the artifacts CI left
# in the shared target dir are reused (a `-p` build would unify features differently and compile
# hundreds of crates again).
(cd "$LINEAGE_ROOT" && cargo build --release --locked --workspace --all-targets >&2)
node_bin="$(lineage_node_bin)"
export LINEAGE_GATEWAY="$CARGO_TARGET_DIR/release/lineage-gateway"
mkdir -p "$LINEAGE_ROOT/tests/artifacts"
trap lineage_stop_dev_node EXIT INT TERM
# A pool big enough for every pre-signed extrinsic of a phase at once.
lineage_start_dev_node "$node_bin" "$LINEAGE_ROOT/tests/artifacts/channels-bench-node.log" \
	--pool-limit 50000 --pool-kbytes 200000 --rpc-max-connections 1000
cd "$LINEAGE_ROOT/tests"
parts="${PARTS:-gateway chain}"
if [[ $parts == *gateway* ]]; then node perf/channels-bench.js; fi
# The same load on the gateway with its channel ledger in PostgreSQL (--shared-ledger), on the
# same node in the same run.
if [[ $parts == *shared* ]]; then LEDGER=shared node perf/channels-bench.js; fi
if [[ $parts == *chain* ]]; then node perf/channels-chain.js; fi
