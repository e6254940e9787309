/*
 * ui_mem: the reader's memory of what was read, and the sources screen.
 * Read marks come from kanbao.db at the start and go back to it as pages
 * open (ui_saved.c has kanbao.db's own screens: s, S and H).  With sources
 * in the config and no URL, the first screen lists them with their unread
 * counts: each source's list page is fetched in the background for its
 * count, and counted again whenever the screen comes back; what they hold
 * is lent to all the news at once (ui_allnews.c) and to ui_feeds.c.  A
 * source added while the reader runs (+) joins the screen.
 *
 * The sources screen is a page of kind PAGE_LIST that kanbao makes itself
 * (view kind VIEW_SOURCES; ui_push_screen makes the others' views too), so
 * moving, search and layout treat it like any list.  No curses here.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "ui_int.h"

#define SAVED_URL "kanbao:saved"
#define SOURCES_URL "kanbao:sources"
#define HISTORY_URL "kanbao:history"
#define NEWS_URL "kanbao:news"
#define FOUND_URL "kanbao:found"
/* What the sources screen knows of a source's list page; the context of
 * the fetch for its count (source_done). */
struct source_state {
	struct ui *u;
	size_t index;		/* its place in opts.config->sources */
	struct fetch_job *job;	/* fetching it for the count, or NULL */
	struct linklist heads;	/* its headlines, once fetched */
	int known;		/* 1: heads counted; -1: its fetch failed; 0: not yet */
};

struct ui_mem {
	struct strlist read;	/* URLs opened, sorted; kanbao.db's too */
	/* one per opts.config->sources, each its own allocation: a fetch
	 * holds it while the array grows (ui_source_add) */
	struct source_state **src;
	ui_shown_fn *shown;	/* told of each page loaded, or NULL (ui_mem_on_shown) */
};

static void refresh_sources(struct ui *u);

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
ui_is_read(const struct ui *u, const char *url)
{
	return url != NULL && u->mem->read.n > 0 &&
	    bsearch(&url, u->mem->read.v, u->mem->read.n, sizeof *u->mem->read.v, cmp_str) != NULL;
}

static void
mark_read(struct ui *u, const char *url)
{
	if (url == NULL || ui_is_read(u, url))
		return;
	strlist_push(&u->mem->read, xstrdup(url));
	qsort(u->mem->read.v, u->mem->read.n, sizeof *u->mem->read.v, cmp_str);
}

/* A page opened: read in this session and, in one transaction, in
 * kanbao.db with a history entry. */
void
ui_remember(struct ui *u, const char *asked, const struct page *p)
{
	char *w;

	mark_read(u, asked);
	mark_read(u, p->url);
	memory_opened(u->opts.memory, asked, p->url, p->title);
	/* memory that stopped working mid-run (a full disk) says so once */
	if ((w = memory_warning(u->opts.memory)) != NULL) {
		ui_message(u, 1, "%s", w);
		free(w);
	}
}

/* ---- sources ---- */

static size_t
nsources(const struct ui *u)
{
	return u->opts.config != NULL ? u->opts.config->nsources : 0;
}

static long
unread(const struct ui *u, const struct source_state *s)
{
	long n = 0;

	for (size_t i = 0; i < s->heads.n; i++)
		n += !ui_is_read(u, s->heads.v[i].url);
	return n;
}

static struct page *
sources_page(struct ui *u)
{
	struct page *p = ui_own_list(VIEW_SOURCES, xstrdup(_("Sources")));

	for (size_t i = 0; i < nsources(u); i++) {
		const struct source *src = &u->opts.config->sources[i];
		char *title = u->mem->src[i]->known > 0 ?
		    xasprintf(_("%s  (%ld unread)"), src->name, unread(u, u->mem->src[i])) :
		    u->mem->src[i]->known < 0 ? xasprintf(_("%s  (could not load)"), src->name) :
		    xasprintf("%s  (\u2026)", src->name);	/* … */

		linklist_push(&p->headlines, title, xstrdup(src->url), NULL, NULL);
	}
	return p;
}

size_t
ui_source_count(const struct ui *u)
{
	return u->mem->src != NULL ? nsources(u) : 0;
}

