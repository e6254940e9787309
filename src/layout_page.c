/*
 * layout_page: a struct page to an ldoc of blocks and lines; see layout.h
 * (and layout_int.h for how the layout modules share the work).
 *
 * The page's parts around the story (title, meta line, tags, 上一篇 /
 * 下一篇, related) and a list page's headlines are laid out here; the
 * story itself is layout_blocks.c's when the page has blocks.  Nothing
 * here allocates for the caller but the doc itself.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "text.h"

#define HEADLINE_INDENT 2	/* the read-mark place */

static const struct layout_labels default_labels = {
	"[Image: %s]", "[Image]", "Previous: ", "Next: ", "(none)", "Related", "Tags: ",
	"[attachment %s]",
};

/* ---- a page ---- */

/* "2024-03-06T09:30:18+08:00" as "2024-03-06 09:30", a new string: the
 * time as the page printed it, to the minute (the zone and the seconds
 * are the JSON's to keep, not the reader's to read). */
static char *
show_time(const char *iso)
{
	char *s = xstrdup(iso), *t = strchr(s, 'T');

	if (t != NULL) {
		*t = ' ';
		if (strlen(t) > 6 && t[3] == ':')
			t[6] = '\0';	/* " HH:MM" */
	}
	return s;
}

/* One block: text in one style, wrapped. */
static void
add_block(struct ldoc *d, const char *text, enum lstyle style)
{
	ldoc_begin(d, 0, 0, 0);
	ldoc_add(d, text, style, -1);
	ldoc_end(d);
}

/* source · time · author / editor, or nothing when the page has none. */
static void
add_meta(struct ldoc *d, const struct page *p)
{
	struct buf b = {0};
	char *when = p->published ? show_time(p->published) : NULL;
	const char *parts[] = {p->source, when};

	buf_add(&b, "", 0);
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (parts[i] == NULL || *parts[i] == '\0')
			continue;
		buf_adds(&b, b.len ? " · " : "");
		buf_adds(&b, parts[i]);
	}
	if ((p->author && *p->author) || (p->editor && *p->editor))
		buf_adds(&b, b.len ? " · " : "");
	if (p->author && *p->author)
		buf_adds(&b, p->author);
	if (p->author && *p->author && p->editor && *p->editor)
		buf_adds(&b, " / ");
	if (p->editor && *p->editor)
		buf_adds(&b, p->editor);
	if (b.len > 0)
		add_block(d, b.s, LS_META);
	buf_free(&b);
	free(when);
}

static void
add_images(struct ldoc *d, const struct page *p, const struct layout_labels *L)
{
	for (size_t i = 0; i < p->nimages; i++) {
		const char *alt = p->images[i].alt;
		char *s = alt && *alt ? layout_subst(L->image, alt) : xstrdup(L->image_noalt);

		add_block(d, s, LS_IMAGE);
		free(s);
	}
	if (p->nimages > 0)
		ldoc_blank(d);
}

static void
add_tags(struct ldoc *d, const struct page *p, const struct layout_labels *L)
{
	if (p->tags.n == 0)
		return;
	ldoc_begin(d, 0, 0, 0);
	ldoc_add(d, L->tags, LS_LABEL, -1);
	for (size_t i = 0; i < p->tags.n; i++) {
		if (i > 0)
			ldoc_add(d, " ", LS_META, -1);
		ldoc_add(d, p->tags.v[i], LS_META, -1);
	}
	ldoc_end(d);
	ldoc_blank(d);
}

/* "Previous: title" as a link, or "Previous: (none)". */
static int
add_nav(struct ldoc *d, const struct link *l, enum llink_kind kind,
    const char *label, const struct layout_labels *L)
{
	int k = -1;

	ldoc_begin(d, 0, 0, 0);
	d->blocks[d->nblocks - 1].whole = 1;
	ldoc_add(d, label, LS_LABEL, -1);
	if (l != NULL) {
		k = ldoc_new_link(d, kind, 0);
		ldoc_add(d, *l->title ? l->title : l->url, LS_LINK, k);
	} else {
		ldoc_add(d, L->none, LS_META, -1);
	}
	ldoc_end(d);
	return k;
}

#define SNIPPET_LINES 2	/* a headline's summary takes at most these */

/* Bytes of s's longest head that, with "…" after it, wraps to
 * SNIPPET_LINES lines of cols columns; all of s when it fits as it is. */
static size_t
snippet_cut(const char *s, int cols, int ambi_width)
{
	struct layout_spans sp = {0};
	struct buf b = {0};
	size_t keep = strlen(s), end;

	for (;;) {
		b.len = 0;
		buf_add(&b, s, keep);
		if (keep < strlen(s))
			buf_adds(&b, "…");
		sp.n = 0;
		layout_wrap_spans(b.s, cols, ambi_width, &sp);
		if (sp.n <= SNIPPET_LINES || keep == 0)
			break;
		/* one character less than what the last line kept shows */
		end = sp.v[SNIPPET_LINES - 1].end < keep ? sp.v[SNIPPET_LINES - 1].end : keep;
		while (end > 0 && ((s[end - 1] & 0xC0) == 0x80))
			end--;
		keep = end > 0 ? end - 1 : 0;
		while (keep > 0 && s[keep - 1] == ' ')
			keep--;
	}
	free(sp.v);
	buf_free(&b);
	return keep;
}

/* A headline's summary under its title, where the title starts: dimmed,
 * cut to SNIPPET_LINES lines with "…". */
