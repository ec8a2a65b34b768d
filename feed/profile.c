#include "feed/profile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "common/util.h"
#include "common/xalloc.h"

/* The legacy text formats' first lines (runtime/pprof debug=1 and older). */
static const char *const text_heads[] = {
	"heap profile:", "--- contention", "--- mutex", "goroutine profile:",
	"threadcreate profile:", "block profile:", "mutex profile:", "--- heapz",
	"--- threadz", "--- goroutine",
};

/*
 * What text buf holds, if it is text: the legacy profile's first line
 * (*legacy = 1), or "text" for other printable text (no control bytes but
 * tab, CR and LF in the first 4 KiB; profile.proto starts with 0x0a, a
 * newline, but its lengths and tags soon give control bytes).  NULL when
 * it is not text.
 */
static const char *text_kind(const unsigned char *buf, size_t len, int *legacy)
{
	size_t n = len < 4096 ? len : 4096;

	*legacy = 0;
	for (size_t i = 0; i < sizeof(text_heads) / sizeof(text_heads[0]); i++) {
		size_t k = strlen(text_heads[i]);
		if (len >= k && memcmp(buf, text_heads[i], k) == 0)
			return *legacy = 1, text_heads[i];
	}
	if (n < 16)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned c = buf[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
			return NULL;
	}
	return "text";
}

static int is_gzip(const unsigned char *buf, size_t len)
{
	return len >= 2 && buf[0] == 0x1f && buf[1] == 0x8b;
}

/* Gunzip buf (one or more gzip members) into *out; at most max bytes. */
static int gunzip(const char *name, const unsigned char *buf, size_t len, size_t max,
		  unsigned char **out, size_t *outlen, struct sbuf *err)
{
	z_stream z;
	unsigned char *dst = NULL;
	size_t cap = 0, used = 0, pos = 0;
	int zrc, rc = 0;

	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 15 + 16) != Z_OK)
		return error_set(err, ESCVIZ_ERROR, "%s: zlib: cannot initialise", name);
	for (;;) {
		if (used == cap) {
			if (cap >= max) {
				rc = error_set(err, ESCVIZ_EUSAGE,
					       "%s: profile too large (more than %zu bytes after gunzip)",
					       name, max);
				break;
			}
			cap = cap ? cap * 2 : (len < 65536 ? 65536 : len * 4);
			if (cap > max)
				cap = max;
			dst = xrealloc(dst, cap);
		}
		size_t in_left = len - pos;
		z.next_in = (unsigned char *)buf + pos;
		z.avail_in = in_left > 0x40000000 ? 0x40000000 : (unsigned)in_left;
		size_t out_left = cap - used;
		z.next_out = dst + used;
		z.avail_out = out_left > 0x40000000 ? 0x40000000 : (unsigned)out_left;
		unsigned in0 = z.avail_in, out0 = z.avail_out;
		zrc = inflate(&z, Z_NO_FLUSH);
		pos += in0 - z.avail_in;
		used += out0 - z.avail_out;
		if (zrc == Z_STREAM_END) {
			/* Another member follows?  Anything else after it is junk. */
			if (pos == len)
				break;
			if (!is_gzip(buf + pos, len - pos)) {
				rc = error_set(err, ESCVIZ_EUSAGE,
					       "%s: not a pprof profile (%zu bytes of junk after the gzip stream at byte %zu)",
					       name, len - pos, pos);
				break;
			}
			inflateReset(&z);
			continue;
		}
		if (zrc == Z_OK)
			continue;
		if (zrc == Z_BUF_ERROR && pos == len && z.avail_out) {
			rc = error_set(err, ESCVIZ_EUSAGE,
				       "%s: truncated profile (the gzip stream ends at byte %zu before its end)",
				       name, len);
			break;
		}
		if (zrc == Z_BUF_ERROR)
			continue; /* no room for output: grow */
		rc = error_set(err, ESCVIZ_EUSAGE, "%s: not a pprof profile (bad gzip data near byte %zu: %s)",
			       name, pos, z.msg ? z.msg : "inflate failed");
		break;
	}
	inflateEnd(&z);
	if (rc < 0) {
		free(dst);
		return rc;
	}
	*out = dst;
	*outlen = used;
	return 0;
}

