/*
 * ui: the reader's loop and loading; see ui.h and ui_int.h.
 *
 * One thread.  Each turn of the loop draws if something changed, waits on
 * the terminal and the fetcher together (fetcher_wait), moves transfers
 * on, takes finished pages, then reads every key that is waiting.  The
 * terminal's start and end, and the signals, are ui_term.c's; ncurses
 * turns SIGWINCH into KEY_RESIZE.
 */
#include "config.h"

#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "text.h"
#include "ui_cells.h"
#include "ui_int.h"

#define WAIT_IDLE_MS 500	/* bounds how late a signal is noticed */
#define WAIT_LOADING_MS 100	/* progress redraws while loading */
#define LOST_AFTER 100		/* "readable" with no key this often in a row */

void
ui_cancel_load(struct ui *u)
{
	if (u->job == NULL)
		return;
	if (u->job_adopted)	/* a prefetch again: it may yet be wanted */
		ui_prefetch_release(u, u->job);
	else
		fetcher_cancel(u->fetcher, u->job);
	u->job = NULL;
	u->job_adopted = 0;
	free(u->job_url);
	u->job_url = NULL;
	u->dirty = 1;
}

static void load_done(struct ui *u, struct fetch_done *d);

/* Starts loading url; a load already running gives way.  A page fetched
 * ahead shows at once; one still being fetched ahead is waited for. */
void
ui_load(struct ui *u, const char *url, int flags, enum load_kind kind)
{
	const struct fetch_result *r;

	ui_cancel_load(u);
	u->job_url = xstrdup(url);
	u->job_kind = kind;
	u->job_serial++;
	u->dirty = 1;
	if (kind == LOAD_NEW && !(flags & FETCH_RELOAD) &&
	    (r = ui_prefetched(u, url)) != NULL) {
		struct fetch_done d = {0};

		d.ok = 1;
		d.result = *r;		/* lent: load_done only reads it */
		load_done(u, &d);
		free(u->job_url);
		u->job_url = NULL;
		return;
	}
	if (kind == LOAD_NEW && !(flags & FETCH_RELOAD) &&
	    (u->job = ui_prefetch_adopt(u, url)) != NULL) {
		u->job_adopted = 1;
		return;
	}
	u->job = fetcher_start(u->fetcher, url, flags, (void *)(uintptr_t)u->job_serial);
}

static void
load_done(struct ui *u, struct fetch_done *d)
{
	struct page *p;
	struct view *v;

	if (!d->ok) {
		ui_message(u, 1, "%s", d->err ? d->err : _("loading failed"));
		return;
	}
	if (u->job_kind == LOAD_RESTORE) {	/* a view gone back to */
		ui_hist_restored(u, &d->result);
		return;
	}
	p = ui_extract(u, &d->result);
	ui_remember(u, u->job_url, p);
	ui_list_loaded(u, u->job_url, p);
	v = ui_view(u);
	if (u->job_kind == LOAD_RELOAD && v != NULL && v->kind == VIEW_PAGE) {
		page_free(v->page);
		v->page = p;
		ui_search_forget(u);
		ui_layout(u);
		ui_prefetch_story(u);
		ui_message(u, 0, _("Reloaded"));
	} else {
		v = ui_history_push(u, p);
	}
	/* a copy, kept for s and to go back to: d's bytes may be lent by the
	 * prefetch cache, and the caller keeps them there */
	ui_hist_keep(u, v, u->job_kind == LOAD_NEW ? u->job_url : NULL, &d->result);
	if (d->result.stale != NULL)	/* the network failed: an old copy */
		ui_message(u, 1, "%s", d->result.stale);
}

/* Takes the pages that finished loading; only the latest load counts.
 * Prefetched pages are kept, and so is every page loaded (so [ after ]
 * needs no network either). */
static void
take_done(struct ui *u)
{
	struct fetch_done d;
	int adopted, mine;

	while (fetcher_done(u->fetcher, &d)) {
		adopted = 0;
		if (ui_prefetch_take(u, &d, &adopted))
			mine = adopted && u->job != NULL && u->job_adopted;
		else
			mine = u->job != NULL && !u->job_adopted &&
			    d.user == (void *)(uintptr_t)u->job_serial;
		if (mine) {
			enum load_kind kind = u->job_kind;

			u->job = NULL;
			u->job_adopted = 0;
			load_done(u, &d);
			if (d.ok && kind == LOAD_NEW)
				ui_prefetch_keep(u, u->job_url, &d.result);
			free(u->job_url);
			u->job_url = NULL;
			u->dirty = 1;
		} else if (ui_source_done(u, &d)) {
			u->dirty = 1;
		}
		fetch_done_free(&d);
	}
	ui_prefetch_pump(u);
}

