# escviz report --src resolves a logged path by its whole relative path,
# never by its base name alone: testdata/src/defects has ./util.go (package
# example.com/defects) and sub/util.go (example.com/defects/sub), and with
# --src at the package root Name's page showed no source for ./util.go,
# silently.  Each logged file not found under --src is named in a warning.
# Expected lines come from the Go files themselves, not from escviz.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
src=$SRC/testdata/src/defects
log=$SRC/testdata/defects/go1.19/defects-m2.log
db=$T/r.db
"$E" ingest --db "$db" --src "$src" "$log" 2>"$T/err" || not_ok ingest "$(cat "$T/err")"

# The page of a function, by its <title>.
page() { grep -l "<title>$1 - escviz report</title>" "$2"/fn/*.html 2>/dev/null | head -1; }
# The code cell of source line N in a function page, HTML as written.
# The text of line $2's code cell on page $1 (the verdict marks' tags dropped).
code_line() {
  python3 - "$1" "$2" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<td class="ln">%s</td><td class="code">(.*?)</td>' % sys.argv[2], page)
print(html.unescape(re.sub(r"<[^>]*>", "", m.group(1))) if m else "")
PY
}

# The logged files, from the log: ./scan.go ./util.go sub/util.go.
files=$(grep -oE '^[^: ]+\.go' "$log" | sort -u | tr '\n' ' ')
[ "$files" = "./scan.go ./util.go sub/util.go " ] && ok "the log names ./util.go and sub/util.go" \
  || not_ok "logged files" "$files"

for where in root parent; do
  [ $where = root ] && dir=$src || dir=$SRC/testdata/src
  out=$T/site-$where
  "$E" report --db "$db" --src "$dir" -o "$out" 2>"$T/err" || not_ok "report --src ($where)" "$(cat "$T/err")"
  p=$(page 'Name (example.com/defects)' "$out")
  q=$(page 'Name (example.com/defects/sub)' "$out")
  # util.go line 7 is `p := new(string)`; sub/util.go line 7 `b := make([]byte, 4)`.
  want=$(sed -n 7p "$src/util.go"); want_sub=$(sed -n 7p "$src/sub/util.go")
  got=$(code_line "$p" 7); got_sub=$(code_line "$q" 7)
  [ -n "$p" ] && [ "$got" = "$want" ] && ok "--src at the $where: ./util.go's Name shows util.go line 7" \
    || not_ok "--src at the $where: ./util.go source" "page '$p', line 7 '$got', want '$want'"
  [ -n "$q" ] && [ "$got_sub" = "$want_sub" ] && ok "--src at the $where: sub.Name shows sub/util.go line 7" \
    || not_ok "--src at the $where: sub/util.go source" "page '$q', line 7 '$got_sub', want '$want_sub'"
  if grep -q 'warning' "$T/err"; then not_ok "--src at the $where: no warning" "$(cat "$T/err")"
  else ok "--src at the $where: no warning when every file is found"; fi
done

# util.go missing from the tree: no source for ./util.go's functions (not
# sub/util.go's by its base name), and a warning naming it; the other
# logged files are found and not named.
cp -r "$src" "$T/tree"
rm "$T/tree/util.go"
out=$T/site-missing
"$E" report --db "$db" --src "$T/tree" -o "$out" 2>"$T/err" || not_ok "report --src (missing)" "$(cat "$T/err")"
p=$(page 'Name (example.com/defects)' "$out")
[ -n "$p" ] && ! grep -q 'id="source"' "$p" && ok "a missing ./util.go shows no source (not sub/util.go's)" \
  || not_ok "missing ./util.go" "$(grep -A2 'id="source"' "$p" | head -3)"
grep -qx "escviz: warning: ./util.go: not found under $T/tree (--src): its functions are shown without source" "$T/err" \
  && ok "the warning names ./util.go and the --src folder" || not_ok "warning for ./util.go" "$(cat "$T/err")"
n=$(grep -c 'warning' "$T/err")
[ "$n" = 1 ] && ok "one warning: the files found are not named" || not_ok "one warning" "$(cat "$T/err")"

# Many logged files missing: the first 20 are named, the rest counted.
{ echo '# example.com/many'
  for i in $(seq 1 25); do echo "./f$i.go:3:6: can inline F$i with cost 2 as: func() {  }"; done
  echo './f1.go:4:2: moved to heap: x'; } >"$T/many.log"
"$E" ingest --db "$T/many.db" --src "$T/tree" "$T/many.log" 2>/dev/null
# --pages all: F1..F25 have nothing to show, and only a page reads its file.
"$E" report --db "$T/many.db" --src "$T/tree" --pages all -o "$T/site-many" 2>"$T/err" || not_ok "report (many)" "$(cat "$T/err")"
named=$(grep -c '^escviz: warning: ./f[0-9]*\.go: not found under ' "$T/err")
[ "$named" = 20 ] && grep -qx "escviz: warning: ... and 5 more logged files not found under $T/tree (--src)" "$T/err" \
  && ok "25 files missing: 20 named, 5 counted" || not_ok "many missing" "$named named; $(tail -2 "$T/err")"
finish
