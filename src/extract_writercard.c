/*
 * extract_writercard: a column platform prints the writer's card over the
 * text: the name linked to the writer's space, under it the fans and
 * articles counts and 关注 (unseen65mix: a 专栏's up-info).  When nothing
 * after the story is a list, the related search reads the lists before
 * it and takes that card for a list of one.  The promise: after the
 * related search, an item whose title is exactly the page's author is
 * dropped, as the card names the writer and links to no story.  An item
 * whose title only holds the name (a story about the writer) stays.
 * Asked by extract_doc after extract_related.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_writercard.h"
#include "page.h"

void
drop_author_cards(struct ctx *c)
{
	struct linklist *r = &c->page->related;
	const char *a = c->page->author;
	size_t k = 0;

	if (a == NULL || *a == '\0')
		return;
	for (size_t i = 0; i < r->n; i++) {
		if (r->v[i].title != NULL && strcmp(r->v[i].title, a) == 0) {
			free(r->v[i].title);
			free(r->v[i].url);
			free(r->v[i].snippet);
			free(r->v[i].date);
		} else
			r->v[k++] = r->v[i];
	}
	r->n = k;
}
