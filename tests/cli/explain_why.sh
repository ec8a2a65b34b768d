# escviz why on real logs of five Go eras: a Go 1.9/1.10 TAB chain
# transcript (../shared/corpus/legacy), 1.15 (results numbered after the
# parameters), 1.19, 1.22, 1.24 (`flow: D = S`) and 1.27 (`flow: D ← S`,
# ` in F:` headers).  Text is compared whole; JSON field by field.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
db=$T/why.db
L=$SHARED/corpus/legacy
export NO_COLOR=1

ing() {
  "$E" ingest --db "$db" --label "$1" "$2" "${@:3}" 2>"$T/err" && ok "ingest $1" || not_ok "ingest $1" "$(cat "$T/err")"
}
ing go1.10 "$L/061_go1.10_gotraining_2018-06_example4_mm_columns.txt"
ing go1.9 "$L/049_go1.9.2_seed000_q_mm.txt"
ing go1.13esc "$L/085_go1.13_go31489_encoding_json_esc_go_path.txt"
for v in 1.15 1.19 1.22 1.24 1.27; do ing "go$v" "$SRC/testdata/go$v/escprobe-m2.log"; done
ing go1.27-m1 "$SRC/testdata/go1.27/escprobe-m1.log" --src "$SRC/testdata/src/escprobe"

# same NAME WANT CMD...: stdout of CMD (exit 0) equals WANT.
same() {
  local name=$1 want=$2
  shift 2
  if ! "$@" >"$T/out" 2>"$T/err"; then
    not_ok "$name" "exit $?: $(head -c 300 "$T/err")"
  elif [ "$(cat "$T/out")" = "$want" ]; then
    ok "$name"
  else
    not_ok "$name" "$(diff <(echo "$want") "$T/out" | head -20)"
  fi
}

# The cause of a returned address (docs/causes.md), as why prints it.
ADDR="  cause: address: a pointer outlives the function: it is returned, or stored where it lasts
  what usually helps: return or store a value instead of a pointer, or let the caller pass in the memory to fill"

# moved to heap: p in newPoint, which returns &p: address-of, return, result 0.
for v in 1.19 1.22 1.24 1.27; do
  same "go$v newPoint:p" "./main.go:40:2: moved to heap: p   in newPoint
$ADDR
  path 1 of 1:
    &p         address-of  ./main.go:41:9
    return &p  return      ./main.go:41:2
    -> result 0 of newPoint (~r0) gets the address of p (&p)" "$E" why --db "$db" --build "go$v" newPoint:p
done
same "go1.15 newPoint:p (~r2 is result 0 after two parameters)" "./main.go:40:2: moved to heap: p   in newPoint
$ADDR
  path 1 of 1:
    &p         address-of  ./main.go:41:9
    return &p  return      ./main.go:41:2
    -> result 0 of newPoint (~r2) gets the address of p (&p)" "$E" why --db "$db" --build go1.15 newPoint:p
same "go1.10 createUserV2:u (chain borrowed from &u)" "./example4.go:39:2: moved to heap: u   in createUserV2
$ADDR
  path 1 of 1, from the chain of '&u escapes to heap' at ./example4.go:46:9:
    &u                              address-of  ./example4.go:46:9
    result 0 of createUserV2 (~r0)  return      ./example4.go:46:2
    -> result 0 of createUserV2 (~r0)" "$E" why --db "$db" --build go1.10 createUserV2:u

# The shared probe p1 (newInt returns &x; identity returns its parameter)
# built by eight releases, 1.26 included.
for v in 1.15 1.19 1.21 1.22 1.23 1.24 1.26 1.27; do
  "$E" ingest --db "$T/p1.db" --label "p$v" "$SHARED/corpus/probes/out/p1-go$v-m2.txt" 2>/dev/null
  r=r0
  [ $v = 1.15 ] && r=r1
  same "probe p1 go$v newInt:x and identity" "./main.go:21:2: moved to heap: x   in newInt
$ADDR
  path 1 of 1:
    &x         address-of  ./main.go:22:9
    return &x  return      ./main.go:22:2
    -> result 0 of newInt (~r0) gets the address of x (&x)
./main.go:31:15: leaking param: p to result ~$r level=0   in identity
$ADDR
  path 1 of 1:
    return p  return  ./main.go:31:34
    -> result 0 of identity (~$r) gets parameter p of identity" \
    sh -c "'$E' why --db '$T/p1.db' --build p$v newInt:x && '$E' why --db '$T/p1.db' --build p$v identity"