int feed_profile_parse(const char *name, const unsigned char *buf, size_t len, size_t max_out,
		       struct pprof_profile *out, struct sbuf *err)
{
	unsigned char *plain = NULL;
	const unsigned char *data = buf;
	size_t n = len;
	struct sbuf why = SBUF_INIT;
	const char *kind;
	int rc, legacy;

	memset(out, 0, sizeof(*out));
	if (!max_out)
		max_out = FEED_PROFILE_MAX;
	if (!len)
		return error_set(err, ESCVIZ_EUSAGE, "%s: not a pprof profile (empty file)", name);
	if (is_gzip(buf, len)) {
		if ((rc = gunzip(name, buf, len, max_out, &plain, &n, err)) < 0)
			return rc;
		data = plain;
	}
	if ((kind = text_kind(data, n, &legacy))) {
		if (legacy)
			rc = error_set(err, ESCVIZ_EUSAGE,
				       "%s: legacy text profile (it starts with \"%s\"): escviz reads "
				       "protobuf profiles: write it with pprof.WriteHeapProfile, "
				       "pprof.Lookup(NAME).WriteTo(w, 0), go test -memprofile/-cpuprofile, "
				       "or /debug/pprof/NAME without ?debug=1", name, kind);
		else
			rc = error_set(err, ESCVIZ_EUSAGE,
				       "%s: not a pprof profile (plain text%s, not gzip or protobuf)",
				       name, data == buf ? "" : " after gunzip");
		free(plain);
		return rc;
	}
	if (n >= 24 && !memcmp(data, "\0\0\0\0\0\0\0\0\3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 24)) {
		free(plain);
		return error_set(err, ESCVIZ_EUSAGE,
				 "%s: legacy binary CPU profile (gperftools format): write it "
				 "with pprof.StartCPUProfile of go1.9 or later", name);
	}
	rc = pprof_decode(data, n, out, &why);
	free(plain);
	if (rc < 0) {
		int trunc = strncmp(why.buf, "truncated", 9) == 0;
		rc = error_set(err, ESCVIZ_EUSAGE, "%s: %s (%s%s)", name,
			       trunc ? "truncated profile" : "not a pprof profile", why.buf,
			       data == buf ? "" : ", after gunzip");
	}
	sbuf_release(&why);
	return rc;
}

int feed_profile_read(const char *path, struct pprof_profile *out, struct sbuf *err)
{
	int is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? "<stdin>" : path;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (fd < 0)
		return error_set(err, ESCVIZ_EIO, "%s: %s", name, strerror(errno));
	for (;;) {
		if (len == cap) {
			/* Room for one byte more than the limit tells it is exceeded. */
			if (cap == FEED_PROFILE_MAX + 1) {
				rc = error_set(err, ESCVIZ_EUSAGE, "%s: profile too large (more than %zu bytes)",
					       name, FEED_PROFILE_MAX);
				break;
			}
			cap = cap ? cap * 2 : 65536;
			if (cap > FEED_PROFILE_MAX + 1)
				cap = FEED_PROFILE_MAX + 1;
			buf = xrealloc(buf, cap);
		}
		ssize_t got = read(fd, buf + len, cap - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			rc = error_set(err, ESCVIZ_EIO, "%s: %s", name, strerror(errno));
			break;
		}
		if (got == 0)
			break;
		len += (size_t)got;
	}
	if (!is_stdin)
		close(fd);
	if (rc == 0 && len > FEED_PROFILE_MAX)
		rc = error_set(err, ESCVIZ_EUSAGE, "%s: profile too large (more than %zu bytes)", name,
			       FEED_PROFILE_MAX);
	if (rc == 0)
		rc = feed_profile_parse(name, buf, len, 0, out, err);
	free(buf);
	return rc;
}
