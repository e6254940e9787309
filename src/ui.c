/*
 * ui: the reader's loop, its start and its end; see ui.h and ui_int.h.
 *
 * One thread.  Each turn of the loop draws if something changed (the
 * whole screen when u->dirty; the status line alone when only a load's
 * or a download's progress moved), waits on the terminal and the fetcher together
 * (fetcher_wait), moves transfers on, hands finished jobs to their
 * completions, then reads every key that is waiting and gives it to the
 * prompt, or as an action to the views (ui_act).  The terminal's start
 * and end, and the signals, are ui_term.c's; ncurses turns SIGWINCH into
 * KEY_RESIZE.
 *
 * KANBAO_TRACE names a file that gets a line (ui_trace.c) per key read
 * and per frame drawn, in microseconds of CLOCK_MONOTONIC, so that a benchmark times
 * key to screen by the reader's own clock rather than by polling it:
 *     key T                      (T: when the wait saw the terminal readable)
 *     draw T full|status URL     (T: after the refresh; URL: the page on
 *                                 screen, or -)
 *     picture T ok|failed URL    (a picture of the story on screen came:
 *                                 the next full frame shows it, or its
 *                                 caption alone; ui_picture.c)
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "ui_cells.h"
#include "ui_int.h"

#define WAIT_IDLE_MS 500	/* bounds how late a signal is noticed */
#define WAIT_LOADING_MS 100	/* progress redraws while loading */
#define LOST_AFTER 100		/* "readable" with no key this often in a row */

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
	ui_hint_end(u);
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
 * key (a hang-up) or reports EIO is gone: the reader ends.  The trace
 * times the first key from woke, when the wait saw it come. */
static void
read_keys(struct ui *u, int readable, int *idle, long long woke)
{
	int key, n = 0;

	while (!u->quit && (key = ui_key_read()) != UI_KEY_NONE) {
		if (key == UI_KEY_LOST) {
			u->quit = 1;
			return;
		}
		ui_trace(u, n == 0 ? woke : 0, "key", NULL);
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


/* The whole screen when something changed; while a page loads and
 * nothing else did, its progress on the status line alone. */
/* Is a transfer running that the status line counts? */
static int
busy(const struct ui *u)
{
	return ui_loading(u) != LOAD_NONE || ui_downloading(u);
}

static void
draw(struct ui *u)
{
	const struct view_class *c = ui_top_class(u);

	if (u->relayout) {	/* a picture gave its box back */
		u->relayout = 0;
		ui_save_place(u);
		ui_layout(u);
	}
	if (!u->dirty && busy(u) && ui_draw_status(u, c)) {
		ui_trace(u, 0, "draw", "status");
		return;
	}
	if (u->dirty || busy(u)) {
		ui_draw(u, c);
		ui_trace(u, 0, "draw", "full");
	}
}

static void
loop(struct ui *u)
{
	int idle = 0, readable;
	long long woke;

	while (!u->quit) {
		if (ui_term_signalled())
			break;
		draw(u);
		/* a picture fetched ahead, after the frame of its story's text:
		 * its decoding does not hold the text back */
		if (ui_picture_ahead_hand_over(u) > 0)
			draw(u);
		readable = fetcher_wait(u->fetcher, STDIN_FILENO,
		    busy(u) ? WAIT_LOADING_MS : WAIT_IDLE_MS);
		woke = u->trace != NULL && readable ? ui_trace_now() : 0;
		fetcher_run(u->fetcher);
		fetcher_complete(u->fetcher);	/* each job to its own completion */
		ui_prefetch_pump(u);	/* room for more, once the load is in */
		ui_browser_reap(u);
		memory_flush(u->opts.memory);	/* what a locked kanbao.db kept back */
		cache_messages(u);
		read_keys(u, readable, &idle, woke);
		ui_prefetch_pump(u);	/* a key may have made a link wanted */
	}
}

/* Each file's own state (ui_int.h), but kanbao.db's, which
 * ui_mem_start makes once the terminal is the reader's. */
static void
states_new(struct ui *u)
{
	u->status = ui_status_new();
	u->prompt = ui_prompt_new();
	u->search = ui_search_new();
	u->keys = ui_keys_new();
	u->help = ui_help_new();
	u->browser = ui_browser_new();
	u->load = ui_load_new();
	u->download = ui_download_new();
	u->pictures = ui_pictures_new(u->opts.images);
}

static void
states_free(struct ui *u)
{
	ui_status_free(u->status);
	ui_prompt_free(u->prompt);
	ui_search_free(u->search);
	ui_keys_free(u->keys);
	ui_help_free(u->help);
	ui_browser_free(u->browser);
	ui_load_free(u->load);
	ui_download_free(u->download);
}

static void
ui_free(struct ui *u)
{
	ui_cancel_load(u);
	ui_download_cancel(u);
	ui_pictures_free(u);
	ui_prefetch_free(u);
	ui_news_free(u);	/* the refresh's jobs are the fetcher's */
	ui_feeds_free(u);
	fetcher_free(u->fetcher);
	ui_hist_free(u);
	ldoc_free(&u->doc);
	ui_mem_free(u);
	states_free(u);
	ui_cells_free();
	if (u->trace != NULL)
		fclose(u->trace);
}

int
ui_run(const char *arg, const struct ui_opts *o)
{
	struct ui u;

	memset(&u, 0, sizeof u);
	u.opts = *o;
	u.convert = o->convert;
	u.text_width = o->text_width;
	states_new(&u);
	if (ui_term_start(&u) != 0) {
		states_free(&u);
		return 1;
	}
	u.fetcher = fetcher_new(&o->fetch);
	if (getenv("KANBAO_TRACE") != NULL && *getenv("KANBAO_TRACE") != '\0')
		u.trace = fopen(getenv("KANBAO_TRACE"), "a");
	ui_prefetch_start(&u);
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
