/*
 * ui_feeds: what a newsboat user reaches for, for every list alike (a
 * source's list page, its feed, all the news at once).
 *
 *   i  shows or hides the summaries under the headlines (a feed's
 *      description, a list's snippet)
 *   A  marks a list read: every headline of the list on screen, or of
 *      the source selected on the sources screen, without opening them;
 *      kanbao.db keeps the marks, and the sources' counts go down
 *   u  goes to the next unread headline: below the selection in a list;
 *      from a story, the next unread of the list it was opened from; past
 *      the end of a source, into the next source that has unread ones
 *      (its list opens with its first unread selected)
 *   +  adds the feed a web page offers (<link rel="alternate">) to the
 *      config file's sources, and the status line says while one is
 *      offered
 *
 * Headlines are a list's links in order (layout_list), so a headline's
 * index is its link's.  No curses here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "config_add.h"
#include "i18n.h"
#include "ui_int.h"

struct ui_feeds {
	char *focus_unread;	/* a source u opened: its first unread gets the focus */
	char *offer;		/* ui_feed_offer's words, kept until the next call */
};

static struct ui_feeds *
feeds(struct ui *u)
{
	if (u->feeds == NULL)
		u->feeds = xcalloc(1, sizeof *u->feeds);
	return u->feeds;
}

void
ui_feeds_free(struct ui *u)
{
	if (u->feeds == NULL)
		return;
	free(u->feeds->focus_unread);
	free(u->feeds->offer);
	free(u->feeds);
	u->feeds = NULL;
}

/* ---- which source ---- */

/* The source whose URL is url, or -1. */
static long
source_at(const struct ui *u, const char *url)
{
	for (size_t i = 0; url != NULL && i < ui_source_count(u); i++)
		if (strcmp(u->opts.config->sources[i].url, url) == 0)
			return (long)i;
	return -1;
}

/* The source a list view shows, or -1. */
static long
source_of(const struct ui *u, const struct view *v)
{
	long i = source_at(u, v->url);

	return i >= 0 ? i : source_at(u, v->page->url);
}

/* A list of the reader's history whose headlines u and A move through. */
static int
is_headlines(const struct view *v)
{
	return v != NULL && v->page != NULL && v->page->kind == PAGE_LIST &&
	    (v->kind == VIEW_PAGE || v->kind == VIEW_NEWS);
}

/* ---- i ---- */

void
ui_act_summaries(struct ui *u)
{
	u->snippets = !u->snippets;	/* from the default, for every list */
	ui_layout(u);
	ui_keep_focus_visible(u);
	ui_message(u, 0, ui_snippets_shown(u, ui_view(u)) ? _("Summaries shown under the headlines") :
	    _("Summaries hidden"));
}

/* ---- A ---- */

/* Marks every URL of h read; the count that was unread. */
static size_t
mark_list(struct ui *u, const struct linklist *h)
{
	const char **urls = xreallocarray(NULL, h->n + 1, sizeof *urls);
	size_t n = 0;

	for (size_t i = 0; i < h->n; i++)
		if (!ui_is_read(u, h->v[i].url))
			urls[n++] = h->v[i].url;
	if (n > 0)
		ui_mark_read(u, urls, n);
	free(urls);
	return n;
}

void
ui_act_mark_read(struct ui *u)
{
	struct view *v = ui_view(u);
	size_t n = 0;
	long i;

	if (v != NULL && v->kind == VIEW_SOURCES) {
		i = v->focus >= 0 ? v->focus : 0;
		if (ui_source_unread(u, (size_t)i) < 0) {
			ui_message(u, 1, _("This source is not counted yet: A waits for its headlines"));
			return;
		}
		n = mark_list(u, ui_source_heads(u, (size_t)i));
	} else if (is_headlines(v)) {
		if (v->kind == VIEW_PAGE && (i = source_of(u, v)) >= 0)
			n = mark_list(u, ui_source_heads(u, (size_t)i));
		n += mark_list(u, &v->page->headlines);
	} else {
		ui_message(u, 0, _("A marks a list read: this is no list of headlines"));
		return;
	}
	ui_refresh_view(u);	/* the counts, or all the news, made again */
	ui_layout(u);
	ui_message(u, 0, ngettext("%zu headline marked read", "%zu headlines marked read", n), n);
}

/* ---- u ---- */

/* The first unread headline of h from index from, or -1. */
static long
unread_from(const struct ui *u, const struct linklist *h, size_t from)
{
	for (size_t k = from; k < h->n; k++)
		if (!ui_is_read(u, h->v[k].url))
			return (long)k;
	return -1;
}

static void source_shown(struct ui *u, const char *asked);

/* Opens the first source from start on (wrapping, but not to skip) with
 * unread headlines, its first unread to be selected; 0 when none has. */
