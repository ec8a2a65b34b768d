// Open an escviz HTML report in Debian's headless chromium and check it
// the way a reader would: the summary table, the filter box, sorting, a
// function page with its inline SVG diagram, no console errors and no
// request that leaves file://.  Saves PNG screenshots.
//
// Given a second report (LAYOUT_DIR, of a real library with long source
// lines), checks at 1366x768 and 1920x1080 the index, a package page and
// the page of LAYOUT_FUNC (a diagram of 30+ nodes): the body never scrolls
// sideways, the diagnostics column stays in the window, every chart bar
// links to a page that exists, the search box works from the keyboard,
// the verdicts' columns are underlined, the diagram's zoom and pan buttons
// change its viewBox, and explanation links to callees resolve.
//
// usage: node report.mjs REPORT_DIR SCREENSHOT_DIR [LAYOUT_DIR LAYOUT_FUNC]
// env:   CHROMIUM (default /usr/bin/chromium)
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { check, finish, openBrowser } from "./harness.mjs";

const [reportDir, shotDir, layoutDir, layoutFunc] = process.argv.slice(2);
if (!reportDir || !shotDir) {
  console.error("usage: node report.mjs REPORT_DIR SCREENSHOT_DIR");
  process.exit(2);
}
const { context, problems, watch, close } = await openBrowser({ width: 1280, height: 900 });
context.on("page", (p) => watch(p));

// The body does not scroll sideways, and nothing sticks out of the window.
async function noOverflow(page, name) {
  const m = await page.evaluate(() => ({
    sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth,
    bw: document.body.scrollWidth,
  }));
  check(`${name}-no-horizontal-overflow`, m.sw <= m.cw && m.bw <= m.cw,
        `scrollWidth ${m.sw}, body ${m.bw}, clientWidth ${m.cw}`);
}

// A link's target is a file of the site.
function resolves(page, href) {
  const u = new URL(href, page.url());
  return u.protocol === "file:" && existsSync(fileURLToPath(u));
}

