/*
 * ui_int: the reader's state, shared by the ui*.c files only.
 *
 * struct ui owns everything it points to.  History is an array of views;
 * each view owns its struct page and remembers its place as (block, byte
 * offset) of the top line, not a line number, so the place survives a
 * relayout at any width.  A view past the memory budget has dropped its
 * page and bytes and is read again when gone to (ui_hist.c).  The ldoc
 * on screen is rebuilt from the current view whenever the width changes
 * or the view does.  Links are indices into that ldoc.  Keys are ints: a
 * character, or UI_KEY_FN(curses code).
 *
 * What is on screen is a view of a kind (struct view_class): the view
 * ui_view() gives (ui_page.c), or the help over it (u->overlay).  A kind
 * has its own key table, which passes what it does not do to its parent
 * and then to the common actions (ui_act.c), and its own draw.
 *
 * Each file keeps its own state behind a pointer of struct ui that only
 * it looks into, and others ask it through its functions: the history
 * (ui_hist.c), the load running (ui_load.c), the pages fetched ahead
 * (ui_prefetch.c), the message (ui_status.c), the prompt, the search,
 * the bindings (ui_input.c), the help, the browsers, kanbao.db's read
 * marks (ui_mem.c).  Only what several files move and draw (the doc on
 * screen, its top line, the size, the overlay) and the loop's flags are
 * struct ui's own.
 *
 * No curses type appears here: ui.c, ui_draw.c, ui_input.c, ui_term.c,
 * ui_cells.c, ui_picture_draw.c and ui_browser.c talk to the terminal (ui_prompt.c only
 * reads its key codes); the others only change state and set dirty.
 */
#ifndef KANBAO_UI_INT_H
#define KANBAO_UI_INT_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "actions.h"
#include "fetch.h"
#include "layout.h"
#include "page.h"
#include "ui.h"
#include "util.h"

#define UI_KEY_FN(code) (0x40000000 | (code))
#define UI_KEY_NONE (-1)
#define UI_KEY_LOST (-2)
#define UI_NO_MATCH ((size_t)-1)

/* What a view shows: a fetched page, or a screen kanbao makes itself
 * (its page is rebuilt whenever the view comes back on screen). */
/* VIEW_FOUND: the stories F found; its url holds the words asked for.
 * VIEW_NEWS: every unread headline of the sources (a). */
enum view_kind { VIEW_PAGE, VIEW_SOURCES, VIEW_SAVED, VIEW_HISTORY, VIEW_FOUND, VIEW_NEWS };

struct ui;

struct view {
	struct page *page;	/* NULL: dropped for the memory budget */
	size_t block, off;	/* the place: where the top line starts */
	int focus;		/* link index, or -1 */
	enum view_kind kind;
	/* a screen kanbao makes (not VIEW_PAGE): its page, made anew whenever
	 * it comes back on screen (ui_refresh_view); NULL for a fetched page */
	struct page *(*make)(struct ui *u);
	struct fetched raw;	/* what the page came from, for s; its bytes shared */
	char *url;		/* VIEW_PAGE: what it was opened by, to read it again */
	size_t cost;		/* bytes held, once weighed; 0: not yet */
	int list;		/* a dropped view was of a list page */
	int saved;		/* opened from kanbao.db's saved stories */
	int whole;		/* shows the whole page, not the story (v): ui_whole.c */
	struct {		/* the other one's place and focus, for v again */
		size_t block, off;
		int focus;
	} other;
};

/* What a load is: LOAD_RESTORE reads a dropped view again, where it
 * stands in the history; LOAD_NONE: nothing loads. */
enum load_kind { LOAD_NONE, LOAD_NEW, LOAD_RELOAD, LOAD_RESTORE };
/* What a LOAD_RESTORE does with the page it read for the view at index
 * (ui_load_restore). */
typedef void ui_restore_fn(struct ui *u, size_t index, const struct fetched *r);
/* What any other load does with its page (ui_load_on_page). */
typedef void ui_loaded_fn(struct ui *u, enum load_kind kind, const struct fetched *r);

/* ---- views ---- */

enum ui_mouse { UI_MOUSE_CLICK, UI_MOUSE_WHEEL_UP, UI_MOUSE_WHEEL_DOWN };
#define UI_WHEEL_LINES 3	/* a turn of the wheel scrolls this many */

