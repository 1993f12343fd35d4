#!/usr/bin/env bash
# Prepare a bare Debian machine to build, run and test Lineage. Idempotent: every step checks
# first and says what it did or why it skipped.
#
# Prints, as its last line, the environment every build of the node needs (source it or use
# scripts/env.sh, which the other scripts do).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$here/lib.sh"

say() { printf '[setup] %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------------
# chromium: the labeller UI's browser tests (playwright-core drives /usr/bin/chromium, no downloads).
# The ShellCheck package: test.sh's style gate over scripts/.
# postgresql: the gateway's shared channel ledger, which the tests start on a free port
# (scripts/pg-temp.sh).
debs=(protobuf-compiler clang libclang-dev libssl-dev pkg-config make curl ca-certificates chromium
	shellcheck postgresql)
wasm_debs=(rustc-web cargo-web rust-web-src lld-22)
missing=()
for p in "${debs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
# LINEAGE_WASM_SYSROOT=1 forces the offline path (to test it on a machine where rustup works).
need_wasm_sysroot="${LINEAGE_WASM_SYSROOT:-0}"
if [ "$need_wasm_sysroot" = 1 ]; then
	for p in "${wasm_debs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
elif ! rustup target list --installed 2>/dev/null | grep -qx wasm32v1-none; then
	if rustup target add wasm32v1-none >/dev/null 2>&1; then
		say "installed the rustup target wasm32v1-none"
	else
		need_wasm_sysroot=1
		for p in "${wasm_debs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
	fi
else
	say "rustup target wasm32v1-none already installed"
fi
if [ ${#missing[@]} -gt 0 ]; then
	say "installing Debian packages: ${missing[*]}"
	SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
	say "Debian packages already present"
fi

# --- wasm32v1-none sysroot from Debian's Rust sources (only where rustup has no such target) ---
if [ "$need_wasm_sysroot" = 1 ]; then
	libdir=/usr/lib/rustlib/wasm32v1-none/lib
	stamp="$libdir/.lineage-sysroot-$(/usr/bin/rustc --version | tr ' ()' '___')"
	if [ -f "$stamp" ]; then
		say "wasm32v1-none sysroot already built for $(/usr/bin/rustc --version)"
	else
		say "building a wasm32v1-none sysroot (core, alloc, compiler_builtins) from rust-web-src"
		work="$(mktemp -d)"
		mkdir -p "$work/src"
		cat >"$work/Cargo.toml" <<'TOML'
[package]
name = "sysroot-seed"
version = "0.0.0"
edition = "2021"
[lib]
path = "src/lib.rs"
[profile.release]
panic = "abort"
TOML
		printf '#![no_std]\n' >"$work/src/lib.rs"
		(cd "$work" && RUSTFLAGS='-C embed-bitcode=yes' RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
			CARGO_TARGET_DIR="$work/target" \
			/usr/bin/cargo build -q --release --target wasm32v1-none -Zbuild-std=core,alloc)
		mkdir -p "$libdir"
		rm -f "$libdir"/*.rlib "$libdir"/.lineage-sysroot-*
		cp "$work"/target/wasm32v1-none/release/deps/lib{core,alloc,compiler_builtins}-*.rlib "$libdir/"
		touch "$stamp"
		rm -rf "$work"
		# Runtime dependencies built against an older sysroot no longer link: start them afresh.
		rm -rf "${CARGO_TARGET_DIR:-$root/target}"/*/wbuild
		say "sysroot installed in $libdir"
	fi
	if ! rustup toolchain list | grep -q '^web'; then
		rustup toolchain link web /usr
		say "linked the Debian toolchain as rustup toolchain 'web'"
	fi
fi

# --- npm dependencies: one workspace (client/, tests/, ui/) installed at the root -------------
# One install and one lock file (package-lock.json at the root), so every process loads a single
# copy of @polkadot/api, whichever of client/, tests/ or ui/ imports it.
# Installs from before the workspace kept their own node_modules (and second copies of
# @polkadot/api) in tests/ and ui/; their own .package-lock.json gives them away.
for dir in "$root/tests" "$root/ui"; do
	if [ -f "$dir/node_modules/.package-lock.json" ]; then
		say "removing ${dir#"$root"/}/node_modules from a per-folder install"
		rm -rf "$dir/node_modules"
	fi
done
if [ -d "$root/node_modules" ] && [ "$root/node_modules/.package-lock.json" -nt "$root/package-lock.json" ]; then
	say "npm dependencies up to date"
else
	say "installing npm dependencies (workspaces: client, tests, ui)"
	# `npm ci` refuses a lock file that lists optional platform packages (rollup's, for Vite) the
	# registry here cannot resolve; `npm install` installs the same locked versions and leaves the
	# lock file as it is.
	(cd "$root" && { npm ci --no-audit --no-fund --loglevel=error 2>/dev/null \
		|| npm install --no-audit --no-fund --loglevel=error; })
fi

# --- Python: llama.cpp's OpenAI-compatible server and the OpenAI SDK, for the gateway's tests ---
# PyPI has llama-cpp-python only as source: its wheel is built once (about 5 minutes on 2
# cores, CPU only, portable) and kept under /var/tmp beside the Cargo target dir.
py_root="${LINEAGE_PYTHON_ROOT:-/var/tmp/lineage-py}"
py_req="$root/tests/gateway/upstream/requirements.txt"
py_stamp="$py_root/venv/.lineage-$(sha256sum "$py_req" | cut -c1-16)"
if [ -f "$py_stamp" ]; then
	say "Python test environment up to date ($py_root/venv)"
else
	say "installing the Python test environment into $py_root/venv (llama-cpp-python, gguf, openai)"
	mkdir -p "$py_root/wheels"
	[ -x "$py_root/venv/bin/python" ] || python3 -m venv "$py_root/venv"
	"$py_root/venv/bin/pip" install -q --upgrade pip
	llama_req="$(grep '^llama-cpp-python' "$py_req")"
	llama_version="${llama_req##*==}"
	if ! ls "$py_root/wheels/llama_cpp_python-$llama_version-"*.whl >/dev/null 2>&1; then
		say "building the llama-cpp-python wheel (once per machine)"
		CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_CURL=OFF" \
			CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
			"$py_root/venv/bin/pip" wheel -q --no-deps -w "$py_root/wheels" "llama-cpp-python==$llama_version"
	fi
	"$py_root/venv/bin/pip" install -q --find-links "$py_root/wheels" -r "$py_req"
	rm -f "$py_root"/venv/.lineage-*
	touch "$py_stamp"
fi

say "done; build environment: $(lineage_build_env_summary)"
