/*
 * picture_scale: a decoded picture made smaller, to what a screen can
 * show of it, so that the reader keeps those pixels rather than the
 * file's bytes and never decodes a picture again to draw it.
 *
 * picture_keep_size() says the size to keep: the picture fitted (its
 * aspect kept) into a box of cols x rows cells of cell_w x cell_h
 * pixels, never larger than the picture itself, and at most
 * PICTURE_KEEP_PIXELS, the bound of what one picture kept may cost.
 * picture_scale() makes it, each new pixel the average of the ones it
 * covers (a box filter: the right one for shrinking a photograph).
 * Pure: no I/O; what it returns is the caller's.
 */
#ifndef KANBAO_PICTURE_SCALE_H
#define KANBAO_PICTURE_SCALE_H

#include "picture.h"

#define PICTURE_KEEP_PIXELS (2u << 20)	/* 8 MiB of RGBA at most */

void picture_keep_size(unsigned width, unsigned height, int cols, int rows, int cell_w,
    int cell_h, unsigned *keep_w, unsigned *keep_h);

/* pic at width x height (each at least 1, at most pic's own), or NULL
 * when memory is short; pic itself is left as it was. */
struct picture *picture_scale(const struct picture *pic, unsigned width, unsigned height);

#endif
