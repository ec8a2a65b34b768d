/* Function extents of the source a build's positions point into (model/srcset.h). */
#include "model/srcset.h"

#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "common/xalloc.h"

void srcset_init(struct srcset *s, srcset_loader load, void *ctx)
{
	memset(s, 0, sizeof(*s));
	s->load = load;
	s->ctx = ctx;
}

static void src_file_free(struct src_file *f)
{
	free(f->log_path);
	free(f->path);
	free(f->pkg_name);
	free(f->line_len);
	goscan_free(f->ext, f->next);
	free(f);
}

void srcset_release(struct srcset *s)
{
	for (size_t i = 0; i < s->n; i++)
		src_file_free(s->f[i]);
	free(s->f);
	strmap_release(&s->by_log);
	strmap_release(&s->by_path);
	memset(s, 0, sizeof(*s));
}

struct src_file *srcset_file(struct srcset *s, const char *log_path, size_t n)
{
	int64_t i;
	if (!strmap_get(&s->by_log, log_path, n, &i)) {
		char *name = xmalloc(n + 1);
		memcpy(name, log_path, n);
		name[n] = 0;
		strmap_put(&s->by_log, log_path, n, -1); /* loaded once, found or not */
		if (s->load && s->load(s->ctx, s, name) < 0)
			strmap_put(&s->by_log, log_path, n, -1);
		free(name);
		if (!strmap_get(&s->by_log, log_path, n, &i))
			i = -1;
	}
	return i >= 0 ? s->f[i] : NULL;
}

static void count_lines(struct src_file *f, const char *buf, size_t len)
{
	size_t alloc = 0, start = 0;
	for (;;) {
		const char *nl = start < len ? memchr(buf + start, '\n', len - start) : NULL;
		size_t k = nl ? (size_t)(nl - buf) : len;
		if (!nl && start == len && len > 0)
			break; /* a final newline does not start a line */
		VEC_GROW(f->line_len, f->nlines + 1, alloc);
		f->line_len[f->nlines++] = (uint32_t)(k - start);
		if (!nl)
			break;
		start = k + 1;
	}
}

/* The package clause of a file, or "" when it has none. */
static char *package_name(const char *buf, size_t len)
{
	struct sbuf name = SBUF_INIT;
	if (goscan_package(buf, len, &name) < 0)
		sbuf_reset(&name);
	return sbuf_detach(&name, NULL);
}

void srcset_add_package(struct srcset *s, const char *log_path, const struct src_input *in,
			size_t n, long for_log, struct sbuf *err)
{
	struct goscan_pkg pkg = { 0, 0, 0, 0 };
	for (size_t k = 0; k < n; k++) {
		struct src_file *f;
		struct go_extent *ext;
		size_t next;
		int64_t have;
		if (goscan_file(&pkg, in[k].buf, in[k].len, &ext, &next, err) < 0) {
			s->unreadable++;
			continue;
		}
		if (strmap_get(&s->by_path, in[k].path, strlen(in[k].path), &have)) {
			/* Read before for another log path: same bytes, same numbering. */
			goscan_free(ext, next);
			if ((long)k == for_log)
				srcset_adopt(s, log_path, in[k].path);
			continue;
		}
		f = xcalloc(1, sizeof(*f));
		f->path = xstrdup(in[k].path);
		f->log_path = xstrdup((long)k == for_log ? log_path : in[k].path);
		f->pkg_name = package_name(in[k].buf, in[k].len);
		f->size = (int64_t)in[k].len;
		memcpy(f->sha256, in[k].sha256, 64);
		f->sha256[64] = 0;
		f->ext = ext;
		f->next = next;
		f->cgo = pkg.imports_c;
		count_lines(f, in[k].buf, in[k].len);
		VEC_GROW(s->f, s->n + 1, s->alloc);
		f->index = s->n;
		s->f[s->n] = f;
		strmap_put(&s->by_path, f->path, strlen(f->path), (int64_t)s->n);
		if ((long)k == for_log)
			strmap_put(&s->by_log, log_path, strlen(log_path), (int64_t)s->n);
		s->n++;
	}
}

int srcset_adopt(struct srcset *s, const char *log_path, const char *path)
{
	struct src_file *seen;
	int64_t have;
	if (!strmap_get(&s->by_path, path, strlen(path), &have))
		return 0;
	seen = s->f[have];
	strmap_put(&s->by_log, log_path, strlen(log_path), have);
	if (!strcmp(seen->log_path, seen->path)) { /* read as a sibling: the log's name */
		free(seen->log_path);
		seen->log_path = xstrdup(log_path);
	}
	return 1;
}

static int pos_cmp(struct go_pos a, long line, long col)
{
	if ((long)a.line != line)
		return (long)a.line < line ? -1 : 1;
	if ((long)a.col != col)
		return (long)a.col < col ? -1 : 1;
	return 0;
}

static int contains(const struct go_extent *e, long line, long col)
{
	return pos_cmp(e->start, line, col) <= 0 && pos_cmp(e->end, line, col) >= 0;
}

enum src_place srcset_place(struct src_file *f, long line, long col,
			    const struct go_extent **ext)
{
	size_t lo = 0, hi = f->next;
	long k;

	*ext = NULL;
	if (!f->stale && f->cgo && line >= 1 && (size_t)line <= f->nlines &&
	    col > 0 && (unsigned long)col > f->line_len[line - 1] + 1ul) {
		/* cgo rewrote the line: its columns are those of the code cgo made */
		if (!f->cgo_cols++) {
			f->cgo_line = line;
			f->cgo_col = col;
		}
		col = f->line_len[line - 1] ? (long)f->line_len[line - 1] : 1;
	}
	if (!f->stale && (line < 1 || (size_t)line > f->nlines || col < 0 ||
			  (col > 0 && (unsigned long)col > f->line_len[line - 1] + 1ul))) {
		f->stale = 1;
		f->stale_line = line;
		f->stale_col = col;
	}
	if (f->stale)
		return SRC_STALE;
	if (col == 0)
		col = 1; /* a line without column: its start */
	/* The last extent starting at or before the position, then out through
	 * its parents: extents nest, so the first that contains it is innermost. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (pos_cmp(f->ext[mid].start, line, col) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = (long)lo - 1; k >= 0; k = f->ext[k].parent) {
		const struct go_extent *e = &f->ext[k];
		if (!contains(e, line, col))
			continue;
		if (e->kind == GO_EXT_CLOSURE && pos_cmp(e->start, line, col) == 0) {
			if (e->parent < 0)
				return SRC_OUTSIDE;
			continue; /* the literal itself is a value of its parent */
		}
		*ext = e;
		return SRC_IN_FUNCTION;
	}
	return SRC_OUTSIDE;
}
