/*
 * The report's page frame, its two shared files and its charts.
 *
 * The style sheet and the script are files of the site (escviz.css,
 * escviz.js) rather than copies inlined in each of thousands of pages;
 * they are local, so the site still needs no network.  The script only
 * adds sorting and filtering: every page reads fully without it.
 */
#include "render/render_report_internal.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "common/pos.h"
#include "common/util.h"
#include "render/render_escape.h"
#include "render/render_internal.h"

static const char css[] =
	":root{--esc:#b71c1c;--moved:#e65100;--ok:#2e7d32;--ink:#1b1b1b;--mute:#555;"
	"--line:#d0d7de;--bg:#fff;--alt:#f6f8fa;--focus:#0b57d0}\n"
	"*,*::before,*::after{box-sizing:border-box}\n"
	"body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,"
	"sans-serif;color:var(--ink);background:var(--bg);margin:0 auto;padding:0 1.5rem "
	"3rem;max-width:100rem}\n"
	"main{min-width:0}\n"
	"header.top{border-bottom:1px solid var(--line);padding:.5rem 0;margin-bottom:1rem;"
	"display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;"
	"gap:.5rem 1rem}\n"
	"header.top nav a{color:var(--mute);text-decoration:none;margin-right:1rem}\n"
	"h1{font-size:1.5rem;margin:.6rem 0;overflow-wrap:anywhere}h2{font-size:1.2rem;"
	"margin-top:2rem}\n"
	"code,pre,.mono{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;"
	"font-size:.9em}\n"
	"table{border-collapse:collapse;margin:.5rem 0;width:100%}\n"
	"th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;"
	"vertical-align:top}\n"
	"td{overflow-wrap:anywhere}\n"
	"td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{"
	"white-space:nowrap;overflow-wrap:normal}\n"
	"tbody tr:nth-child(even){background:var(--alt)}\n"
	"th button{font:inherit;font-weight:600;background:none;border:0;padding:0;"
	"cursor:pointer;color:inherit;text-align:inherit}\n"
	"th[aria-sort=ascending] button::after{content:' \\25B2'}th[aria-sort=descending] "
	"button::after{content:' \\25BC'}\n"
	"dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem "
	"1rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0;overflow-wrap:anywhere}\n"
	".tag{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:.85em;"
	"border:1px solid;white-space:nowrap}\n"
	".k-heap_escape,.k-moved_to_heap{color:var(--esc);border-color:var(--esc)}"
	".k-leaking_param,.k-leaking_param_content,.k-leaking_param_result{"
	"color:var(--moved);border-color:var(--moved)}.k-does_not_escape{color:var(--ok);"
	"border-color:var(--ok)}\n"
	".path{text-decoration:underline dotted var(--mute);text-underline-offset:2px}\n"
	"figure{margin:1rem 0}figcaption{color:var(--mute);font-size:.9em}\n"
	"figure.chart svg{display:block;max-width:100%;height:auto}\n"
	"figure.chart .hit{fill:transparent}figure.chart a.bar .bl{fill:var(--focus);"
	"text-decoration:underline}\n"
	"figure.chart a.bar:hover .hit,figure.chart a.bar:focus .hit{fill:#e8f0fe}"
	"figure.chart a:focus{outline:2px solid var(--focus)}\n"
	"figure.diagram{border:1px solid var(--line);padding:.5rem}\n"
	"figure.diagram .viewport{overflow:hidden;touch-action:none;cursor:grab;"
	"user-select:none;border-radius:3px}\n"
	"figure.diagram .viewport.dragging{cursor:grabbing}\n"
	/* SVG_CSS: the diagrams' defaults, for what their SVG leaves out (svg_min). */
	"figure.diagram polygon:not([fill]),figure.diagram path:not([fill]),"
	"figure.diagram ellipse:not([fill]),figure.diagram polyline:not([fill]){fill:none}\n"
	"figure.diagram polygon:not([stroke]),figure.diagram path:not([stroke]),"
	"figure.diagram ellipse:not([stroke]),figure.diagram polyline:not([stroke]){stroke:#000}\n"
	"figure.diagram .edge polygon:not([stroke]),figure.diagram .edge path:not([stroke]),"
	"figure.diagram .edge ellipse:not([stroke]),figure.diagram .edge polyline:not([stroke])"
	"{stroke:#455a64}\n"
	/* an edge's arrowhead: a polygon, or the path after its curve (svg_min) */
	"figure.diagram .edge polygon:not([fill]),figure.diagram .edge path+path:not([fill])"
	"{fill:#455a64}\n"
	"figure.diagram .edge text:not([font-size]){font-size:9px}\n"
	"figure.diagram svg{display:block;width:100%;height:auto;max-height:75vh;margin:0 "
	"auto}\n"
	".zoom{display:flex;flex-wrap:wrap;gap:.3rem;margin:0 0 .4rem}\n"
	".zoom button{font:inherit;min-width:2.4rem;padding:.1rem .5rem;border:1px solid "
	"var(--line);border-radius:4px;background:var(--alt);color:inherit;cursor:pointer}\n"
	".zoom button:hover{background:#e8f0fe}\n"
	".zoom button:focus-visible,.viewport:focus-visible,.search input:focus-visible{"
	"outline:2px solid var(--focus);outline-offset:2px}\n"
	/* an explanation's flows and steps (class-less: thousands of them) */
	".x ol{margin:.2rem 0 .2rem 1.2rem;padding:0}.x li{margin:.1rem 0}\n"
	".x a code,td a code{color:inherit}\n"
	".filter{margin:.5rem 0}.filter input{font:inherit;padding:.3rem .5rem;width:20rem;"
	"max-width:100%}\n"
	".search{position:relative;max-width:100%}.search label{color:var(--mute);"
	"margin-right:.3rem}\n"
	".search input{font:inherit;padding:.3rem .5rem;width:22rem;max-width:100%}\n"
	"#fn-search-list{position:absolute;right:0;top:100%;z-index:10;margin:.2rem 0 0;"
	"padding:0;list-style:none;background:var(--bg);border:1px solid var(--line);"
	"border-radius:4px;box-shadow:0 4px 14px rgba(0,0,0,.15);width:40rem;"
	"max-width:calc(100vw - 3rem);max-height:60vh;overflow:auto}\n"
	"#fn-search-list li{padding:0;border-bottom:1px solid var(--alt)}\n"
	"#fn-search-list a{display:block;padding:.3rem .6rem;color:inherit;"
	"text-decoration:none;overflow-wrap:anywhere}\n"
	"#fn-search-list li[aria-selected=true] a,#fn-search-list a:hover{background:#e8f0fe}\n"
	"#fn-search-list .pkg{color:var(--mute);font-size:.85em;margin-left:.6rem}\n"
	"#fn-search-list li.note{padding:.3rem .6rem}\n"
	".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
	"white-space:nowrap}\n"
	"table.src{table-layout:fixed}table.src col.ln{width:4.5em}table.src col.diag{"
	"width:36%}\n"
	"table.src td.code{white-space:pre-wrap;overflow-wrap:anywhere;tab-size:4;"
	"font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.85em;"
	"padding-left:2.5em;text-indent:-2em}\n"
	"table.src td.ln{color:var(--mute);text-align:right;"
	"font-variant-numeric:tabular-nums}\n"
	"table.src tr.hit td.code{background:#fff4e5}\n"
	"table.src .v{text-decoration:underline solid var(--esc) 2px;"
	"text-underline-offset:3px;cursor:help}\n"
	"table.src .v-leaking_param,table.src .v-leaking_param_content,table.src "
	".v-leaking_param_result{text-decoration-color:var(--moved);"
	"text-decoration-style:dashed}\n"
	"table.src .v-does_not_escape{text-decoration-color:var(--ok);"
	"text-decoration-style:dotted}\n"
	"ol.diag{list-style:none;margin:0;padding:0}ol.diag li{margin:0 0 .15rem}\n"
	".col{color:var(--mute);font-size:.85em;font-variant-numeric:tabular-nums;"
	"margin-right:.3rem}\n"
	".note{color:var(--mute)}\n"
	".hot{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:.85em;"
	"font-weight:600;color:#fff;background:var(--esc)}\n"
	"table.prof td.n,table.prof th.n{white-space:nowrap}\n";

