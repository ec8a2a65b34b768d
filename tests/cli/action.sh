# The GitHub action's script (scripts/ci-diff.sh, run by action.yml) on a
# git repository of our own with two commits: testdata/diff/src/before,
# then src/after (three edits that add heap escapes).  It builds both
# with the system Go, writes SARIF, the step summary, HTML and JSON, and
# exits 1 by --fail-on regression, 0 with fail-on empty.  action.yml must
# be valid YAML whose inputs all reach the script.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
S=$SRC/scripts/ci-diff.sh
python3 - "$SRC/action.yml" "$S" <<'PY' >"$T/yml" 2>&1 && ok "action.yml: $(cat "$T/yml")" || not_ok "action.yml" "$(tail -3 "$T/yml")"
import sys, yaml
a = yaml.safe_load(open(sys.argv[1]))
script = open(sys.argv[2]).read()
assert a["runs"]["using"] == "composite"
env = next(s for s in a["runs"]["steps"] if s.get("id") == "diff")["env"]
for name in a["inputs"]:
    if name in ("upload-sarif",):
        continue
    var = next((k for k, v in env.items() if v == "${{ inputs.%s }}" % name), None)
    assert var, "input %s is not passed to the script" % name
    assert var in script, "%s is not read by the script" % var
print(f"{len(a['inputs'])} inputs, all passed to ci-diff.sh")
PY
command -v go >/dev/null || { skip "the action's script on a two-commit repository" "no Go toolchain"; finish; }
command -v git >/dev/null || { skip "the action's script" "no git"; finish; }
r=$T/repo
mkdir -p "$r"
cp "$SRC/testdata/diff/src/before/"* "$r/"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
(cd "$r" && git init -q && git add . && git commit -qm before && cp "$SRC/testdata/diff/src/after/"* . && git commit -qam after) ||
  { not_ok "a two-commit repository"; finish; }
base=$(git -C "$r" rev-parse HEAD~1) head=$(git -C "$r" rev-parse HEAD)
export GOPROXY=off GOTOOLCHAIN=local GOFLAGS=-mod=mod GOTELEMETRY=off
run_script() { # FAIL_ON OUTDIR: run it as the action does, from the root
  (cd "$r" && ESCVIZ=$ESCVIZ ESCVIZ_BASE=$base ESCVIZ_HEAD=$head ESCVIZ_FAIL_ON=$1 \
    ESCVIZ_CATEGORY=go/linux ESCVIZ_OUT=$2 GITHUB_STEP_SUMMARY=$2.summary GITHUB_OUTPUT=$2.output \
    bash "$S" >"$2.log" 2>&1)
}
run_script regression "$T/o1"
rc=$?
[ $rc = 1 ] && ok "fail-on regression: exit 1" || not_ok "fail-on regression: exit 1" "exit $rc: $(tail -5 "$T/o1.log")"
for f in escviz.sarif summary.md escviz.html escviz.json; do
  [ -s "$T/o1/$f" ] && ok "wrote $f" || not_ok "wrote $f"
done
cmp -s "$T/o1/summary.md" "$T/o1.summary" && ok "the summary went to GITHUB_STEP_SUMMARY" || not_ok "the summary went to GITHUB_STEP_SUMMARY"
grep -qx "exit=1" "$T/o1.output" && grep -qx "sarif=$T/o1/escviz.sarif" "$T/o1.output" &&
  ok "GITHUB_OUTPUT has sarif= and exit=" || not_ok "GITHUB_OUTPUT" "$(cat "$T/o1.output")"
# What it found: the edits' regressions, as the same diff of logs built here
# directly says (go build -gcflags=-m=2 of each commit).
for c in before after; do
  git -C "$r" checkout -q "$([ $c = before ] && echo "$base" || echo "$head")"
  (cd "$r" && GOCACHE=$T/gocache-$c go build -o /dev/null -gcflags=-m=2 . >"$T/$c.log" 2>&1)
done
"$E" diff "$T/before.log" "$T/after.log" --format json -o "$T/direct.json" 2>/dev/null
python3 - "$T/o1/escviz.json" "$T/direct.json" "$T/o1/escviz.sarif" "$T/o1/summary.md" <<'PY' >"$T/cmp" 2>&1 &&
import json, sys
a, b = (json.load(open(p))["changes"] for p in sys.argv[1:3])
key = lambda c: (c["change"], c["kind"], c["function"], c["subject"], c["regression"])
assert sorted(map(key, a)) == sorted(map(key, b)), "ci-diff and a direct diff disagree"
regs = [c for c in a if c["regression"]]
assert regs, "no regression"
run = json.load(open(sys.argv[3]))["runs"][0]
assert run["automationDetails"]["id"] == "go/linux/"
assert sum(r["level"] == "warning" for r in run["results"]) == len(regs)
md = open(sys.argv[4]).read()
assert "%d regressions" % len(regs) in md or "%d regression;" % len(regs) in md, md[:300]
print(f"{len(a)} changes, {len(regs)} regressions, as the direct diff; SARIF category go/linux/")
PY
  ok "$(cat "$T/cmp")" || not_ok "what the script found" "$(tail -3 "$T/cmp")"
git -C "$r" checkout -q "$head"
run_script "" "$T/o2"
rc=$?
[ $rc = 0 ] && ok "fail-on empty: exit 0" || not_ok "fail-on empty: exit 0" "exit $rc: $(tail -3 "$T/o2.log")"
[ "$(git -C "$r" worktree list | wc -l)" = 1 ] &&
  ok "no worktree left behind" || not_ok "no worktree left behind" "$(git -C "$r" worktree list)"
finish
