/*
 * picture_scale: see picture_scale.h.  The box filter runs in two
 * sums of 64 bits: a new pixel may average all PICTURE_MAX_PIXELS of
 * the picture, whose sum does not fit in 32.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "picture_int.h"
#include "picture_scale.h"

void
picture_keep_size(unsigned width, unsigned height, int cols, int rows, int cell_w,
    int cell_h, unsigned *keep_w, unsigned *keep_h)
{
	double box_w = (double)(cols > 0 ? cols : 1) * (cell_w > 0 ? cell_w : 1);
	double box_h = (double)(rows > 0 ? rows : 1) * (cell_h > 0 ? cell_h : 1);
	double s = 1.0, w, h;

	if (box_w / width < s)
		s = box_w / width;
	if (box_h / height < s)
		s = box_h / height;
	w = width * s + 0.5;
	h = height * s + 0.5;
	while (w * h > PICTURE_KEEP_PIXELS) {
		w *= 0.9;
		h *= 0.9;
	}
	*keep_w = w < 1 ? 1 : (unsigned)w;
	*keep_h = h < 1 ? 1 : (unsigned)h;
}

/* The first source index of new index i of n over a side of len. */
static unsigned
from(unsigned i, unsigned n, unsigned len)
{
	return (unsigned)((uint64_t)i * len / n);
}

struct picture *
picture_scale(const struct picture *pic, unsigned width, unsigned height)
{
	struct picture *out;
	uint64_t *row;		/* one source row scaled across: width * 4 sums */

	if (pic == NULL || width < 1 || height < 1 || width > pic->width || height > pic->height)
		return NULL;
	if ((out = picture_new(width, height)) == NULL)
		return NULL;
	if ((row = calloc((size_t)width * 4, sizeof *row)) == NULL) {
		picture_free(out);
		return NULL;
	}
	for (unsigned y = 0; y < height; y++) {
		unsigned y0 = from(y, height, pic->height), y1 = from(y + 1, height, pic->height);

		if (y1 <= y0)
			y1 = y0 + 1;
		for (size_t i = 0; i < (size_t)width * 4; i++)
			row[i] = 0;
		for (unsigned sy = y0; sy < y1; sy++) {
			const unsigned char *src = pic->rgba + (size_t)sy * pic->width * 4;

			for (unsigned x = 0; x < width; x++) {
				unsigned x0 = from(x, width, pic->width), x1 = from(x + 1, width, pic->width);

				if (x1 <= x0)
					x1 = x0 + 1;
				for (unsigned sx = x0; sx < x1; sx++)
					for (int c = 0; c < 4; c++)
						row[x * 4 + c] += src[sx * 4 + c];
			}
		}
		for (unsigned x = 0; x < width; x++) {
			unsigned x0 = from(x, width, pic->width), x1 = from(x + 1, width, pic->width);
			uint64_t n = (uint64_t)((x1 > x0 ? x1 - x0 : 1) * (y1 - y0));

			for (int c = 0; c < 4; c++)
				out->rgba[((size_t)y * width + x) * 4 + c] =
				    (unsigned char)((row[x * 4 + c] + n / 2) / n);
		}
	}
	free(row);
	return out;
}