static const char js[] =
	"\"use strict\";\n"
	"(function () {\n"
	"  /* Tables: sort by a click on a column title, filter by a text box. */\n"
	"  function key(td) { return td ? td.getAttribute(\"data-v\") : null; }\n"
	"  function text(td) { return td.getAttribute(\"data-s\") || td.textContent; }\n"
	"  function cmp(a, b, col) {\n"
	"    var x = key(a.cells[col]), y = key(b.cells[col]);\n"
	"    if (x !== null && y !== null) return parseFloat(x) - parseFloat(y);\n"
	"    return text(a.cells[col]).localeCompare(text(b.cells[col]));\n"
	"  }\n"
	"  function sortBy(table, th, col) {\n"
	"    var asc = th.getAttribute(\"aria-sort\") !== \"ascending\";\n"
	"    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);\n"
	"    table.querySelectorAll(\"thead th\").forEach(function (h) {\n"
	"      h.removeAttribute(\"aria-sort\"); });\n"
	"    th.setAttribute(\"aria-sort\", asc ? \"ascending\" : \"descending\");\n"
	"    rows.sort(function (a, b) { var r = cmp(a, b, col); return asc ? r : -r; });\n"
	"    rows.forEach(function (r) { body.appendChild(r); });\n"
	"  }\n"
	"  document.querySelectorAll(\"table.sortable\").forEach(function (t) {\n"
	"    t.querySelectorAll(\"thead th\").forEach(function (th, i) {\n"
	"      var b = document.createElement(\"button\");\n"
	"      b.type = \"button\"; b.textContent = th.textContent;\n"
	"      b.title = \"sort by \" + th.textContent;\n"
	"      th.textContent = \"\"; th.appendChild(b);\n"
	"      b.addEventListener(\"click\", function () { sortBy(t, th, i); });\n"
	"    });\n"
	"  });\n"
	"  /* A row's text, with the full names that shortened ones stand for. */\n"
	"  function rowText(r) {\n"
	"    if (r.escvizText === undefined) {\n"
	"      var t = r.textContent, el = r.querySelectorAll(\"[title]\");\n"
	"      for (var i = 0; i < el.length; i++) t += \" \" + "
	"el[i].getAttribute(\"title\");\n"
	"      r.escvizText = t.toLowerCase();\n"
	"    }\n"
	"    return r.escvizText;\n"
	"  }\n"
	"  document.querySelectorAll(\"input.filter\").forEach(function (inp) {\n"
	"    var t = document.getElementById(inp.getAttribute(\"data-table\"));\n"
	"    var out = document.getElementById(inp.getAttribute(\"data-count\"));\n"
	"    if (!t) return;\n"
	"    inp.addEventListener(\"input\", function () {\n"
	"      var q = inp.value.toLowerCase(), rows = t.tBodies[0].rows, shown = 0;\n"
	"      for (var i = 0; i < rows.length; i++) {\n"
	"        var ok = rowText(rows[i]).indexOf(q) >= 0;\n"
	"        rows[i].hidden = !ok; if (ok) shown++;\n"
	"      }\n"
	"      if (out) out.textContent = shown + \" of \" + rows.length + \" rows shown\";\n"
	"    });\n"
	"  });\n"
	"\n"
	"  /* The function search box: escviz-funcs.js is loaded on first use. */\n"
	"  var sbox = document.querySelector(\"div.search\");\n"
	"  if (sbox && !sbox.firstChild) sbox.innerHTML = '<label for=\"fn-search\">Find a function"
	"</label> <input id=\"fn-search\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" "
	"role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\" "
	"aria-controls=\"fn-search-list\" aria-describedby=\"fn-search-help\" "
	"placeholder=\"name, then &#8595; and Enter\" data-up=\"' + "
	"(sbox.getAttribute(\"data-up\") === \"../\" ? \"../\" : \"\") + '\"><span "
	"id=\"fn-search-help\" class=\"sr\">Type part of a function name; the arrow keys choose, "
	"Enter opens its page, Escape closes the list. The slash key jumps here.</span><ul "
	"id=\"fn-search-list\" role=\"listbox\" aria-label=\"functions\" hidden></ul>';\n"
	"  var box = document.querySelector(\"div.search\"), inp = "
	"document.getElementById(\"fn-search\");\n"
	"  var list = document.getElementById(\"fn-search-list\");\n"
	"  if (box && inp && list) {\n"
	"    var up = inp.getAttribute(\"data-up\") || \"\", funcs = null, loading = false;\n"
	"    var hits = [], active = -1;\n"
	"    box.hidden = false;\n"
	"    window.escvizFunctions = function (f) { funcs = f; if (inp.value) update(); };\n"
	"    var load = function () {\n"
	"      if (funcs || loading) return;\n"
	"      loading = true;\n"
	"      var s = document.createElement(\"script\");\n"
	"      s.src = up + \"escviz-funcs.js\";\n"
	"      document.head.appendChild(s);\n"
	"    };\n"
	"    var score = function (f, q) {\n"
	"      var n = f[0].toLowerCase(), i = n.indexOf(q);\n"
	"      if (i < 0) return (f[1] + \".\" + f[0]).toLowerCase().indexOf(q) >= 0 ? 5 : "
	"-1;\n"
	"      var last = n.slice(Math.max(n.lastIndexOf(\".\"), n.lastIndexOf(\")\")) + 1);\n"
	"      return n === q ? 0 : last === q ? 1 : i === 0 ? 2 : last.indexOf(q) === 0 ? 3 "
	": 4;\n"
	"    };\n"
	"    var note = function (s) {\n"
	"      var li = document.createElement(\"li\");\n"
	"      li.className = \"note\"; li.textContent = s; list.appendChild(li);\n"
	"    };\n"
	"    var mark = function () {\n"
	"      var opts = list.querySelectorAll(\"li[role=option]\");\n"
	"      for (var i = 0; i < opts.length; i++)\n"
	"        opts[i].setAttribute(\"aria-selected\", i === active ? \"true\" : "
	"\"false\");\n"
	"      if (active >= 0 && opts[active]) {\n"
	"        inp.setAttribute(\"aria-activedescendant\", opts[active].id);\n"
	"        opts[active].scrollIntoView({ block: \"nearest\" });\n"
	"      } else {\n"
	"        inp.removeAttribute(\"aria-activedescendant\");\n"
	"      }\n"
	"    };\n"
	"    var update = function () {\n"
	"      var q = inp.value.trim().toLowerCase(), all = [];\n"
	"      if (q && funcs)\n"
	"        for (var i = 0; i < funcs.length; i++) {\n"
	"          var s = score(funcs[i], q);\n"
	"          if (s >= 0) all.push([s, funcs[i]]);\n"
	"        }\n"
	"      all.sort(function (a, b) {\n"
	"        return a[0] - b[0] || a[1][0].length - b[1][0].length ||\n"
	"          (a[1][0] < b[1][0] ? -1 : a[1][0] > b[1][0] ? 1 : 0);\n"
	"      });\n"
	"      hits = all.slice(0, 25);\n"
	"      list.textContent = \"\";\n"
	"      hits.forEach(function (h, i) {\n"
	"        var li = document.createElement(\"li\"), a = document.createElement(\"a\");\n"
	"        var c = document.createElement(\"code\"), p = "
	"document.createElement(\"span\");\n"
	"        li.id = \"fn-hit-\" + i; li.setAttribute(\"role\", \"option\");\n"
	"        a.href = up + h[1][2]; a.tabIndex = -1;\n"
	"        c.textContent = h[1][0]; p.className = \"pkg\"; p.textContent = h[1][1];\n"
	"        a.appendChild(c); a.appendChild(p); li.appendChild(a); list.appendChild(li);\n"
	"      });\n"
	"      if (q && !funcs) note(\"loading the list of functions\\u2026\");\n"
	"      else if (q && !all.length) note(\"no function matches\");\n"
	"      else if (all.length > hits.length)\n"
	"        note((all.length - hits.length) + \" more: type more of the name\");\n"
	"      active = -1; mark();\n"
	"      list.hidden = !q;\n"
	"      inp.setAttribute(\"aria-expanded\", q ? \"true\" : \"false\");\n"
	"    };\n"
	"    inp.addEventListener(\"focus\", load);\n"
	"    inp.addEventListener(\"input\", function () { load(); update(); });\n"
	"    inp.addEventListener(\"keydown\", function (e) {\n"
	"      if (e.key === \"ArrowDown\" || e.key === \"ArrowUp\") {\n"
	"        if (!hits.length) return;\n"
	"        e.preventDefault();\n"
	"        active = e.key === \"ArrowDown\" ? (active + 1) % hits.length\n"
	"                                       : (active <= 0 ? hits.length : active) - 1;\n"
	"        mark();\n"
	"      } else if (e.key === \"Enter\") {\n"
	"        var h = hits[active >= 0 ? active : 0];\n"
	"        if (h) { e.preventDefault(); window.location.href = up + h[1][2]; }\n"
	"      } else if (e.key === \"Escape\") {\n"
	"        inp.value = \"\"; update();\n"
	"      }\n"
	"    });\n"
	"    inp.addEventListener(\"blur\", function () {\n"
	"      setTimeout(function () { if (document.activeElement !== inp) list.hidden = "
	"true; }, 200);\n"
	"    });\n"
	"    document.addEventListener(\"keydown\", function (e) {\n"
	"      var t = document.activeElement && document.activeElement.tagName;\n"
	"      if (e.key === \"/\" && !/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t || \"\")) {\n"
	"        e.preventDefault(); inp.focus();\n"
	"      }\n"
	"    });\n"
	"  }\n"
	"\n"
	"  /* Diagrams: open fitted to their box; zoom and pan the viewBox. */\n"
	"  document.querySelectorAll(\"figure.diagram\").forEach(function (fig) {\n"
	"    var svg = fig.querySelector(\"svg\"), vp = fig.querySelector(\".viewport\");\n"
	"    if (!svg || !vp || !svg.viewBox || !svg.viewBox.baseVal || "
	"!svg.viewBox.baseVal.width)\n"
	"      return;\n"
	"    var b = svg.viewBox.baseVal, home = [b.x, b.y, b.width, b.height], cur = "
	"home.slice();\n"
	"    var set = function (v) {\n"
	"      cur = v;\n"
	"      svg.setAttribute(\"viewBox\", v.map(function (x) { return +x.toFixed(2); }"
	").join(\" \"));\n"
	"    };\n"
	"    var zoomAt = function (f, px, py) {\n"
	"      var w = cur[2] / f;\n"
	"      if ((f < 1 && w > home[2] * 2) || (f > 1 && w < home[2] / 50)) return;\n"
	"      set([px - (px - cur[0]) / f, py - (py - cur[1]) / f, w, cur[3] / f]);\n"
	"    };\n"
	"    var zoom = function (f) { zoomAt(f, cur[0] + cur[2] / 2, cur[1] + cur[3] / 2); }"
	";\n"
	"    var pan = function (dx, dy) { set([cur[0] + dx * cur[2], cur[1] + dy * cur[3], "
	"cur[2], cur[3]]); };\n"
	"    var actions = {\n"
	"      \"zoom-in\": [ \"+\", \"Zoom in\", function () { zoom(1.25); } ],\n"
	"      \"zoom-out\": [ \"\\u2212\", \"Zoom out\", function () { zoom(0.8); } ],\n"
	"      \"fit\": [ \"Fit\", \"Fit the diagram to its box\", function () { "
	"set(home.slice()); } ],\n"
	"      \"left\": [ \"\\u2190\", \"Pan left\", function () { pan(-0.2, 0); } ],\n"
	"      \"right\": [ \"\\u2192\", \"Pan right\", function () { pan(0.2, 0); } ],\n"
	"      \"up\": [ \"\\u2191\", \"Pan up\", function () { pan(0, -0.2); } ],\n"
	"      \"down\": [ \"\\u2193\", \"Pan down\", function () { pan(0, 0.2); } ]\n"
	"    };\n"
	"    var bar = document.createElement(\"div\");\n"
	"    bar.className = \"zoom\"; bar.setAttribute(\"role\", \"toolbar\");\n"
	"    bar.setAttribute(\"aria-label\", \"Diagram view\");\n"
	"    Object.keys(actions).forEach(function (k) {\n"
	"      var btn = document.createElement(\"button\"), a = actions[k];\n"
	"      btn.type = \"button\"; btn.textContent = a[0]; btn.title = a[1];\n"
	"      btn.setAttribute(\"aria-label\", a[1]); btn.setAttribute(\"data-act\", k);\n"
	"      btn.addEventListener(\"click\", a[2]);\n"
	"      bar.appendChild(btn);\n"
	"    });\n"
	"    fig.insertBefore(bar, vp);\n"
	"    vp.tabIndex = 0;\n"
	"    vp.setAttribute(\"aria-label\", \"Diagram: + and - zoom, the arrow keys pan, 0 "
	"fits; \" +\n"
	"                    \"drag to pan; the wheel zooms once the diagram has focus\");\n"
	"    vp.addEventListener(\"keydown\", function (e) {\n"
	"      var k = { \"+\": \"zoom-in\", \"=\": \"zoom-in\", \"-\": \"zoom-out\", \"0\": "
	"\"fit\",\n"
	"                ArrowLeft: \"left\", ArrowRight: \"right\", ArrowUp: \"up\", "
	"ArrowDown: \"down\" }[e.key];\n"
	"      if (k) { e.preventDefault(); actions[k][2](); }\n"
	"    });\n"
	"    vp.addEventListener(\"wheel\", function (e) {\n"
	"      if (!e.ctrlKey && document.activeElement !== vp) return;\n"
	"      var m = svg.getScreenCTM();\n"
	"      if (!m) return;\n"
	"      e.preventDefault();\n"
	"      var p = svg.createSVGPoint();\n"
	"      p.x = e.clientX; p.y = e.clientY; p = p.matrixTransform(m.inverse());\n"
	"      zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y);\n"
	"    }, { passive: false });\n"
	"    var drag = null;\n"
	"    vp.addEventListener(\"pointerdown\", function (e) {\n"
	"      var m = svg.getScreenCTM();\n"
	"      if (e.button !== 0 || !m) return;\n"
	"      e.preventDefault(); /* no text selection */\n"
	"      vp.focus({ preventScroll: true });\n"
	"      drag = { x: e.clientX, y: e.clientY, v: cur.slice(), s: m.a || 1 };\n"
	"      vp.setPointerCapture(e.pointerId);\n"
	"      vp.classList.add(\"dragging\");\n"
	"    });\n"
	"    vp.addEventListener(\"pointermove\", function (e) {\n"
	"      if (!drag) return;\n"
	"      set([drag.v[0] - (e.clientX - drag.x) / drag.s, drag.v[1] - (e.clientY - "
	"drag.y) / drag.s,\n"
	"           drag.v[2], drag.v[3]]);\n"
	"    });\n"
	"    var end = function () { drag = null; vp.classList.remove(\"dragging\"); };\n"
	"    vp.addEventListener(\"pointerup\", end);\n"
	"    vp.addEventListener(\"pointercancel\", end);\n"
	"  });\n"
	"})();\n";

