/* The spelling drift between Go releases (model/drift.h). */
#include "model/drift.h"

#include <ctype.h>
#include <string.h>

static int ident(int c)
{
	return isalnum((unsigned char)c) || c == '_';
}

static int at(const char *p, const char *lit)
{
	return !strncmp(p, lit, strlen(lit));
}

/* Is the word just before p "func" (so "func literal" stays a closure)? */
static int after_func(const char *s, const char *p)
{
	return p - s >= 4 && at(p - 4, "func") && (p - 4 == s || !ident(p[-5]));
}

/* go.shape.int_0 -> go.shape.int: copy the shape name without its index. */
static const char *shape(const char *p, struct sbuf *out)
{
	const char *end = p + 9, *u;
	while (*end && !strchr(",] ", *end))
		end++;
	u = end;
	while (u > p + 9 && isdigit((unsigned char)u[-1]))
		u--;
	if (u < end && u > p + 9 && u[-1] == '_')
		end = u - 1;
	sbuf_add(out, p, (size_t)(end - p));
	while (*end && !strchr(",] ", *end))
		end++;
	return end;
}

void diff_normalize(const char *s, struct sbuf *out)
{
	for (const char *p = s; *p;) {
		if (at(p, "[]interface {} literal")) {
			sbuf_addstr(out, "... argument");
			p += 22;
		} else if (at(p, " literal") && !ident(p[8]) && !after_func(s, p)) {
			sbuf_addstr(out, "{...}");
			p += 8;
		} else if (at(p, "interface {}")) {
			sbuf_addstr(out, "any");
			p += 12;
		} else if (at(p, "{}") && p > s && p[-1] != ' ') {
			sbuf_addstr(out, "{...}");
			p += 2;
		} else if ((at(p, "~r") || at(p, "~R")) && isdigit((unsigned char)p[2])) {
			sbuf_addstr(out, "~r"); /* ~R0: the inliner's result, 1.19-1.21 */
			for (p += 2; isdigit((unsigned char)*p); p++)
				;
		} else if (at(p, "go.shape.")) {
			p = shape(p, out);
		} else if (at(p, ".this") && !ident(p[5]) && (p == s || !ident(p[-1]))) {
			sbuf_addstr(out, "~p0");
			p += 5;
		} else {
			sbuf_addch(out, *p++);
		}
	}
}

