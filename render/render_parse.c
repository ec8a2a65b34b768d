/* The "escviz parse" format: each message echoed, then what it means. */
#include "render/render.h"

#include <string.h>

#include "common/sbuf.h"
#include "render/render_escape.h"

/* Write s through escaper esc. */
static void put(FILE *out, void (*esc)(struct sbuf *, const char *, size_t), const char *s,
		size_t n)
{
	struct sbuf b = SBUF_INIT;
	esc(&b, s, n);
	fwrite(b.buf, 1, b.len, out);
	sbuf_release(&b);
}

static void quoted(FILE *out, const char *name, struct span s)
{
	if (!s.n)
		return;
	fprintf(out, " %s=\"", name);
	put(out, sbuf_add_c_escaped, s.p, s.n);
	fputc('"', out);
}

static void position(FILE *out, const char *name, const struct pos *p)
{
	if (!p->has)
		return;
	quoted(out, name, p->file.n ? p->file : (struct span){ "", 0 });
	if (!p->file.n)
		fprintf(out, " %s=\"\"", name);
	fprintf(out, ":%ld:%ld", p->line, p->col);
}

static void number(FILE *out, const char *name, long v)
{
	if (v >= 0)
		fprintf(out, " %s=%ld", name, v);
}

int render_pmsg(FILE *out, const struct pmsg *m)
{
	const char *p = m->line.p, *end = m->line.p + m->line.n;
	static const char *const attach[] = { "", "explanation", "verdict" };

	while (p <= end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		fputs("> ", out);
		put(out, sbuf_add_echo, p, n);
		fputc('\n', out);
		if (!nl)
			break;
		p = nl + 1;
	}
	fprintf(out, "  = %s %s", line_class_name(m->cls), msg_kind_name(m->kind));
	if (m->nlines > 1)
		fprintf(out, " lines=%llu", (unsigned long long)m->nlines);
	position(out, "pos", &m->pos);
	quoted(out, "func", m->func);
	quoted(out, "subject", m->subject);
	quoted(out, "dest", m->dest);
	quoted(out, "ops", m->ops);
	quoted(out, "src", m->src);
	quoted(out, "reason", m->reason);
	quoted(out, "variant", m->variant);
	position(out, "at", &m->pos2);
	number(out, "level", m->level);
	if (m->kind == MK_FLOW || m->kind == MK_LEAK_HEADER)
		fprintf(out, " derefs=%ld", m->derefs);
	number(out, "cost", m->cost);
	number(out, "budget", m->budget);
	if (m->kind == MK_CAPTURE)
		fprintf(out, " by=%s addr=%d assign=%d width=%ld", m->flag ? "ref" : "value",
			m->addr, m->assign, m->width);
	else if (m->flag)
		fprintf(out, " flag=1");
	if (m->body.n)
		fprintf(out, " body=%zu", m->body.n);
	if (m->attach)
		fprintf(out, " attach=%s", attach[m->attach]);
	if (m->kind == MK_FLOW || m->kind == MK_STEP || m->new_expl)
		fprintf(out, " expl=%llu%s", (unsigned long long)m->expl_seq, m->new_expl ? "+" : "");
	if (m->flow_seq)
		fprintf(out, " flow=%llu", (unsigned long long)m->flow_seq);
	if (m->step_seq)
		fprintf(out, " step=%llu", (unsigned long long)m->step_seq);
	if (m->truncated)
		fputs(" truncated", out);
	fputc('\n', out);
	return ferror(out) ? -2 : 0;
}