void report_html(struct sbuf *sb, const char *s)
{
	if (s)
		sbuf_add_html(sb, s, strlen(s));
}

void report_page_begin(struct sbuf *sb, const char *title, const char *up)
{
	sbuf_addstr(sb, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		    "<title>");
	sbuf_add_html(sb, title, strlen(title));
	sbuf_addf(sb, " - escviz report</title>\n<link rel=\"icon\" href=\"data:,\">\n"
		  "<link rel=\"stylesheet\" href=\"%sescviz.css\">\n</head>\n<body>\n"
		  "<header class=\"top\"><nav aria-label=\"site\"><a href=\"%sindex.html\">"
		  "escviz report: summary</a></nav>", up, up);
	report_search_box(sb, up);
	sbuf_addstr(sb, "</header>\n<main>\n");
}

void report_page_end(struct sbuf *sb, const char *up)
{
	sbuf_addf(sb, "</main>\n<script src=\"%sescviz.js\"></script>\n</body>\n</html>\n", up);
}

int report_write(struct report_ctx *c, const char *rel, const struct sbuf *sb,
		 struct sbuf *err)
{
	return report_write_part(c, rel, sb, 1, err);
}

int report_write_part(struct report_ctx *c, const char *rel, const struct sbuf *sb, int first,
		      struct sbuf *err)
{
	struct sbuf path = SBUF_INIT;
	FILE *f;
	int rc = 0;