/* What a view's handler did with an action. */
enum view_done {
	VIEW_NOT_MINE,	/* the parent's, then the common handler's to do */
	VIEW_DONE,
	VIEW_PASS,	/* the view beneath does it, and an overlay stays open */
};

/* A row of a view's key table: what the view does for one action. */
struct view_action {
	enum action action;
	enum view_done (*run)(struct ui *u);
};

/* A kind of view: its keys, its screen, its links.  The history's views
 * are ui_page.c's; the help (ui_help.c) is an overlay over them. */
struct view_class {
	const char *name;
	const struct view_class *parent;	/* asked for what this one passes on */
	const struct view_action *actions;	/* ended by ACT_NONE; NULL: none */
	void (*draw)(struct ui *u);		/* the rows above the status line */
	void (*mouse)(struct ui *u, enum ui_mouse what, int y, int x);
	/* What the status line says when nothing else is; NULL: the URL. */
	const char *(*title)(struct ui *u);
	/* The doc drawn and its top line (*top), for the status line's place;
	 * NULL: u->doc and u->top. */
	const struct ldoc *(*place)(struct ui *u, size_t *top);
	void (*resize)(struct ui *u);		/* the screen's size changed */
	void (*open)(struct ui *u, const char *url);	/* a link of it followed */
};

/* ---- the reader ---- */

struct ui {
	struct ui_opts opts;
	struct fetcher *fetcher;

	/* what is on screen, shared by the files that move and draw it */
	struct ldoc doc;	/* ui_view() laid out at the screen's width */
	size_t top;		/* first line shown */
	int rows, cols;
	const struct view_class *overlay;	/* over ui_view() (the help), or NULL */

	/* each file's own state, opaque to the others */
	struct ui_hist *hist;		/* the views and their budget: ui_hist.c */
	struct ui_load *load;		/* the page being loaded: ui_load.c */
	struct ui_prefetch *prefetch;	/* the pages fetched ahead: ui_prefetch.c */
	struct ui_status *status;	/* the status line's message: ui_status.c */
	struct ui_prompt *prompt;	/* the prompt on the status line: ui_prompt.c */
	struct ui_search *search;	/* the search and its matches: ui_search.c */
	struct ui_keys *keys;		/* the bindings: ui_input.c */
	struct ui_help *help;		/* the help's page and place: ui_help.c */
	struct ui_browser *browser;	/* the browsers running beside: ui_browser.c */
	struct ui_mem *mem;		/* read marks, the sources' counts: ui_mem.c */
	struct ui_news *news;		/* the refresh (R), the index (F): ui_news.c */
	struct ui_download *download;	/* the file d saves: ui_download.c */
	struct ui_feeds *feeds;		/* u's next list, + offers: ui_feeds.c */
	struct ui_pictures *pictures;	/* the story's pictures: ui_picture.c */
	struct ui_picture_ahead *picture_ahead;	/* ui_picture_ahead.c's, or NULL */

	int convert;		/* the session's 繁简 (enum convert_mode): T */
	int text_width;		/* the session's story width, 0: full: W */

	int quit, dirty, clear, color;
	int relayout;		/* lay the view out again before drawing, its place kept */
	int snippets;		/* i: summaries the other way from ui_snippets_shown's default */
	FILE *trace;		/* KANBAO_TRACE, or NULL: ui.c */
};

/* The rows above the status line. */
static inline int
ui_content_rows(const struct ui *u)
{
	return u->rows >= 2 ? u->rows - 1 : u->rows > 0 ? u->rows : 0;
}

/* ui_load.c: the page being loaded */
struct ui_load *ui_load_new(void);
void ui_load_free(struct ui_load *l);
void ui_load_on_page(struct ui *u, ui_loaded_fn *loaded);	/* where pages go */
/* The page of r, which the load gives: the one it extracted already to
 * learn that r's story was whole (taken), else fetched_page's. */
