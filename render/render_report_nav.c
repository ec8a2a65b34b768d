/*
 * Finding one's way in the report: the functions by name (for the search
 * box's index, escviz-funcs.js, and for linking the functions that an
 * explanation calls to their pages), and package paths short enough for a
 * table cell.
 *
 * A call step of an explanation reads `from (*path).connect(revPath, p, f)
 * (call parameter)` or `from diff.Difference(nx, ny, f) (call parameter)`:
 * the callee is the text before the call's argument list, either a name
 * of the calling function's package or one qualified by the short name of
 * another package of the build.  A name that matches no function of the
 * build (a standard library callee, a method called through an interface
 * value `t.Kind()`) is left as text: a link is only made when the page
 * exists.
 */
#include "render/render_report_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"
#include "model/names.h"
#include "render/render_escape.h"
#include "render/render_internal.h"

/* The short name of a package path: its last element ("v2" skipped). */
static void short_name(struct sbuf *sb, const char *path)
{
	const char *end = path + strlen(path), *start;

	for (int skip = 0; skip < 2; skip++) {
		start = end;
		while (start > path && start[-1] != '/')
			start--;
		if (skip || start == path || !(end - start >= 2 && start[0] == 'v' &&
					       strspn(start + 1, "0123456789") == (size_t)(end - start - 1)))
			break;
		end = start - 1; /* "example.com/mod/v2": "mod" */
	}
	sbuf_add(sb, start, (size_t)(end - start));
}

/* Keys: "P<package id>\n<name>" (exact) and "S<short name>\n<name>". */
static void key_exact(struct sbuf *k, int64_t pkg, const char *name, size_t n)
{
	sbuf_reset(k);
	sbuf_addf(k, "P%lld\n", (long long)pkg);
	sbuf_add(k, name, n);
}

static const struct report_package *package_of(const struct report_ctx *c, int64_t id)
{
	for (size_t i = 0; i < c->n_pkgs; i++)
		if (c->pkgs[i].id == id)
			return &c->pkgs[i];
	return NULL;
}

void report_nav_init(struct report_ctx *c)
{
	struct sbuf k = SBUF_INIT;
	const struct report_package *p = NULL;
	int64_t v;

	for (size_t i = 0; i < c->n_fns; i++) {
		const struct report_function *f = &c->fns[i];
		if (!p || p->id != f->package_id)
			p = package_of(c, f->package_id);
		key_exact(&k, f->package_id, f->name, strlen(f->name));
		if (!strmap_get(&c->fn_names, k.buf, k.len, &v))
			strmap_put(&c->fn_names, k.buf, k.len, (int64_t)i);
		if (!p || !*p->path)
			continue;
		/*
		 * From another package: a test variant's copy of a package
		 * gives way to the package itself, two packages of one short
		 * name make the name ambiguous (-1: no link).
		 */
		sbuf_reset(&k);
		sbuf_addch(&k, 'S');
		short_name(&k, p->path);
		sbuf_addch(&k, '\n');
		sbuf_addstr(&k, f->name);
		if (!strmap_get(&c->fn_names, k.buf, k.len, &v)) {
			strmap_put(&c->fn_names, k.buf, k.len, (int64_t)i);
		} else if (v >= 0) {
			const struct report_package *q = package_of(c, c->fns[v].package_id);
			int mine = !*p->variant, theirs = q && !*q->variant;
			if (mine && !theirs)
				strmap_put(&c->fn_names, k.buf, k.len, (int64_t)i);
			else if (mine == theirs && q && strcmp(q->path, p->path))
				strmap_put(&c->fn_names, k.buf, k.len, -1);
		}
	}
	sbuf_release(&k);
}

void report_nav_release(struct report_ctx *c)
{
	strmap_release(&c->fn_names);
}

/* Past the bracketed group that starts at s (one of ( [ {), or NULL. */
static const char *skip_group(const char *s)
{
	int depth = 0;
	for (; *s; s++) {
		if (*s == '(' || *s == '[' || *s == '{')
			depth++;
		else if ((*s == ')' || *s == ']' || *s == '}') && --depth == 0)
			return s + 1;
	}
	return NULL;
}

static int name_byte(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       ch == '_' || ch == '.' || ch >= 0x80;
}

