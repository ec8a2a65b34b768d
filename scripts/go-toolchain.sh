#!/usr/bin/env bash
# go-toolchain.sh 1.N [DIR]: fetch Debian's golang-1.N-go and golang-1.N-src
# into DIR (default ${XDG_CACHE_HOME:-~/.cache}/escviz/go1.N) without
# installing them system-wide, and print the GOROOT to use.
#
# The packages come from the suite of this machine's own Debian archive that
# carries them (1.15 bullseye, 1.19 bookworm, 1.21-1.23 bookworm-backports,
# 1.24 trixie, 1.26-1.27 sid), through a private apt state under DIR: the
# machine's sources and package lists are not touched.  A second call with
# the same version prints the GOROOT at once.
set -euo pipefail
v=${1:?usage: go-toolchain.sh 1.N [DIR]}
case $v in
  1.15) suite=bullseye ;;
  1.19) suite=bookworm ;;
  1.21|1.22|1.23) suite=bookworm-backports ;;
  1.24) suite=trixie ;;
  1.26|1.27) suite=sid ;;
  *) echo "go-toolchain.sh: no Debian suite known for Go $v" >&2; exit 2 ;;
esac
dir=${2:-${XDG_CACHE_HOME:-$HOME/.cache}/escviz/go$v}
goroot=$dir/root/usr/lib/go-$v
if [ -x "$goroot/bin/go" ]; then echo "$goroot"; exit 0; fi

# The archive: the first deb.debian.org-style URI of the machine's sources.
uri=$(grep -hs -E '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources \
        /etc/apt/sources.list.d/*.list 2>/dev/null |
      grep -o -E 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ' || true)
[ -n "$uri" ] || { echo "go-toolchain.sh: no Debian archive URI in /etc/apt" >&2; exit 1; }
mkdir -p "$dir/state/lists/partial" "$dir/cache/archives/partial" "$dir/debs" "$dir/root"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
cat >"$dir/sources.list" <<LIST
deb [signed-by=$keyring] $uri $suite main
LIST
opts=(-o Dir::Etc::SourceList="$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o Dir::State::Lists="$dir/state/lists" -o Dir::Cache="$dir/cache"
      -o Dir::State::Status=/var/lib/dpkg/status -o Debug::NoLocking=1
      -o APT::Sandbox::User="$(id -un)")
echo "go-toolchain.sh: fetching golang-$v from $uri $suite" >&2
apt-get "${opts[@]}" -qq update >&2
(cd "$dir/debs" && apt-get "${opts[@]}" -qq download "golang-$v-go" "golang-$v-src" >&2)
for d in "$dir"/debs/*.deb; do dpkg -x "$d" "$dir/root"; done
[ -x "$goroot/bin/go" ] || { echo "go-toolchain.sh: no $goroot/bin/go after unpacking" >&2; exit 1; }
echo "$goroot"
