# Shared helpers for Lineage's scripts. Source it; it defines functions and exports the build
# environment, nothing else.

LINEAGE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# One persistent target dir shared by every checkout and CI on this machine (a cold build of the
# node takes most of an hour on 2 cores); set CARGO_TARGET_DIR to use another.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/lineage-target}"

# Where rustup has no wasm32v1-none target, setup.sh links Debian's toolchain as 'web' with a
# sysroot for it: every build of the node must then build its runtime with that toolchain.
lineage_build_env() {
	if ! rustup target list --installed 2>/dev/null | grep -qx wasm32v1-none \
		&& rustup toolchain list 2>/dev/null | grep -q '^web'; then
		export WASM_BUILD_TOOLCHAIN=web
	fi
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
