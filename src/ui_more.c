/*
 * ui_more: a list page that goes on.  When the selection comes within a
 * screen of the last headline of a list page, its next page (next_page,
 * the pager's 下一页) is wanted: the prefetch (ui_prefetch.c) fetches it
 * as one of the links of the view on screen, and hands it here, where its
 * headlines are appended to the view's page, those already listed (by
 * URL) left out.  The appended page's own next page is the list's next
 * one, until a page comes again (a loop), none is left, or
 * UI_MORE_PAGES pages or UI_MORE_HEADLINES headlines are loaded.
 *
 * The view's page remembers the pages it holds in page->pages (the
 * first page's URL, then each appended one's), so going back to the list
 * finds them all while the view keeps its page; a view the memory budget
 * dropped is read again from its first page alone.  The selection, the
 * place and the read marks stay: headlines are only added after the
 * last.  A next page that fails is a message; the list stays as it was,
 * and the prefetch does not ask again while the view stays on screen.
 * No curses here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_int.h"

#define UI_MORE_PAGES 50		/* pages of one list at most */
#define UI_MORE_HEADLINES 2000		/* headlines of one list at most */

/* The list page on screen, or NULL. */
static struct page *
list_on_screen(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v == NULL || v->kind != VIEW_PAGE || v->page == NULL || v->page->kind != PAGE_LIST)
		return NULL;
	return v->page;
}

size_t
ui_more_pages(const struct page *p)
{
	return p->kind == PAGE_LIST && p->pages.n > 1 ? p->pages.n : 1;
}

/* Is the selection within a screen of the last headline? */
static int
near_end(struct ui *u)
{
	const struct ldoc *d = &u->doc;
	int focus = ui_view(u)->focus;

	if (d->nlinks == 0 || focus < 0 || (size_t)focus >= d->nlinks)
		return 0;
	return d->links[d->nlinks - 1].first_line - d->links[focus].first_line <
	    (size_t)ui_content_rows(u);
}

const char *
ui_more_wanted(struct ui *u)
{
	const struct page *p = list_on_screen(u);

	if (p == NULL || p->next_page == NULL || p->pages.n >= UI_MORE_PAGES ||
	    p->headlines.n >= UI_MORE_HEADLINES || !near_end(u))
		return NULL;
	return p->next_page;
}

static int
loaded(const struct page *list, const char *url)
{
	if (strcmp(list->url, url) == 0)
		return 1;
	for (size_t i = 0; i < list->pages.n; i++)
		if (strcmp(list->pages.v[i], url) == 0)
			return 1;
	return 0;
}

/* Moves the headlines of more that list does not hold yet to its end
 * (more keeps the others). */
static void
append_headlines(struct page *list, struct page *more)
{
	struct strset seen = {0};

	for (size_t i = 0; i < list->headlines.n; i++)
		strset_add(&seen, list->headlines.v[i].url);
	for (size_t i = 0; i < more->headlines.n && list->headlines.n < UI_MORE_HEADLINES; i++) {
		struct link *l = &more->headlines.v[i];

		if (!strset_add(&seen, l->url))
			continue;	/* listed already: a pinned one, a shifted one */
		linklist_push(&list->headlines, l->title, l->url, l->snippet, l->date);
		memset(l, 0, sizeof *l);
	}
	strset_free(&seen);
}

/* more, the page at url, joins list: its headlines, then its next page
 * as the list's, unless it was loaded already. */
static void
join(struct page *list, struct page *more, const char *url)
{
	if (list->pages.n == 0)
		strlist_push(&list->pages, xstrdup(list->url));
	strlist_push(&list->pages, xstrdup(url));
	free(list->next_page);
	list->next_page = NULL;
	if (more->kind != PAGE_LIST)
		return;		/* a pager that led elsewhere: the list ends */
	append_headlines(list, more);
	if (more->next_page != NULL && !loaded(list, more->next_page)) {
		list->next_page = more->next_page;
		more->next_page = NULL;
	}
}

void
ui_more_arrived(struct ui *u, const char *url, const struct fetch_done *d)
{
	struct page *list = list_on_screen(u), *more;
	char *asked;

	if (list == NULL || list->next_page == NULL || strcmp(list->next_page, url) != 0)
		return;		/* the list has gone from the screen, or on */
	if (!d->ok) {
		ui_message(u, 1, _("The next page of the list did not load: %s"),
		    d->err ? d->err : _("loading failed"));
		return;
	}
	asked = xstrdup(url);	/* url may be list->next_page, which join frees */
	more = fetched_page(&d->result, u->opts.sites);
	join(list, more, asked);
	page_free(more);
	free(asked);
	ui_view(u)->cost = 0;	/* weighed again, with its new headlines */
	ui_save_place(u);
	ui_layout(u);
	ui_hist_trim(u);
}
