/*
 * ui_prefetch_want: which links the screen wants fetched ahead, and how
 * much (ui_prefetch.h).  The order is the order a reader follows them in:
 * the story's 下一篇, its 上一篇, then its related stories as the page
 * lists them, UI_PREFETCH_RELATED at most.  A list on screen wants its
 * next page alone, and only once its selection nears the end (ui_more.c
 * says when).  No curses here.
 */
#include "config.h"

#include <string.h>

#include "ui_prefetch.h"

const char *
prefetch_candidate(struct ui *u, size_t n)
{
	struct view *v = ui_view(u);
	const struct page *p;

	if (v != NULL && v->page->kind == PAGE_LIST)
		return n == 0 ? ui_more_wanted(u) : NULL;
	if (v == NULL || v->page->kind != PAGE_ARTICLE)
		return NULL;
	p = v->page;
	if (n == 0)
		return p->next ? p->next->url : "";
	if (n == 1)
		return p->prev ? p->prev->url : "";
	n -= 2;
	if (n >= p->related.n || n >= UI_PREFETCH_RELATED)
		return NULL;
	return p->related.v[n].url ? p->related.v[n].url : "";
}

size_t
prefetch_rank(struct ui *u, const char *url)
{
	const char *c;

	for (size_t n = 0; (c = prefetch_candidate(u, n)) != NULL; n++)
		if (strcmp(c, url) == 0)
			return n;
	return PREFETCH_NOT_WANTED;
}
