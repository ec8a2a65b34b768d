/* The facts escviz diff compares (model/facts.h). */
#include "model/facts.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[DK__COUNT] = {
	[DK_HEAP_ESCAPE] = "heap_escape",
	[DK_MOVED_TO_HEAP] = "moved_to_heap",
	[DK_EXPLANATION] = "explanation",
	[DK_LEAKING_PARAM] = "leaking_param",
	[DK_LEAKING_PARAM_CONTENT] = "leaking_param_content",
	[DK_LEAKING_PARAM_RESULT] = "leaking_param_result",
	[DK_INLINABLE] = "inlinable",
	[DK_INLINE_COST] = "inline_cost",
	[DK_INLINED_CALL] = "inlined_call",
	[DK_DEVIRTUALIZATION] = "devirtualization",
};

const char *diff_kind_name(enum diff_kind k)
{
	return k < DK__COUNT ? kind_names[k] : "?";
}

int diff_kind_parse(const char *name)
{
	for (int k = 0; name && k < DK__COUNT; k++)
		if (!strcmp(name, kind_names[k]))
			return k;
	return -1;
}

const char *diff_change_name(enum diff_change c)
{
	static const char *const names[] = { "added", "removed", "changed" };
	return c <= DC_CHANGED ? names[c] : "?";
}

const char *diff_stat_name(enum diff_stat s)
{
	static const char *const names[DS__COUNT] = {
		"heap_allocations", "leaking_params", "inlinable_functions",
		"inlined_calls", "devirtualizations",
	};
	return s < DS__COUNT ? names[s] : "?";
}

void diff_build_release(struct diff_build *b)
{
	free(b->label);
	free(b->commit);
	free(b->go_version);
	free(b->source);
}

void factset_release(struct factset *fs)
{
	for (size_t i = 0; i < fs->n; i++) {
		struct fact *f = &fs->v[i];
		free(f->package);
		free(f->function);
		free(f->subject);
		free(f->detail);
		free(f->key);
		free(f->fkey);
		free(f->chain);
		free(f->pos.file);
		for (size_t j = 0; j < f->nsteps; j++) {
			free(f->steps[j].text);
			free(f->steps[j].pos.file);
		}
		free(f->steps);
	}
	free(fs->v);
	for (size_t i = 0; i < fs->nalias; i++)
		free(fs->alias_to[i]);
	free(fs->alias_to);
	strmap_release(&fs->aliases);
	memset(fs, 0, sizeof(*fs));
}

