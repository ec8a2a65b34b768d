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
 * Normalise a subject, callee or function name for matching across Go
 * releases: ~rN and ~RN -> ~r, "&T literal" -> "&T{...}", "T{}" -> "T{...}",
 * "[]interface {} literal" -> "... argument", "interface {}" -> "any",
 * go.shape.T_N -> go.shape.T, ".this" -> "~p0".  Appends to out.
 */
void diff_normalize(const char *s, struct sbuf *out);

#endif
