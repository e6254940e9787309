/* page: the page model and its text; see page.h (its JSON: page_json.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"
#include "page.h"
#include "text.h"

struct page *
page_new(const char *url)
{
	struct page *p = xcalloc(1, sizeof *p);

	p->url = xstrdup(url ? url : "");
	p->title = xstrdup("");
	return p;
}

struct link *
link_new(char *title, char *url, char *snippet, char *date)
{
	struct link *l = xcalloc(1, sizeof *l);

	l->title = title;
	l->url = url;
	l->snippet = snippet;
	l->date = date;
	return l;
}

static void
link_clear(struct link *l)
{
	free(l->title);
	free(l->url);
	free(l->snippet);
	free(l->date);
}

void
linklist_drop(struct linklist *l, size_t i)
{
	link_clear(&l->v[i]);
	memmove(&l->v[i], &l->v[i + 1], (l->n - i - 1) * sizeof *l->v);
	l->n--;
}

void
link_free(struct link *l)
{
	if (l == NULL)
		return;
	link_clear(l);
	free(l);
}

void
linklist_push(struct linklist *l, char *title, char *url, char *snippet, char *date)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = (struct link){title, url, snippet, date};
}

void
linklist_take_new(struct linklist *to, struct linklist *from)
{
	for (size_t i = 0; i < from->n; i++) {
		size_t k = 0;

		while (k < to->n && strcmp(to->v[k].url, from->v[i].url) != 0)
			k++;
		if (k < to->n)
			continue;
		linklist_push(to, from->v[i].title, from->v[i].url, from->v[i].snippet, from->v[i].date);
		memset(&from->v[i], 0, sizeof from->v[i]);	/* to owns them now */
	}
	linklist_free(from);
}

void
linklist_free(struct linklist *l)
{
	for (size_t i = 0; i < l->n; i++)
		link_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* A link and where it stood, for a stable sort. */
struct placed {
	struct link l;
	size_t pos;
};

static int
cmp_newest(const void *a, const void *b)
{
	const struct placed *x = a, *y = b;
	const char *dx = x->l.date, *dy = y->l.date;
	int c;

	if (dx != NULL && dy != NULL && (c = strcmp(dy, dx)) != 0)
		return c;
	if ((dx == NULL) != (dy == NULL))
		return dx == NULL ? 1 : -1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

void
linklist_sort_newest(struct linklist *l)
{
	struct placed *v;

	if (l->n < 2)
		return;
	v = xreallocarray(NULL, l->n, sizeof *v);
	for (size_t i = 0; i < l->n; i++)
		v[i] = (struct placed){l->v[i], i};
	qsort(v, l->n, sizeof *v, cmp_newest);
	for (size_t i = 0; i < l->n; i++)
		l->v[i] = v[i].l;
	free(v);
}

void
page_add_image(struct page *p, char *src, char *alt)
{
	if (p->nimages == p->capimages) {
		p->capimages = p->capimages ? p->capimages * 2 : 4;
		p->images = xreallocarray(p->images, p->capimages, sizeof *p->images);
	}
	p->images[p->nimages++] = (struct image){src, alt};
}

static void
block_free(struct block *b)
{
	switch (b->type) {
	case BLOCK_LIST:
		strlist_free(&b->items);
		break;
	case BLOCK_TABLE:
		for (size_t i = 0; i < b->nrows; i++)
			strlist_free(&b->rows[i]);
		free(b->rows);
		break;
	case BLOCK_IMG:
		free(b->src);
		free(b->alt);
		break;
	default:
		break;	/* the text is body's */
	}
	for (size_t i = 0; i < b->nlinks; i++) {
		free(b->links[i].text);
		free(b->links[i].url);
	}
	free(b->links);
}

void
page_free(struct page *p)
{
	if (p == NULL)
		return;
	free(p->url);
	free(p->title);
	free(p->source);
	free(p->author);
	free(p->editor);
	free(p->published);
	strlist_free(&p->body);
	for (size_t i = 0; i < p->nimages; i++) {
		free(p->images[i].src);
		free(p->images[i].alt);
	}
	free(p->images);
	strlist_free(&p->tags);
	link_free(p->prev);
	link_free(p->next);
	linklist_free(&p->related);
	linklist_free(&p->headlines);
	page_drop_blocks(p);
	strlist_free(&p->pages);
	free(p->next_page);
	strlist_free(&p->further);
	free(p->whole);
	free(p->feed);
	free(p);
}

void
page_drop_blocks(struct page *p)
{
	for (size_t i = 0; i < p->nblocks; i++)
		block_free(&p->blocks[i]);
	free(p->blocks);
	p->blocks = NULL;
	p->nblocks = 0;
}

struct block *
page_add_block(struct page *p, enum block_type t)
{
	p->blocks = xgrow(p->blocks, p->nblocks, sizeof *p->blocks);
	p->blocks[p->nblocks] = (struct block){.type = t};
	return &p->blocks[p->nblocks++];
}

struct block *
page_add_text(struct page *p, enum block_type t, char *text)
{
	struct block *b = page_add_block(p, t);

	strlist_push(&p->body, text);
	b->text = text;
	return b;
}

size_t
page_paragraph_of(const struct page *p, const char *text, size_t *from)
{
	for (size_t k = *from; k < p->body.n; k++)
		if (p->body.v[k] == text) {
			*from = k + 1;
			return k;
		}
	for (size_t k = 0; k < *from && k < p->body.n; k++)
		if (p->body.v[k] == text)
			return k;	/* out of order: never made so, but safe */
	return p->body.n;
}

void
block_add_link(struct block *b, char *text, char *url, int attachment)
{
	b->links = xgrow(b->links, b->nlinks, sizeof *b->links);
	b->links[b->nlinks++] = (struct block_link){text, url, attachment};
}

/* ---- text ---- */

void
page_labels(struct layout_labels *out)
{
	*out = (struct layout_labels){
		_("[Image: %s]"), _("[Image]"), _("Previous: "), _("Next: "),
		_("(none)"), _("Related"), _("Tags: "),
		/* TRANSLATORS: after a link to a document; %s is its extension, ".docx" */
		_("[attachment %s]"),
	};
}

void
page_write_text(const struct page *p, int width, int ambi_width, FILE *f)
{
	struct layout_labels L;
	/* a web page's list shows the summaries it gives; a feed's are long */
	struct layout_opts o = {width, ambi_width, &L, !p->from_feed, NULL, NULL};
	struct ldoc d;
	struct buf line = {0};

	page_labels(&L);
	layout_page(p, &o, &d);
	for (size_t i = 0; i < d.nlines; i++) {
		ldoc_line_text(&d, i, &line);
		fprintf(f, "%s\n", line.s);
	}
	if (d.nlinks > 0) {
		/* one blank line before the list, whether the story ends in one or not */
		if (line.len > 0)
			fputc('\n', f);
		fprintf(f, "%s\n\n", _("References"));
		for (size_t i = 0; i < d.nlinks; i++) {
			const char *url = ldoc_link_url(&d, p, (int)i);

			fprintf(f, "%4zu. %s\n", i + 1, url ? url : "");
		}
	}
	buf_free(&line);
	ldoc_free(&d);
}