	sbuf_addf(&path, "%s/%s", c->o->out_dir, rel);
	f = fopen(path.buf, first ? "wb" : "ab");
	if (!f || fwrite(sb->buf, 1, sb->len, f) != sb->len)
		rc = error_set(err, ESCVIZ_EIO, "%s: cannot write: %s", path.buf, strerror(errno));
	if (f && fclose(f) != 0 && !rc)
		rc = error_set(err, ESCVIZ_EIO, "%s: cannot write: %s", path.buf, strerror(errno));
	if (!rc) {
		c->res->bytes += sb->len;
		c->res->pages += first && strstr(rel, ".html") != NULL;
	}
	sbuf_release(&path);
	return rc;
}

int report_write_assets(struct report_ctx *c, struct sbuf *err)
{
	struct sbuf a = SBUF_INIT, b = SBUF_INIT;
	int rc;
	sbuf_addstr(&a, css);
	sbuf_addstr(&b, js);
	rc = report_write(c, "escviz.css", &a, err);
	if (!rc)
		rc = report_write(c, "escviz.js", &b, err);
	sbuf_release(&a);
	sbuf_release(&b);
	return rc;
}

void report_pct(struct sbuf *sb, int64_t num, int64_t den)
{
	if (den <= 0)
		sbuf_addstr(sb, "-");
	else
		sbuf_addf(sb, "%.1f %%", 100.0 * (double)num / (double)den);
}

