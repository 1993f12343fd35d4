#!/usr/bin/env bash
# The style gate (test.sh runs it first; CI fails on it). Needs no build:
#   - rustfmt with .rustfmt.toml (polkadot-sdk's style; several options need nightly rustfmt)
#   - shellcheck over scripts/
#   - the labeller app's TypeScript and the client package's JSDoc types (`npm run typecheck` in
#     ui/ and client/)
# Clippy runs where the code is compiled anyway: every build through scripts/lib.sh compiles
# Lineage's crates with clippy-driver (scripts/clippy-wrapper.sh, `-D warnings`), so test.sh's
# build step is the clippy gate and the dependencies are not compiled twice.
#   scripts/style.sh          check
#   scripts/style.sh --fix    format the Rust code in place instead of checking it
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib.sh"
cd "$LINEAGE_ROOT"

say() { printf '[style] %s\n' "$*"; }

# The image's nightly toolchain carries the rustfmt that understands every option in
# .rustfmt.toml; a stable rustfmt would ignore the unstable ones and format differently.
if ! rustup run nightly rustfmt --version >/dev/null 2>&1; then
	say "nightly rustfmt not found (rustup toolchain 'nightly'): cannot check .rustfmt.toml's style" >&2
	exit 1
fi
if [ "${1:-}" = --fix ]; then
	cargo +nightly fmt --all
	say "formatted"
	exit 0
fi
if ! cargo +nightly fmt --all --check >/dev/null; then
	cargo +nightly fmt --all --check | head -60 >&2 || true
	say "Rust code is not formatted: run scripts/style.sh --fix" >&2
	exit 1
fi
say "rustfmt: clean"

shellcheck scripts/*.sh
say "shellcheck: clean"

(cd client && npm run --silent typecheck)
say "TypeScript (client): clean"
(cd ui && npm run --silent typecheck)
say "TypeScript (ui): clean"
