#!/usr/bin/env bash
# layering.sh - the floors of issue 9 hold, by includes and by symbols.
#
# Floors, lowest first:
#   common(0) -> parser(1) -> model(2) -> store(3), feed(3), analysis(3)
#             -> render(4) -> cmd(5)
# Rules, each reported as one line (the "violation" below):
#   up FILE -> HEADER        a file includes a header of a higher floor
#   beside FILE -> HEADER    a file includes a header of another folder on
#                            its own floor (store, feed, analysis)
#   internal FILE -> HEADER  a file includes another folder's *_internal.h
#   cycle A -> B -> ... -> A the include graph between files has a cycle
#   symbol MOD -> DEF: NAME  module MOD's objects call (use) NAME, defined
#                            in module DEF of a higher floor or beside it,
#                            or render calls store/ or feed/ (writers get
#                            model values; cmd/ loads them)
#   library MOD: NAME        a library function outside its floor: sqlite3_*
#                            only in store, pcre2_* only in parser, jansson
#                            and Graphviz only in render (and cmd)
#                            (nm on $BUILD/libescviz_*.a and the escviz
#                            objects of cmd/; symbols no module defines,
#                            libc and third-party libraries, are ignored)
# Includes scanned: every `#include "FOLDER/..."` in each .c/.h under the
# eight folders.
#
# tests/layering-allow.txt lists the violations the tree still has, one
# per line, exactly as printed here (# starts a comment).  The test fails
# on a violation not in that list, and on a listed one that no longer
# occurs, so the list can only shrink.  Regenerate it with
#   tests/cli/layering.sh --print >tests/layering-allow.txt
# only when removing lines.
#
# Env: SRC (source tree; default: this script's tree), BUILD (build dir;
# the symbol check is skipped, and said so, without it).
set -u
src=${SRC:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
build=${BUILD:-}
allow=${LAYERING_ALLOW:-$src/tests/layering-allow.txt}
print_only=0
[ "${1:-}" = --print ] && print_only=1

folders="common parser model store feed analysis render cmd"
floor_of() {
    case $1 in
        common) echo 0 ;; parser) echo 1 ;; model) echo 2 ;;
        store | feed | analysis) echo 3 ;; render) echo 4 ;; cmd) echo 5 ;;
        *) echo -1 ;;
    esac
}
floors=""
for f in $folders; do floors="$floors $f=$(floor_of "$f")"; done

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# Self-test first: a small tree with one violation of each kind must be
# reported exactly so, or this checker proves nothing on the real tree.
if [ "$print_only" = 0 ] && [ -z "${LAYERING_SELFTEST:-}" ]; then
    f=$T/selftest
    mkdir -p "$f"/common "$f"/parser "$f"/store "$f"/feed "$f"/render "$f"/b
    printf '#include "common/b.h"\n#include "render/r.h"\n' >"$f"/common/a.h
    printf '#include "common/a.h"\n' >"$f"/common/b.h
    printf '#include "common/a.h"\n#include "parser/parser_internal.h"\n' >"$f"/render/r.h
    printf '#include "feed/feed.h"\n#include "parser/parser.h"\n' >"$f"/store/s.c
    : >"$f"/parser/parser.h
    : >"$f"/parser/parser_internal.h
    : >"$f"/feed/feed.h
    printf 'void r(void);\nvoid c(void) { r(); }\n' >"$f"/common/c.c
    printf 'void r(void) {}\nvoid s(void);\nvoid g(void) { s(); }\n' >"$f"/render/r.c
    printf 'int c(void);\nvoid s(void) { c(); }\n' >"$f"/store/s2.c
    printf 'int sqlite3_open(void);\nvoid p(void) { sqlite3_open(); }\n' >"$f"/parser/p.c
    for c in common/c.c render/r.c store/s2.c parser/p.c; do
        m=${c%%/*}
        cc -c -o "$f/b/$m.o" "$f/$c" && ar rc "$f/b/libescviz_$m.a" "$f/b/$m.o" ||
            { echo "FAIL layering::selftest: cannot compile its objects"; exit 1; }
    done
    cat >"$T/selftest.want" <<'EOT'
beside store/s.c -> feed/feed.h
cycle common/a.h -> common/b.h -> common/a.h
cycle common/a.h -> render/r.h -> common/a.h
internal render/r.h -> parser/parser_internal.h
library parser: sqlite3_open
symbol common -> render: r
symbol render -> store: s
up common/a.h -> render/r.h
EOT
    if ! SRC=$f BUILD=$f/b LAYERING_SELFTEST=1 bash "${BASH_SOURCE[0]}" --print >"$T/selftest.got" 2>&1 ||
        ! diff -u "$T/selftest.want" "$T/selftest.got"; then
        echo "FAIL layering::selftest: the checker misreports a tree with known violations"
        exit 1
    fi
    # The allow-list: all listed passes; one missing or one extra fails.
    selftest() { SRC=$f BUILD=$f/b LAYERING_SELFTEST=1 LAYERING_ALLOW=$T/allow bash "${BASH_SOURCE[0]}" >"$T/allow.out" 2>&1; }
    cp "$T/selftest.want" "$T/allow"
    selftest || { echo "FAIL layering::selftest: rejects a complete allow-list"; cat "$T/allow.out"; exit 1; }
    sed 1d "$T/selftest.want" >"$T/allow"
    ! selftest && grep -q '^violation: beside store/s.c' "$T/allow.out" ||
        { echo "FAIL layering::selftest: accepts a violation not allowed"; exit 1; }
    { cat "$T/selftest.want"; echo "up common/gone.h -> render/r.h"; } >"$T/allow"
    ! selftest && grep -q '^gone from the tree.*common/gone.h' "$T/allow.out" ||
        { echo "FAIL layering::selftest: accepts a stale allow-list line"; exit 1; }
    echo "ok   layering::selftest"
fi

# The include edges: "FILE HEADER", both relative to $src.
cd "$src" || exit 2
: >"$T/files"
for d in $folders; do
    [ -d "$d" ] || continue
    find "$d" -maxdepth 1 -type f \( -name '*.c' -o -name '*.h' \) | sort >>"$T/files"
done
xargs -r grep -H -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z_]+/' <"$T/files" |
    sed -E 's/^([^:]*):[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]*)".*/\1 \2/' |
    awk -v folders="$folders" 'BEGIN { n = split(folders, a, " "); for (i = 1; i <= n; i++) ok[a[i]] = 1 }
        { split($2, p, "/"); if (p[1] in ok) print }' | sort -u >"$T/edges"

# Include rules and cycles (a depth-first search over the file graph;
# each cycle is printed once, rotated to start at its smallest file).
awk -v floors="$floors" -v files="$T/files" '
function folder(f,   p) { split(f, p, "/"); return p[1] }
function base(f,   n, p) { n = split(f, p, "/"); return p[n] }
function dfs(u,   i, v, j, c, k, m, best, s) {
    state[u] = 1; stack[++sp] = u
    for (i = 1; i <= deg[u]; i++) {
        v = adj[u, i]
        if (!(v in isfile)) continue
        if (state[v] == 1) {
            # the cycle is stack[j..sp] where stack[j] == v
            for (j = sp; stack[j] != v; j--) ;
            m = sp - j + 1; best = 0
            for (k = 0; k < m; k++) if (best == 0 || stack[j + k] < stack[j + best - 1]) best = k + 1
            s = ""
            for (k = 0; k < m; k++) s = s stack[j + (best - 1 + k) % m] " -> "
            s = s stack[j + best - 1]
            if (!(s in seen)) { seen[s] = 1; print "cycle " s; ncycles++ }
        } else if (state[v] == 0) dfs(v)
    }
    state[u] = 2; sp--
}
BEGIN {
    n = split(floors, a, " ")
    for (i = 1; i <= n; i++) { split(a[i], kv, "="); fl[kv[1]] = kv[2] }
    while ((getline line < files) > 0) { isfile[line] = 1; nfiles++; order[nfiles] = line }
}
{
    from = $1; to = $2; nedges++
    adj[from, ++deg[from]] = to
    ff = folder(from); tf = folder(to)
    if (ff == tf) next
    if (fl[tf] > fl[ff]) { print "up " from " -> " to; nup++ }
    else if (fl[tf] == fl[ff]) { print "beside " from " -> " to; nup++ }
    else if (base(to) ~ /_internal\.h$/) { print "internal " from " -> " to; nup++ }
}
END {
    for (i = 1; i <= nfiles; i++) if (state[order[i]] == 0) dfs(order[i])
    printf "%d files, %d edges, %d up-edges, %d cycles\n", nfiles, nedges, nup, ncycles > "/dev/stderr"
}' "$T/edges" >"$T/violations" 2>"$T/summary"

# Symbols: which module defines each global symbol, which modules use it.
symbols=skipped
if [ -n "$build" ]; then
    symbols=checked
    : >"$T/defs"
    : >"$T/uses"
    for m in $folders; do
        if [ "$m" = cmd ]; then
            objs=$(find "$build/CMakeFiles/escviz.dir" -name '*.o' 2>/dev/null | sort)
        elif [ -f "$build/libescviz_$m.a" ]; then
            objs=$build/libescviz_$m.a
        elif ls "$m"/*.c >/dev/null 2>&1; then
            echo "layering: $m has sources but $build/libescviz_$m.a is missing" >&2
            exit 2
        else
            continue # an interface module: no objects yet
        fi
        [ -n "$objs" ] || continue
        # shellcheck disable=SC2086
        nm -g --defined-only $objs 2>/dev/null | awk -v m="$m" 'NF == 3 { print $3, m }' >>"$T/defs"
        # shellcheck disable=SC2086
        nm -u $objs 2>/dev/null | awk -v m="$m" 'NF == 2 { print m, $2 }' >>"$T/uses"
    done
    sort -u "$T/defs" -o "$T/defs"
    sort -u "$T/uses" -o "$T/uses"
    awk -v floors="$floors" -v defs="$T/defs" '
    BEGIN {
        n = split(floors, a, " ")
        for (i = 1; i <= n; i++) { split(a[i], kv, "="); fl[kv[1]] = kv[2] }
        # a symbol defined in several modules counts at its lowest floor
        while ((getline line < defs) > 0) {
            split(line, p, " ")
            if (!(p[1] in def) || fl[p[2]] < fl[def[p[1]]]) def[p[1]] = p[2]
        }
    }
    {
        m = $1; s = $2
        # The roles of the floors: SQL only in store, PCRE2 only in the
        # parser, Graphviz and jansson only in render; render writes model
        # values and reads nothing (no store or feed function).
        if (s ~ /^sqlite3_/ && m != "store") { print "library " m ": " s; nsym++; next }
        if (s ~ /^pcre2_/ && m != "parser") { print "library " m ": " s; nsym++; next }
        if (s ~ /^(json_|gv[A-Z]|ag[a-z])/ && m != "render" && m != "cmd") { print "library " m ": " s; nsym++; next }
        if (!(s in def)) next
        d = def[s]
        if (d == m) next
        if (fl[d] >= fl[m]) { print "symbol " m " -> " d ": " s; nsym++ }
        else if (m == "render" && (d == "store" || d == "feed")) { print "symbol " m " -> " d ": " s; nsym++ }
    }
    END { printf "%d symbol violations\n", nsym > "/dev/stderr" }' "$T/uses" >>"$T/violations" 2>>"$T/summary"
fi
sort -u "$T/violations" -o "$T/violations"

if [ "$print_only" = 1 ]; then
    cat "$T/violations"
    exit 0
fi

# Compare with the allow-list.
if [ -f "$allow" ]; then
    sed -e 's/[[:space:]]*#.*//' -e '/^[[:space:]]*$/d' "$allow" | sort -u >"$T/allowed"
else
    : >"$T/allowed"
fi
# Symbol lines are only checked when the symbols were.
if [ "$symbols" = skipped ]; then
    grep -v '^symbol ' "$T/allowed" >"$T/allowed2"
    mv "$T/allowed2" "$T/allowed"
fi
comm -23 "$T/violations" "$T/allowed" >"$T/new"
comm -13 "$T/violations" "$T/allowed" >"$T/stale"
sed 's/^/violation: /' "$T/new"
sed 's/^/gone from the tree, remove from tests\/layering-allow.txt: /' "$T/stale"
symsum="symbols skipped (no BUILD)"
[ "$symbols" = checked ] && symsum=$(sed -n 2p "$T/summary")
echo "layering summary: $(sed -n 1p "$T/summary"), $symsum;" \
    "$(wc -l <"$T/violations") violations, $(wc -l <"$T/allowed") allowed," \
    "$(wc -l <"$T/new") new, $(wc -l <"$T/stale") stale"
# The closing line in lib.bash's form (tests/valgrind.sh looks for it).
passed=1 failed=0
[ -n "${LAYERING_SELFTEST:-}" ] || passed=2
if [ -s "$T/new" ] || [ -s "$T/stale" ]; then failed=1 passed=$((passed - 1)); fi
echo "layering: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