void report_count(struct sbuf *sb, int64_t v)
{
	char d[24];
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	int n = snprintf(d, sizeof(d), "%llu", (unsigned long long)u);

	if (v < 0)
		sbuf_addch(sb, '-');
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			sbuf_addch(sb, ',');
		sbuf_addch(sb, d[i]);
	}
}

void report_num_td(struct sbuf *sb, int64_t v)
{
	sbuf_addf(sb, "<td class=\"n\" data-v=\"%lld\">%lld</td>", (long long)v, (long long)v);
}

void report_pct_td(struct sbuf *sb, int64_t num, int64_t den)
{
	sbuf_addf(sb, "<td class=\"n\" data-v=\"%.4f\">", den > 0 ? (double)num / (double)den : -1.0);
	report_pct(sb, num, den);
	sbuf_addstr(sb, "</td>");
}

void report_kind_tag(struct sbuf *sb, const char *kind)
{
	sbuf_addstr(sb, "<span class=\"tag k-");
	sbuf_add_html(sb, kind, strlen(kind));
	sbuf_addstr(sb, "\">");
	for (const char *p = kind; *p; p++)
		if (*p == '_')
			sbuf_addch(sb, ' ');
		else
			sbuf_add_html(sb, p, 1); /* kinds are [a-z_], but the file is input */
	sbuf_addstr(sb, "</span>");
}