int
ui_source_known(const struct ui *u, size_t i)
{
	return u->mem->src[i]->known;
}

long
ui_source_unread(const struct ui *u, size_t i)
{
	return i < ui_source_count(u) && u->mem->src[i]->known > 0 ?
	    unread(u, u->mem->src[i]) : -1;
}

const struct linklist *
ui_source_heads(const struct ui *u, size_t i)
{
	return &u->mem->src[i]->heads;
}

/* Headlines marked read without being opened: here and in kanbao.db. */
void
ui_mark_read(struct ui *u, const char *const *urls, size_t n)
{
	char *w;

	for (size_t i = 0; i < n; i++)
		mark_read(u, urls[i]);
	memory_mark_read(u->opts.memory, urls, n);
	if ((w = memory_warning(u->opts.memory)) != NULL) {
		ui_message(u, 1, "%s", w);
		free(w);
	}
}

/* A source joins the config the reader runs with, and is counted. */
void
ui_source_add(struct ui *u, const char *name, const char *url)
{
	struct config *c = u->opts.config;
	size_t n = nsources(u);

	c->sources = xreallocarray(c->sources, n + 1, sizeof *c->sources);
	c->sources[n] = (struct source){xstrdup(name), xstrdup(url)};
	u->mem->src = xreallocarray(u->mem->src, n + 1, sizeof *u->mem->src);
	u->mem->src[n] = xcalloc(1, sizeof **u->mem->src);
	*u->mem->src[n] = (struct source_state){.u = u, .index = n};
	c->nsources = n + 1;
	ui_sources_recount(u);
	refresh_sources(u);
}

/* A list page loaded: if it is a source's, its headlines count. */
static void
ui_list_loaded(struct ui *u, const char *asked, const struct page *p)
{
	for (size_t i = 0; i < nsources(u) && p->kind == PAGE_LIST; i++) {
		struct source_state *s = u->mem->src[i];

		if (strcmp(u->opts.config->sources[i].url, asked) != 0)
			continue;
		linklist_free(&s->heads);
		for (size_t k = 0; k < p->headlines.n; k++) {
			const struct link *l = &p->headlines.v[k];

			linklist_push(&s->heads, xstrdup(l->title), xstrdup(l->url),
			    l->snippet ? xstrdup(l->snippet) : NULL, l->date ? xstrdup(l->date) : NULL);
		}
		s->known = 1;
	}
}

/* Shows new counts, or headlines, if the sources or all the news are on
 * screen. */
static void
refresh_sources(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v != NULL && (v->kind == VIEW_SOURCES || v->kind == VIEW_NEWS)) {
		ui_refresh_view(u);
		ui_layout(u);
	}
}

/* A background fetch for a source's count finished. */
static void
source_done(void *ctx, struct fetch_done *d)
{
	struct source_state *s = ctx;
	struct ui *u = s->u;
	struct page *p;

	s->job = NULL;
	u->dirty = 1;
	if (!d->ok) {
		if (!s->known)
			s->known = -1;
		refresh_sources(u);
		return;
	}
	p = fetched_page(&d->result, u->opts.sites);
	ui_list_loaded(u, u->opts.config->sources[s->index].url, p);
	page_free(p);
	refresh_sources(u);
}

const char *
ui_screen_url(enum view_kind kind)
{
	return kind == VIEW_SAVED ? SAVED_URL : kind == VIEW_HISTORY ? HISTORY_URL :
	    kind == VIEW_NEWS ? NEWS_URL : kind == VIEW_FOUND ? FOUND_URL : SOURCES_URL;
}

struct page *
ui_own_list(enum view_kind kind, char *title)
{
	struct page *p = page_new(ui_screen_url(kind));

	p->kind = PAGE_LIST;
	free(p->title);
	p->title = title;
	return p;
}

/* Puts one of kanbao's own screens on top of the history, with the
 * function that makes its page whenever it shows. */
void
ui_push_screen(struct ui *u, enum view_kind kind, ui_make_fn *make)
{
	struct view *v = ui_history_push(u, page_new(ui_screen_url(kind)));

	v->kind = kind;
	v->make = make;
	ui_refresh_view(u);
	ui_layout(u);
}

