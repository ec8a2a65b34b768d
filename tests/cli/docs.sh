# The documentation is tested, not trusted:
#  1. for every command `escviz --help` lists, docs/escviz.1 has a `.SS CMD`
#     section whose `\fBescviz CMD\fR ...` line equals the `usage:` line of
#     `escviz CMD --help`, and a `.TP` tag for every option --help prints;
#  1b. the man page against the command descriptors (escviz help
#     --dump-descriptors, undocumented): each command's synopsis equals the
#     descriptor's usage, and each option's description (the .TP paragraph,
#     roff fonts removed, lines joined) equals the descriptor's help text
#     word for word; detail --help leaves out follows in an .IP paragraph;
#  2. every command synopsis in README.md (a line `escviz CMD [...`) equals
#     that command's usage line;
#  3. every example runs: lines starting with `$ ` in the man page's
#     .EX/.EE blocks, and every command of README.md's ```sh blocks, in a
#     temporary directory holding `testdata` (a link to the repository's)
#     and a database built from testdata logs, named by ESCVIZ_DB (and
#     linked as ./escviz.db).  An example exits 0 unless it ends in
#     `# exit N`.  `# needs: go` examples run in a copy of examples/shapes
#     when a Go toolchain is installed and are skipped otherwise.
#     README lines that set up or build the project (install packages,
#     run this very suite, rewrite goldens) are listed in SETUP_LINES below
#     and skipped by name, so a new unrunnable README line fails here until
#     someone marks it.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
MAN=$SRC/docs/escviz.1
README=$SRC/README.md

# README lines that are project set-up, not examples of escviz (exact text).
SETUP_LINES=(
  "scripts/quickstart.sh   # install what is missing, build, ingest a real Go build, show it"
  "scripts/test.sh         # the same set-up, then the whole test suite: plain, ASan/UBSan, fuzz, valgrind"
  "cmake -S . -B build && cmake --build build -j && (cd build && ctest)"
  "cmake -S . -B build-asan -DESCVIZ_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug && cmake --build build-asan -j"
  "(cd build && ctest -LE slow)   # inner loop, under 30 s: skips the tests labelled slow"
  "tests/regen.sh    # regenerate golden expectations after a deliberate change; review the diff"
  # Installing (run for real, into a scratch prefix or tree, by
  # tests/cli/install.sh and tests/cli/deb.sh):
  "cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF && cmake --build build -j"
  "sudo cmake --install build --prefix /usr/local   # bin/escviz, share/man/man1/escviz.1.gz, share/doc/escviz/"
  "scripts/package.sh                               # or a Debian package: ./escviz_VERSION_ARCH.deb"
  "sudo apt-get install ./escviz_*.deb"
)
# README lines that need a Go toolchain but predate the `# needs: go` marker.
GO_LINES=(
  "go build -gcflags='-m -m' ./... 2>&1 | escviz ingest --label main --commit \"\$(git rev-parse HEAD)\""
)

mkdir -p "$T/bin"
ln -s "$E" "$T/bin/escviz"
export PATH="$T/bin:$PATH"

