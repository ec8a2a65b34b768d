#!/usr/bin/env bash
# gen-attrib.sh - regenerate the compiler logs that tests/cli/attrib.sh
# checks escviz's function attribution against (testdata/attrib/).
#
# Usage: tests/gen-attrib.sh [1.N ...]        (default: 1.19 1.23 1.27)
#
# Go 1.19 is /usr/bin/go's GOROOT when that is go1.19, else (like every other
# release) scripts/go-toolchain.sh 1.N's.  The script never downloads Go
# modules (GOPROXY=off, GOTOOLCHAIN=local); each log gets a fresh, empty
# GOCACHE (go replays cached diagnostics otherwise).
#
# Per release it writes testdata/attrib/go1.N/SET-mL.log.xz (stdout and
# stderr of the build, merged, unedited, xz-compressed) and SET.files (the
# .go files the build compiled, from `go list`, relative to the build
# folder, one per line, in the compiler's order) for L in 1 2 and SET in
#   attrib        testdata/src/attrib, module mode:  go build -gcflags=-m=L ./...
#   attrib-moved  testdata/src/attrib-moved (the same package with one
#                 package-level var moved above another function), same
#   pkgerrors     github.com/pkg/errors  } Debian's source, copied from
#   pflag         github.com/spf13/pflag } /usr/share/gocode/src into a
#   gocmp         github.com/google/go-cmp } temporary GOPATH, GOPATH mode:
#                 GO111MODULE=off go build -gcflags=-m=L ./...
# and testdata/attrib/go1.N/COMMANDS (every command run, with its exit status).
# testdata/attrib/SOURCES: sha256 of every library source file the logs came
# from, so that attrib.sh can tell when the installed source no longer fits.
# A rerun gives the same lines, but go-cmp's package sections (several
# packages, built in parallel) may come in another order.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$here/testdata/attrib
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(1.19 1.23 1.27)
libs=(pkgerrors:github.com/pkg/errors pflag:github.com/spf13/pflag gocmp:github.com/google/go-cmp)

goroot_for() {
  if [ "$1" = 1.19 ] && [ -x /usr/bin/go ] && /usr/bin/go version | grep -q 'go1\.19'; then
    /usr/bin/go env GOROOT
  else
    "$here/scripts/go-toolchain.sh" "$1"
  fi
}

mkdir -p "$out"
# run GOROOT DIR LOG MODE FLAG: build DIR's ./... with -gcflags=FLAG.
# MODE is module or gopath:ROOT.
run() {
  local goroot=$1 dir=$2 log=$3 mode=$4 flag=$5 tmp rc=0 env
  tmp=$(mktemp -d)
  env=(env -u GOOS -u GOARCH -u GOBIN -u GOFLAGS GOROOT="$goroot" PATH="$goroot/bin:$PATH"
       GOCACHE="$tmp/cache" GOENV=off GOPROXY=off GOTOOLCHAIN=local GOTELEMETRY=off)
  case $mode in
    module) env+=(GOPATH="$tmp/gopath" GO111MODULE=on GOFLAGS=-mod=mod) ;;
    gopath:*) env+=(GOPATH="${mode#gopath:}" GO111MODULE=off) ;;
  esac
  (cd "$dir" && "${env[@]}" "$goroot/bin/go" build -gcflags="$flag" ./...) >"$log" 2>&1 || rc=$?
  printf '%s\t(cd %s && GO111MODULE=%s go build -gcflags=%s ./...) rc=%s\n' \
    "$(basename "$log")" "${dir#"$here"/}" "$([ "$mode" = module ] && echo on || echo off)" "$flag" "$rc" >>"$cmds.new"
  chmod -R u+w "$tmp" 2>/dev/null || true
  rm -rf "$tmp"
  if [ "$(head -c 2 "$log")" != "# " ]; then
    echo "error: $log lacks a '# ' header (go exit $rc)" >&2
    exit 1
  fi
  xz -9 -f "$log"
  echo "wrote $log.xz (go exit $rc)"
}
# files GOROOT DIR MODE OUT: the compiled files of DIR/..., relative to DIR.
files() {
  local goroot=$1 dir=$2 mode=$3 o=$4 env tmp
  tmp=$(mktemp -d)
  env=(env -u GOFLAGS GOROOT="$goroot" GOENV=off GOPROXY=off GOTOOLCHAIN=local GOTELEMETRY=off
       GOCACHE="$tmp/cache")
  case $mode in
    module) env+=(GOPATH="$tmp/gopath" GO111MODULE=on GOFLAGS=-mod=mod) ;;
    gopath:*) env+=(GOPATH="${mode#gopath:}" GO111MODULE=off) ;;
  esac
  (cd "$dir" && "${env[@]}" "$goroot/bin/go" list -f '{{range .GoFiles}}{{$.Dir}}/{{.}}
{{end}}' ./...) | sed "s|^$dir/||" | grep . >"$o"
  chmod -R u+w "$tmp" 2>/dev/null || true
  rm -rf "$tmp"
}

for v in "${versions[@]}"; do
  goroot=$(goroot_for "$v")
  d=$out/go$v
  mkdir -p "$d"
  cmds=$d/COMMANDS
  : >"$cmds.new"
  echo "== $(GOROOT="$goroot" "$goroot/bin/go" version)"
  echo "# $(GOROOT="$goroot" "$goroot/bin/go" version)" >>"$cmds.new"
  for set in attrib attrib-moved; do
    src=$here/testdata/src/$set
    for l in 1 2; do run "$goroot" "$src" "$d/$set-m$l.log" module "-m=$l"; done
    files "$goroot" "$src" module "$d/$set.files"
  done
  gp=$(mktemp -d)
  for lib in "${libs[@]}"; do
    name=${lib%%:*} path=${lib#*:}
    mkdir -p "$gp/src/$(dirname "$path")"
    cp -rL "/usr/share/gocode/src/$path" "$gp/src/$path"
    for l in 1 2; do run "$goroot" "$gp/src/$path" "$d/$name-m$l.log" "gopath:$gp" "-m=$l"; done
    files "$goroot" "$gp/src/$path" "gopath:$gp" "$d/$name.files"
  done
  chmod -R u+w "$gp"; rm -rf "$gp"
  sed -i "s|/tmp/tmp\.[A-Za-z0-9]*/src/|\$GOPATH/src/|g" "$cmds.new"
  mv "$cmds.new" "$cmds"
done
(cd /usr/share/gocode/src && for lib in "${libs[@]}"; do
   find -L "${lib#*:}" -name '*.go' | LC_ALL=C sort | xargs sha256sum; done) >"$out/SOURCES"
echo "wrote $out/SOURCES"
