#!/usr/bin/env bash
# Installs whatever is missing for building and testing Overdue, and nothing that is already
# there. Sourced by scripts/serve and scripts/test. Recipe: shared/reference/toolchain.md
# (tools that download binaries at build time fail on these machines, so everything comes from
# crates.io, npm or Debian packages).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
TRUNK_VERSION=0.21.14

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_rust_targets() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding rustup component $component"
      rustup component add "$component"
    fi
  done
}

ensure_debian_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  command -v qpdf >/dev/null || missing+=(qpdf)
  command -v xmllint >/dev/null || missing+=(libxml2-utils)
  command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

# The CLI must equal the wasm-bindgen crate in Cargo.lock exactly, or the build fails at runtime.
ensure_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' "$ROOT/Cargo.lock")
  if [ -z "$want" ]; then
    (cd "$ROOT" && cargo generate-lockfile)
    want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' "$ROOT/Cargo.lock")
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want$" \
    || ! wasm-bindgen-test-runner --version 2>/dev/null | grep -q " $want$"; then
    say "installing wasm-bindgen-cli $want (about 4 minutes)"
    # No --locked: a pinned transitive dependency of the CLI is not served by the registry.
    cargo install wasm-bindgen-cli --version "=$want" --force
  fi
}

# Splits the tools that are not in the first load off the main wasm (scripts/wasm-link).
WASM_SPLIT_VERSION=0.2.4
ensure_wasm_split() {
  if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 1 minute)"
    cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" \
      --features build-binary --locked --force
  fi
}

ensure_node_modules() {
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/@playwright/test" ] \
    || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm tools (wasm-opt from binaryen, Playwright without a browser download)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_all() {
  ensure_rust_targets
  ensure_debian_packages
  ensure_node_modules
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_split
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_all
  say "all tools present"
fi