done

# The order address-of < return < result 0 holds on every version.
for b in go1.10 go1.15 go1.19 go1.22 go1.24 go1.27; do
  fn=newPoint:p
  [ $b = go1.10 ] && fn=createUserV2:u
  "$E" why --db "$db" --build $b $fn | grep -v '^  \(cause\|what usually helps\)' >"$T/o"
  a=$(grep -n 'address-of' "$T/o" | head -1 | cut -d: -f1)
  r=$(grep -n ' return ' "$T/o" | head -1 | cut -d: -f1)
  z=$(grep -n -- '-> result 0 of' "$T/o" | head -1 | cut -d: -f1)
  [ -n "$a" ] && [ -n "$r" ] && [ -n "$z" ] && [ "$a" -lt "$r" ] && [ "$r" -lt "$z" ] \
    && ok "$b: address-of, then return, then result 0" \
    || not_ok "$b: address-of, then return, then result 0" "$(cat "$T/o")"
done

same "go1.9 chain of a converted value" "./q.go:8:13: ([]byte)(\"\") escapes to heap   in main
  cause: interface: converted to an interface (fmt's ...interface{} arguments, any, error); also address, callee
  what usually helps: avoid interface and ...interface{} arguments (fmt) on hot paths: strconv, typed functions, or appending to a []byte
  path 1 of 1:
    ([]byte)(\"\")     (verdict)                                 ./q.go:8:13
    s                assigned                                  ./q.go:8:4
    s1               assigned                                  ./q.go:11:5
    s1               interface-converted                       ./q.go:14:13
    ... argument     arg to ...                                ./q.go:14:13
    *(... argument)  indirection                               ./q.go:14:13
    ... argument     passed to call[argument content escapes]  ./q.go:14:13
    -> the heap" "$E" why --db "$db" --build go1.9 q.go:8
same "go1.13 esc.go chain: ~R0 is an inlined call's result" "encoding/json/stream.go:83:7: leaking param: dec to result ~r0 level=0   in ?
  cause: interface: converted to an interface (fmt's ...interface{} arguments, any, error); also address, composite
  what usually helps: avoid interface and ...interface{} arguments (fmt) on hot paths: strconv, typed functions, or appending to a []byte
  path 1 of 1:
    dec                                   (verdict)               encoding/json/stream.go:83:7
    dec.buf                               dot of pointer          encoding/json/stream.go:84:28
    bytes.b                               assign-pair             encoding/json/stream.go:84:24
    &bytes.Reader literal                 struct literal element  encoding/json/stream.go:84:24
    &bytes.Reader literal                 pointer literal         encoding/json/stream.go:84:24
    result 0 of an inlined call (~R0)     assign-pair             encoding/json/stream.go:84:24
    bytes.NewReader(dec.buf[dec.scanp:])  interface-converted     encoding/json/stream.go:84:24
    result 0 (~r0)                        return                  encoding/json/stream.go:84:2
    -> result 0 (~r0)" "$E" why --db "$db" --build go1.13esc json/stream.go:83
same "go1.15 leaking param to result ~r1 = result 0 of pass" "./main.go:48:11: leaking param: p to result ~r1 level=0   in pass
$ADDR
  path 1 of 1:
    return p  return  ./main.go:48:30
    -> result 0 of pass (~r1) gets parameter p of pass" "$E" why --db "$db" --build go1.15 pass
same "go1.27 main:p: ~r0 of the inlined newPoint, then the heap" "./main.go:134:15: moved to heap: p   in main
$ADDR
  path 1 of 1:
    &p          address-of   ./main.go:134:15
    ~r0 = &p    assign-pair  ./main.go:134:15
    -> result 0 of newPoint (inlined) (~r0) gets the address of p (&p)
    p := ~r0    assign       ./main.go:134:4
    -> p gets result 0 of newPoint (inlined) (~r0)
    p := p      assign-pair  ./main.go:135:6
    -> p gets p
    global = p  assign       ./main.go:135:6
    -> the heap gets p" "$E" why --db "$db" --build go1.27 main:p
same "go1.27 param content: derefs as 'what s points to'" "store/store.go:45:7: leaking param: s to result ~r0 level=1   in (*Store).Consume
$ADDR
  path 1 of 1:
    s.buf             dot of pointer  store/store.go:46:10
    s.buf[:n]         slice           store/store.go:46:14
    out := s.buf[:n]  assign          store/store.go:46:6
    -> out gets what parameter s of (*Store).Consume points to (*s)
    return out        return          store/store.go:48:2
    -> result 0 of (*Store).Consume (~r0) gets out" "$E" why --db "$db" --build go1.27 store.go:45
"$E" why --db "$db" --build go1.27 'store.(*Store).Consume' >"$T/o" 2>&1 && grep -q 'leaking param: s' "$T/o" \
  && ok "qualified method name resolves" || not_ok "qualified method name resolves" "$(cat "$T/o")"
"$E" why --db "$db" --build go1.27 'Map' >"$T/o" 2>&1 && grep -q 'Map\[go.shape' "$T/o" \
  && ok "generic function without type arguments" || not_ok "generic function without type arguments" "$(cat "$T/o")"
"$E" why --db "$db" --build go1.27 main.go:144:45 >"$T/o" && grep -q '^./main.go:144:45: moved to heap: big' "$T/o" \
  && grep -q 'storage for make(\[\]byte, 131072)' "$T/o" && ok "FILE:LINE:COL lists every verdict there" \
  || not_ok "FILE:LINE:COL lists every verdict there" "$(cat "$T/o")"

# -m only: the verdict and a hint.
same "-m=1 build says to rebuild with -m=2" "./main.go:40:2: moved to heap: p   in newPoint
  cause (inferred from the verdict alone): address: a pointer outlives the function: it is returned, or stored where it lasts
  what usually helps: return or store a value instead of a pointer, or let the caller pass in the memory to fill

note: build 9 has no explanations (its log is -m output, without -m=2); rebuild with go build -gcflags=-m=2 and ingest that to see why" \
  "$E" why --db "$db" --build go1.27-m1 newPoint:p

# JSON, field by field.
"$E" why --db "$db" --build go1.27 --format json newPoint:p >"$T/j.json"
check "JSON newPoint:p (1.27)" python3 - "$T/j.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["build"] == 8 and d["go_version"] == "1.25+" and d["m_level"] == 2
assert d["target"] == "newPoint:p" and d["target_kind"] == "variable" and d["has_explanations"] is True
(e,) = d["events"]
want = {"package": "example.com/escprobe", "variant": "", "function": "newPoint", "file": "./main.go",
        "line": 40, "col": 2, "position": "./main.go:40:2", "kind": "moved_to_heap",
        "verdict": "moved to heap: p", "subject": "p", "target": None, "level": None, "count": 1,
        "attribution": "compiler", "alloc_bytes": None, "alloc_objects": None}  # no heap profile
for k, v in want.items():
    assert e[k] == v, (k, e[k], v)
(x,) = e["explanations"]
assert x["kind"] == "escape" and x["subject"] == "p" and x["function"] == "newPoint"
assert x["truncated"] is False and x["via"] is None and x["chain"] == []
assert x["destination"] == "~r0" and x["destination_name"] == "result 0 of newPoint"
(f,) = x["flows"]
assert (f["seq"], f["src"], f["src_name"], f["ops"], f["derefs"], f["dst"], f["dst_name"]) == \
       (1, "p", "p", "&", -1, "~r0", "result 0 of newPoint")
assert [(s["expr"], s["reason"], s["position"], s["line"], s["col"], s["from_verdict"]) for s in f["steps"]] == \
       [("&p", "address-of", "./main.go:41:9", 41, 9, False), ("return &p", "return", "./main.go:41:2", 41, 2, False)]
assert list(e) == ["package", "variant", "function", "file", "line", "col", "position", "kind", "verdict",
                   "subject", "target", "level", "count", "attribution", "alloc_bytes",
                   "alloc_objects", "cause", "causes", "cause_inferred", "callee", "advice",
                   "explanations"]
# newPoint returns &p: its address outlives the function
assert (e["cause"], e["causes"], e["cause_inferred"], e["callee"]) == ("address", ["address"], False, None)
EOF
"$E" why --db "$db" --build go1.10 --format json createUserV2:u >"$T/j.json"
check "JSON createUserV2:u (1.10 chain)" python3 - "$T/j.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
(e,) = d["events"]
assert e["kind"] == "moved_to_heap" and e["subject"] == "u" and e["function"] == "createUserV2"
(x,) = e["explanations"]
assert x["kind"] == "chain" and x["flows"] == []
assert x["via"] == {"verdict": "&u escapes to heap", "file": "./example4.go", "line": 46, "col": 9,
                    "position": "./example4.go:46:9"}
assert [(s["expr"], s["expr_name"], s["reason"], s["from_verdict"]) for s in x["chain"]] == \
       [("&u", "&u", "address-of", True), ("~r0", "result 0 of createUserV2", "return", False)]
assert x["destination"] == "~r0" and x["destination_name"] == "result 0 of createUserV2"
EOF
"$E" why --db "$db" --build go1.15 --format json pass >"$T/j.json"
check "JSON pass (1.15): ~r1 named result 0" python3 - "$T/j.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
(e,) = d["events"]
assert e["kind"] == "leaking_param_result" and e["target"] == "~r1" and e["level"] == 0
(x,) = e["explanations"]
assert x["kind"] == "param_leak" and x["destination_name"] == "result 0 of pass"
assert x["flows"][0]["src_name"] == "parameter p of pass"
EOF
"$E" why --db "$db" --build go1.27-m1 --format json newPoint:p >"$T/j.json"
check "JSON -m=1: has_explanations false" python3 -c \
  "import json,sys; d=json.load(open('$T/j.json')); assert d['has_explanations'] is False and d['m_level'] == 1 and d['events'][0]['explanations'] == []"

# Bad input and empty results.
expect "unknown build lists labels" 2 "no build with id or label 'go1.99'; known labels: " -- "$E" why --db "$db" --build go1.99 newPoint
expect "unknown function lists close names" 2 "no function 'newPiont' in build 8; close candidates: 'newPoint'" -- "$E" why --db "$db" --build go1.27 newPiont
expect "ambiguous function lists candidates" 2 "'func1' is ambiguous in build 8: 'example.com/escprobe.closures.func1', " -- "$E" why --db "$db" --build go1.27 func1
expect "unknown file" 2 "no file 'nosuch.go' in build 8" -- "$E" why --db "$db" --build go1.27 nosuch.go:3
expect "missing target" 2 "missing TARGET" -- "$E" why --db "$db"
expect "bad format" 2 "unknown format 'csv'" -- "$E" why --db "$db" --format csv newPoint
printf '# p\n./a/x.go:1:2: moved to heap: v\n./b/x.go:1:2: moved to heap: w\n./c/y.go:1:2: moved to heap: u\nc/y.go:1:2: moved to heap: u2\n' >"$T/two.log"
"$E" ingest --db "$db" --label two "$T/two.log" 2>/dev/null
expect "ambiguous file lists both" 2 "file 'x.go' is ambiguous in build 10: 'a/x.go', 'b/x.go'" -- "$E" why --db "$db" --build two x.go:1
"$E" why --db "$db" --build two y.go:1 >"$T/o" && grep -q 'moved to heap: u   in ?$' "$T/o" && grep -q 'moved to heap: u2   in ?$' "$T/o" \
  && ok "one file printed as ./c/y.go and c/y.go is one file" || not_ok "one file printed two ways" "$(cat "$T/o")"
same "nothing at a line: exit 0" "nothing matched 'main.go:1' in build 8" "$E" why --db "$db" --build go1.27 main.go:1
same "unknown variable: exit 0 and the function's subjects" "nothing matched 'newPoint:zz' in build 8
the function's events are about: 'p'" "$E" why --db "$db" --build go1.27 newPoint:zz

# Whole outputs, as expected files (tests/cli/expected/explain_why/).
expect_out why-go1.27-newPoint -- "$E" why --db "$db" --build go1.27 newPoint:p
expect_out why-go1.27-newPoint-json -- "$E" why --db "$db" --build go1.27 newPoint:p --format json
expect_out why-go1.27-main -- "$E" why --db "$db" --build go1.27 main:p
expect_out why-go1.15-newPoint -- "$E" why --db "$db" --build go1.15 newPoint:p
expect_out why-go1.10-createUserV2 -- "$E" why --db "$db" --build go1.10 createUserV2:u
expect_out why-go1.9-line -- "$E" why --db "$db" --build go1.9 q.go:8
expect_out why-go1.27-m1 -- "$E" why --db "$db" --build go1.27-m1 newPoint:p
expect_out why-unknown -- "$E" why --db "$db" --build go1.27 noSuchFunc:x

finish
