# escviz graph names the callee of a `call parameter` step when the call is
# printed as a method expression: go1.19 prints `t.store(src)` inside a
# method of *T as `(*T).store(t, src)` (testdata/defects/go1.19/defects-m2.log,
# real output of testdata/src/defects).  The node read `parameter of ` with
# no callee, cut at the first parenthesis.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
log=$SRC/testdata/defects/go1.19/defects-m2.log
db=$T/g.db

# The expected callee comes from the log and the Go source: the steps at
# scan.go:25:9 (in (*T).Scan) and 30:8 (Scan inlined into main) are the
# call `t.store(src)` of scan.go:25, printed as `(*T).store(t, src)`.
calls=$(grep -c '     from (\*T)\.store(t, src) (call parameter) at ./scan.go:' "$log")
[ "$calls" = 2 ] && grep -q '^	t\.store(src)$' "$SRC/testdata/src/defects/scan.go" \
  && ok "the log has two call parameter steps through (*T).store" || not_ok "log" "$calls steps"

"$E" ingest --db "$db" "$log" 2>"$T/err" || not_ok ingest "$(cat "$T/err")"
for f in '(*T).Scan' main; do
  "$E" graph --db "$db" -T dot "$f" >"$T/g.dot" 2>"$T/err" || not_ok "graph $f" "$(cat "$T/err")"
  if grep -q 'label="parameter of "' "$T/g.dot"; then
    not_ok "graph $f: no callee node without a callee" "$(grep -n 'parameter of' "$T/g.dot")"
  else
    ok "graph $f: no callee node without a callee"
  fi
  n=$(grep -c 'label="parameter of (\*T)\.store"' "$T/g.dot")
  [ "$n" = 1 ] && ok "graph $f: one node 'parameter of (*T).store'" \
    || not_ok "graph $f: parameter of (*T).store" "$n nodes; $(grep 'parameter of' "$T/g.dot")"
  # src's path goes through that node to the heap.
  id=$(grep -B1 'label="parameter of (\*T)\.store"' "$T/g.dot" | sed -n 's/^[[:space:]]*\(n[0-9]*\)[[:space:]]*\[.*/\1/p' | head -1)
  [ -n "$id" ] && grep -Eq "^[[:space:]]*n[0-9]+ -> $id[[:space:]]" "$T/g.dot" \
    && grep -Eq "^[[:space:]]*$id -> n[0-9]+[[:space:]]" "$T/g.dot" \
    && ok "graph $f: an edge into and out of the callee node" || not_ok "graph $f: callee edges" "id '$id'"
done
finish
