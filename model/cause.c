/* The names of causes (model/cause.h). */
#include "model/cause.h"

#include <string.h>

static const char *const names[CAUSE__COUNT] = {
	[CAUSE_ADDRESS] = "address",     [CAUSE_CLOSURE] = "closure",
	[CAUSE_GOROUTINE] = "goroutine", [CAUSE_INTERFACE] = "interface",
	[CAUSE_COMPOSITE] = "composite", [CAUSE_SIZE] = "size",
	[CAUSE_CALLEE] = "callee",       [CAUSE_OTHER] = "other",
};

const char *cause_name(enum cause c)
{
	return (unsigned)c < CAUSE__COUNT ? names[c] : NULL;
}

int cause_parse(const char *s)
{
	for (int c = 0; c < CAUSE__COUNT; c++)
		if (s && !strcmp(s, names[c]))
			return c;
	return -1;
}

const char *cause_names_list(void)
{
	return "address, closure, goroutine, interface, composite, size, callee, other";
}

size_t cause_order(enum cause primary, unsigned causes, enum cause out[CAUSE__COUNT])
{
	size_t n = 0;
	out[n++] = primary;
	for (int k = 0; k < CAUSE__COUNT; k++)
		if (k != (int)primary && (causes & CAUSE_BIT(k)))
			out[n++] = (enum cause)k;
	return n;
}
