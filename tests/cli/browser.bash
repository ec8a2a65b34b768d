# browser.bash - sourced by the browser tests after lib.bash.
#   browser_driver NAME SCRIPT.mjs
# checks that Debian's chromium ($CHROMIUM, default /usr/bin/chromium), node
# and npm are there (missing is a failure, not a skip: CI installs them with
# scripts/deps.sh --test), then sets DRIVER to $BUILD/test-output/NAME with
# tests/browser/'s package.json, its lock file, harness.mjs and SCRIPT.mjs,
# and playwright-core installed there once with npm ci (never 'playwright
# install': the browser is Debian's).  Each test has its own NAME, so that
# two can run at once.
: "${BUILD:?set BUILD to the build folder}"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

browser_driver() {
  local name=$1 script=$2
  if [ ! -x "$CHROMIUM" ]; then
    not_ok "chromium" "no chromium at $CHROMIUM: run scripts/deps.sh --test (Debian package 'chromium')"
    finish
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    not_ok "node" "node or npm missing: run scripts/deps.sh --test (Debian packages 'nodejs', 'npm')"
    finish
  fi
  ok "browser-present"
  DRIVER="$BUILD/test-output/$name"
  mkdir -p "$DRIVER"
  cp "$SRC/tests/browser/package.json" "$SRC/tests/browser/package-lock.json" \
     "$SRC/tests/browser/harness.mjs" "$SRC/tests/browser/$script" "$DRIVER/"
  if [ ! -d "$DRIVER/node_modules/playwright-core" ]; then
    if ! (cd "$DRIVER" && npm ci --no-audit --no-fund --loglevel=error) >"$T/npm.log" 2>&1; then
      not_ok "npm-ci" "cannot install playwright-core: $(tail -c 300 "$T/npm.log")"
      finish
    fi
  fi
  ok "driver-installed"
}
