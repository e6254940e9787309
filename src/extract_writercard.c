/*
 * extract_writercard: a column platform prints the writer's card over the
 * text: the name linked to the writer's space, under it the fans and
 * articles counts and 关注 (a 专栏's up-info).  When nothing
 * after the story is a list, the related search reads the lists before
 * it and takes that card for a list of one.  The promise: after the
 * related search, an item whose title is exactly the page's author is
 * dropped, as the card names the writer and links to no story.  An item
 * whose title only holds the name (a story about the writer) stays.
 * Asked by extract_doc after extract_related.
 */
#include "config.h"

#include <string.h>

#include "extract_writercard.h"
#include "page.h"

void
drop_author_cards(struct ctx *c)
{
	struct linklist *r = &c->page->related;
	const char *a = c->page->author;

	for (size_t i = r->n; a != NULL && *a != '\0' && i > 0; i--)
		if (r->v[i - 1].title != NULL && strcmp(r->v[i - 1].title, a) == 0)
			linklist_drop(r, i - 1);
}
