#ifndef ESCVIZ_MODEL_DRIFT_H
#define ESCVIZ_MODEL_DRIFT_H
/*
 * The table of spelling drift between Go releases: how one decision is
 * printed differently by different compilers.  Identities (diff matching,
 * fingerprints) are computed on normalised text so that an upgrade that
 * only respells a line changes nothing.
 */
#include "common/sbuf.h"

/*
 * Normalise a subject, callee, function name or explanation line for
 * matching across Go releases: ~rN and ~RN -> ~r, "&T literal" ->
 * "&T{...}", "T{}" -> "T{...}", "[]interface {} literal" -> "... argument",
 * "interface {}" -> "any", go.shape.T_N -> go.shape.T, ".this" -> "~p0";
 * and the respellings of go1.19 -> go1.23 (issue 10):
 *   - implicit interface conversions dropped: "error(X)", "any(X)",
 *     "(interface {})(X)" -> X;
 *   - a basic literal converted to a predeclared type: "int(1)" -> "1",
 *     "bool(false)" -> "false", "string(\"x\")" -> "\"x\"";
 *   - "new(T)" -> "&T{...}" for a plain type name T;
 *   - raw string literals as quoted ones, and any string literal longer
 *     than 32 bytes, or already cut by the compiler (no closing quote,
 *     "..."), cut to 32 bytes plus "...";
 *   - ".autotmp_N" -> ".autotmp_", "(assign-pair)" -> "(assign)".
 * What text alone cannot normalise (time.Second printed as
 * time.Duration(1000000000), hash.Hash(md5.d) as md5.d: the interface is
 * not known from its name) is paired by place in analysis/diff_match.c.
 * Appends to out.
 */
void diff_normalize(const char *s, struct sbuf *out);

#endif
