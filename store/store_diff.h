#ifndef ESCVIZ_STORE_DIFF_H
#define ESCVIZ_STORE_DIFF_H
/*
 * store_diff: the facts of a build that escviz diff compares, read from
 * SQLite into model values (model/facts.h); the matching is analysis/'s
 * (analysis/diff.h).
 *
 * What follows is how the diff works as a whole:
 *
 * Both builds are read into memory as "facts" (heap escapes, moved-to-heap
 * variables, leaking parameters, inlining decisions, inlined call sites,
 * devirtualisations) and matched by identity, never by line or column:
 * package, function, normalised subject and kind.  When one identity occurs
 * several times in a function (the same expression twice), occurrences are
 * paired by their offset from the function's declaration, then by order.
 * An event the compiler printed N times at one position (events.count) is
 * N facts, so a count that changes is an occurrence added or removed.
 * Subjects and names are normalised for the spelling drift between Go
 * releases (diff_normalize()), and a closure compiled again where it is
 * inlined (main.func2, main.adder.func2) is matched under the name first
 * declared at its position (adder.func1), so two Go versions can be
 * compared.
 *
 * Ownership: struct diff_result and everything it points to belongs to the
 * caller and is freed by diff_result_release().
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "model/facts.h"
#include "store/store.h"

/* Read every fact of build id of s into fs (initialised here) and its description into b. */
int store_diff_load(struct store *s, int64_t id, struct factset *fs, struct diff_build *b,
		    struct sbuf *err);

#endif