static int
open_unread_source(struct ui *u, size_t start, long skip)
{
	size_t n = ui_source_count(u);

	for (size_t k = 0; k < n; k++) {
		size_t i = (start + k) % n;

		if ((long)i == skip || ui_source_unread(u, i) <= 0)
			continue;
		free(feeds(u)->focus_unread);
		feeds(u)->focus_unread = xstrdup(u->opts.config->sources[i].url);
		ui_mem_on_shown(u, source_shown);
		ui_load(u, u->opts.config->sources[i].url, 0, LOAD_NEW);
		ui_message(u, 0, _("Next unread: %s"), u->opts.config->sources[i].name);
		return 1;
	}
	return 0;
}

/* From a story: the next unread headline of the list it came from
 * opens, or the next source with unread ones; 0 when neither is. */
static int
story_next(struct ui *u, const struct view *story)
{
	for (size_t j = ui_hist_cur(u); j-- > 0;) {
		struct view *w = ui_hist_view(u, j);
		const struct linklist *h;
		long k = -1, i;

		if (!is_headlines(w))
			continue;
		h = &w->page->headlines;
		for (size_t x = 0; x < h->n && k < 0; x++)
			if (strcmp(h->v[x].url, story->url ? story->url : story->page->url) == 0)
				k = (long)x;
		if ((k = unread_from(u, h, (size_t)(k + 1))) >= 0) {
			w->focus = (int)k;
			ui_load(u, h->v[k].url, 0, LOAD_NEW);
			return 1;
		}
		i = w->kind == VIEW_PAGE ? source_of(u, w) : -1;
		return open_unread_source(u, (size_t)(i + 1), i);
	}
	return open_unread_source(u, 0, -1);
}

void
ui_act_next_unread(struct ui *u)
{
	struct view *v = ui_view(u);
	long k, i;
	int found;

	if (v == NULL)
		return;
	if (v->kind == VIEW_SOURCES) {
		found = open_unread_source(u, v->focus > 0 ? (size_t)v->focus : 0, -1);
	} else if (is_headlines(v)) {
		k = unread_from(u, &v->page->headlines, (size_t)(v->focus + 1));
		if ((found = k >= 0))
			ui_focus_set(u, (int)k);
		else if (v->kind == VIEW_PAGE && (i = source_of(u, v)) >= 0)
			found = open_unread_source(u, (size_t)i + 1, i);
		else if (v->kind == VIEW_PAGE)
			found = open_unread_source(u, 0, -1);
	} else {
		found = v->kind == VIEW_PAGE && story_next(u, v);
	}
	if (!found)
		ui_message(u, 0, _("No unread headlines left"));
}

/* A page shows: a source u opened selects its first unread. */
static void
source_shown(struct ui *u, const char *asked)
{
	struct ui_feeds *f = feeds(u);
	struct view *v = ui_view(u);
	long k;

	if (f->focus_unread == NULL || strcmp(f->focus_unread, asked) != 0)
		return;
	free(f->focus_unread);
	f->focus_unread = NULL;
	if (is_headlines(v) && (k = unread_from(u, &v->page->headlines, 0)) >= 0)
		ui_focus_set(u, (int)k);
}

/* ---- + ---- */

/* The feed the page on screen offers and the sources lack, or NULL. */
static const char *
offered(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v == NULL || v->kind != VIEW_PAGE || v->page == NULL || v->page->feed == NULL ||
	    u->opts.config == NULL || source_at(u, v->page->feed) >= 0)
		return NULL;
	return v->page->feed;
}

const char *
ui_feed_offer(struct ui *u)
{
	struct ui_feeds *f = feeds(u);
	char *keys;

	if (offered(u) == NULL || u->opts.config_path == NULL)
		return NULL;
	keys = ui_key_names(u, ACT_ADD_FEED);
	free(f->offer);
	f->offer = *keys ? xasprintf(_("feed: %s adds it"), keys) : NULL;
	free(keys);
	return f->offer;
}

void
ui_act_add_feed(struct ui *u)
{
	const char *url = offered(u);
	struct config_added out;
	struct source s;
	char *err = NULL;

	if (url == NULL) {
		ui_message(u, 0, _("This page offers no feed that is not a source already"));
		return;
	}
	if (u->opts.config_path == NULL) {
		ui_message(u, 1, _("Cannot add the feed: there is no config file to add it to"));
		return;
	}
	s.url = (char *)url;	/* lent */
	s.name = config_source_name(ui_view(u)->page->title, url);
	if (config_add_sources(u->opts.config_path, &s, 1, &out, &err) != 0) {
		ui_message(u, 1, _("Cannot add the feed: %s"), err);
	} else if (out.unfit > 0) {
		ui_message(u, 1, _("Cannot add the feed: a config line cannot hold its URL"));
	} else {
		ui_source_add(u, s.name, url);
		ui_message(u, 0, _("Added to the sources as %s: %s"), s.name, url);
	}
	free(err);
	free(s.name);
}