void report_filter(struct sbuf *sb, const char *table_id, const char *what)
{
	sbuf_addf(sb, "<p class=\"filter\"><label>Filter %s: <input type=\"search\" "
		  "class=\"filter\" data-table=\"%s\" data-count=\"%s-count\" "
		  "placeholder=\"type part of a name\"></label> <span id=\"%s-count\" "
		  "aria-live=\"polite\"></span></p>\n", what, table_id, table_id, table_id);
}

void report_href(struct sbuf *sb, const char *page)
{
	struct sbuf u = SBUF_INIT;
	const char *frag = strchr(page, '#'); /* a folded function's row: generated */
	sbuf_add_uri(&u, page, frag ? (size_t)(frag - page) : strlen(page));
	if (frag) {
		sbuf_addch(&u, '#');
		sbuf_add_uri(&u, frag + 1, strlen(frag + 1));
	}
	sbuf_add_html(sb, u.buf, u.len);
	sbuf_release(&u);
}

void report_pos(struct sbuf *sb, const char *file, int64_t line, int64_t col, const char *none)
{
	struct sbuf p = SBUF_INIT;
	pos_format(&p, file, line, col, none);
	sbuf_add_html(sb, p.buf, p.len);
	sbuf_release(&p);
}

/* The label of a bar, cut to keep the chart's left column narrow. */
static void bar_label(struct sbuf *sb, const char *s, int is_path)
{
	size_t n = strlen(s), max = 42;
	if (is_path) {
		struct sbuf t = SBUF_INIT;
		render_short_path(&t, s, n, max);
		sbuf_add_svg(sb, t.buf, t.len);
		sbuf_release(&t);
		return;
	}
	if (n <= max) {
		sbuf_add_svg(sb, s, n);
		return;
	}
	/* Keep the end: function names differ at their ends. */
	while (((unsigned char)s[n - max] & 0xc0) == 0x80)
		max--;
	sbuf_addstr(sb, "\xe2\x80\xa6");
	sbuf_add_svg(sb, s + n - max, max);
}

