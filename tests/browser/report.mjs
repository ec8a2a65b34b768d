// Open an escviz HTML report in Debian's headless chromium and check it
// the way a reader would: the summary table, the filter box, sorting, a
// function page with its inline SVG diagram, no console errors and no
// request that leaves file://.  Saves PNG screenshots.
//
// usage: node report.mjs REPORT_DIR SCREENSHOT_DIR
// env:   CHROMIUM (default /usr/bin/chromium)
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [reportDir, shotDir] = process.argv.slice(2);
if (!reportDir || !shotDir) {
  console.error("usage: node report.mjs REPORT_DIR SCREENSHOT_DIR");
  process.exit(2);
}
const exe = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(exe)) {
  console.error(`FAIL: chromium not found at ${exe} (scripts/deps.sh --test installs it)`);
  process.exit(1);
}

let failed = 0, passed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; console.log(`ok   browser::${name}`); }
  else { failed++; console.log(`FAIL browser::${name}${detail ? ": " + detail : ""}`); }
}

const profile = mkdtempSync(join(tmpdir(), "escviz-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: exe,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1280, height: 900 },
});
const problems = [];
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
  problems.push(`network request: ${url}`);
  return route.abort();
});
context.on("page", (p) => watch(p));
function watch(page) {
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
}

try {
  const page = context.pages()[0] || await context.newPage();
  watch(page);
  const index = pathToFileURL(resolve(reportDir, "index.html")).href;
  await page.goto(index, { waitUntil: "load" });
  check("title", (await page.title()).includes("escviz report"), await page.title());
  await page.screenshot({ path: join(shotDir, "report.png"), fullPage: true });
  const rows = await page.locator("#packages-table tbody tr").count();
  check("summary-rows", rows > 0, `${rows} package rows`);
  check("summary-facts", (await page.locator("dl.facts dt").count()) >= 10);
  check("charts-inline-svg", (await page.locator("figure.chart svg").count()) >= 1);

  const filter = page.locator("input.filter").first();
  const firstPkg = (await page.locator("#packages-table tbody tr td:first-child").first().innerText()).trim();
  await filter.fill(firstPkg);
  const shown = await page.locator("#packages-table tbody tr:visible").count();
  check("filter-keeps-match", shown >= 1 && shown <= rows, `${shown} of ${rows} for '${firstPkg}'`);
  await filter.fill("no-such-package-zzz");
  check("filter-hides-others",
        (await page.locator("#packages-table tbody tr:visible").count()) === 0);
  check("filter-count-text", /0 of \d+ rows shown/.test(await page.locator("#packages-table-count").innerText()));
  await filter.fill("");

  const heapTh = page.locator("#packages-table thead th", { hasText: "Heap escapes" });
  await heapTh.locator("button").click();
  check("sort-ascending", (await heapTh.getAttribute("aria-sort")) === "ascending");
  const heaps = await page.locator("#packages-table tbody tr td:nth-child(4)").evaluateAll(
    (tds) => tds.map((td) => Number(td.getAttribute("data-v"))));
  check("sort-order", heaps.every((v, i) => i === 0 || heaps[i - 1] <= v), heaps.join(","));

  // The function with the most heap allocations: the first bar of the second chart.
  const fnLink = page.locator("figure.chart").nth(1).locator("a").first();
  const href = await fnLink.getAttribute("href");
  await page.goto(new URL(href, index).href, { waitUntil: "load" });
  const svg = page.locator("figure.diagram svg");
  check("function-inline-svg", (await svg.count()) === 1);
  check("function-svg-nodes", (await svg.locator("g.node").count()) > 0);
  check("function-svg-labelled", ((await svg.getAttribute("aria-label")) || "").startsWith("Flow diagram"));
  check("function-events", (await page.locator("#events-table tbody tr").count()) > 0);
  await page.screenshot({ path: join(shotDir, "function.png"), fullPage: false });

  await page.locator("header.top a").click();
  await page.waitForLoadState("load");
  check("back-to-index", (await page.locator("#packages-table").count()) === 1);
  check("no-console-errors-or-network", problems.length === 0, problems.join("; "));
} catch (e) {
  check("no-exception", false, String(e && e.stack || e));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
