# golden_src LOG: the Go source folder a testdata/go1.*/ log was built from
# (tests/gen-testdata.sh), so that golden ingests place rows by the source
# (escviz ingest --src).  Sourced by tests/regen.sh and tests/cli/golden.sh.
golden_src() {
    case $(basename "$1") in
    escprobe-*) echo testdata/src/escprobe ;;
    shapes-*) echo examples/shapes ;;
    *) echo . ;;
    esac
}
