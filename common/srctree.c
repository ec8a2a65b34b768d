/*
 * Finding the source files a log names in a tree given with --src.
 *
 * Logs hold paths as the compiler printed them: relative to wherever the
 * build ran (./main.go, store/store.go) or absolute on another machine
 * (/usr/local/go/src/fmt/print.go).  A tree file matches when the trailing
 * components of both paths agree; the file agreeing on the most components
 * wins, and a tie is broken by the package path (./main.go of package
 * example.com/p is more likely p/main.go than q/main.go).
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

/* Score of tree file f for log path p: components shared, then package. */
static size_t score(const char *f, const char *p, const char *pkg)
{
	size_t tail = common_tail(f, strlen(f), p, strlen(p));
	const char *slash = strrchr(f, '/');
	size_t dir = slash ? (size_t)(slash - f) : 0;
	if (!tail)
		return 0;
	return tail * 1000 + common_tail(f, dir, pkg, strlen(pkg));
}

static size_t search(const struct srctree *t, const char *p, const char *pkg)
{
	size_t best = 0, ties = 0, at = 0;
	for (size_t i = 0; i < t->n; i++) {
		size_t s = score(t->files[i], p, pkg);
		if (s > best)
			best = s, ties = 1, at = i + 1;
		else if (s && s == best)
			ties++;
	}
	return ties == 1 ? at : 0;
}

const char *srctree_find(struct srctree *t, const char *file, const char *pkg)
{
	struct sbuf key = SBUF_INIT;
	int64_t v;

	while (file[0] == '.' && file[1] == '/')
		file += 2;
	while (file[0] == '/')
		file++;
	if (!*file || file[0] == '<')
		return NULL;
	sbuf_addf(&key, "%s\n%s", file, pkg);
	if (!strmap_get(&t->found, key.buf, key.len, &v)) {
		v = (int64_t)search(t, file, pkg);
		strmap_put(&t->found, key.buf, key.len, v);
	}
	sbuf_release(&key);
	return v ? t->files[v - 1] : NULL;
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
