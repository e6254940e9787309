/*
 * ui_doc: the page on screen as laid out (u->doc), its top line, the
 * view's place and focus, and its links.  State only: no curses, no
 * loading; the views (ui_page.c), the search and the common actions move
 * through it.
 *
 * The place of a view is where its top line starts (block, byte offset),
 * so a relayout at another width finds it again; u->top is the line of
 * it in this layout.  A link is an index into u->doc.links, and its URL
 * is read from the view's page by the link's kind and index
 * (ui_link_url), never kept.  A focus that has scrolled out of sight
 * does not count (ui_link_visible).
 *
 * What is laid out is the view's page, or with 繁简 on a converted copy
 * of it (made anew at each layout, so the view keeps its page as
 * fetched); a story at the session's text-width, lists at the screen's
 * (ui_comfort.c's T and W).
 */
#include "config.h"

#include <stdlib.h>

#include "convert.h"
#include "i18n.h"
#include "ui_int.h"

#define NONE ((size_t)-1)

/* The page as laid out: a converted copy of p when 繁简 is on (T), NULL
 * for p itself. */
static struct page *
converted(struct ui *u, const struct page *p)
{
	struct page *c;
	char *w;

	if (u->convert == CONVERT_NONE || p == NULL)
		return NULL;
	c = page_dup(p);
	if (convert_page(c, (enum convert_mode)u->convert) != 0) {
		page_free(c);
		c = NULL;
	}
	while ((w = convert_trouble()) != NULL) {
		ui_message_add(u, w);
		free(w);
	}
	return c;
}

/* The columns to lay v out at: a story's text-width (W), else the screen's. */
static int
measure(const struct ui *u, const struct view *v)
{
	int story = v != NULL && v->kind == VIEW_PAGE && v->page != NULL &&
	    v->page->kind == PAGE_ARTICLE;

	return story && u->text_width > 0 && u->text_width < u->cols ? u->text_width : u->cols;
}

int
ui_snippets_shown(const struct ui *u, const struct view *v)
{
	if (v == NULL || v->page == NULL || !(v->kind == VIEW_PAGE || v->kind == VIEW_NEWS))
		return 0;
	return !v->page->from_feed != !!u->snippets;
}

/* Lays the current view out at the screen's width and puts its place on
 * top; the place itself is left alone, so resizing back finds it again. */
void
ui_layout(struct ui *u)
{
	struct view *v = ui_view(u);
	struct layout_labels L;
	/* kanbao's own lists keep other things in a snippet (F's "saved") */
	struct layout_opts o = {u->cols, u->opts.ambi_width, &L,
		ui_snippets_shown(u, v), NULL, u};

	page_labels(&L);	/* the text dump's words too */
	ldoc_free(&u->doc);
	u->top = 0;
	if (v != NULL) {
		size_t rows = (size_t)ui_content_rows(u), line, last;
		struct page *shown = converted(u, v->page);

		o.width = measure(u, v);
		ui_pictures_sync(u, v);
		if (ui_pictures_shown(u) && ui_picture_rows(u) > 0)
			o.picture_box = ui_picture_box;	/* boxes kept for pictures */
		layout_page(shown != NULL ? shown : v->page, &o, &u->doc);
		page_free(shown);
		/* a place near the end shows a full screen, but stays the place */
		line = ldoc_line_of(&u->doc, v->block, v->off);
		last = u->doc.nlines > rows ? u->doc.nlines - rows : 0;
		u->top = line < last ? line : last;
		if (v->focus >= (int)u->doc.nlinks)
			v->focus = -1;
	}
	u->dirty = 1;
}

/* line, or the last top line that still fills the screen with d. */
size_t
ui_doc_clamp(const struct ui *u, const struct ldoc *d, size_t line)
{
	size_t rows = (size_t)ui_content_rows(u), max = d->nlines > rows ? d->nlines - rows : 0;

	return line > max ? max : line;
}

/* What a page up or down moves: a screen but a line. */
size_t
ui_page_step(const struct ui *u)
{
	size_t rows = (size_t)ui_content_rows(u);

	return rows > 2 ? rows - 1 : 1;
}

/* Remembers the top line as the view's place. */
void
ui_save_place(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v == NULL || u->top >= u->doc.nlines)
		return;
	v->block = u->doc.lines[u->top].block;
	v->off = u->doc.lines[u->top].start;
}

void
ui_scroll_to(struct ui *u, size_t line)
{
	u->top = ui_doc_clamp(u, &u->doc, line);
	ui_save_place(u);
}

/* ---- links ---- */

int
ui_link_visible(const struct ui *u, int k)
{
	const struct llink *l;

	if (k < 0 || (size_t)k >= u->doc.nlinks)
		return 0;
	l = &u->doc.links[k];
	return l->first_line != NONE && l->last_line >= u->top &&
	    l->first_line < u->top + (size_t)ui_content_rows(u);
}

void
ui_keep_focus_visible(struct ui *u)
{
	struct view *v = ui_view(u);
	size_t rows = (size_t)ui_content_rows(u);
	const struct llink *l;

	if (v == NULL || v->focus < 0 || (size_t)v->focus >= u->doc.nlinks)
		return;
	l = &u->doc.links[v->focus];
	if (l->first_line == NONE || rows == 0)
		return;
	if (l->first_line < u->top)
		ui_scroll_to(u, l->first_line);
	else if (l->last_line >= u->top + rows)
		ui_scroll_to(u, l->last_line + 1 >= rows + l->first_line ?
		    l->first_line : l->last_line + 1 - rows);
}

void
ui_focus_set(struct ui *u, int k)
{
	ui_view(u)->focus = k;
	ui_keep_focus_visible(u);
}

/* The first link that starts on or after line, or -1. */
int
ui_link_from(const struct ui *u, size_t line)
{
	for (size_t k = 0; k < u->doc.nlinks; k++)
		if (u->doc.links[k].first_line != NONE && u->doc.links[k].first_line >= line)
			return (int)k;
	return -1;
}

/* The last link that starts before line, or -1. */
int
ui_link_before(const struct ui *u, size_t line)
{
	for (size_t k = u->doc.nlinks; k-- > 0; )
		if (u->doc.links[k].first_line != NONE && u->doc.links[k].first_line < line)
			return (int)k;
	return -1;
}

/* The link on line, or -1. */
int
ui_link_at(const struct ui *u, size_t line)
{
	for (size_t k = 0; k < u->doc.nlinks; k++) {
		const struct llink *l = &u->doc.links[k];

		if (l->first_line != NONE && l->first_line <= line && line <= l->last_line)
			return (int)k;
	}
	return -1;
}

/* The link a press at column x of line means, or -1. */
int
ui_link_pressed(const struct ui *u, size_t line, int x)
{
	return ldoc_link_at(&u->doc, line, x);
}

const char *
ui_link_url(struct ui *u, int k)
{
	return ldoc_link_url(&u->doc, ui_view(u) ? ui_view(u)->page : NULL, k);
}
