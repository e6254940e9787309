/*
 * deflate_bytes: bytes deflated with zlib (RFC 1950), when that makes
 * them smaller.  Shared by the cache, which stores pages deflated, and
 * kitty's pictures, which cross the terminal's link deflated (o=z).
 */
#ifndef KANBAO_DEFLATE_BYTES_H
#define KANBAO_DEFLATE_BYTES_H

#include <stddef.h>

/* The len bytes at b deflated at zlib's level (Z_BEST_SPEED ..
 * Z_BEST_COMPRESSION, or Z_DEFAULT_COMPRESSION), a new buffer of *zlen
 * bytes the caller frees, when that is smaller than len; else NULL. */
unsigned char *deflate_bytes(const void *b, size_t len, int level, size_t *zlen);

#endif
