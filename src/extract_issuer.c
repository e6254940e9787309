/*
 * extract_issuer: a 政务公开 page's metadata table above the headline
 * names the organ that published the page (发布机构：县农业农村局); a 来源
 * line under the headline names the story's own source (信息来源：农田建设股),
 * and wins.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_issuer.h"
#include "extract_pubdate.h"
#include "extract_words.h"
#include "text.h"

/* The value of the first of labels in the short lines of segments [from,
 * to) of the window, or in the cell after one; new, or NULL. */
static char *
label_between(const struct ctx *c, const struct meta_win *w, size_t from, size_t to,
    const char *const *labels)
{
	for (size_t i = from; i < to; i = win_next(w, i)) {
		const char *cell, *t = c->segs[i].text;
		char *v;

		if (utf8_chars_upto(t, META_LINE_MAX + 1) > META_LINE_MAX || seg_in_caption(c, i))
			continue;
		if ((v = find_labelled(t, labels)) != NULL)
			return v;
		if ((cell = next_cell(c, i, labels, 1)) != NULL && (v = label_value(cell)) != NULL)
			return v;
	}
	return NULL;
}

char *
source_under_title(const struct ctx *c, const struct meta_win *w, char *src)
{
	static const char *const issuer[] = {"发布机构", "发布单位", "發布機構", "發布單位", NULL},
	    *const story[] = {"文章来源", "新闻来源", "信息来源", "来源", "來源", NULL};
	char *v = NULL, *u = NULL;

	if (src != NULL && c->title_seg > w->first && c->title_seg < w->end &&
	    (v = label_between(c, w, w->first, c->title_seg, issuer)) != NULL && strcmp(v, src) == 0)
		u = label_between(c, w, c->title_seg + 1, w->end, story);
	free(v);
	if (u == NULL)
		return src;
	free(src);
	return u;
}