size_t report_nav_callee(const struct report_ctx *c, int64_t pkg, const char *expr,
			 size_t *len)
{
	const char *p = expr, *dot;
	struct sbuf k = SBUF_INIT;
	int64_t v = -1;

	*len = 0;
	if (!expr)
		return SIZE_MAX;
	if (*p == '(' && !(p = skip_group(p))) /* a method expression's (*T) */
		return SIZE_MAX;
	while (name_byte((unsigned char)*p))
		p++;
	if (*p != '(' || p == expr || p[-1] == '.')
		return SIZE_MAX;
	key_exact(&k, pkg, expr, (size_t)(p - expr));
	if (!strmap_get(&c->fn_names, k.buf, k.len, &v)) {
		v = -1;
		/* "pkg.F" or "(*pkg.T).M": the qualifier, then the name without it. */
		const char *q = expr + (*expr == '(' ? 1 : 0);
		q += *q == '*';
		dot = q;
		while (dot < p && *dot != '.' && name_byte((unsigned char)*dot))
			dot++;
		if (dot < p && *dot == '.' && dot > q) {
			sbuf_reset(&k);
			sbuf_addch(&k, 'S');
			sbuf_add(&k, q, (size_t)(dot - q));
			sbuf_addch(&k, '\n');
			sbuf_add(&k, expr, (size_t)(q - expr));
			sbuf_add(&k, dot + 1, (size_t)(p - dot - 1));
			if (!strmap_get(&c->fn_names, k.buf, k.len, &v))
				v = -1;
		}
	}
	sbuf_release(&k);
	if (v < 0)
		return SIZE_MAX;
	*len = (size_t)(p - expr);
	return (size_t)v;
}

int report_nav_write_index(struct report_ctx *c, struct sbuf *err)
{
	struct sbuf sb = SBUF_INIT;
	const struct report_package *p = NULL;
	int rc, first = 1;

	sbuf_addstr(&sb, "/* escviz report: the functions of the build for the search box "
		    "(escviz.js): name, package, page. */\nescvizFunctions([\n");
	for (size_t i = 0; i < c->n_fns; i++) {
		const struct report_function *f = &c->fns[i];
		const char *name = model_func_shown(f->name);
		if (!p || p->id != f->package_id)
			p = package_of(c, f->package_id);
		sbuf_addstr(&sb, "[\"");
		sbuf_add_js_string(&sb, name, strlen(name));
		sbuf_addstr(&sb, "\",\"");
		if (p) {
			sbuf_add_js_string(&sb, p->path, strlen(p->path));
			if (*p->variant) {
				sbuf_addstr(&sb, " [");
				sbuf_add_js_string(&sb, p->variant, strlen(p->variant));
				sbuf_addstr(&sb, "]");
			}
		}
		sbuf_addstr(&sb, "\",\"");
		sbuf_add_js_string(&sb, c->fn_page[i], strlen(c->fn_page[i]));
		sbuf_addstr(&sb, i + 1 < c->n_fns ? "\"],\n" : "\"]\n");
		if (sb.len >= REPORT_PART_BYTES) {
			if ((rc = report_write_part(c, "escviz-funcs.js", &sb, first, err)) < 0)
				goto out;
			first = 0;
			sbuf_reset(&sb);
		}
	}
	sbuf_addstr(&sb, "]);\n");
	rc = report_write_part(c, "escviz-funcs.js", &sb, first, err);
out:
	sbuf_release(&sb);
	return rc;
}

void report_search_box(struct sbuf *sb, const char *up)
{
	/* escviz.js fills it in (REPORT_SEARCH_BOX) and shows it: without the
	 * script it could not work, and thousands of pages need not carry it. */
	sbuf_addf(sb, "<div class=\"search\" role=\"search\" data-up=\"%s\" hidden></div>", up);
}

void report_short_path(struct sbuf *sb, const char *path, size_t max)
{
	struct sbuf t = SBUF_INIT;

	if (!render_short_path(&t, path, strlen(path), max)) {
		report_html(sb, path);
	} else {
		sbuf_addstr(sb, "<span class=\"path\" title=\"");
		report_html(sb, path);
		sbuf_addstr(sb, "\">");
		sbuf_add_html(sb, t.buf, t.len);
		sbuf_addstr(sb, "</span>");
	}
	sbuf_release(&t);
}
