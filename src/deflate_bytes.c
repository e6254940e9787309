/*
 * deflate_bytes: see deflate_bytes.h.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <zlib.h>

#include "deflate_bytes.h"
#include "util.h"

unsigned char *
deflate_bytes(const void *b, size_t len, int level, size_t *zlen)
{
	uLongf n;
	unsigned char *z;

	if (len > UINT32_MAX)	/* zlib's lengths may be 32 bits */
		return NULL;
	n = compressBound((uLong)len);
	z = xmalloc(n);
	if (compress2(z, &n, (const Bytef *)b, (uLong)len, level) != Z_OK || n >= len) {
		free(z);
		return NULL;
	}
	*zlen = n;
	return z;
}
