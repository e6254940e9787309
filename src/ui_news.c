/*
 * ui_news: the offline edition in the reader (issue 17).  R refreshes
 * every source and the stories they name in the background, on the
 * reader's own fetcher (refresh.c), with its progress on the status line
 * and a summary at the end; the keys go on working meanwhile.  F asks for
 * words and lists the stories of the index (search.c) that hold them,
 * newest first, each with the match in context; one opens from the cache,
 * or from kanbao.db when it is a saved story, so offline too.
 *
 * The refresh and the index are this file's; ui_news_free() ends them
 * before the fetcher and the store go.  No curses here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "refresh.h"
#include "search.h"
#include "ui_int.h"
#include "ui_saved.h"

#define FOUND_MAX 500		/* stories F lists */
#define SAVED_MARK "saved"	/* a found headline's snippet: open from kanbao.db */

struct ui_news {
	struct refresh *refresh;	/* running, or NULL */
	struct search *search;		/* opened at the first F or R, or NULL */
};

static struct ui_news *
news(struct ui *u)
{
	if (u->news == NULL)
		u->news = xcalloc(1, sizeof *u->news);
	return u->news;
}

void
ui_news_free(struct ui *u)
{
	if (u->news == NULL)
		return;
	refresh_free(u->news->refresh);
	search_close(u->news->search);
	free(u->news);
	u->news = NULL;
}

/* ---- R ---- */

static void
refresh_progress(void *ctx, const struct refresh *r)
{
	struct ui *u = ctx;
	char *line = refresh_status(r);

	ui_message(u, 0, "%s", line);
	free(line);
	u->dirty = 1;
}

/* The last job came in: the summary, and the sources counted again. */
static void
refresh_done(void *ctx, struct refresh *r)
{
	struct ui *u = ctx;
	struct refresh_counts c;
	char *line = refresh_summary(r);

	refresh_counts(r, &c);
	ui_message(u, c.sources_failed > 0, _("Refresh done: %s"), line);
	free(line);
	refresh_free(r);
	u->news->refresh = NULL;
	ui_sources_recount(u);
	u->dirty = 1;
}

/* A page the refresh extracted goes into the index as it is, so that
 * the next F need not extract it again. */
static void
refresh_extracted(void *ctx, const struct fetched *f, const struct page *p)
{
	struct ui *u = ctx;

	search_add(u->news->search, f, p);
}

/* Why R cannot run this time, or NULL. */
static const char *
refresh_refused(const struct ui *u)
{
	if (u->opts.fetch.offline)
		return _("Cannot refresh with --offline: a refresh needs the network");
	if (u->opts.fetch.cache == NULL)
		return _("Cannot refresh without the cache: the stories would have nowhere to go");
	if (u->opts.config == NULL || u->opts.config->nsources == 0)
		return _("Nothing to refresh: the config lists no sources");
	return NULL;
}

void
ui_act_refresh(struct ui *u)
{
	struct ui_news *n = news(u);
	struct refresh_opts ro;
	const char *why = refresh_refused(u);

	if (n->refresh != NULL) {	/* R again: where it stands */
		refresh_progress(u, n->refresh);
		return;
	}
	if (why != NULL) {
		ui_message(u, 1, "%s", why);
		return;
	}
	memset(&ro, 0, sizeof ro);
	ro.sources = u->opts.config->sources;
	ro.nsources = u->opts.config->nsources;
	ro.sites = u->opts.sites;
	ro.cache = u->opts.fetch.cache;
	ro.progress = refresh_progress;
	ro.done = refresh_done;
	ro.ctx = u;
	if (u->opts.store != NULL && n->search == NULL)
		n->search = search_open(u->opts.store, u->opts.memory, u->opts.sites);
	ro.extracted = n->search != NULL ? refresh_extracted : NULL;
	n->refresh = refresh_start(u->fetcher, &ro);
	ui_message(u, 0, _("Refreshing %zu sources in the background"), ro.nsources);
}

/* ---- F ---- */

/* A found story's date: as the page gives it, else when it was fetched
 * (or saved), in local time. */
static char *
found_date(const struct search_match *m)
{
	time_t t = m->fetched ? m->fetched : m->saved;
	char day[32] = "";
	struct tm tm;

	if (m->published != NULL)
		return xstrdup(m->published);
	if (t != 0 && localtime_r(&t, &tm) != NULL)
		strftime(day, sizeof day, "%Y-%m-%dT%H:%M", &tm);
	return *day ? xstrdup(day) : NULL;
}

/* F's screen, made again whenever it shows: the stories holding the
 * words its view keeps (in its url), newest first (search_find). */
static struct page *
found_page(struct ui *u)
{
	const char *words = ui_view(u)->url;
	struct search_match *m = NULL;
	struct page *p;
	size_t n = 0;

	if (search_find(news(u)->search, words, FOUND_MAX, &m, &n) < 0)
		return ui_own_list(VIEW_FOUND,
		    xasprintf(_("Cannot search for “%s”: there is no index"), words));
	p = ui_own_list(VIEW_FOUND, xasprintf(_("Stories with “%s”: %zu"), words, n));
	for (size_t i = 0; i < n; i++) {
		const char *title = m[i].title && *m[i].title ? m[i].title : m[i].url;
		char *line = m[i].snippet && *m[i].snippet ?
		    xasprintf("%s — %s", title, m[i].snippet) : xstrdup(title);

		/* a headline's snippet is not shown: it says where to open it */
		linklist_push(&p->headlines, line, xstrdup(m[i].key),
		    m[i].saved ? xstrdup(SAVED_MARK) : NULL, found_date(&m[i]));
	}
	search_matches_free(m, n);
	return p;
}

static char *
find_line(const char *text)
{
	return xasprintf(_("Find stories: %s"), text);
}

/* Enter at F's prompt: a screen of what the words find. */
static void
find_typed(struct ui *u, const char *text)
{
	struct view *v;

	text += strspn(text, " ");
	if (*text == '\0')
		return;
	v = ui_history_push(u, page_new(ui_screen_url(VIEW_FOUND)));
	v->kind = VIEW_FOUND;
	v->url = xstrdup(text);
	v->make = found_page;
	ui_refresh_view(u);
	ui_layout(u);
}

static const struct ui_prompt_kind find_prompt = {find_line, find_typed};

void
ui_act_find(struct ui *u)
{
	struct ui_news *n = news(u);

	if (u->opts.store == NULL) {
		ui_message(u, 1, _("Cannot search: the cache is off this run"));
		return;
	}
	if (n->search == NULL)
		n->search = search_open(u->opts.store, u->opts.memory, u->opts.sites);
	ui_prompt_open(u, &find_prompt);
}

/* A found story opens as any page (the cache has it, offline too), or
 * from kanbao.db when it is saved. */
void
ui_found_open(struct ui *u, const char *url)
{
	const struct linklist *h = &ui_view(u)->page->headlines;

	for (size_t i = 0; i < h->n; i++) {
		if (strcmp(h->v[i].url, url) == 0 && h->v[i].snippet != NULL) {
			ui_follow_saved(u, url);
			return;
		}
	}
	ui_load(u, url, 0, LOAD_NEW);
}