static void
add_snippet(struct ldoc *d, const char *s, int indent)
{
	/* cut at the narrowest the block may wrap to: where ldoc_end drops a
	 * too wide indent, the lines are wider and no more of them */
	int cols = d->width - indent > 0 ? d->width - indent : 1;
	size_t keep = snippet_cut(s, cols, d->ambi_width);
	char *cut = xstrndup(s, keep);

	ldoc_begin(d, indent, 0, 0);
	ldoc_add(d, cut, LS_META, -1);
	if (keep < strlen(s))
		ldoc_add(d, "…", LS_META, -1);
	ldoc_end(d);
	free(cut);
}

/* A headline (date first, the title hanging under itself) or a related
 * item (date after): the read-mark place, then the link.  The hang. */
static int
add_item(struct ldoc *d, const struct link *l, enum llink_kind kind, size_t i, int date_first)
{
	int k = ldoc_new_link(d, kind, i), hang = 0;
	char *date = l->date ? show_time(l->date) : NULL;
	const char *title = *l->title ? l->title : l->url;

	if (date != NULL && date_first) {
		if (strlen(date) > 10)
			date[10] = '\0';	/* the day is enough in a list */
		hang = layout_width(date, strlen(date), d->ambi_width) + 2;
	}
	ldoc_begin(d, HEADLINE_INDENT, hang, 1);
	d->blocks[d->nblocks - 1].whole = 1;
	if (hang > 0) {
		ldoc_add(d, date, LS_DATE, -1);
		ldoc_add(d, "  ", LS_TEXT, -1);
	}
	ldoc_add(d, title, LS_LINK, k);
	if (date != NULL && !date_first) {
		ldoc_add(d, "  ", LS_TEXT, -1);
		ldoc_add(d, date, LS_DATE, -1);
	}
	ldoc_end(d);
	free(date);
	return hang;
}

static void
layout_article(const struct page *p, const struct layout_labels *L,
    const struct layout_opts *o, struct ldoc *d)
{
	add_meta(d, p);
	ldoc_blank(d);
	if (p->nblocks > 0) {
		layout_blocks(p, L, o, d);	/* pictures in place */
	} else {
		for (size_t i = 0; i < p->body.n; i++) {
			add_block(d, p->body.v[i], LS_TEXT);
			ldoc_blank(d);
		}
		add_images(d, p, L);
	}
	add_tags(d, p, L);
	if (p->prev != NULL || p->next != NULL) {
		d->prev = add_nav(d, p->prev, LK_PREV, L->prev, L);
		d->next = add_nav(d, p->next, LK_NEXT, L->next, L);
		ldoc_blank(d);
	}
	if (p->related.n == 0)
		return;
	add_block(d, L->related, LS_LABEL);
	for (size_t i = 0; i < p->related.n; i++)
		add_item(d, &p->related.v[i], LK_RELATED, i, 0);
}

static void
layout_list(const struct page *p, int snippets, struct ldoc *d)
{
	ldoc_blank(d);
	for (size_t i = 0; i < p->headlines.n; i++) {
		const struct link *l = &p->headlines.v[i];
		int hang = add_item(d, l, LK_HEADLINE, i, 1);

		if (snippets && l->snippet != NULL && *l->snippet != '\0')
			add_snippet(d, l->snippet, HEADLINE_INDENT + hang);	/* under the title */
	}
}

const struct block_link *
ldoc_block_link(const struct ldoc *d, const struct page *p, int k)
{
	const struct llink *l;

	if (p == NULL || k < 0 || (size_t)k >= d->nlinks)
		return NULL;
	l = &d->links[k];
	if (l->kind != LK_INLINE || l->index >= p->nblocks || l->sub >= p->blocks[l->index].nlinks)
		return NULL;
	return &p->blocks[l->index].links[l->sub];
}

const char *
ldoc_link_url(const struct ldoc *d, const struct page *p, int k)
{
	const struct llink *l;

	if (p == NULL || k < 0 || (size_t)k >= d->nlinks)
		return NULL;
	l = &d->links[k];
	switch (l->kind) {
	case LK_PREV:
		return p->prev ? p->prev->url : NULL;
	case LK_NEXT:
		return p->next ? p->next->url : NULL;
	case LK_RELATED:
		return l->index < p->related.n ? p->related.v[l->index].url : NULL;
	case LK_HEADLINE:
		return l->index < p->headlines.n ? p->headlines.v[l->index].url : NULL;
	case LK_INLINE:
		return ldoc_block_link(d, p, k) ? ldoc_block_link(d, p, k)->url : NULL;
	case LK_IMAGE:
		return l->index < p->nblocks && p->blocks[l->index].type == BLOCK_IMG ?
		    p->blocks[l->index].src : NULL;
	}
	return NULL;
}


/* The labels with English defaults where none are given. */
static struct layout_labels
labels_of(const struct layout_opts *o)
{
	struct layout_labels L = default_labels;
	const struct layout_labels *g = o->labels;

	if (g == NULL)
		return L;
#define TAKE(f) if (g->f != NULL) L.f = g->f
	TAKE(image); TAKE(image_noalt); TAKE(prev); TAKE(next);
	TAKE(none); TAKE(related); TAKE(tags); TAKE(attachment);
#undef TAKE
	return L;
}

void
layout_page(const struct page *p, const struct layout_opts *o, struct ldoc *d)
{
	struct layout_labels L = labels_of(o);

	ldoc_init(d, o->width, o->ambi_width);
	add_block(d, p->title, LS_TITLE);
	if (p->kind == PAGE_LIST)
		layout_list(p, o->snippets, d);
	else
		layout_article(p, &L, o, d);
}
