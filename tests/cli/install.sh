# cmake --install of this build into a temporary prefix (issue 14): the
# binary, the man page where man finds it, the documents.  The version to
# expect is the one CMakeLists.txt declares; the page must render.
. "$(dirname "$0")/lib.bash"
: "${BUILD:?set BUILD to the build directory}"
command -v cmake >/dev/null || { skip "install" "no cmake"; finish; }
want=$(sed -n 's/^project(escviz VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
p=$T/prefix
if cmake --install "$BUILD" --prefix "$p" >"$T/log" 2>&1; then
  ok "cmake --install --prefix PREFIX"
else
  not_ok "cmake --install --prefix PREFIX" "$(tail -5 "$T/log")"
  finish
fi
got=$("$p/bin/escviz" --version 2>&1)
[ "$got" = "escviz $want" ] && ok "PREFIX/bin/escviz --version: $got" ||
  not_ok "PREFIX/bin/escviz --version" "got '$got', want 'escviz $want'"
page=$p/share/man/man1/escviz.1.gz
if [ -f "$page" ] && gzip -dc "$page" | cmp -s - "$SRC/docs/escviz.1"; then
  ok "share/man/man1/escviz.1.gz is docs/escviz.1"
else
  not_ok "share/man/man1/escviz.1.gz is docs/escviz.1" "$(ls -l "$p/share/man/man1" 2>&1)"
fi
if command -v man >/dev/null; then
  found=$(MANPATH=$p/share/man man -w escviz 2>&1)
  [ "$found" = "$page" ] && ok "man -w escviz finds it under PREFIX/share/man" ||
    not_ok "man -w escviz finds the page" "$found"
  MANWIDTH=80 man -l "$page" 2>/dev/null | col -b >"$T/man.txt"
  grep -q '^NAME' "$T/man.txt" && grep -q 'escviz - store and explain' "$T/man.txt" &&
    ok "man -l renders the page ($(wc -l <"$T/man.txt") lines)" ||
    not_ok "man -l renders the page" "$(head -5 "$T/man.txt")"
else
  skip "man finds and renders the page" "no man here"
fi
for d in README.md docs/ci.md docs/json.md docs/report.md docs/schema.md; do
  cmp -s "$SRC/$d" "$p/share/doc/escviz/$(basename "$d")" && ok "share/doc/escviz has $d" ||
    not_ok "share/doc/escviz has $d"
done
# The installed binary works on a real log.
"$p/bin/escviz" ingest --db "$T/i.db" "$SRC/testdata/go1.27/escprobe-m2.log" 2>"$T/err" &&
  [ "$(sqlite3 "$T/i.db" 'SELECT COUNT(*) FROM builds' 2>/dev/null)" = 1 ] &&
  ok "the installed escviz ingests a log" || not_ok "the installed escviz ingests a log" "$(cat "$T/err")"
finish
