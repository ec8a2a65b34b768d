#ifndef ESCVIZ_STORE_DIFF_H
#define ESCVIZ_STORE_DIFF_H
/*
 * store_diff: the facts of a build that escviz diff compares, read from
 * SQLite into model values (model/facts.h); the matching is analysis/'s
 * (analysis/diff.h).
 *
 * What follows is how the diff works as a whole:
 *
 * Both builds are read, a package at a time, as "facts" (heap escapes, moved-to-heap
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

/*
 * A build read one package at a time (escviz diff of stored builds): only
 * one package's facts are in memory, and chains are decoded only for the
 * explanations of that package's events.
 */
struct store_diff_pkgs;
/* Open build id of s and describe it into b. */
int store_diff_open(struct store *s, int64_t id, struct diff_build *b,
		    struct store_diff_pkgs **out, struct sbuf *err);
/* The next package not read yet, by name ("path [variant]", strcmp order); NULL after the last. */
const char *store_diff_peek(const struct store_diff_pkgs *r);
/*
 * The facts of package into fs (initialised here, with the build's budget
 * and -m level): all of them when package is the next one (it is then
 * read), none when the build does not have it there.
 */
int store_diff_package(struct store_diff_pkgs *r, const char *package, struct factset *fs,
		       struct sbuf *err);
void store_diff_close(struct store_diff_pkgs *r);
/* r as a source of facts for analysis/diff.h's diff_sources(). */
struct diff_source store_diff_source(struct store_diff_pkgs *r);

#endif