struct page *ui_load_page(struct ui *u, const struct fetched *r);
void ui_load(struct ui *u, const char *url, int flags, enum load_kind kind);
void ui_load_restore(struct ui *u, const char *url, size_t index, ui_restore_fn *then);
void ui_cancel_load(struct ui *u);
enum load_kind ui_loading(const struct ui *u);	/* LOAD_NONE: nothing loads */
const char *ui_load_url(const struct ui *u);	/* what loads, or NULL */
size_t ui_load_target(const struct ui *u);	/* a LOAD_RESTORE's view */
void ui_load_progress(const struct ui *u, size_t *now, size_t *total);

/* ui_status.c: the status line's message */
struct ui_status *ui_status_new(void);
void ui_status_free(struct ui_status *s);
void ui_message(struct ui *u, int error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ui_message_add(struct ui *u, const char *text);	/* an error, after any other */
void ui_message_clear(struct ui *u);
const char *ui_message_text(const struct ui *u, int *error);	/* NULL: none */
int ui_hinting(const struct ui *u);	/* no key yet: "? help · q quit" shows */
void ui_hint_end(struct ui *u);		/* a key came */

/* ui_doc.c: the doc on screen, its place, focus and links */
void ui_layout(struct ui *u);
/* ui_doc.c: whether v's list shows its headlines' summaries: a web page's list
 * shows those it gives, a feed's (long) only on request; i turns both
 * the other way.  kanbao's own lists keep other things in a snippet. */
int ui_snippets_shown(const struct ui *u, const struct view *v);

size_t ui_doc_clamp(const struct ui *u, const struct ldoc *d, size_t line);
size_t ui_page_step(const struct ui *u);
void ui_save_place(struct ui *u);
void ui_scroll_to(struct ui *u, size_t line);
void ui_keep_focus_visible(struct ui *u);
void ui_focus_set(struct ui *u, int k);
int ui_link_visible(const struct ui *u, int k);
int ui_link_from(const struct ui *u, size_t line);
int ui_link_before(const struct ui *u, size_t line);
int ui_link_at(const struct ui *u, size_t line);
int ui_link_pressed(const struct ui *u, size_t line, int x);
const char *ui_link_url(struct ui *u, int k);	/* NULL for none */

/* ui_trace.c: a line "what T" of KANBAO_TRACE, if it is on, and
 * " more URL" (the page on screen) after it when more is not NULL; T is
 * t, or now when t is 0, in microseconds of CLOCK_MONOTONIC. */
long long ui_trace_now(void);
void ui_trace(struct ui *u, long long t, const char *what, const char *more);

/* ui_hist.c: the views and their memory budget (calls no other ui file) */
void ui_hist_init(struct ui *u);	/* makes u->hist */
struct view *ui_view(struct ui *u);	/* the view on screen, or NULL */
struct view *ui_hist_view(struct ui *u, size_t i);	/* NULL past the end */
size_t ui_hist_len(const struct ui *u);
size_t ui_hist_cur(const struct ui *u);	/* ui_view()'s index */
void ui_hist_set_cur(struct ui *u, size_t i);	/* ui_go.c's show */
size_t ui_hist_budget(const struct ui *u);	/* bytes the views may hold */
/* A new view of p after the one on screen, which stays on screen. */
struct view *ui_hist_push(struct ui *u, struct page *p);
/* v holds r too (its bytes shared); url (if not NULL): what reads it again */
void ui_hist_keep(struct ui *u, struct view *v, const char *url, const struct fetched *r);
/* The dropped view at index has page p again (taken), and holds r */
void ui_hist_fill(struct ui *u, size_t index, struct page *p, const struct fetched *r);
void ui_hist_trim(struct ui *u);	/* after a view's bytes changed */
void ui_refresh_view(struct ui *u);	/* ui_view()'s page made anew, if it is made */
int ui_view_is_list(const struct view *v);
void ui_hist_free(struct ui *u);

/* ui_go.c: moving through the history */
void ui_go(struct ui *u, size_t index);	/* a dropped view is read again */
size_t ui_hist_at(const struct ui *u);	/* where h and l count from */
struct view *ui_history_push(struct ui *u, struct page *p);	/* and shows it */

/* ui_act.c: the common actions and the dispatcher */
void ui_act(struct ui *u, enum action a);
void ui_mouse(struct ui *u, enum ui_mouse what, int y, int x);
const struct view_class *ui_top_class(struct ui *u);	/* the overlay, or the view's */

/* ui_page.c: the history's views */
const struct view_class *ui_view_class(struct ui *u);	/* ui_view()'s, or NULL */
void ui_follow(struct ui *u, int k);	/* opens link k, as the view does */

/* ui_whole.c: v, the whole page and back */
void ui_act_whole(struct ui *u);
/* The page view v shows of r: its story, or its whole page. */
struct page *ui_view_page(struct ui *u, const struct view *v, const struct fetched *r);
const char *ui_whole_mark(struct ui *u);	/* for the status line, or NULL */

/* ui_help.c: the help */
struct ui_help *ui_help_new(void);
void ui_help_free(struct ui_help *h);
void ui_help_open(struct ui *u);
extern const struct view_class ui_help_class;

/* ui_mem.c: kanbao.db's read marks, and the sources (ui_saved.h: the
 * saved stories and the history) */
void ui_mem_start(struct ui *u, const char *arg);	/* makes u->mem */
void ui_mem_free(struct ui *u);
int ui_is_read(const struct ui *u, const char *url);
/* A page opened (asked by the URL asked): read, here and in kanbao.db,
 * with a history entry. */
void ui_remember(struct ui *u, const char *asked, const struct page *p);

void ui_sources_recount(struct ui *u);	/* each source's list fetched again */
size_t ui_source_count(const struct ui *u);
int ui_source_known(const struct ui *u, size_t i);	/* 1 counted, 0 not yet, -1 failed */
long ui_source_unread(const struct ui *u, size_t i);	/* -1: not counted yet */
const struct linklist *ui_source_heads(const struct ui *u, size_t i);
void ui_mark_read(struct ui *u, const char *const *urls, size_t n);	/* and in kanbao.db */
void ui_source_add(struct ui *u, const char *name, const char *url);	/* and counts it */
/* What is told of each page the reader loads, once it shows (asked: the
 * URL it was asked by); one, or NULL. */
typedef void ui_shown_fn(struct ui *u, const char *asked);
void ui_mem_on_shown(struct ui *u, ui_shown_fn *shown);

/* A screen of kanbao's own on top of the history, made by make whenever
 * it shows (ui_refresh_view). */
typedef struct page *ui_make_fn(struct ui *u);
void ui_push_screen(struct ui *u, enum view_kind kind, ui_make_fn *make);
const char *ui_screen_url(enum view_kind kind);	/* "kanbao:saved" ... */
/* An empty list page for a screen of kind, titled title (taken). */
struct page *ui_own_list(enum view_kind kind, char *title);

/* ui_allnews.c: a, all the news at once */
void ui_act_news(struct ui *u);

/* ui_feeds.c: i (summaries), A (a list read), u (the next unread), + (a
 * feed a page offers added to the sources) */
void ui_act_summaries(struct ui *u);
void ui_act_mark_read(struct ui *u);
void ui_act_next_unread(struct ui *u);
void ui_act_add_feed(struct ui *u);
const char *ui_feed_offer(struct ui *u);	/* "feed: + adds it", or NULL */
void ui_feeds_free(struct ui *u);

/* ui_news.c: R refreshes the sources, F finds stories in the index */
void ui_act_refresh(struct ui *u);
void ui_act_find(struct ui *u);
void ui_found_open(struct ui *u, const char *url);	/* on F's screen */
void ui_news_free(struct ui *u);	/* before the fetcher goes */

/* ui_comfort.c: 繁简 (T) and the measure (W); ui_layout applies them */
void ui_act_convert(struct ui *u);
void ui_act_text_width(struct ui *u);
void ui_act_images(struct ui *u);	/* I: ui_picture.c's pictures on or off */

/* ui_prompt.c: the prompt on the status line (/ and U) */
struct ui_prompt_kind {
	char *(*line)(const char *text);	/* what the status line shows: a new string */
	void (*enter)(struct ui *u, const char *text);	/* Enter: the prompt is closed */
};

struct ui_prompt *ui_prompt_new(void);
void ui_prompt_free(struct ui_prompt *p);
void ui_prompt_open(struct ui *u, const struct ui_prompt_kind *kind);
int ui_prompt_is_open(const struct ui *u);
void ui_prompt_key(struct ui *u, int key);
char *ui_prompt_line(const struct ui *u);	/* NULL when closed */

/* ui_search.c: / n N */
struct ui_search *ui_search_new(void);
void ui_search_free(struct ui_search *s);
void ui_search_start(struct ui *u);
/* The matches in u->doc (*m, sorted by place) and the current one (*cur,
 * or UI_NO_MATCH); returns how many. */
size_t ui_search_matches(const struct ui *u, const struct lmatch **m, size_t *cur);
void ui_search_next(struct ui *u);
void ui_search_prev(struct ui *u);
void ui_search_forget(struct ui *u);

/* ui_prefetch.c: the links of the story on screen, and the next page of
 * the list on screen (ui_more.c), fetched ahead */
void ui_prefetch_start(struct ui *u);	/* makes u->prefetch */
void ui_prefetch_story(struct ui *u);	/* the story on screen changed */
void ui_prefetch_pump(struct ui *u);	/* start more, if there is room */
/* The reader's load holds the prefetch back (1) while it runs, so what
 * the reader asked for goes first; 0 lets it go on. */
void ui_prefetch_hold(struct ui *u, int held);
const struct fetched *ui_prefetched(struct ui *u, const char *url);
/* The running prefetch of url, taken over: once finished it goes to
 * then(ctx, d), not to the prefetched pages; NULL when none runs. */
/* The prefetch goes on with a story's next page: the job to follow. */
typedef void ui_moved_fn(void *ctx, struct fetch_job *job);
struct fetch_job *ui_prefetch_adopt(struct ui *u, const char *url,
    fetch_done_fn *then, ui_moved_fn *moved, void *ctx);
void ui_prefetch_release(struct ui *u, struct fetch_job *job);
/* Keeps r, taken (*r left empty) unless there is no room for it. */
void ui_prefetch_keep(struct ui *u, struct fetched *r);
/* The page the prefetch extracted from the bytes of r, a page it keeps
 * (ui_prefetched), taken: the caller's; NULL when it made none.  A page
 * it made needed no join. */
struct page *ui_prefetch_page(struct ui *u, const struct fetched *r);
void ui_prefetch_free(struct ui *u);

/* ui_picture.c: the story's pictures, fetched in the background (I) */
struct ui_pictures *ui_pictures_new(int mode);	/* enum picture_mode */
void ui_pictures_free(struct ui *u);	/* cancels their jobs: before the fetcher goes */
/* The pictures of v's story: fetched now unless they are already. */
void ui_pictures_sync(struct ui *u, const struct view *v);
int ui_pictures_shown(const struct ui *u);
void ui_pictures_show(struct ui *u, int shown);	/* for the session: I */
/* ui_picture_ahead.c: the first picture of p, a story fetched ahead
 * (ui_prefetch.c, whose extraction its opening then shows), fetched and
 * held for its opening. */
void ui_picture_prefetch(struct ui *u, const struct page *p);
/* The picture at url when it was fetched ahead (1), else 0: it goes to
 * done(ctx, d), on its way when it comes (*job: the job that brings it),
 * arrived from ui_picture_ahead_hand_over (*job NULL).  A claim left
 * with ui_picture_ahead_leave(ctx) is let go of; 1 when its job runs on,
 * which the caller must not cancel. */
int ui_picture_ahead_take(struct ui *u, const char *url, fetch_done_fn *done, void *ctx,
    struct fetch_job **job);
int ui_picture_ahead_leave(struct ui *u, void *ctx);
/* Hands the pictures arrived to the stories that claim them: called
 * after a frame is drawn; how many (each makes the screen dirty). */
int ui_picture_ahead_hand_over(struct ui *u);
void ui_picture_ahead_free(struct ui *u);	/* cancels what runs: before the fetcher goes */
int ui_picture_rows(const struct ui *u);	/* a box's rows; 0: no boxes */
int ui_picture_box(void *u, size_t block);	/* layout_opts.picture_box */
/* The cells of page block block's picture at cols x rows and colors
 * (enum picture_colors), made once; NULL while it is not here. */
struct picture_cells;
const struct picture_cells *ui_picture_cells(struct ui *u, size_t block, int cols, int rows,
    int colors);
/* The cells (at most *cols x *rows) page block block's picture takes on
 * cells of cell_w x cell_h pixels, and its serial (never 0): 0, or -1
 * while it is not here. */
int ui_picture_fit(struct ui *u, size_t block, int cell_w, int cell_h, int *cols, int *rows,
    unsigned *serial);
/* Sixel: the image of band b of that picture (*len bytes), made once
 * for the band last asked; NULL when none can be made. */
struct picture_band;
const char *ui_picture_pixels(struct ui *u, size_t block, const struct picture_band *b,
    size_t *len);
/* Forgets the sequences of the pictures but the n blocks at placed: a
 * sixel band's can be a megabyte, and one off the screen may never be
 * drawn again. */
void ui_picture_pixels_keep(struct ui *u, const size_t *placed, size_t n);
/* Kitty: band b of that picture (b->id its serial) placed, after its
 * pixels when transmit, appended to out; -1 when it is not here. */
struct buf;
int ui_picture_kitty(struct ui *u, size_t block, const struct picture_band *b, int transmit,
    struct buf *out);
/* Is the picture of that serial held, ready, in the story on screen? */
int ui_picture_alive(const struct ui *u, unsigned serial);
/* ui_picture_draw.c: row row of b's box at screen row y, from column left */
void ui_picture_frame(void);	/* a frame begins: colour pairs anew */
void ui_picture_draw_row(struct ui *u, const struct ldoc *d, const struct lblock *b, int row,
    int y, int left);

/* ui_download.c: d saves the focused link's target (one at a time) */
struct ui_download *ui_download_new(void);
void ui_download_free(struct ui_download *d);	/* after ui_download_cancel */
void ui_act_download(struct ui *u);
int ui_downloading(const struct ui *u);
void ui_download_progress(const struct ui *u, size_t *now, size_t *total);
void ui_download_cancel(struct ui *u);
/* ui_more.c: a list page's next pages, appended as the selection nears
 * its end */
/* The next page the list on screen wants now (its selection is within a
 * screen of the last headline), or NULL: what the prefetch fetches. */
const char *ui_more_wanted(struct ui *u);
/* url, fetched (d->ok) or failed for the list on screen: its headlines
 * appended, or a message; nothing when the list no longer wants it. */
void ui_more_arrived(struct ui *u, const char *url, const struct fetch_done *d);
size_t ui_more_pages(const struct page *p);	/* pages a list holds: 1 or more */

/* ui_browser.c: o */
struct ui_browser *ui_browser_new(void);
void ui_browser_free(struct ui_browser *b);
void ui_browser_open(struct ui *u, const char *url);
void ui_browser_reap(struct ui *u);

/* ui_term.c: the terminal's start and end, signals */
int ui_term_start(struct ui *u);	/* 0, or -1 after a line on stderr */
void ui_term_end(void);
int ui_term_signalled(void);	/* SIGTERM, SIGHUP or SIGINT came: which */
void ui_term_raise(void);

/* ui_draw.c: the screen */

/* What ui_draw_doc shows beside a doc's text. */
struct ui_marks {
	int focus;		/* the link drawn focused, or -1 */
	int (*read)(struct ui *u, int link);	/* a ✓ for a read headline; NULL: none */
	int dim_read;		/* and a read headline dimmed (a list) */
};

void ui_colors_init(struct ui *u);
/* The screen: c's rows (the view on top), then the status line. */
void ui_draw(struct ui *u, const struct view_class *c);
/* The status line alone, the rest as drawn; 0 when it takes a whole
 * frame (ui_draw) instead. */
int ui_draw_status(struct ui *u, const struct view_class *c);
/* The rows above the status line: d from line top; with m (not NULL),
 * the focus, the read marks and the search's matches too. */
void ui_draw_doc(struct ui *u, const struct ldoc *d, size_t top, const struct ui_marks *m);

/* ui_input.c: keys */
int ui_key_read(void);
int ui_key_parse(const char *name);
struct ui_keys *ui_keys_new(void);
void ui_keys_free(struct ui_keys *k);
void ui_bind_defaults(struct ui *u);
void ui_bind_config(struct ui *u);
enum action ui_key_action(const struct ui *u, int key);
char *ui_key_names(const struct ui *u, enum action a);
void ui_mouse_init(void);
/* KEY_MOUSE came: 1 and what, where, for an event the reader takes. */
int ui_mouse_read(enum ui_mouse *what, int *y, int *x);

#endif