# roff to plain text, for the few escapes this page uses.
unroff() { sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\&//g' -e "s/\\\\(aq/'/g" -e 's/\\e/\\/g'; }

# section CMD: the lines of `.SS CMD` up to the next .SS/.SH.
section() { awk -v c="$1" '/^\.S[SH] /{on = ($0 == ".SS " c); next} on' "$MAN"; }

commands=$("$E" --help | awk '/^commands:/{on=1; next} on && NF == 0 {on=0} on {print $1}')
[ -n "$commands" ] && ok "escviz --help lists commands" || not_ok "escviz --help lists commands"

for c in $commands; do
  "$E" "$c" --help >"$T/help" 2>&1 || { not_ok "$c --help exits 0"; continue; }
  usage=$(sed -n 's/^usage: //p' "$T/help")
  section "$c" | unroff >"$T/sec"
  if [ ! -s "$T/sec" ]; then
    not_ok "man page has a section for '$c'" "no '.SS $c' in docs/escviz.1"
    continue
  fi
  syn=$(grep -m1 "^escviz $c\\b" "$T/sec")
  [ "$syn" = "$usage" ] && ok "man $c: synopsis = usage" \
    || not_ok "man $c: synopsis = usage" "man: '$syn' help: '$usage'"
  awk '/^\.TP/{getline; print}' "$T/sec" | sed 's/^ *//' >"$T/tags"
  missing=""
  while IFS= read -r opt; do
    grep -qxF -- "$opt" "$T/tags" || missing="$missing [$opt]"
  done < <(sed -n '/^options:/,$p' "$T/help" | sed -n 's/^  \(-.*[^ ]\)  .*/\1/p' | sed 's/^ *//; s/ *$//')
  [ -z "$missing" ] && ok "man $c: every --help option documented" \
    || not_ok "man $c: every --help option documented" "missing:$missing"
done

# ---- the man page against the descriptors ----------------------------------

# opt_bodies: "TAG<TAB>TEXT" for each .TP of a section (unroffed, on stdin),
# TEXT being its paragraph up to the request that ends it, with the font
# macros reduced to their text (.BR a b -> ab) and lines joined by blanks.
opt_bodies() {
  awk '
    function flush() { if (tag != "") { sub(/^ +/, "", body); print tag "\t" body }; tag = ""; body = "" }
    function words(s,   n, a, i, out) {
      out = ""; n = 0
      while (length(s)) {
        sub(/^ +/, "", s)
        if (s == "") break
        if (substr(s, 1, 1) == "\"") { i = index(substr(s, 2), "\""); a[++n] = substr(s, 2, i - 1); s = substr(s, i + 2) }
        else { i = index(s, " "); if (!i) i = length(s) + 1; a[++n] = substr(s, 1, i - 1); s = substr(s, i) }
      }
      for (i = 1; i <= n; i++) out = out a[i]
      return out
    }
    /^\.TP/ { flush(); getline; tag = $0; sub(/^ +/, "", tag); next }
    /^\.(PP|SS|SH|RS|RE|IP|EX|EE|nf|fi)/ { flush(); next }
    tag == "" { next }
    /^\.(B|I) / { body = body " " substr($0, 4); next }
    /^\.(BR|RB|IR|RI|BI|IB) / { body = body " " words(substr($0, 5)); next }
    { body = body " " $0 }
    END { flush() }'
}

# says_help MAN HELP: the man page's paragraph is the help text, word for
# word (detail --help leaves out goes into a following .IP paragraph).
says_help() {
  [ "$1" = "$2" ]
}

"$E" help --dump-descriptors >"$T/desc" 2>&1 && [ -s "$T/desc" ] \
  && ok "escviz help --dump-descriptors" || not_ok "escviz help --dump-descriptors" "$(head -c 300 "$T/desc")"
[ "$(awk -F'\t' '$1 == "command" {print $2}' "$T/desc")" = "$commands" ] \
  && ok "descriptors: the commands escviz --help lists, in order" \
  || not_ok "descriptors: the commands escviz --help lists, in order" "$(awk -F'\t' '$1 == "command" {printf "%s ", $2}' "$T/desc")"
while IFS=$'\t' read -r rec c a b; do
  if [ "$rec" = command ]; then
    section "$c" | unroff >"$T/sec.$c"
    section "$c" | unroff | opt_bodies >"$T/bodies.$c"
    syn=$(grep -m1 "^escviz $c\\b" "$T/sec.$c")
    [ "$syn" = "escviz $c $a" ] && ok "man $c: synopsis = descriptor usage" \
      || not_ok "man $c: synopsis = descriptor usage" "man: '$syn' descriptor: 'escviz $c $a'"
    continue
  fi
  man=$(awk -F'\t' -v t="$a" '$1 == t {print $2; exit}' "$T/bodies.$c")
  says_help "$man" "$b" && ok "man $c $a: says the descriptor's help" \
    || not_ok "man $c $a: says the descriptor's help" "man: '$man' help: '$b'"
done <"$T/desc"

# ---- examples ------------------------------------------------------------

setup_dir() {
  local d=$1
  mkdir -p "$d"
  ln -s "$SRC/testdata" "$d/testdata"
  "$E" ingest --db "$d/escviz.db" --label pre-1.15 "$SRC/testdata/go1.15/escprobe-m2.log" 2>/dev/null
  "$E" ingest --db "$d/escviz.db" --label pre "$SRC/testdata/go1.27/escprobe-m2.log" 2>/dev/null
}

skips=()
# run_example WHERE DIR CMD: run one example command.
run_example() {
  local where=$1 dir=$2 cmd=$3 want=0 run_dir=$2
  case $cmd in *"# exit "[0-9]*) want=${cmd##*# exit }; want=${want%% *} ;; esac
  if [[ $cmd == *"# needs: go"* ]]; then
    if ! command -v go >/dev/null; then skips+=("$where|no Go toolchain: $cmd"); return; fi
    run_dir=$T/shapes.$RANDOM
    cp -r "$SRC/examples/shapes" "$run_dir"
  fi
  (cd "$run_dir" && ESCVIZ_DB=$dir/escviz.db GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local \
    GOTELEMETRY=off GOCACHE=$T/gocache GOPATH=$T/gopath NO_COLOR=1 \
    bash -o pipefail -c "$cmd") >"$T/ex.out" 2>"$T/ex.err"
  local got=$?
  [ "$got" = "$want" ] && ok "$where: $cmd" \
    || not_ok "$where: $cmd" "exit $got, want $want: $(head -c 300 "$T/ex.err")"
}

# Man page: `$ ` lines of .EX blocks.
setup_dir "$T/man"
n=0
while IFS= read -r line; do
  n=$((n + 1))
  run_example "man example $n" "$T/man" "$line"
done < <(awk '/^\.EX/{on=1; next} /^\.EE/{on=0} on' "$MAN" | unroff | sed -n 's/^\$ //p')
[ "$n" -gt 5 ] && ok "man page has examples ($n)" || not_ok "man page has examples" "found $n"

in_list() { local x=$1; shift; for y in "$@"; do [ "$x" = "$y" ] && return 0; done; return 1; }

# README: whole commands of ```sh blocks (lines joined until bash can parse them).
readme_commands() {
  awk '/^```sh$/{on=1; next} /^```/{on=0} on' "$README" | {
    acc=""
    while IFS= read -r line; do
      acc=${acc:+$acc$'\n'}$line
      if bash -n -c "$acc" 2>/dev/null; then
        [ -n "${acc// /}" ] && printf '%s\0' "$acc"
        acc=""
      fi
    done
    [ -n "$acc" ] && printf '%s\0' "$acc"
  }
}

setup_dir "$T/readme"
n=0
while IFS= read -r -d '' cmd; do
  n=$((n + 1))
  first=${cmd%%$'\n'*}
  if [[ $first =~ ^escviz\ ([a-z]+)\ .*\[ ]]; then
    c=${BASH_REMATCH[1]}
    usage=$("$E" "$c" --help 2>/dev/null | sed -n 's/^usage: //p')
    norm=$(echo "$first" | tr -s ' ')
    [ "$norm" = "$usage" ] && ok "README synopsis of $c = usage" \
      || not_ok "README synopsis of $c = usage" "README: '$norm' help: '$usage'"
  elif in_list "$cmd" "${SETUP_LINES[@]}"; then
    skips+=("README|project set-up, not an example: $cmd")
  elif in_list "$cmd" "${GO_LINES[@]}"; then
    run_example "README example $n" "$T/readme" "$cmd  # needs: go"
  else
    run_example "README example $n" "$T/readme" "$cmd"
  fi
done < <(readme_commands)
[ "$n" -gt 0 ] && ok "README has examples ($n)" || not_ok "README has examples"

for s in "${skips[@]}"; do skip "${s%%|*}" "${s#*|}"; done
if command -v groff >/dev/null; then
  warn=$(groff -man -Tutf8 -ww -z "$MAN" 2>&1)
  [ -z "$warn" ] && ok "groff renders the man page without warnings" \
    || not_ok "groff renders the man page without warnings" "$warn"
fi
finish
