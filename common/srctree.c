/*
 * Finding the source files a log names in a tree given with --src.
 *
 * Logs hold paths as the compiler printed them: relative to wherever the
 * build ran (./main.go, store/store.go, ../dep/x.go) or absolute on another
 * machine (/usr/local/go/src/fmt/print.go).  A tree file matches by whole
 * path components, never by its base name alone:
 *
 * - a relative log path matches a tree file that ends in all of its
 *   components (after its leading ./ and ../), and a bare file name
 *   (./util.go) is the root's util.go or one in a folder its package path
 *   ends in (p/util.go for package example.com/p), never sub/util.go;
 * - an absolute log path matches a tree file whose whole path is its tail:
 *   fmt/print.go under $GOROOT/src, and the longest such tail wins.
 *
 * Among the matches, the folder agreeing with the package path on more
 * trailing components wins (./main.go of package example.com/p is more
 * likely p/main.go than q/main.go), then the file with fewer folders
 * before the log path (./util.go at the tree's root rather than
 * sub/util.go); what is still tied is ambiguous.
 */
#include "common/srctree.h"

#include <dirent.h>
#include <fcntl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/sbuf.h"
#include "common/strmap.h"
#include "common/util.h"
#include "common/xalloc.h"

#define SRC_MAX_FILES 500000

struct srctree {
	char *root;
	char **files; /* relative to root */
	size_t n, alloc;
	struct strmap found; /* "file\npkg" -> index + 1, or 0 */
	char *cached;        /* path of the lines below */
	char *text;
	char **lines;
	size_t n_lines;
};

