// Open an escviz diff page (escviz diff --format html) in Debian's headless
// chromium at 1366x768 and 1920x1080 and check it the way a reader would:
// the body never scrolls sideways, regression rows are red and fixed ones
// green by computed style, each row says its effect in words, changes are
// grouped by package and function with counts, regressions come first, the
// filters and the sort work from the keyboard, no console error and no
// request that leaves file://.  Saves PNG screenshots.
//
// usage: node diff.mjs DIFF_HTML SCREENSHOT_DIR
// env:   CHROMIUM (default /usr/bin/chromium)
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { check, finish, openBrowser } from "./harness.mjs";

const [page_file, shotDir] = process.argv.slice(2);
if (!page_file || !shotDir) {
  console.error("usage: node diff.mjs DIFF_HTML SCREENSHOT_DIR");
  process.exit(2);
}
const sizes = [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }];
const url = pathToFileURL(resolve(page_file)).href;
const { context, problems, watch, close } = await openBrowser(sizes[0]);

const visibleItems = (page) => page.locator("#rows tr.item:visible");
const noOverflow = (page) => page.evaluate(() => ({
  sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth,
  bw: document.body.scrollWidth,
}));

try {
  const page = context.pages()[0] || await context.newPage();
  watch(page);
  for (const size of sizes) {
    const tag = `${size.width}x${size.height}`;
    await page.setViewportSize(size);
    await page.goto(url, { waitUntil: "load" });
    const total = await page.locator("#rows tr.item").count();
    check(`${tag}:60+changes`, total >= 60, `${total} change rows`);
    let o = await noOverflow(page);
    check(`${tag}:no-horizontal-overflow`, o.sw <= o.cw, `scrollWidth ${o.sw} > clientWidth ${o.cw}`);
    // Open every explanation: long flows must wrap too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
    o = await noOverflow(page);
    check(`${tag}:no-overflow-explanations-open`, o.sw <= o.cw, `scrollWidth ${o.sw} > clientWidth ${o.cw}`);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = false; }));
    // Every cell fits the table: nothing is cut off at the right.
    const cut = await page.evaluate(() => {
      const right = document.documentElement.clientWidth;
      return Array.from(document.querySelectorAll("td,th")).filter(
        (c) => c.getBoundingClientRect().right > right + 0.5).length;
    });
    check(`${tag}:no-cell-past-the-window`, cut === 0, `${cut} cells`);
    await page.screenshot({ path: join(shotDir, `diff-${tag}.png`), fullPage: false });
    await page.evaluate(() => document.getElementById("controls").scrollIntoView());
    await page.screenshot({ path: join(shotDir, `diff-${tag}-changes.png`), fullPage: false });
    await page.evaluate(() => window.scrollTo(0, 0));
  }

  // Colour by computed style, and the words for who cannot see colour.
  const style = (sel) => page.locator(sel).first().evaluate((tr) => {
    const td = tr.querySelector("td.what"), mark = tr.querySelector("td.mark");
    return { bg: getComputedStyle(td).backgroundColor, mark: mark.textContent.trim(),
             border: getComputedStyle(mark).borderLeftColor };
  });
  const reg = await style("#rows tr.item.reg"), fix = await style("#rows tr.item.fix"),
        neu = await style("#rows tr.item.neutral");
  const rgb = (s) => s.match(/\d+/g).slice(0, 3).map(Number);
  const [rr, rg, rb] = rgb(reg.bg), [fr, fg, fb] = rgb(fix.bg), [nr, ng, nb] = rgb(neu.bg);
  check("regression-red", rr > rg + 10 && rr > rb + 10, `background ${reg.bg}`);
  check("regression-border-red", (([r, g, b]) => r > 150 && g < 80 && b < 80)(rgb(reg.border)), reg.border);
  check("fixed-green", fg > fr + 10 && fg > fb, `background ${fix.bg}`);
  check("neutral-grey", Math.max(nr, ng, nb) - Math.min(nr, ng, nb) < 12, `background ${neu.bg}`);
  check("regression-words", reg.mark === "▲ regression", reg.mark);
  check("fixed-words", fix.mark === "▼ fixed", fix.mark);
  check("neutral-words", neu.mark === "• changed", neu.mark);
  check("legend", (await page.locator("ul.legend li").count()) === 3);
  // An added heap escape is a regression (it used to be green).
  const addedHeap = page.locator('#rows tr.item[data-k="heap_escape"][data-c="added"]').first();
  if (await addedHeap.count())
    check("added-heap-escape-is-red", (await addedHeap.getAttribute("class")).includes("reg"));

  // Grouped: package and function header rows with counts; regressions first.
  const pkgHeads = await page.locator("#rows tr.pkg-head").allInnerTexts();
  check("grouped-by-package", pkgHeads.length >= 2, `${pkgHeads.length} package headers`);
  check("group-counts", pkgHeads.every((t) => /\d+ (regressions?|fixed|changed)/.test(t)), pkgHeads.join(" | "));
  check("function-groups", (await page.locator("#rows tr.fn-head").count()) >= 10);
  const firstItem = page.locator("#rows tr.item").first();
  check("regressions-first", (await firstItem.getAttribute("data-e")) === "0");
  const initial = await page.locator("#rows tr.item").evaluateAll((trs) => trs.map((t) => t.dataset.o));
  // The package path is in the group header, not on every row.
  check("package-column-hidden-when-grouped",
        !(await page.locator("#rows tr.item td.c-pkg").first().isVisible()));
  const longPkg = page.locator("#rows tr.pkg-head span[title]").first();
  if (await longPkg.count()) {
    const t = await longPkg.getAttribute("title"), shown = await longPkg.innerText();
    // "github.com/…/internal/toml-test": the whole path starts with the part
    // before "…/" and ends with the part after it.
    const [head, tail] = shown.split("…/");
    check("long-package-shortened-with-title",
          shown.length < t.length && tail !== undefined && t.startsWith(head) && t.endsWith(tail),
          `${shown} / ${t}`);
  }

  // Filter from the keyboard: Tab to the effect select, choose "regression"
  // with the arrow keys, then type into the text box.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  let guard = 0;
  while (guard++ < 60 && !(await page.evaluate(() => document.activeElement && document.activeElement.id === "f-effect")))
    await page.keyboard.press("Tab");
  check("tab-reaches-filter", guard < 60);
  await page.keyboard.press("ArrowDown"); // "all effects" -> "▲ regression"
  const regs = await page.locator("#rows tr.item.reg").count();
  let vis = await visibleItems(page).evaluateAll((trs) => trs.map((t) => t.dataset.e));
  check("keyboard-filter-effect", vis.length === regs && vis.every((e) => e === "0"), `${vis.length} shown, ${regs} regressions`);
  check("shown-count-text", (await page.locator("#shown").innerText()) === `${regs} of ${initial.length} changes shown`);
  const pkgCounts = await page.locator("#rows tr.pkg-head .n").allInnerTexts();
  check("group-counts-follow-filter", pkgCounts.every((t) => /^\d+ regressions?$/.test(t)), pkgCounts.join(" | "));
  await page.keyboard.press("ArrowUp");
  check("filter-cleared", (await visibleItems(page).count()) === initial.length);

  const text = page.locator("#f-text");
  await text.focus();
  const needle = (await page.locator('#rows tr.item[data-k="heap_escape"] td.what').first().innerText()).split(" ")[0];
  await page.keyboard.type(needle);
  vis = await visibleItems(page).allInnerTexts();
  check("keyboard-text-filter", vis.length >= 1 && vis.length < initial.length &&
        vis.every((t) => t.toLowerCase().includes(needle.toLowerCase())), `'${needle}': ${vis.length} rows`);
  await page.screenshot({ path: join(shotDir, "diff-filtered.png"), fullPage: false });
  await text.fill("");
  await text.dispatchEvent("input");

  // Kind and package selects.
  await page.locator("#f-kind").focus();
  await page.locator("#f-kind").selectOption("inlined_call");
  vis = await visibleItems(page).evaluateAll((trs) => trs.map((t) => t.dataset.k));
  check("kind-filter", vis.length > 0 && vis.every((k) => k === "inlined_call"), `${vis.length}`);
  await page.locator("#f-kind").selectOption("");
  const pkgValue = await page.locator("#f-pkg option").nth(1).getAttribute("value");
  await page.locator("#f-pkg").selectOption(pkgValue);
  vis = await visibleItems(page).evaluateAll((trs) => trs.map((t) => t.dataset.p));
  check("package-filter", vis.length > 0 && vis.every((p) => p === pkgValue) &&
        (await page.locator("#rows tr.pkg-head").count()) === 1, `${vis.length}`);
  await page.locator("#f-pkg").selectOption("");

  // Sort by kind, flat: kinds in order; back to regressions first: as printed.
  await page.locator("#group").focus();
  await page.keyboard.press("Space");
  check("ungrouped", (await page.locator("#rows tr.pkg-head").count()) === 0 &&
        await page.locator("#rows tr.item td.c-pkg").first().isVisible());
  await page.locator("#sort").selectOption("kind");
  const kinds = await page.locator("#rows tr.item:not(.caused)").evaluateAll((trs) => trs.map((t) => t.dataset.k));
  check("sort-by-kind", kinds.every((k, i) => i === 0 || kinds[i - 1] <= k), kinds.slice(0, 5).join(","));
  await page.locator("#sort").selectOption("effect");
  // Flat, regressions first: each row's group (a change and the escapes it
  // caused) ranked by its worst effect, never better before worse.
  const ranks = await page.locator("#rows tr.item").evaluateAll((trs) => {
    const worst = {};
    trs.forEach((t) => { const u = t.dataset.u, e = Number(t.dataset.e);
      worst[u] = u in worst ? Math.min(worst[u], e) : e; });
    return trs.map((t) => worst[t.dataset.u]);
  });
  check("flat-regressions-first", ranks.every((r, i) => i === 0 || ranks[i - 1] <= r), ranks.join(""));
  await page.locator("#group").focus();
  await page.keyboard.press("Space");
  const again = await page.locator("#rows tr.item").evaluateAll((trs) => trs.map((t) => t.dataset.o));
  check("script-order-equals-printed-order", JSON.stringify(again) === JSON.stringify(initial));
  const o = await noOverflow(page);
  check("no-overflow-after-sorting", o.sw <= o.cw);
  check("no-console-errors-or-network", problems.length === 0, problems.join("; "));
} catch (err) {
  check("no-exception", false, String(err && err.stack || err));
} finally {
  await close();
}
finish();
