/* JSON writers (docs/json.md documents the field names). */
#include "render/render.h"

#include <jansson.h>
#include <string.h>

#include "common/util.h"
#include "model/profile.h"
#include "render/render_escape.h"
#include "render/render_internal.h"

json_t *render_jstrn(const char *s, size_t n)
{
	struct sbuf b = SBUF_INIT;
	json_t *j;
	sbuf_add_json_text(&b, s, n);
	j = json_stringn(b.buf, b.len);
	sbuf_release(&b);
	return j ? j : json_null();
}

json_t *render_jstr(const char *s)
{
	return s ? render_jstrn(s, strlen(s)) : json_null();
}

int render_dump_json(FILE *out, json_t *j)
{
	int rc = json_dumpf(j, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(j);
	if (rc < 0 || fputc('\n', out) == EOF || fflush(out) == EOF)
		return ESCVIZ_EIO;
	return 0;
}

static json_t *build_object(const struct build_info *b)
{
	json_t *o = json_object();
	json_t *inputs = json_array();
	json_object_set_new(o, "id", json_integer(b->id));
	json_object_set_new(o, "label", render_jstr(b->label));
	json_object_set_new(o, "commit", render_jstr(b->commit));
	json_object_set_new(o, "go_version", render_jstr(b->go_version));
	json_object_set_new(o, "go_version_detected", render_jstr(b->go_version_detected));
	json_object_set_new(o, "created", render_jstr(b->created));
	json_object_set_new(o, "input_lines", json_integer(b->input_lines));
	json_object_set_new(o, "input_bytes", json_integer(b->input_bytes));
	json_object_set_new(o, "m_level", json_integer(b->m_level));
	for (const char *p = b->inputs; p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		json_array_append_new(inputs, render_jstrn(p, n));
		p += n + (nl ? 1 : 0);
	}
	json_object_set_new(o, "inputs", inputs);
	return o;
}

/* The value's name in a ranking: heap_allocations, alloc_bytes, ... */
static const char *rank_key(enum stats_rank r, int fns)
{
	switch (r) {
	case STATS_RANK_BYTES:
		return "alloc_bytes";
	case STATS_RANK_OBJECTS:
		return "alloc_objects";
	case STATS_RANK_CPU:
		return fns ? "cpu_cum" : "cpu_flat";
	default:
		return "heap_allocations";
	}
}

static json_t *ranking(const struct name_count *v, size_t n, const char *key, const char *value)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();
		json_object_set_new(o, key, render_jstr(v[i].name));
		json_object_set_new(o, value, json_integer(v[i].n));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *profiles_json(const struct build_stats *st)
{
	json_t *a = json_array();
	for (size_t i = 0; i < st->n_profiles; i++) {
		const struct profile_info *p = &st->profiles[i];
		json_t *o = json_object();
		int heap = !strcmp(p->kind, "heap");
		json_object_set_new(o, "id", json_integer(p->id));
		json_object_set_new(o, "label", render_jstr(p->label));
		json_object_set_new(o, "path", render_jstr(p->path));
		json_object_set_new(o, "kind", render_jstr(p->kind));
		json_object_set_new(o, "sample_types", render_jstr(p->sample_types));
		json_object_set_new(o, "duration_nanos", json_integer(p->duration_nanos));
		if (heap) {
			json_object_set_new(o, "total_bytes", json_integer(p->total_bytes));
			json_object_set_new(o, "total_objects", json_integer(p->total_objects));
			json_object_set_new(o, "matched_bytes", json_integer(p->matched_bytes));
			json_object_set_new(o, "matched_objects", json_integer(p->matched_objects));
			json_object_set_new(o, "sites", json_integer(p->sites));
		} else {
			json_object_set_new(o, "total_cpu", json_integer(p->total_cpu));
			json_object_set_new(o, "functions", json_integer(p->functions));
		}
		json_array_append_new(a, o);
	}
	return a;
}

/* null when the build has no CPU profile; else the threshold and the calls. */
static json_t *hot_calls_json(const struct build_stats *st)
{
	json_t *o, *a;
	if (!st->hot_threshold)
		return json_null();
	o = json_object();
	a = json_array();
	json_object_set_new(o, "threshold", render_jstr(st->hot_threshold));
	json_object_set_new(o, "min_cpu_cum", json_integer(st->hot_cpu));
	for (size_t i = 0; i < st->n_hot_calls; i++) {
		const struct prof_hot_call *c = &st->hot_calls[i];
		json_t *j = json_object();
		struct sbuf msg = SBUF_INIT;
		prof_hot_call_describe(c, &msg);
		json_object_set_new(j, "caller", render_jstr(c->caller));
		json_object_set_new(j, "file", render_jstr(c->file));
		json_object_set_new(j, "line", json_integer(c->line));
		json_object_set_new(j, "callee", render_jstr(c->callee));
		json_object_set_new(j, "cpu_cum", json_integer(c->cum));
		json_object_set_new(j, "cost", c->cost >= 0 ? json_integer(c->cost) : json_null());
		json_object_set_new(j, "budget", c->budget >= 0 ? json_integer(c->budget) : json_null());
		json_object_set_new(j, "reason", render_jstr(c->reason));
		json_object_set_new(j, "message", render_jstr(msg.buf));
		sbuf_release(&msg);
		json_array_append_new(a, j);
	}
	json_object_set_new(o, "calls", a);
	return o;
}

static json_t *cause_counts_json(const struct cause_counts *c)
{
	json_t *o = json_object(), *by = json_object();
	if (c->name)
		json_object_set_new(o, "package", render_jstr(c->name));
	for (int k = 0; k < CAUSE__COUNT; k++)
		json_object_set_new(by, cause_name((enum cause)k), json_integer(c->n[k]));
	json_object_set_new(o, "by_cause", by);
	json_object_set_new(o, "total", json_integer(c->total));
	json_object_set_new(o, "inferred", json_integer(c->inferred));
	json_object_set_new(o, "unknown_reasons", json_integer(c->unknown_reasons));
	return o;
}

static json_t *causes_json(const struct build_stats *st)
{
	json_t *o, *pk;
	if (!st->causes)
		return json_null();
	o = cause_counts_json(st->causes);
	pk = json_array();
	for (size_t i = 0; i < st->n_cause_packages; i++)
		json_array_append_new(pk, cause_counts_json(&st->cause_packages[i]));
	json_object_set_new(o, "top_packages", pk);
	return o;
}

int render_stats_json(FILE *out, const struct build_stats *st)
{
	json_t *o = json_object(), *lines = json_object(), *ev = json_object();

	json_object_set_new(o, "build", json_integer(st->info.id));
	json_object_set_new(o, "label", render_jstr(st->info.label));
	json_object_set_new(o, "commit", render_jstr(st->info.commit));
	json_object_set_new(o, "go_version", render_jstr(st->info.go_version));
	json_object_set_new(o, "go_version_detected", render_jstr(st->info.go_version_detected));
	json_object_set_new(o, "m_level", json_integer(st->info.m_level));
	json_object_set_new(o, "input_lines", json_integer(st->info.input_lines));
	for (int c = 0; c < LC__COUNT; c++)
		json_object_set_new(lines, line_class_name(c), json_integer(st->lines[c]));
	json_object_set_new(o, "lines", lines);
#define EV(name, field) json_object_set_new(ev, name, json_integer(st->field))
	EV("heap_escapes", heap_escapes);
	EV("moved_to_heap", moved_to_heap);
	EV("does_not_escape", does_not_escape);
	EV("leaking_params", leaking_params);
	EV("other_events", other_events);
	EV("events", events);
	EV("attributed_events", attributed_events);
	EV("placed_by_source", placed_source);
	EV("placed_by_compiler", placed_compiler);
	EV("placed_by_declaration", placed_declaration);
	EV("packages", packages);
	EV("files", files);
	EV("functions", functions);
	EV("inlinable_functions", inlinable);
	EV("non_inlinable_functions", not_inlinable);
	EV("inlined_calls", inlined_calls);
	EV("devirtualizations", devirtualizations);
	EV("captures", captures);
	EV("explanations", explanations);
	EV("flows", flows);
	EV("steps", steps);
#undef EV
	json_object_set_new(o, "events", ev);
	json_object_set_new(o, "rank", json_string(stats_rank_names[st->rank]));
	json_object_set_new(o, "top_packages", ranking(st->top_packages, st->n_top_packages,
						       "package", rank_key(st->rank, 0)));
	json_object_set_new(o, "top_functions", ranking(st->top_functions, st->n_top_functions,
							"function", rank_key(st->rank, 1)));
	json_object_set_new(o, "profiles", profiles_json(st));
	json_object_set_new(o, "hot_calls", hot_calls_json(st));
	json_object_set_new(o, "causes", causes_json(st));
	return render_dump_json(out, o);
}

int render_builds_json(FILE *out, const struct build_info *b, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, build_object(&b[i]));
	return render_dump_json(out, a);
}