static int walk(struct srctree *t, const char *rel, int depth)
{
	struct sbuf dir = SBUF_INIT;
	struct dirent *d;
	DIR *dh;

	sbuf_addf(&dir, "%s%s%s", t->root, *rel ? "/" : "", rel);
	if (depth > 40 || !(dh = opendir(dir.buf))) {
		sbuf_release(&dir);
		return 0; /* unreadable folders are skipped, not fatal */
	}
	while ((d = readdir(dh)) && t->n < SRC_MAX_FILES) {
		struct sbuf sub = SBUF_INIT;
		struct stat st;
		if (d->d_name[0] == '.')
			continue; /* ., .., .git and other hidden folders */
		sbuf_addf(&sub, "%s%s%s", rel, *rel ? "/" : "", d->d_name);
		if (strcmp(d->d_name, "node_modules") &&
		    fstatat(dirfd(dh), d->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
			if (S_ISDIR(st.st_mode))
				walk(t, sub.buf, depth + 1);
			else if (S_ISREG(st.st_mode)) {
				VEC_GROW(t->files, t->n + 1, t->alloc);
				t->files[t->n++] = sbuf_detach(&sub, NULL);
			}
		}
		sbuf_release(&sub);
	}
	closedir(dh);
	sbuf_release(&dir);
	return 0;
}

int srctree_open(const char *dir, struct srctree **out, struct sbuf *err)
{
	struct stat st;
	struct srctree *t;

	*out = NULL;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		return error_set(err, ESCVIZ_EUSAGE, "%s: not a folder (--src)", dir);
	t = xcalloc(1, sizeof(*t));
	t->root = xstrdup(dir);
	walk(t, "", 0);
	*out = t;
	return 0;
}

static void drop_lines(struct srctree *t)
{
	free(t->cached);
	free(t->text);
	free(t->lines);
	t->cached = t->text = NULL;
	t->lines = NULL;
	t->n_lines = 0;
}

void srctree_free(struct srctree *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		free(t->files[i]);
	free(t->files);
	free(t->root);
	strmap_release(&t->found);
	drop_lines(t);
	free(t);
}

/* How many trailing '/'-separated components a[0..an) and b[0..bn) share. */
static size_t common_tail(const char *a, size_t an, const char *b, size_t bn)
{
	size_t k = 0;
	while (an && bn) {
		const char *sa = memrchr(a, '/', an), *sb = memrchr(b, '/', bn);
		size_t la = sa ? an - (size_t)(sa + 1 - a) : an, lb = sb ? bn - (size_t)(sb + 1 - b) : bn;
		if (la != lb || memcmp(a + an - la, b + bn - lb, la))
			break;
		k++;
		an = sa ? (size_t)(sa - a) : 0;
		bn = sb ? (size_t)(sb - b) : 0;
	}
	return k;
}

static size_t components(const char *p, size_t n)
{
	size_t k = n ? 1 : 0;
	for (size_t i = 0; i < n; i++)
		k += p[i] == '/';
	return k;
}

/* How tree file f ranks for log path p (absolute or not): 0 when it does not match. */
struct rank {
	size_t tail, pkg, prefix; /* components matched, agreeing with pkg, before the match */
};

static int rank_of(const char *f, const char *p, int absolute, const char *pkg, struct rank *r)
{
	size_t fn = strlen(f), pn = strlen(p), fc = components(f, fn);
	const char *slash = strrchr(f, '/');
	size_t dir = slash ? (size_t)(slash - f) : 0;

	r->tail = common_tail(f, fn, p, pn);
	if (!r->tail || r->tail != (absolute ? fc : components(p, pn)))
		return 0;
	r->pkg = common_tail(f, dir, pkg, strlen(pkg));
	r->prefix = fc - r->tail;
	/* A bare file name elsewhere than the root must be in its package's folder. */
	return absolute || r->tail > 1 || !r->prefix || r->pkg;
}

/* <0: a ranks below b, 0: tied, >0: above. */
static int rank_cmp(const struct rank *a, const struct rank *b)
{
	if (a->tail != b->tail)
		return a->tail < b->tail ? -1 : 1;
	if (a->pkg != b->pkg)
		return a->pkg < b->pkg ? -1 : 1;
	if (a->prefix != b->prefix)
		return a->prefix > b->prefix ? -1 : 1;
	return 0;
}

/* index + 1 of the best match, 0 for none, -(ties) when the best is tied. */
static int64_t search(const struct srctree *t, const char *p, int absolute, const char *pkg)
{
	struct rank best = { 0 }, r;
	size_t ties = 0, at = 0;
	for (size_t i = 0; i < t->n; i++) {
		int c;
		if (!rank_of(t->files[i], p, absolute, pkg, &r))
			continue;
		c = ties ? rank_cmp(&r, &best) : 1;
		if (c > 0)
			best = r, ties = 1, at = i + 1;
		else if (c == 0)
			ties++;
	}
	return ties > 1 ? -(int64_t)ties : (int64_t)at;
}

const char *srctree_find(struct srctree *t, const char *file, const char *pkg,
			 size_t *ties)
{
	struct sbuf key = SBUF_INIT;
	int absolute = file[0] == '/';
	int64_t v;

	if (ties)
		*ties = 0;
	for (;;) {
		if (file[0] == '.' && file[1] == '/')
			file += 2;
		else if (file[0] == '.' && file[1] == '.' && file[2] == '/')
			file += 3;
		else if (file[0] == '/')
			file++;
		else
			break;
	}
	if (!*file || file[0] == '<')
		return NULL;
	sbuf_addf(&key, "%s\n%s\n%d", file, pkg, absolute);
	if (!strmap_get(&t->found, key.buf, key.len, &v)) {
		v = search(t, file, absolute, pkg);
		strmap_put(&t->found, key.buf, key.len, v);
	}
	sbuf_release(&key);
	if (v < 0 && ties)
		*ties = (size_t)-v;
	return v > 0 ? t->files[v - 1] : NULL;
}

int srctree_is_path(const char *file)
{
	while (file[0] == '.' && (file[1] == '/' || (file[1] == '.' && file[2] == '/')))
		file += file[1] == '/' ? 2 : 3;
	return *file && *file != '<';
}

const char *const *srctree_lines(struct srctree *t, const char *path, size_t *n)
{
	struct sbuf full = SBUF_INIT, text = SBUF_INIT;
	char buf[65536];
	size_t got, alloc = 0;
	FILE *f;

	if (t->cached && !strcmp(t->cached, path))
		goto out;
	drop_lines(t);
	t->cached = xstrdup(path);
	sbuf_addf(&full, "%s/%s", t->root, path);
	if ((f = fopen(full.buf, "rb"))) {
		while ((got = fread(buf, 1, sizeof(buf), f)) > 0 && text.len < (64u << 20))
			sbuf_add(&text, buf, got);
		fclose(f);
	}
	sbuf_release(&full);
	t->text = sbuf_detach(&text, NULL);
	for (char *p = t->text; *p;) {
		char *nl = strchr(p, '\n');
		VEC_GROW(t->lines, t->n_lines + 1, alloc);
		t->lines[t->n_lines++] = p;
		if (!nl)
			break;
		*nl = '\0';
		p = nl + 1;
	}
out:
	*n = t->n_lines;
	return (const char *const *)t->lines;
}
