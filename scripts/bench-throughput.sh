#!/usr/bin/env bash
# Throughput on one dev node in one run: included transfer_keep_alive per second vs settled model
# calls per second (invoke + complete pairs, and invoke + complete_batch), against a model with a
# three-level lineage and 1,000 contributors. Prints the numbers as JSON.
#   scripts/bench-throughput.sh
#   LINEAGE_CALLS=4000 LINEAGE_SENDERS=200 LINEAGE_CONTRIBUTORS=1000 scripts/bench-throughput.sh
# Target (issue 4): settled calls per second >= 0.7 x transfers per second.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
cd "$LINEAGE_ROOT"

bash "$here/setup.sh" >/dev/null
node_bin="$(bash "$here/build.sh")"
mkdir -p tests/artifacts
trap lineage_stop_dev_node EXIT INT TERM
# A pool big enough for every pre-signed extrinsic of a phase at once.
lineage_start_dev_node "$node_bin" tests/artifacts/throughput-node.log \
	--pool-limit 50000 --pool-kbytes 200000 --rpc-max-connections 1000
(cd tests && node perf/throughput.js)
