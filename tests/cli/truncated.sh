# A log cut in the middle of an explanation (head -n of a real go1.19 -m=2
# log) ingested with no warning, and `why` on the cut verdict said "nothing
# matched".  Now ingest warns, naming the input and the line where the
# explanation was cut off, and `why` at its position says it was cut off.
# The cut points and the verdict come from the log itself: line 11 of
# testdata/go1.19/escprobe-m2.log is the header `store/store.go:21:9:
# &Store{...} escapes to heap:`, line 12 its first flow, line 13 a step;
# the verdict `store/store.go:21:9: &Store{...} escapes to heap` is printed
# later.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
log=$SRC/testdata/go1.19/escprobe-m2.log
pos=store/store.go:21:9

[ "$(sed -n 11p "$log")" = "$pos: &Store{...} escapes to heap:" ] \
  && sed -n 12p "$log" | grep -q "^$pos:   flow: " && sed -n 13p "$log" | grep -q "^$pos:     from " \
  && ok "lines 11-13 of the log: header, flow, step" || not_ok "log layout" "$(sed -n 11,13p "$log")"
verdict=$(grep -n "^$pos: &Store{...} escapes to heap\$" "$log" | cut -d: -f1)
[ -n "$verdict" ] && [ "$verdict" -gt 13 ] && ok "its verdict comes later (line $verdict)" || not_ok "verdict line" "$verdict"

head -n 11 "$log" >"$T/cut-header.log"
head -n 12 "$log" >"$T/cut-flow.log"
head -n 13 "$log" >"$T/cut-step.log"

# The whole log: no warning.
expect "whole log" 0 "" -- "$E" ingest --db "$T/whole.db" "$log"
grep -q 'warning' "$T/err" && not_ok "whole log: no warning" "$(cat "$T/err")" || ok "whole log: no warning"

# Cut after the header: the warning names the input and line 11.
expect "cut after the header" 0 \
  "^escviz: warning: $T/cut-header.log:11: the input ends in the middle of an explanation \(a header with no flow after it\)" \
  -- "$E" ingest --db "$T/h.db" "$T/cut-header.log"
# Cut after the flow: line 12.
expect "cut after a flow" 0 \
  "^escviz: warning: $T/cut-flow.log:12: the input ends in the middle of an explanation \(a flow with no 'from' step after it\)" \
  -- "$E" ingest --db "$T/f.db" "$T/cut-flow.log"
# On stdin the input is <stdin>.
expect "cut on stdin" 0 "^escviz: warning: <stdin>:12: the input ends in the middle of an explanation" \
  -- sh -c '"$1" ingest --db "$2" <"$3"' sh "$E" "$T/s.db" "$T/cut-flow.log"
# Several inputs: the cut one is named, with its own line number.
expect "cut input among others" 0 "^escviz: warning: $T/cut-flow.log:12: " \
  -- "$E" ingest --db "$T/m.db" "$SRC/testdata/go1.19/shapes-m2.log" "$T/cut-flow.log"
n=$(grep -c warning "$T/err")
[ "$n" = 1 ] && ok "one warning for the one cut input" || not_ok "one warning" "$(cat "$T/err")"

# why at the cut verdict's position: cut off, not "nothing matched".
for db in h f; do
  "$E" why --db "$T/$db.db" "$pos" >"$T/why" 2>&1
  if grep -q 'nothing matched' "$T/why"; then
    not_ok "why $pos ($db): not 'nothing matched'" "$(cat "$T/why")"
  else
    ok "why $pos ($db): not 'nothing matched'"
  fi
  [ $db = h ] && line=11 || line=12
  grep -q "^$pos: the explanation of &Store{...} escaping to the heap was cut off: $T/cut-.*\.log ends at its line $line, " "$T/why" \
    && ok "why $pos ($db): says it was cut off at line $line" || not_ok "why cut off ($db)" "$(cat "$T/why")"
done
# Elsewhere why still says nothing matched.
"$E" why --db "$T/h.db" store/store.go:99:1 >"$T/why" 2>&1
grep -q "nothing matched" "$T/why" && ok "why elsewhere: nothing matched" || not_ok "why elsewhere" "$(cat "$T/why")"

# Cut after a step the explanation looks whole: no warning (the log cannot tell).
expect "cut after a step" 0 "" -- "$E" ingest --db "$T/st.db" "$T/cut-step.log"
grep -q 'warning' "$T/err" && not_ok "cut after a step: no warning" "$(cat "$T/err")" || ok "cut after a step: no warning"
finish
