# Go upgrades of the same source, with the source at hand: the logs of
# Debian's pkg/errors, pflag and go-cmp built by go1.19, go1.23 and go1.27
# (testdata/attrib, tests/gen-attrib.sh), each ingested with --src, diffed
# release against release.  tests/drift/truth.py counts from the raw logs,
# place by place, what really changed: escviz must report nothing beyond it
# (no respelling added or removed, no spurious regression).  The real
# changes it does not report are printed (std code whose lines moved
# between releases is matched as the same decision).
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/attrib
truth=$SRC/tests/drift/truth.py
gocode=${ESCVIZ_GOCODE:-/usr/share/gocode/src}
libs=${ESCVIZ_DRIFT_LIBS:-pkgerrors pflag gocmp} # tests/valgrind.sh narrows it
for lib in pkgerrors:github.com/pkg/errors pflag:github.com/spf13/pflag gocmp:github.com/google/go-cmp; do
  n=${lib%%:*} dir=$gocode/${lib#*:}
  case " $libs " in *" $n "*) ;; *) continue ;; esac
  if [ ! -d "$dir" ]; then
    skip "$n" "$dir is not installed (scripts/deps.sh --test installs it)"
    continue
  fi
  db=$T/$n.db
  for v in 1.19 1.23 1.27; do
    xz -dc "$D/go$v/$n-m2.log.xz" >"$T/$n-$v.log"
    "$E" ingest --db "$db" --label "go$v" --src "$dir" "$T/$n-$v.log" 2>"$T/err" \
      || not_ok "$n go$v: ingest" "$(cat "$T/err")"
  done
  for p in 1.19:1.23 1.23:1.27 1.19:1.27; do
    o=${p%:*} w=${p#*:}
    "$E" diff --db "$db" "go$o" "go$w" --format json --show-respelled -o "$T/d.json" 2>/dev/null
    if python3 "$truth" --check-spurious "$T/$n-$o.log" "$T/$n-$w.log" "$T/d.json" >"$T/t" 2>&1; then
      ok "$n go$o -> go$w: $(cut -d' ' -f1-7 "$T/t")"
    else
      not_ok "$n go$o -> go$w" "$(cat "$T/t")"
    fi
  done
done
finish
