/*
 * ui_saved: the reader's screens of kanbao.db; see ui_saved.h.  The saved
 * and history screens are lists of kanbao's own (PAGE_LIST pages made by
 * ui_push_screen's make, so moving, search and layout treat them like any
 * list), made again from kanbao.db each time they show.  No curses here.
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "i18n.h"
#include "ui_int.h"
#include "ui_saved.h"

#define HISTORY_MAX 500		/* pages the history screen lists */

/* A headline of one of kanbao's own lists, dated by t in local time. */
static void
own_headline(struct page *p, const char *title, const char *url, time_t t)
{
	char day[32] = "";
	struct tm tm;

	if (localtime_r(&t, &tm) != NULL)
		strftime(day, sizeof day, "%Y-%m-%dT%H:%M", &tm);
	linklist_push(&p->headlines, xstrdup(title ? title : url), xstrdup(url), NULL,
	    xstrdup(day));
}

static struct page *
saved_page(struct ui *u)
{
	struct page *p = ui_own_list(VIEW_SAVED, xstrdup(_("Saved stories")));
	struct memory_visit *saved;
	size_t n;

	memory_saved(u->opts.memory, &saved, &n);
	for (size_t i = 0; i < n; i++)
		own_headline(p, saved[i].title, saved[i].url, saved[i].when);
	memory_visits_free(saved, n);
	return p;
}

static struct page *
history_page(struct ui *u)
{
	struct page *p = ui_own_list(VIEW_HISTORY, xstrdup(_("History")));
	struct memory_visit *visits;
	size_t n;

	memory_history(u->opts.memory, HISTORY_MAX, &visits, &n);
	for (size_t i = 0; i < n; i++)
		own_headline(p, visits[i].title, visits[i].url, visits[i].when);
	memory_visits_free(visits, n);
	return p;
}

/* Following a link of the saved screen opens the copy in kanbao.db. */
void
ui_follow_saved(struct ui *u, const char *url)
{
	struct fetched r;
	struct view *v;

	if (!memory_load(u->opts.memory, url, &r)) {
		ui_message(u, 1, _("This story is no longer saved"));
		return;
	}
	ui_cancel_load(u);
	v = ui_history_push(u, fetched_page(&r, u->opts.sites));
	ui_remember(u, url, v->page);
	v->saved = 1;
	ui_hist_keep(u, v, url, &r);
	fetched_free(&r);
	ui_message(u, 0, _("Saved copy"));
}

void
ui_act_save(struct ui *u)
{
	struct view *v = ui_view(u);
	struct fetched s;
	char *w;
	int rc;

	if (v == NULL || v->kind != VIEW_PAGE || v->raw.body == NULL) {
		ui_message(u, 0, _("There is no story here to save"));
		return;
	}
	if (!memory_enabled(u->opts.memory)) {
		ui_message(u, 1, _("Cannot save: kanbao.db is not in use this run"));
		return;
	}
	s = v->raw;		/* lent, saved under the page's URL */
	s.url = v->page->url;
	rc = memory_save(u->opts.memory, &s, v->page->title);
	w = rc != 0 ? memory_warning(u->opts.memory) : NULL;	/* said here, with the rest */
	if (rc < 0)
		ui_message(u, 1, _("Saving failed: %s"), w ? w : _("kanbao.db is busy"));
	else if (rc > 0)
		ui_message(u, 1, _("Saved, but kanbao.db is locked by another program: "
		    "the story is written when it is free"));
	else
		ui_message(u, 0, _("Saved: %s"), v->page->title ? v->page->title : v->page->url);
	free(w);
}

/* S and H: a screen made from kanbao.db, unless it is on screen now. */
static void
memory_screen(struct ui *u, enum view_kind kind, const char *off)
{
	struct view *v = ui_view(u);

	if (!memory_enabled(u->opts.memory))
		ui_message(u, 1, "%s", off);
	else if (v == NULL || v->kind != kind)
		ui_push_screen(u, kind, kind == VIEW_SAVED ? saved_page : history_page);
}

void
ui_act_saved(struct ui *u)
{
	memory_screen(u, VIEW_SAVED, _("No saved stories: kanbao.db is not in use this run"));
}

void
ui_act_history(struct ui *u)
{
	memory_screen(u, VIEW_HISTORY, _("No history: kanbao.db is not in use this run"));
}