static void chart_row(struct sbuf *sb, const struct bar *b, size_t i, double scale, unsigned id)
{
	double y = 40 + 22.0 * (double)i, wa = (double)b->a * scale, wb = (double)b->b * scale;

	/* The whole row is the link, its title the full name. */
	if (b->href) {
		sbuf_addstr(sb, "<a href=\"");
		report_href(sb, b->href);
		sbuf_addstr(sb, "\" class=\"bar\">");
	} else {
		sbuf_addstr(sb, "<g class=\"bar\">");
	}
	sbuf_addstr(sb, "<title>");
	sbuf_add_svg(sb, b->label, strlen(b->label));
	sbuf_addf(sb, ": %lld + %lld</title>", (long long)b->a, (long long)b->b);
	sbuf_addf(sb, "<rect x=\"0\" y=\"%.0f\" width=\"820\" height=\"20\" class=\"hit\"/>", y);
	sbuf_addf(sb, "<text x=\"290\" y=\"%.0f\" text-anchor=\"end\" class=\"bl\">", y + 14);
	bar_label(sb, b->label, b->is_path);
	sbuf_addstr(sb, "</text>");
	sbuf_addf(sb, "<rect x=\"300\" y=\"%.0f\" width=\"%.1f\" height=\"16\" fill=\"#b71c1c\"/>"
		  "<rect x=\"%.1f\" y=\"%.0f\" width=\"%.1f\" height=\"16\" fill=\"url(#hatch%u)\" "
		  "stroke=\"#e65100\"/>", y + 2, wa, 300 + wa, y + 2, wb, id);
	sbuf_addf(sb, "<text x=\"%.1f\" y=\"%.0f\" class=\"bv\">%lld + %lld</text>",
		  306 + wa + wb, y + 14, (long long)b->a, (long long)b->b);
	sbuf_addstr(sb, b->href ? "</a>\n" : "</g>\n");
}

