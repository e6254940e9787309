/*
 * layout_test: what the unit tests of layout_page share: laying a page
 * out, reading its lines back, and checking that every line fits.
 */
#ifndef KANBAO_LAYOUT_TEST_H
#define KANBAO_LAYOUT_TEST_H

#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "page.h"
#include "text.h"
#include "util.h"

static inline void
lay(const struct page *p, int width, int ambi, struct ldoc *d)
{
	struct layout_opts o = {width, ambi, NULL, 0, NULL, NULL};

	layout_page(p, &o, d);
}

/* Line i as a new string: its text without the indent. */
static inline char *
line_text(const struct ldoc *d, size_t i)
{
	const struct lline *l = &d->lines[i];

	return xstrndup(d->blocks[l->block].text + l->start, l->end - l->start);
}

/* The first line whose text contains s, or -1. */
static inline long
find_line(const struct ldoc *d, const char *s)
{
	for (size_t i = 0; i < d->nlines; i++) {
		char *t = line_text(d, i);
		int hit = strstr(t, s) != NULL;

		free(t);
		if (hit)
			return (long)i;
	}
	return -1;
}

/* Every line fits the width, no character crosses the right edge, and
 * only a wide character on a 1-column screen is clipped. */
static inline int
fits(const struct ldoc *d, int width, int ambi)
{
	for (size_t i = 0; i < d->nlines; i++) {
		const struct lline *l = &d->lines[i];
		const char *t = d->blocks[l->block].text;
		int col = l->indent, w;
		uint32_t cp;

		if (l->cols > width || l->indent > width)
			return 0;
		if (l->flags & LL_CLIPPED) {
			if (width > 1 && l->indent + 2 <= width)
				return 0;
			continue;
		}
		for (size_t j = l->start; j < l->end; j += utf8_decode(t + j, l->end - j, &cp)) {
			utf8_decode(t + j, l->end - j, &cp);
			w = text_cp_width(cp, ambi);
			if (w > 0 && col + w > width)
				return 0;	/* straddles or passes the last column */
			col += w > 0 ? w : 0;
		}
		if (col != l->cols)
			return 0;
	}
	return 1;
}

#endif
