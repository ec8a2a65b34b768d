#!/usr/bin/env bash
# Install what is missing, build escviz, and run it on a real example:
# compile examples/shapes with -gcflags='-m -m', ingest the output, show it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
db=build/quickstart.db
rm -f "$db" "$db-wal" "$db-shm"
export GOCACHE="$(mktemp -d)" GOFLAGS=-mod=mod GOTOOLCHAIN=local GOTELEMETRY=off
trap 'rm -rf "$GOCACHE"' EXIT
echo "\$ go build -gcflags='-m -m' ./... 2>&1 | escviz ingest --db $db --label quickstart --src examples/shapes" >&2
(cd examples/shapes && go build -o /dev/null -gcflags='-m -m' ./... 2>&1) |
  build/escviz ingest --db "$db" --label quickstart --src examples/shapes
echo "\$ escviz stats --db $db" >&2
build/escviz stats --db "$db"
echo "\$ escviz why --db $db newCounter" >&2
build/escviz why --db "$db" newCounter