/* A page the reader loaded (asked for by r->url): extracted,
 * remembered, and pushed on the history, or in place of the page on
 * screen for a reload; given to ui_load.c by ui_mem_start. */
static void
page_loaded(struct ui *u, enum load_kind kind, const struct fetched *r)
{
	struct page *p = ui_load_page(u, r);
	const char *asked = r->url;
	struct view *v;

	ui_remember(u, asked, p);
	ui_list_loaded(u, asked, p);
	v = ui_view(u);
	if (kind == LOAD_RELOAD && v != NULL && v->kind == VIEW_PAGE) {
		page_free(v->page);
		v->page = v->whole ? ui_view_page(u, v, r) : p;	/* v's view stays */
		if (v->whole)
			page_free(p);
		ui_search_forget(u);
		ui_layout(u);
		ui_prefetch_story(u);
		ui_message(u, 0, _("Reloaded"));
	} else {
		v = ui_history_push(u, p);
	}
	/* kept for s and to go back to; the bytes are shared with the
	 * prefetched pages, which keep them too */
	ui_hist_keep(u, v, kind == LOAD_NEW ? asked : NULL, r);
	if (r->stale != NULL)	/* the network failed: an old copy */
		ui_message(u, 1, "%s", r->stale);
	else if (r->more_note != NULL)	/* a page of the story failed */
		ui_message(u, 1, "%s", r->more_note);
	if (u->mem->shown != NULL)
		u->mem->shown(u, asked);
}

void
ui_mem_on_shown(struct ui *u, ui_shown_fn *shown)
{
	u->mem->shown = shown;
}

/* The first screen: arg, or the sources, or the only source. */
void
ui_mem_start(struct ui *u, const char *arg)
{
	size_t n = nsources(u);
	char *w;

	ui_load_on_page(u, page_loaded);
	u->mem = xcalloc(1, sizeof *u->mem);
	if (memory_read_urls(u->opts.memory, &u->mem->read) == 0 && u->mem->read.n > 1)
		qsort(u->mem->read.v, u->mem->read.n, sizeof *u->mem->read.v, cmp_str);
	while ((w = memory_warning(u->opts.memory)) != NULL) {
		ui_message_add(u, w);
		free(w);
	}
	u->mem->src = n > 0 ? xcalloc(n, sizeof *u->mem->src) : NULL;
	for (size_t i = 0; i < n; i++) {
		u->mem->src[i] = xcalloc(1, sizeof **u->mem->src);
		*u->mem->src[i] = (struct source_state){.u = u, .index = i};
	}
	if (arg != NULL) {
		ui_load(u, arg, 0, LOAD_NEW);
	} else if (n == 1) {
		ui_load(u, u->opts.config->sources[0].url, 0, LOAD_NEW);
	} else if (n > 1) {
		ui_push_screen(u, VIEW_SOURCES, sources_page);
		ui_sources_recount(u);
	}
}

/* Each source's list page fetched in the background for its count (a
 * refresh may have changed them); one already on its way is left be. */
void
ui_sources_recount(struct ui *u)
{
	for (size_t i = 0; i < nsources(u) && u->mem->src != NULL; i++) {
		struct source_state *s = u->mem->src[i];

		if (s->job == NULL)
			s->job = fetcher_start(u->fetcher, u->opts.config->sources[i].url, 0,
			    source_done, s);
	}
}

void
ui_mem_free(struct ui *u)
{
	char *w;

	/* the terminal is back: kanbao.db gets a last try at what waits, and
	 * what it loses is said here, before a signal may end the process */
	memory_finish(u->opts.memory);
	while ((w = memory_warning(u->opts.memory)) != NULL) {
		fprintf(stderr, _("%s: warning: %s\n"), PACKAGE, w);
		free(w);
	}
	for (size_t i = 0; i < nsources(u) && u->mem->src != NULL; i++) {
		linklist_free(&u->mem->src[i]->heads);	/* the fetcher took the jobs */
		free(u->mem->src[i]);
	}
	free(u->mem->src);
	strlist_free(&u->mem->read);
	free(u->mem);
	u->mem = NULL;
}
