/* page_copy: a deep copy of a struct page; see page.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "page.h"

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

static void
strlist_copy(struct strlist *to, const struct strlist *from)
{
	for (size_t i = 0; i < from->n; i++)
		strlist_push(to, xstrdup(from->v[i]));
}

static struct link *
link_copy(const struct link *l)
{
	if (l == NULL)
		return NULL;
	return link_new(xstrdup(l->title), xstrdup(l->url), dup_or_null(l->snippet),
	    dup_or_null(l->date));
}

static void
linklist_copy(struct linklist *to, const struct linklist *from)
{
	for (size_t i = 0; i < from->n; i++)
		linklist_push(to, xstrdup(from->v[i].title), xstrdup(from->v[i].url),
		    dup_or_null(from->v[i].snippet), dup_or_null(from->v[i].date));
}

/* b, a block of from, at the end of to's blocks; to's body is a copy of
 * from's, and *para the paragraph after the last text block's. */
static void
block_copy(struct page *to, const struct page *from, const struct block *b, size_t *para)
{
	struct block *c = page_add_block(to, b->type);
	size_t shown;	/* the paragraph of body a text block shows */

	switch (b->type) {
	case BLOCK_LIST:
		strlist_copy(&c->items, &b->items);
		break;
	case BLOCK_TABLE:
		if (b->nrows > 0) {
			c->rows = xcalloc(b->nrows, sizeof *c->rows);
			for (size_t r = 0; r < b->nrows; r++)
				strlist_copy(&c->rows[r], &b->rows[r]);
			c->nrows = b->nrows;
		}
		break;
	case BLOCK_IMG:
		c->src = dup_or_null(b->src);
		c->alt = dup_or_null(b->alt);
		break;
	default:
		shown = page_paragraph_of(from, b->text, para);
		c->text = shown < to->body.n ? to->body.v[shown] : NULL;
	}
	for (size_t k = 0; k < b->nlinks; k++)
		block_add_link(c, dup_or_null(b->links[k].text), dup_or_null(b->links[k].url),
		    b->links[k].attachment);
}

struct page *
page_dup(const struct page *p)
{
	struct page *c = page_new(p->url);

	c->kind = p->kind;
	free(c->title);
	c->title = xstrdup(p->title);
	c->source = dup_or_null(p->source);
	c->author = dup_or_null(p->author);
	c->editor = dup_or_null(p->editor);
	c->published = dup_or_null(p->published);
	strlist_copy(&c->body, &p->body);
	for (size_t i = 0; i < p->nimages; i++)
		page_add_image(c, dup_or_null(p->images[i].src), dup_or_null(p->images[i].alt));
	strlist_copy(&c->tags, &p->tags);
	c->prev = link_copy(p->prev);
	c->next = link_copy(p->next);
	linklist_copy(&c->related, &p->related);
	linklist_copy(&c->headlines, &p->headlines);
	for (size_t i = 0, para = 0; i < p->nblocks; i++)
		block_copy(c, p, &p->blocks[i], &para);
	strlist_copy(&c->pages, &p->pages);
	c->next_page = dup_or_null(p->next_page);
	c->feed = dup_or_null(p->feed);
	c->from_feed = p->from_feed;
	c->converted = p->converted;
	return c;
}
