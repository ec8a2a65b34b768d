#!/usr/bin/env bash
# scripts/ci-diff.sh: what the GitHub action (action.yml) runs, and what
# any CI can run: build the base and the head commit of a Go repository
# with -m=2 (escviz run), diff them, write SARIF, a Markdown summary and an
# HTML page, and exit by --fail-on.  Run it from the repository's root.
#
# Environment (the action's inputs; all optional but the two commits):
#   ESCVIZ_BASE, ESCVIZ_HEAD   commits to compare (required; HEAD may be the
#                              checked-out one: it is built in place then)
#   ESCVIZ_GO_COMMAND          the go command without packages (default "go build")
#   ESCVIZ_PACKAGES            packages (default "./...")
#   ESCVIZ_FAIL_ON             escviz diff --fail-on (default "regression"; "" never fails)
#   ESCVIZ_IGNORE              an --ignore file (default .escviz-ignore when it exists)
#   ESCVIZ_PROFILE             pprof heap/CPU profiles of the head, space-separated
#   ESCVIZ_CATEGORY            SARIF category (default "escviz")
#   ESCVIZ_OUT                 where the outputs go (default $RUNNER_TEMP/escviz, else ./escviz-out)
#   ESCVIZ                     the escviz binary (default: escviz on PATH)
#   GITHUB_STEP_SUMMARY        when set, the Markdown summary is appended to it
#   GITHUB_OUTPUT              when set, sarif=, summary=, html=, json=, exit= are written to it
# Exit status: escviz diff's (0 ok, 1 --fail-on hit, 2 usage/input, 3 I/O),
# or the go command's when a build fails.
set -euo pipefail
die() { echo "ci-diff: $*" >&2; exit 2; }
: "${ESCVIZ_BASE:?set ESCVIZ_BASE to the base commit}" "${ESCVIZ_HEAD:?set ESCVIZ_HEAD to the head commit}"
escviz=${ESCVIZ:-$(command -v escviz || true)}
[ -x "$escviz" ] || die "no escviz binary (set ESCVIZ or put escviz on PATH)"
git rev-parse --git-dir >/dev/null 2>&1 || die "not in a git repository: run from its root"
read -r -a gocmd <<<"${ESCVIZ_GO_COMMAND:-go build}"
read -r -a pkgs <<<"${ESCVIZ_PACKAGES:-./...}"
fail_on=${ESCVIZ_FAIL_ON-regression}
category=${ESCVIZ_CATEGORY:-escviz}
out=${ESCVIZ_OUT:-${RUNNER_TEMP:+$RUNNER_TEMP/escviz}}
out=${out:-escviz-out}
mkdir -p "$out"
out=$(cd "$out" && pwd)
export ESCVIZ_DB=$out/escviz.db
rm -f "$ESCVIZ_DB"
base=$(git rev-parse --verify "$ESCVIZ_BASE^{commit}") || die "no commit $ESCVIZ_BASE"
head=$(git rev-parse --verify "$ESCVIZ_HEAD^{commit}") || die "no commit $ESCVIZ_HEAD"
root=$(pwd)

# build LABEL COMMIT: in place when COMMIT is checked out (and clean),
# else in a temporary worktree, so the compiler prints the same relative
# paths either way and SARIF locations are relative to the root.
wt=""
trap '[ -z "$wt" ] || git -C "$root" worktree remove --force "$wt" >/dev/null 2>&1 || true' EXIT
build() {
  local label=$1 rev=$2 dir=$root
  if [ "$(git rev-parse HEAD)" != "$rev" ] || [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    wt=$(mktemp -d "${TMPDIR:-/tmp}/escviz-$label.XXXXXX")
    git worktree add --quiet --detach "$wt" "$rev"
    dir=$wt
  fi
  echo "ci-diff: building $label ($rev)" >&2
  (cd "$dir" && "$escviz" run --label "$label" --commit "$rev" --fresh-cache -- "${gocmd[@]}" "${pkgs[@]}")
  if [ -n "$wt" ]; then
    git worktree remove --force "$wt"
    wt=""
  fi
}
build base "$base"
build head "$head"
for p in ${ESCVIZ_PROFILE:-}; do
  "$escviz" profile --build head "$p"
done

ignore=()
if [ -n "${ESCVIZ_IGNORE:-}" ]; then
  [ -r "$ESCVIZ_IGNORE" ] || die "no ignore file $ESCVIZ_IGNORE"
  ignore=(--ignore "$ESCVIZ_IGNORE")
elif [ -f .escviz-ignore ]; then
  ignore=(--ignore .escviz-ignore)
fi
"$escviz" diff base head "${ignore[@]}" --format sarif --category "$category" -o "$out/escviz.sarif"
"$escviz" diff base head "${ignore[@]}" --format md -o "$out/summary.md"
"$escviz" diff base head "${ignore[@]}" --format html -o "$out/escviz.html"
"$escviz" diff base head "${ignore[@]}" --format json -o "$out/escviz.json"
[ -z "${GITHUB_STEP_SUMMARY:-}" ] || cat "$out/summary.md" >>"$GITHUB_STEP_SUMMARY"
rc=0
if [ -n "$fail_on" ]; then
  "$escviz" diff base head "${ignore[@]}" --fail-on "$fail_on" >/dev/null || rc=$?
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "sarif=$out/escviz.sarif"
    echo "summary=$out/summary.md"
    echo "html=$out/escviz.html"
    echo "json=$out/escviz.json"
    echo "exit=$rc"
  } >>"$GITHUB_OUTPUT"
fi
echo "ci-diff: base $base, head $head: $(sed -n 's/^\*\*\(.*changes.*\)\*\*$/\1/p' "$out/summary.md" | head -1)${fail_on:+; --fail-on $fail_on: exit $rc}" >&2
exit $rc
