// What the browser tests share: the checks' output, and Debian's headless
// chromium with a fresh profile that lets no request leave file:// and
// records console errors, page errors and failed requests as problems.
//
//   const h = await openBrowser(viewport);  // h.context, h.problems, h.watch(page)
//   check(name, ok, detail);                // "ok   browser::NAME" / "FAIL ..."
//   await h.close(); finish();              // summary line, exit status
// env: CHROMIUM (default /usr/bin/chromium)
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let failed = 0, passed = 0;
export function check(name, ok, detail) {
  if (ok) { passed++; console.log(`ok   browser::${name}`); }
  else { failed++; console.log(`FAIL browser::${name}${detail ? ": " + detail : ""}`); }
}

export function finish() {
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

export async function openBrowser(viewport) {
  const exe = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(exe)) {
    console.error(`FAIL: chromium not found at ${exe} (scripts/deps.sh --test installs it)`);
    process.exit(1);
  }
  const profile = mkdtempSync(join(tmpdir(), "escviz-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport,
  });
  const problems = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    problems.push(`network request: ${url}`);
    return route.abort();
  });
  const watch = (page) => {
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  };
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, problems, watch, close };
}
