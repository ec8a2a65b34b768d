#!/usr/bin/env bash
# Install what escviz needs to build and test, if it is missing (Debian).
# Usage: scripts/deps.sh [--test]   (--test adds what only the tests need)
set -euo pipefail
pkgs=(build-essential cmake pkg-config libpcre2-dev libsqlite3-dev libjansson-dev
      libcmocka-dev libgraphviz-dev nettle-dev zlib1g-dev golang-go xz-utils)
if [ "${1:-}" = "--test" ]; then
  pkgs+=(sqlite3 python3 python3-jsonschema valgrind clang time)
  pkgs+=(graphviz) # tests/cli/hostile.sh: dot parses escviz's DOT output
  pkgs+=(golang-github-pkg-errors-dev golang-github-spf13-pflag-dev golang-github-google-go-cmp-dev) # tests/cli/goscan_vs_ast.sh
  # tests/cli/report_browser.sh: headless chromium driven by playwright-core.
  # Node and npm may come from another packaging of Node.js: take what is there.
  pkgs+=(chromium)
  command -v node >/dev/null || pkgs+=(nodejs)
  command -v npm >/dev/null || pkgs+=(npm)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "escviz: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
