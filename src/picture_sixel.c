/*
 * picture_sixel: see picture_sixel.h.  The band's pixels are mapped to
 * palette indexes first (one byte each, 255 for a transparent one), then
 * written a sixel row (6 pixel rows) at a time: each colour of the row
 * once, over the columns from its first to its last, with runs of a
 * repeated sixel as "!n".
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "picture_sixel.h"

#define LEVELS 6		/* of each of r, g, b: 216 colours */
#define NCOLORS (LEVELS * LEVELS * LEVELS)
#define CLEAR 255		/* a transparent pixel's index */

static const unsigned char bayer[4][4] = {
	{0, 8, 2, 10}, {12, 4, 14, 6}, {3, 11, 1, 9}, {15, 7, 13, 5},
};

/* The cube's index of pixel p at x, y, dithered. */
static unsigned char
cube(const unsigned char *p, unsigned x, unsigned y)
{
	int d = bayer[y & 3][x & 3] * 51 / 16 - 25;	/* within one step, 255 / 5 */
	int idx = 0;

	if (p[3] < 128)
		return CLEAR;
	for (int c = 0; c < 3; c++) {
		int v = p[c] + d;
		int level = v <= 0 ? 0 : v >= 255 ? LEVELS - 1 : (v * (LEVELS - 1) + 127) / 255;

		idx = idx * LEVELS + level;
	}
	return (unsigned char)idx;
}

/* The sixel ch, n times over. */
static void
run(struct buf *out, char ch, unsigned n)
{
	if (n >= 4)
		buf_addf(out, "!%u%c", n, ch);
	else
		while (n-- > 0)
			buf_addc(out, ch);
}

/* Sixel row top (pixel rows top .. top + 5 of the w x h indexes), with
 * bits (NCOLORS * w bytes, all 0) to gather each colour's sixels in;
 * left all 0 again. */
static void
sixel_row(struct buf *out, const unsigned char *idx, unsigned w, unsigned h, unsigned top,
    unsigned char *bits)
{
	unsigned first[NCOLORS], last[NCOLORS];
	unsigned rows = h - top < 6 ? h - top : 6;
	int any = 0;

	for (unsigned c = 0; c < NCOLORS; c++)
		first[c] = w, last[c] = 0;
	for (unsigned r = 0; r < rows; r++)
		for (unsigned x = 0; x < w; x++) {
			unsigned c = idx[(size_t)(top + r) * w + x];

			if (c == CLEAR)
				continue;
			bits[(size_t)c * w + x] |= (unsigned char)(1u << r);
			if (x < first[c])
				first[c] = x;
			if (x >= last[c])
				last[c] = x + 1;
		}
	for (unsigned c = 0; c < NCOLORS; c++) {
		unsigned char *v = bits + (size_t)c * w;
		char prev = 0;
		unsigned n = 0;

		if (first[c] == w)
			continue;
		buf_addf(out, "%s#%u", any ? "$" : "", c);
		any = 1;
		run(out, '?', first[c]);
		for (unsigned x = first[c]; x < last[c]; x++) {
			char ch = (char)(63 + v[x]);

			v[x] = 0;
			if (ch != prev && n > 0) {
				run(out, prev, n);
				n = 0;
			}
			prev = ch;
			n++;
		}
		run(out, prev, n);
	}
	buf_addc(out, '-');
}

int
picture_sixel(struct buf *out, const struct picture *pic, const struct picture_band *b)
{
	unsigned w, h, y0, y1;
	unsigned char *idx, *bits;

	if (pic == NULL || b->cols < 1 || b->rows < 1 || b->first < 0 || b->n < 1 ||
	    b->first + b->n > b->rows || b->cell_w < 1 || b->cell_h < 1 ||
	    (unsigned long)b->cols * b->cell_w > PICTURE_MAX_SIDE ||
	    (unsigned long)b->n * b->cell_h > PICTURE_MAX_SIDE)
		return -1;
	w = (unsigned)b->cols * (unsigned)b->cell_w;
	h = (unsigned)b->n * (unsigned)b->cell_h;
	/* the picture's rows under the band's cells */
	y0 = (unsigned)((unsigned long long)pic->height * (unsigned)b->first / (unsigned)b->rows);
	y1 = (unsigned)((unsigned long long)pic->height * (unsigned)(b->first + b->n) / (unsigned)b->rows);
	if (y1 <= y0)
		y1 = y0 + 1;
	if (y1 > pic->height || (idx = malloc((size_t)w * h)) == NULL)
		return -1;
	if ((bits = calloc((size_t)NCOLORS * w, 1)) == NULL) {
		free(idx);
		return -1;
	}
	for (unsigned y = 0; y < h; y++) {
		const unsigned char *row = pic->rgba +
		    (size_t)(y0 + (unsigned long long)y * (y1 - y0) / h) * pic->width * 4;

		for (unsigned x = 0; x < w; x++)
			idx[(size_t)y * w + x] =
			    cube(row + (size_t)((unsigned long long)x * pic->width / w) * 4, x, y);
	}
	buf_addf(out, "\033P0;1;0q\"1;1;%u;%u", w, h);
	for (unsigned c = 0; c < NCOLORS; c++)
		buf_addf(out, "#%u;2;%u;%u;%u", c, c / 36 * 20, c / 6 % 6 * 20, c % 6 * 20);
	for (unsigned top = 0; top < h; top += 6)
		sixel_row(out, idx, w, h, top, bits);
	buf_adds(out, "\033\\");
	free(bits);
	free(idx);
	return 0;
}
