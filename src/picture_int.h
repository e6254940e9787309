/*
 * picture_int: what the decoders of picture.c and picture_gif.c share
 * (picture_pixels.c).  Not for the rest of kanbao: picture.h is the
 * module's promise.
 */
#ifndef KANBAO_PICTURE_INT_H
#define KANBAO_PICTURE_INT_H

#include <stddef.h>

#include "picture.h"

/* picture_pixels.c: whether a width x height picture may be allocated: both at least 1,
 * within PICTURE_MAX_SIDE and PICTURE_MAX_PIXELS. */
int picture_size_ok(unsigned long width, unsigned long height);

/* A new picture of width x height with its pixels allocated (not
 * cleared), or NULL when memory is short. */
struct picture *picture_new(unsigned width, unsigned height);

/* picture_gif.c: the first frame of the GIF in s, or NULL with *err. */
struct picture *picture_decode_gif(const unsigned char *s, size_t len, const char **err);

#endif