void report_chart(struct sbuf *sb, const char *title, const char *a_name,
		  const char *b_name, const struct bar *bars, size_t n)
{
	int64_t max = 1;
	double h = 50 + 22.0 * (double)n;
	static unsigned id;

	for (size_t i = 0; i < n; i++)
		if (bars[i].a + bars[i].b > max)
			max = bars[i].a + bars[i].b;
	id++;
	sbuf_addf(sb, "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
		  "role=\"img\" aria-labelledby=\"ct%u cd%u\" width=\"820\" height=\"%.0f\" "
		  "viewBox=\"0 0 820 %.0f\" font-family=\"system-ui,sans-serif\" font-size=\"12\">"
		  "<title id=\"ct%u\">", id, id, h, h, id);
	sbuf_add_svg(sb, title, strlen(title));
	sbuf_addf(sb, "</title><desc id=\"cd%u\">Solid bars: ", id);
	sbuf_add_svg(sb, a_name, strlen(a_name));
	sbuf_addstr(sb, "; hatched bars: ");
	sbuf_add_svg(sb, b_name, strlen(b_name));
	sbuf_addf(sb, ". The same numbers are in the table below.</desc>"
		    "<defs><pattern id=\"hatch%u\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
		    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffe0b2\"/>"
		    "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#e65100\" stroke-width=\"3\"/>"
		    "</pattern></defs>\n", id);
	sbuf_addf(sb, "<rect x=\"300\" y=\"8\" width=\"14\" height=\"14\" fill=\"#b71c1c\"/>"
		  "<text x=\"320\" y=\"20\">");
	sbuf_add_svg(sb, a_name, strlen(a_name));
	sbuf_addf(sb, "</text><rect x=\"480\" y=\"8\" width=\"14\" height=\"14\" "
		    "fill=\"url(#hatch%u)\" stroke=\"#e65100\"/><text x=\"500\" y=\"20\">", id);
	sbuf_add_svg(sb, b_name, strlen(b_name));
	sbuf_addstr(sb, "</text>\n");
	for (size_t i = 0; i < n; i++)
		chart_row(sb, &bars[i], i, 420.0 / (double)max, id);
	sbuf_addstr(sb, "</svg><figcaption>");
	sbuf_add_html(sb, title, strlen(title));
	sbuf_addstr(sb, "</figcaption></figure>\n");
}
