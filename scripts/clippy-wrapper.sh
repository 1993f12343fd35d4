#!/usr/bin/env bash
# Cargo's RUSTC_WORKSPACE_WRAPPER for every Lineage build (scripts/lib.sh sets it): Lineage's own
# crates are compiled by clippy-driver, which lints them (`CLIPPY_ARGS`: every warning is an
# error) while it compiles them, so the lint gate costs no second compile of the dependencies.
# The wasm runtime is compiled by plain rustc: its toolchain may be Debian's `web` one, which
# the host's clippy-driver does not match.
#   $1: the rustc cargo would run; the rest: its arguments.
set -euo pipefail
rustc="$1"
shift
for arg in "$@"; do
	case "$arg" in
	wasm32*-none | --target=wasm32*) exec "$rustc" "$@" ;;
	esac
done
exec "${LINEAGE_CLIPPY_DRIVER:?set by scripts/lib.sh}" "$rustc" "$@"
