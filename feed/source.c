/* Reading a build's Go source from a folder (feed/source.h). */
#include "feed/source.h"

#include <dirent.h>
#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/util.h"
#include "common/xalloc.h"

#define MAX_SOURCE_FILE (64u << 20) /* a .go file larger than this is not source */

struct feed_source {
	char *dir;
	int explicit;
	struct srcset set;
	struct sbuf notes; /* scanner messages */
};

/* ---- which files go build compiles (linux/amd64) ------------------------ */

static const char *const known_os[] = {
	"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
	"linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
};
static const char *const known_arch[] = {
	"386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
	"mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
	"riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
};

static int in_list(const char *s, size_t n, const char *const *list, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (strlen(list[i]) == n && !memcmp(list[i], s, n))
			return 1;
	return 0;
}
#define IN(s, n, list) in_list(s, n, list, sizeof(list) / sizeof(list[0]))

/* Is build tag t (n bytes) satisfied on linux/amd64 with cgo and gc? */
static int tag_true(const char *t, size_t n)
{
	static const char *const yes[] = { "linux", "amd64", "unix", "gc", "cgo" };
	if (IN(t, n, yes))
		return 1;
	return n > 4 && !memcmp(t, "go1.", 4); /* every release tag: go1.N */
}

/* file_GOOS.go, file_GOARCH.go, file_GOOS_GOARCH.go (also before _test). */
static int name_matches(const char *name)
{
	const char *end = name + strlen(name) - 3; /* before ".go" */
	const char *parts[3];
	size_t lens[3], np = 0;
	if (end - name > 5 && !memcmp(end - 5, "_test", 5))
		end -= 5;
	while (np < 2) {
		const char *u = end;
		while (u > name && u[-1] != '_')
			u--;
		if (u == name)
			break; /* no '_': the first element is never a constraint */
		parts[np] = u;
		lens[np] = (size_t)(end - u);
		np++;
		end = u - 1;
	}
	if (np >= 1 && IN(parts[0], lens[0], known_arch)) {
		if (!(lens[0] == 5 && !memcmp(parts[0], "amd64", 5)))
			return 0;
		if (np == 2 && IN(parts[1], lens[1], known_os))
			return lens[1] == 5 && !memcmp(parts[1], "linux", 5);
		return 1;
	}
	if (np >= 1 && IN(parts[0], lens[0], known_os))
		return lens[0] == 5 && !memcmp(parts[0], "linux", 5);
	return 1;
}

/* A //go:build expression: || of && of ! of (expr) or tag. */
struct bexpr {
	const char *p, *end;
	int bad;
};

static void skip_space(struct bexpr *e)
{
	while (e->p < e->end && (*e->p == ' ' || *e->p == '\t'))
		e->p++;
}

static int b_or(struct bexpr *e);

static int b_unary(struct bexpr *e)
{
	const char *t;
	skip_space(e);
	if (e->p < e->end && *e->p == '!') {
		e->p++;
		return !b_unary(e);
	}
	if (e->p < e->end && *e->p == '(') {
		int v;
		e->p++;
		v = b_or(e);
		skip_space(e);
		if (e->p < e->end && *e->p == ')')
			e->p++;
		else
			e->bad = 1;
		return v;
	}
	t = e->p;
	while (e->p < e->end && (*e->p == '_' || *e->p == '.' || (*e->p >= '0' && *e->p <= '9') ||
				 (*e->p >= 'a' && *e->p <= 'z') || (*e->p >= 'A' && *e->p <= 'Z')))
		e->p++;
	if (e->p == t) {
		e->bad = 1;
		return 0;
	}
	return tag_true(t, (size_t)(e->p - t));
}

static int b_and(struct bexpr *e)
{
	int v = b_unary(e);
	for (;;) {
		skip_space(e);
		if (e->end - e->p < 2 || memcmp(e->p, "&&", 2))
			return v;
		e->p += 2;
		v = b_unary(e) && v;
	}
}

static int b_or(struct bexpr *e)
{
	int v = b_and(e);
	for (;;) {
		skip_space(e);
		if (e->end - e->p < 2 || memcmp(e->p, "||", 2))
			return v;
		e->p += 2;
		v = b_and(e) || v;
	}
}