async function layout(w, h) {
  const tag = `${w}x${h}`;
  const page = await context.newPage();
  await page.setViewportSize({ width: w, height: h });
  const index = pathToFileURL(resolve(layoutDir, "index.html")).href;

  // The index: charts whose bars all link to existing pages.
  await page.goto(index, { waitUntil: "load" });
  await noOverflow(page, `${tag}-index`);
  const bars = await page.locator("figure.chart .bar").count();
  const links = await page.locator("figure.chart a.bar").evaluateAll(
    (as) => as.map((a) => a.getAttribute("href")));
  const broken = links.filter((l) => !l || !resolves(page, l));
  check(`${tag}-chart-bars-link`, bars >= 2 && links.length === bars && broken.length === 0,
        `${links.length} links of ${bars} bars, broken: ${broken.join(" ")}`);
  const short = page.locator("#packages-table span.path").first();
  check(`${tag}-short-path-title`, (await short.count()) === 1 &&
        (await short.getAttribute("title")).length > (await short.innerText()).length);
  await page.screenshot({ path: join(shotDir, `index-${tag}.png`), fullPage: false });

  // A package page, from the package table.
  const pkgLink = page.locator("#packages-table tbody tr td:first-child a").first();
  await pkgLink.click();
  await page.waitForLoadState("load");
  check(`${tag}-package-page`, (await page.locator("#functions-table tbody tr").count()) > 10);
  await noOverflow(page, `${tag}-package`);
  await page.screenshot({ path: join(shotDir, `package-${tag}.png`), fullPage: false });

  // The search box, from the keyboard only: "/", the name, ArrowDown, Enter.
  await page.locator("body").press("/");
  check(`${tag}-search-focus`, await page.evaluate(() => document.activeElement.id === "fn-search"));
  await page.keyboard.type(layoutFunc.replace(/^.*\./, ""));
  const first = page.locator("#fn-search-list li[role=option]").first();
  await first.waitFor({ timeout: 5000 });
  await page.keyboard.press("ArrowDown");
  check(`${tag}-search-arrow`, (await first.getAttribute("aria-selected")) === "true" &&
        (await page.locator("#fn-search").getAttribute("aria-activedescendant")) === "fn-hit-0");
  if (w === 1366)
    await page.screenshot({ path: join(shotDir, `search-${tag}.png`), fullPage: false });
  await Promise.all([page.waitForURL(/\/fn\/.*\.html$/), page.keyboard.press("Enter")]);
  await page.waitForLoadState("load");
  const h1 = await page.locator("h1").innerText();
  check(`${tag}-search-opens-function`, h1 === `Function ${layoutFunc}`, h1);

  // The function page: 30+ nodes, long lines, the diagnostics in view.
  await noOverflow(page, `${tag}-function`);
  const svg = page.locator("figure.diagram svg");
  const nodes = await svg.locator("g.node").count();
  check(`${tag}-diagram-30-nodes`, nodes >= 30, `${nodes} nodes`);
  const longest = await page.locator("table.src td.code").evaluateAll(
    (tds) => Math.max(...tds.map((td) => td.textContent.length)));
  check(`${tag}-long-source-lines`, longest >= 140, `longest line ${longest} characters`);
  const diag = await page.evaluate(() => {
    const th = document.querySelector("table.src thead th:last-child").getBoundingClientRect();
    return { right: th.right, cw: document.documentElement.clientWidth };
  });
  check(`${tag}-diagnostics-column-visible`, diag.right <= diag.cw, JSON.stringify(diag));
  const fit = await page.evaluate(() => {
    const s = document.querySelector("figure.diagram svg").getBoundingClientRect();
    const v = document.querySelector("figure.diagram .viewport").getBoundingClientRect();
    return { sw: s.width, vw: v.width, sh: s.height, wh: window.innerHeight };
  });
  check(`${tag}-diagram-fits-box`, fit.sw <= fit.vw + 1 && fit.sh <= 0.75 * fit.wh + 1,
        JSON.stringify(fit));

  // Each verdict's column underlined, with the verdict on hover.
  const marks = await page.locator("table.src span.v[data-col]").evaluateAll((ss) =>
    ss.map((s) => ({ col: s.getAttribute("data-col"), title: s.getAttribute("title") || "",
                     deco: getComputedStyle(s).textDecorationLine })));
  check(`${tag}-verdict-underlines`, marks.length >= 10 &&
        marks.every((m) => m.title.includes(`col ${m.col}: `) && m.deco.includes("underline")),
        `${marks.length} marks`);

  // Zoom and pan with the buttons, from the keyboard.
  const vb = async () => (await svg.getAttribute("viewBox")).split(/\s+/).map(Number);
  const home = await vb();
  await page.locator(".zoom button[data-act=zoom-in]").focus();
  await page.keyboard.press("Enter");
  const zin = await vb();
  check(`${tag}-zoom-in`, zin[2] < home[2] && zin[3] < home[3], `${home} -> ${zin}`);
  await page.locator(".zoom button[data-act=right]").focus();
  await page.keyboard.press("Enter");
  const right = await vb();
  check(`${tag}-pan-right`, right[0] > zin[0] && right[2] === zin[2], `${zin} -> ${right}`);
  const box = await page.locator("figure.diagram .viewport").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 4 });
  await page.mouse.up();
  const dragged = await vb();
  check(`${tag}-drag-pans`, dragged[0] < right[0] && dragged[1] < right[1], `${right} -> ${dragged}`);
  await page.mouse.wheel(0, -300);
  const wheeled = await vb();
  check(`${tag}-wheel-zooms`, wheeled[2] < dragged[2], `${dragged} -> ${wheeled}`);
  await page.locator(".zoom button[data-act=fit]").click();
  check(`${tag}-fit-restores`, (await vb()).join() === home.join());
  await page.locator("figure.diagram").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shotDir, `function-${tag}.png`), fullPage: false });
  const src = page.locator("table.src tr.hit").first();
  await src.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shotDir, `source-${tag}.png`), fullPage: false });

  // Explanations link the functions they call to their pages.
  const callees = await page.locator("a.callee").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  check(`${tag}-callee-links`, callees.length > 0 && callees.every((l) => resolves(page, l)),
        `${callees.length} links`);
  await page.close();
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

  await page.locator("header.top nav a").click();
  await page.waitForLoadState("load");
  check("back-to-index", (await page.locator("#packages-table").count()) === 1);
  if (layoutDir) {
    await page.close();
    for (const [w, h] of [[1366, 768], [1920, 1080]]) await layout(w, h);
  }
  check("no-console-errors-or-network", problems.length === 0, problems.join("; "));
} catch (e) {
  check("no-exception", false, String(e && e.stack || e));
} finally {
  await close();
}
finish();
