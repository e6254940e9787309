/*
 * page_join: a story in several pages made one.  Pure: it moves the parts
 * of one struct page into another.  A CMS repeats a story's lead (the
 * first paragraph or two, a summary) at the top of each page: those
 * paragraphs and their blocks go once, as does a picture shown again.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "page.h"
#include "page_join.h"

/* How many of b's first paragraphs repeat a's first ones, in order;
 * never all of b. */
static size_t
repeated_lead(const struct page *a, const struct page *b)
{
	size_t k = 0;

	while (k < a->body.n && k + 1 < b->body.n && strcmp(a->body.v[k], b->body.v[k]) == 0)
		k++;
	return k;
}

static int
has_image(const struct page *a, const char *src)
{
	for (size_t i = 0; i < a->nimages; i++)
		if (strcmp(a->images[i].src, src) == 0)
			return 1;
	return 0;
}

/* Moves b's story after its first lead paragraphs to a.  A text block
 * shows a paragraph of b's body: those of the lead stay, to be freed with
 * b; the others go with their paragraphs. */
static void
move_parts(struct page *a, struct page *b, size_t lead)
{
	size_t from = 0;

	for (size_t i = 0; i < b->nblocks; i++) {
		if (block_is_text(b->blocks[i].type) &&
		    page_paragraph_of(b, b->blocks[i].text, &from) < lead)
			continue;
		*page_add_block(a, b->blocks[i].type) = b->blocks[i];
		memset(&b->blocks[i], 0, sizeof b->blocks[i]);
	}
	for (size_t i = lead; i < b->body.n; i++) {
		strlist_push(&a->body, b->body.v[i]);
		b->body.v[i] = NULL;
	}
	for (size_t i = 0; i < b->nimages; i++) {
		if (has_image(a, b->images[i].src))
			continue;
		page_add_image(a, b->images[i].src, b->images[i].alt);
		b->images[i].src = b->images[i].alt = NULL;
	}
}

void
page_join(struct page *a, struct page *b)
{
	move_parts(a, b, repeated_lead(a, b));
	for (size_t i = 0; i < b->pages.n; i++) {
		strlist_push(&a->pages, b->pages.v[i]);
		b->pages.v[i] = NULL;
	}
	page_free(b);
}

void
page_join_whole(struct page *a, struct page *w)
{
	for (size_t i = 0; i < a->body.n; i++)
		free(a->body.v[i]);
	a->body.n = 0;
	page_drop_blocks(a);
	for (size_t i = 0; i < a->nimages; i++) {
		free(a->images[i].src);
		free(a->images[i].alt);
	}
	a->nimages = 0;
	for (size_t i = 0; i < a->pages.n; i++)
		free(a->pages.v[i]);
	a->pages.n = 0;
	page_join(a, w);
}