/* Does the //go:build line before the package clause (if any) hold? */
static int constraint_holds(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		if (le - p >= 10 && !memcmp(p, "//go:build", 10) && (le - p == 10 || p[10] == ' ' || p[10] == '\t')) {
			struct bexpr e = { p + 10, le, 0 };
			int v = b_or(&e);
			skip_space(&e);
			return e.bad || e.p != le ? 1 : v; /* unreadable: go would fail; keep it */
		}
		if (le - p >= 8 && !memcmp(p, "package ", 8))
			return 1;
		p = le + 1;
	}
	return 1;
}

/* ---- reading ------------------------------------------------------------- */

static void sha256_hex(const char *buf, size_t len, char out[65])
{
	struct sha256_ctx c;
	uint8_t d[SHA256_DIGEST_SIZE];
	sha256_init(&c);
	sha256_update(&c, len, (const uint8_t *)buf);
	sha256_digest(&c, sizeof(d), d);
	for (size_t i = 0; i < sizeof(d); i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

/* The whole of regular file path, or NULL. */
static char *read_all(const char *path, size_t *len)
{
	struct stat st;
	FILE *f;
	char *buf;
	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size > MAX_SOURCE_FILE)
		return NULL;
	if (!(f = fopen(path, "rb")))
		return NULL;
	buf = xmalloc((size_t)st.st_size + 1);
	*len = fread(buf, 1, (size_t)st.st_size, f);
	if (ferror(f)) {
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[*len] = 0;
	return buf;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcmp(s + n - k, suffix);
}

/* Where log path name is in the folder, or NULL when it is not a path to a file there. */
static char *resolve(const struct feed_source *src, const char *name)
{
	struct sbuf p = SBUF_INIT;
	if (!*name || *name == '<' || !ends_with(name, ".go"))
		return NULL;
	if (*name != '/') {
		sbuf_addstr(&p, src->dir);
		sbuf_addch(&p, '/');
		while (!strncmp(name, "./", 2))
			name += 2;
	}
	sbuf_addstr(&p, name);
	return sbuf_detach(&p, NULL);
}

struct pkg_file {
	char *path;
	char *buf;
	size_t len;
	char sha[65];
};

static int load(void *ctx, struct srcset *set, const char *log_path)
{
	struct feed_source *src = ctx;
	char *path = resolve(src, log_path), *slash, *dirpath, *target_buf;
	struct sbuf pkg = SBUF_INIT;
	struct pkg_file *files = NULL;
	size_t nfiles = 0, alloc = 0, target_len = 0;
	struct src_input *in;
	char **names = NULL;
	size_t nnames = 0, names_alloc = 0;
	long for_log = -1;
	int test = 0;
	DIR *d;
	struct dirent *de;

	if (!path)
		return 0;
	if (srcset_adopt(set, log_path, path)) { /* read with its package already */
		free(path);
		return 0;
	}
	if (!(target_buf = read_all(path, &target_len))) {
		free(path);
		return 0;
	}
	if (goscan_package(target_buf, target_len, &pkg) < 0 || !pkg.len) {
		free(target_buf);
		free(path);
		sbuf_release(&pkg);
		return 0;
	}
	free(target_buf);
	test = ends_with(path, "_test.go");
	slash = strrchr(path, '/');
	dirpath = xstrdup(path);
	dirpath[slash - path] = 0;
	if ((d = opendir(dirpath))) {
		while ((de = readdir(d))) {
			if (de->d_name[0] == '.' || de->d_name[0] == '_' || !ends_with(de->d_name, ".go"))
				continue;
			if (ends_with(de->d_name, "_test.go") && !test)
				continue;
			VEC_GROW(names, nnames + 1, names_alloc);
			names[nnames++] = xstrdup(de->d_name);
		}
		closedir(d);
	}
	if (nnames)
		qsort(names, nnames, sizeof(*names), cmp_str);
	for (size_t i = 0; i < nnames; i++) {
		struct sbuf fp = SBUF_INIT, clause = SBUF_INIT;
		struct pkg_file pf = { 0 };
		sbuf_addf(&fp, "%s/%s", dirpath, names[i]);
		pf.path = sbuf_detach(&fp, NULL);
		pf.buf = read_all(pf.path, &pf.len);
		if (!pf.buf || !name_matches(names[i]) || !constraint_holds(pf.buf, pf.len) ||
		    goscan_package(pf.buf, pf.len, &clause) < 0 || clause.len != pkg.len ||
		    memcmp(clause.buf, pkg.buf, pkg.len)) {
			if (!strcmp(pf.path, path)) /* the file itself always counts */
				goto keep;
			free(pf.path);
			free(pf.buf);
			sbuf_release(&clause);
			continue;
		}
keep:
		sbuf_release(&clause);
		if (!pf.buf) {
			free(pf.path);
			continue;
		}
		sha256_hex(pf.buf, pf.len, pf.sha);
		if (!strcmp(pf.path, path))
			for_log = (long)nfiles;
		VEC_GROW(files, nfiles + 1, alloc);
		files[nfiles++] = pf;
	}
	in = xcalloc(nfiles ? nfiles : 1, sizeof(*in));
	for (size_t i = 0; i < nfiles; i++)
		in[i] = (struct src_input){ files[i].path, files[i].buf, files[i].len, files[i].sha };
	if (for_log >= 0) {
		size_t before = src->notes.len;
		srcset_add_package(set, log_path, in, nfiles, for_log, &src->notes);
		if (src->notes.len > before && src->notes.buf[src->notes.len - 1] != '\n')
			sbuf_addch(&src->notes, '\n');
	}
	for (size_t i = 0; i < nfiles; i++) {
		free(files[i].path);
		free(files[i].buf);
	}
	for (size_t i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	free(files);
	free(in);
	free(dirpath);
	free(path);
	sbuf_release(&pkg);
	return 0;
}

int feed_source_open(const char *dir, int explicit, struct feed_source **out, struct sbuf *err)
{
	struct stat st;
	struct feed_source *src;
	size_t n;
	int bad = stat(dir, &st) < 0 ? errno : S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
	*out = NULL;
	if (bad)
		return explicit ? error_set(err, ESCVIZ_EUSAGE, "%s: %s (--src)", dir, strerror(bad)) : 0;
	src = xcalloc(1, sizeof(*src));
	src->dir = xstrdup(dir);
	n = strlen(src->dir);
	while (n > 1 && src->dir[n - 1] == '/')
		src->dir[--n] = 0;
	src->explicit = explicit;
	sbuf_init(&src->notes);
	srcset_init(&src->set, load, src);
	*out = src;
	return 0;
}

void feed_source_free(struct feed_source *src)
{
	if (!src)
		return;
	srcset_release(&src->set);
	sbuf_release(&src->notes);
	free(src->dir);
	free(src);
}

struct srcset *feed_source_set(struct feed_source *src)
{
	return src ? &src->set : NULL;
}

const char *feed_source_dir(const struct feed_source *src)
{
	return src->dir;
}

void feed_source_report(struct feed_source *src, struct sbuf *out, struct sbuf *notes)
{
	const struct src_file *first_cgo = NULL;
	size_t cgo_files = 0, cgo_cols = 0;
	for (size_t i = 0; i < src->set.n; i++) {
		const struct src_file *f = src->set.f[i];
		if (f->cgo_cols) {
			first_cgo = first_cgo ? first_cgo : f;
			cgo_files++;
			cgo_cols += f->cgo_cols;
		}
		if (!f->stale)
			continue;
		sbuf_addf(out, "%s:%ld:%ld: does not fit %s (%zu lines): stale source, its rows are "
			  "placed by the compiler's naming\n", f->log_path, f->stale_line, f->stale_col,
			  f->path, f->nlines);
	}
	if (src->set.unreadable)
		sbuf_addf(out, "%zu source files could not be scanned:\n%s", src->set.unreadable,
			  src->notes.buf);
	/* one line for all: expected in any cgo package, not a problem */
	if (cgo_files)
		sbuf_addf(notes, "%zu position%s in %zu cgo file%s (%s:%ld:%ld first) lie past the end "
			  "of their line, as cgo rewrites those lines: placed by their line\n",
			  cgo_cols, cgo_cols == 1 ? "" : "s", cgo_files, cgo_files == 1 ? "" : "s",
			  first_cgo->log_path, first_cgo->cgo_line, first_cgo->cgo_col);
}
