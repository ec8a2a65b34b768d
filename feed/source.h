#ifndef ESCVIZ_FEED_SOURCE_H
#define ESCVIZ_FEED_SOURCE_H
/*
 * The Go source of a build, read from a folder (escviz ingest --src DIR,
 * escviz run): the loader of a struct srcset (model/srcset.h).
 *
 * A log path is resolved against DIR ("./x.go", "sub/x.go", "../dep/x.go");
 * an absolute path is taken as it is.  With a file, the loader reads every
 * file of its package: the *.go files of its folder with the same package
 * clause that go build would compile on linux/amd64 (file name suffixes
 * _GOOS, _GOARCH and //go:build lines are honoured; _test.go files only
 * for a test file), in name order, so that init.N and init.funcN are
 * numbered as the compiler numbers them.  Each file's size and sha256 are
 * kept with it.
 */
#include "common/sbuf.h"
#include "model/srcset.h"

struct feed_source;

/*
 * A source folder.  explicit: the user named it (ESCVIZ_EUSAGE when it is
 * not a folder); otherwise it is the current directory, used only for the
 * files that exist there.
 */
int feed_source_open(const char *dir, int explicit, struct feed_source **out, struct sbuf *err);
void feed_source_free(struct feed_source *src);
/* The extents of what was read so far (loads more on demand). */
struct srcset *feed_source_set(struct feed_source *src);
const char *feed_source_dir(const struct feed_source *src);
/*
 * What is worth telling the user: warnings (stale or unreadable files) and
 * notes (cgo files whose rewritten columns were placed by their line), a
 * line each; nothing added when there is none.
 */
void feed_source_report(struct feed_source *src, struct sbuf *warnings, struct sbuf *notes);

#endif