static void
on_resize(struct ui *u)
{
	getmaxyx(stdscr, u->rows, u->cols);
	if (u->rows < 0)
		u->rows = 0;
	if (u->cols < 0)
		u->cols = 0;
	u->clear = 1;
	ui_layout(u);
	if (u->overlay != NULL && u->overlay->resize != NULL)
		u->overlay->resize(u);
}

static void
on_key(struct ui *u, int key)
{
	if (key == UI_KEY_FN(KEY_RESIZE)) {
		on_resize(u);
		return;
	}
	u->dirty = 1;
	if (ui_prompt_is_open(u)) {
		ui_prompt_key(u, key);
		return;
	}
	ui_message_clear(u);
	if (key == UI_KEY_FN(KEY_MOUSE)) {
		enum ui_mouse what;
		int y, x;

		if (ui_mouse_read(&what, &y, &x))
			ui_mouse(u, what, y, x);
	} else if (ui_key_action(u, key) == ACT_NONE)
		ui_message(u, 0, _("That key does nothing here: ? shows the keys"));
	else
		ui_act(u, ui_key_action(u, key));
}

/* Reads every key waiting.  A terminal that stays readable but gives no
 * key (a hang-up) or reports EIO is gone: the reader ends. */
static void
read_keys(struct ui *u, int readable, int *idle)
{
	int key, n = 0;

	while (!u->quit && (key = ui_key_read()) != UI_KEY_NONE) {
		if (key == UI_KEY_LOST) {
			u->quit = 1;
			return;
		}
		on_key(u, key);
		n++;
	}
	*idle = readable && n == 0 ? *idle + 1 : 0;
	if (*idle >= LOST_AFTER)
		u->quit = 1;
}

/* The cache's news (locked, disk full) on the status line, each once. */
static void
cache_messages(struct ui *u)
{
	const struct fetch_cache *c = u->opts.fetch.cache;
	char *w;

	while (c != NULL && c->warning != NULL && (w = c->warning(c->ctx)) != NULL) {
		ui_message_add(u, w);
		free(w);
	}
}


static void
loop(struct ui *u)
{
	int idle = 0, readable;

	while (!u->quit) {
		if (ui_term_signalled())
			break;
		if (u->dirty || u->job != NULL)
			ui_draw(u, ui_top_class(u));
		readable = fetcher_wait(u->fetcher, STDIN_FILENO,
		    u->job != NULL ? WAIT_LOADING_MS : WAIT_IDLE_MS);
		fetcher_run(u->fetcher);
		take_done(u);
		ui_browser_reap(u);
		memory_flush(u->opts.memory);	/* what a locked kanbao.db kept back */
		cache_messages(u);
		read_keys(u, readable, &idle);
	}
}

static void
ui_free(struct ui *u)
{
	ui_cancel_load(u);
	ui_prefetch_free(u);
	fetcher_free(u->fetcher);
	ui_hist_free(u);
	ldoc_free(&u->doc);
	ui_help_free(u->help);
	ui_status_free(u->status);
	ui_search_free(u->search);
	ui_prompt_free(u->prompt);
	strlist_free(&u->read);
	ui_mem_free(u);
	ui_keys_free(u->keys);
	ui_cells_free();
}

int
ui_run(const char *arg, const struct ui_opts *o)
{
	struct ui u;

	memset(&u, 0, sizeof u);
	u.opts = *o;
	u.status = ui_status_new();
	u.prompt = ui_prompt_new();
	u.search = ui_search_new();
	u.keys = ui_keys_new();
	u.help = ui_help_new();
	if (ui_term_start(&u) != 0) {
		ui_status_free(u.status);
		ui_prompt_free(u.prompt);
		ui_search_free(u.search);
		ui_keys_free(u.keys);
		ui_help_free(u.help);
		return 1;
	}
	u.fetcher = fetcher_new(&o->fetch);
	ui_prefetch_init(&u);
	ui_hist_init(&u);
	ui_bind_defaults(&u);
	/* the config's bad lines went to stderr too, hidden by the reader's screen */
	for (size_t i = 0; o->config != NULL && i < o->config->errors.n; i++)
		ui_message_add(&u, o->config->errors.v[i]);
	ui_bind_config(&u);
	ldoc_init(&u.doc, u.cols, o->ambi_width);
	ui_mem_start(&u, arg);
	u.dirty = 1;
	loop(&u);
	ui_term_end();
	ui_free(&u);
	ui_term_raise();	/* the terminal is back: die of the signal now */
	return 0;
}
