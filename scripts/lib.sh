# shellcheck shell=bash
# Shared helpers for Lineage's scripts. Source it; it defines functions and exports the build
# environment, nothing else.

# The repository's root, for the scripts that source this file.
export LINEAGE_ROOT
LINEAGE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# One persistent target dir shared by every checkout and CI on this machine (a cold build of the
# node takes most of an hour on 2 cores); set CARGO_TARGET_DIR to use another.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/lineage-target}"

# Where rustup has no wasm32v1-none target, setup.sh links Debian's toolchain as 'web' with a
# sysroot for it: every build of the node must then build its runtime with that toolchain.
#
# Every build also lints Lineage's own crates with clippy as it compiles them (the wrapper runs
# clippy-driver for workspace members and path dependencies; `CLIPPY_ARGS` makes every warning
# an error): one compile, no second pass over the dependencies. Builds by hand that skip this
# recompile Lineage's crates (not the dependencies) the next time a script builds.
lineage_build_env() {
	if ! rustup target list --installed 2>/dev/null | grep -qx wasm32v1-none \
		&& rustup toolchain list 2>/dev/null | grep -q '^web'; then
		export WASM_BUILD_TOOLCHAIN=web
	fi
	LINEAGE_CLIPPY_DRIVER="$(rustup which clippy-driver)"
	export LINEAGE_CLIPPY_DRIVER
	export RUSTC_WORKSPACE_WRAPPER="$LINEAGE_ROOT/scripts/clippy-wrapper.sh"
	export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
}

lineage_build_env_summary() {
	lineage_build_env
	echo "CARGO_TARGET_DIR=$CARGO_TARGET_DIR WASM_BUILD_TOOLCHAIN=${WASM_BUILD_TOOLCHAIN:-<rustup default>}"
}

lineage_node_bin() {
	echo "$CARGO_TARGET_DIR/release/lineage-node"
}

# A TCP port nobody listens on now.
lineage_free_port() {
	python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# Start `$1` (a lineage-node binary) as a `--dev --tmp` node on free ports, logging to `$2`, plus
# any extra node flags; wait until its RPC answers. Sets LINEAGE_DEV_PID, LINEAGE_WS and
# LINEAGE_PROMETHEUS. The caller stops it with lineage_stop_dev_node (e.g. from a trap).
lineage_start_dev_node() {
	local bin="$1" log="$2"
	shift 2
	local rpc_port p2p_port prom_port
	rpc_port="$(lineage_free_port)"
	p2p_port="$(lineage_free_port)"
	prom_port="$(lineage_free_port)"
	"$bin" --dev --tmp --rpc-port "$rpc_port" --port "$p2p_port" --prometheus-port "$prom_port" \
		--no-telemetry "$@" >"$log" 2>&1 &
	LINEAGE_DEV_PID=$!
	for _ in $(seq 1 120); do
		if curl -sf -H 'Content-Type: application/json' \
			-d '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' \
			"http://127.0.0.1:$rpc_port" >/dev/null 2>&1; then
			export LINEAGE_WS="ws://127.0.0.1:$rpc_port"
			export LINEAGE_PROMETHEUS="http://127.0.0.1:$prom_port/metrics"
			return 0
		fi
		if ! kill -0 "$LINEAGE_DEV_PID" 2>/dev/null; then
			cat "$log"
			echo "dev node exited" >&2
			return 1
		fi
		sleep 0.5
	done
	echo "dev node did not answer on port $rpc_port within 60 s" >&2
	return 1
}

lineage_stop_dev_node() {
	if [ -n "${LINEAGE_DEV_PID:-}" ]; then
		kill "$LINEAGE_DEV_PID" 2>/dev/null || true
		wait "$LINEAGE_DEV_PID" 2>/dev/null || true
		LINEAGE_DEV_PID=
	fi
}
