# The Debian package (issue 14): scripts/package.sh builds it (Release, in
# a scratch build directory); its Depends name the Debian runtime packages
# of the libraries escviz links; unpacked into a clean tree (dpkg -x) its
# binary runs and its man page renders.  With CI=true as root it is also
# installed with dpkg -i (and removed again) and man escviz opens it.
# It packages a Release build of the tree, not the binary under test: the
# sanitizer and valgrind runs of the suite skip it.
. "$(dirname "$0")/lib.bash"
if grep -qs '^ESCVIZ_SANITIZE:BOOL=ON' "${BUILD:-/nonexistent}/CMakeCache.txt" ||
   [ "$(head -c 4 "$ESCVIZ" 2>/dev/null | od -An -c | tr -d ' ')" != '177ELF' ]; then
  skip "debian package" "a sanitizer or valgrind run: the package is a plain Release build, checked by the plain run"
  finish
fi
for tool in dpkg-deb cpack; do
  command -v $tool >/dev/null || { skip "debian package" "no $tool"; finish; }
done
want=$(sed -n 's/^project(escviz VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
if deb=$(ESCVIZ_PKG_BUILD=$T/build "$SRC/scripts/package.sh" "$T/out" 2>"$T/err") && [ -f "$deb" ]; then
  ok "scripts/package.sh makes $(basename "$deb")"
else
  not_ok "scripts/package.sh makes a .deb" "$(tail -5 "$T/err")"
  finish
fi
[ "$(dpkg-deb -f "$deb" Package Version | tr '\n' ' ')" = "Package: escviz Version: $want " ] &&
  ok "package escviz, version $want" || not_ok "package and version" "$(dpkg-deb -f "$deb" Package Version)"
deps=$(dpkg-deb -f "$deb" Depends)
for p in libc6 libpcre2-8-0 libsqlite3-0 libgvc6 libcgraph6 libjansson4 zlib1g; do
  case ", $deps," in *", $p "* | *", $p,"*) ok "Depends names $p" ;; *) not_ok "Depends names $p" "$deps" ;; esac
done
dpkg-deb -x "$deb" "$T/root"
got=$("$T/root/usr/bin/escviz" --version 2>&1)
[ "$got" = "escviz $want" ] && ok "the unpacked /usr/bin/escviz --version: $got" ||
  not_ok "the unpacked escviz --version" "$got"
page=$T/root/usr/share/man/man1/escviz.1.gz
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$page" 2>/dev/null | col -b >"$T/man.txt"
  grep -q 'escviz - store and explain' "$T/man.txt" && ok "man -l on the unpacked page renders it" ||
    not_ok "man -l on the unpacked page" "$(head -3 "$T/man.txt")"
fi
"$T/root/usr/bin/escviz" ingest --db "$T/d.db" "$SRC/testdata/go1.27/escprobe-m2.log" 2>"$T/err" &&
  ok "the unpacked escviz ingests a log" || not_ok "the unpacked escviz ingests a log" "$(cat "$T/err")"
if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ] && ! dpkg-query -W escviz >/dev/null 2>&1; then
  if dpkg -i "$deb" >"$T/dpkg" 2>&1; then
    ok "dpkg -i installs it"
    [ "$(escviz --version)" = "escviz $want" ] && ok "escviz on PATH after dpkg -i" || not_ok "escviz on PATH" "$(command -v escviz)"
    man -w escviz 2>/dev/null | grep -q '^/usr/share/man/man1/escviz.1.gz$' && ok "man escviz finds the installed page" ||
      not_ok "man escviz finds the installed page" "$(man -w escviz 2>&1)"
    dpkg -r escviz >/dev/null 2>&1 && ok "dpkg -r removes it" || not_ok "dpkg -r removes it"
  else
    not_ok "dpkg -i installs it" "$(tail -5 "$T/dpkg")"
  fi
fi
finish
