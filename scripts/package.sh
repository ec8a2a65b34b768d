#!/usr/bin/env bash
# scripts/package.sh [OUTDIR]: build escviz (Release, in build-pkg/) and make
# its Debian package with CPack (cmake/Install.cmake), into OUTDIR (default
# the repository root).  Prints the .deb's path.  Installs what the build
# needs first (scripts/deps.sh), plus dpkg-dev for dpkg-shlibdeps, which
# computes the package's Depends from the libraries the binary links.
#   sudo dpkg -i escviz_*.deb && sudo apt-get install -f   # or: apt install ./escviz_*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root}
mkdir -p "$out"
out=$(cd "$out" && pwd)
"$root/scripts/deps.sh"
if ! command -v dpkg-shlibdeps >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends dpkg-dev >/dev/null
fi
b=${ESCVIZ_PKG_BUILD:-$root/build-pkg}
cmake -S "$root" -B "$b" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build "$b" -j"$(nproc)" >/dev/null
(cd "$b" && cpack -G DEB -B "$out" >/dev/null)
rm -rf "$out/_CPack_Packages"
ls -t "$out"/escviz_*.deb | head -1
