#ifndef ESCVIZ_FUZZ_COMMON_H
#define ESCVIZ_FUZZ_COMMON_H
/*
 * Helpers shared by the fuzz targets (tests/fuzz/README.md).  Header-only:
 * each target is one .c file plus this header, linked either with libFuzzer
 * (ESCVIZ_FUZZ=ON, clang) or with replay_main.c (any compiler) for the
 * regression tests.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A file descriptor holding data at offset 0 (an anonymous memfd); -1 on error. */
static inline int fuzz_memfd(const uint8_t *data, size_t size)
{
	int fd = memfd_create("escviz-fuzz", MFD_CLOEXEC);
	size_t off = 0;

	if (fd < 0)
		return -1;
	while (off < size) {
		ssize_t w = write(fd, data + off, size - off);
		if (w <= 0) {
			close(fd);
			return -1;
		}
		off += (size_t)w;
	}
	if (lseek(fd, 0, SEEK_SET) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Somewhere to render to that costs nothing: one /dev/null stream. */
static inline FILE *fuzz_devnull(void)
{
	static FILE *f;
	if (!f && !(f = fopen("/dev/null", "w")))
		abort();
	return f;
}

/*
 * Read every byte of a span so that ASan checks it lies in live memory; the
 * sum is returned so that the reads cannot be optimised away.
 */
static inline unsigned fuzz_touch(const char *p, size_t n)
{
	volatile unsigned sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += (unsigned char)p[i];
	return sum;
}
#endif
