#ifndef ESCVIZ_SRCTREE_H
#define ESCVIZ_SRCTREE_H
/*
 * A source tree (escviz report --src): the files a log names, found by
 * path suffix, and their lines.  srctree.c explains the matching.
 */
#include <stddef.h>

#include "common/sbuf.h"

struct srctree;

/* Index the regular files under dir (hidden folders and node_modules
 * skipped); ESCVIZ_EUSAGE when dir is not a folder. */
int srctree_open(const char *dir, struct srctree **out, struct sbuf *err);
void srctree_free(struct srctree *t);
/*
 * The file of the tree that log path file (relative to wherever the build
 * ran) names, matched by the longest path suffix, ties broken by the
 * package path pkg; NULL when none or still ambiguous.  Borrowed.
 */
const char *srctree_find(struct srctree *t, const char *file, const char *pkg);
/* Lines of path, a name srctree_find() gave (cached; borrowed until the
 * next call): *n lines. */
const char *const *srctree_lines(struct srctree *t, const char *path, size_t *n);

#endif
