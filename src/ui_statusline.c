/*
 * ui_statusline: the reader's last row; see ui_statusline.h.  Its left
 * part is the prompt, else a message, else the view's title, else the URL
 * loading, or where the link in focus goes ("-> URL"), or the page's URL
 * (its tail, when too long); its right part, until the first key, which
 * keys give the help and quit ("? help · q quit", by the bindings), then
 * a load's and a download's progress and the place, all of which give
 * way to a message that needs the room.  A message longer than the row
 * takes up to half the screen above it, until the next key.
 */
#include "config.h"

#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "ui_cells.h"
#include "ui_int.h"
#include "ui_statusline.h"

/* before the URL of the link in focus; ASCII, as an arrow (U+2192) is
 * East Asian ambiguous: drawn two columns wide by some terminals, it
 * moved the rest of the status line (tests/ui_cells.py) */
#define FOCUS_LEAD "-> "
#define DOWNLOAD_MARK "↓"	/* before a download's bytes so far */

/* Bytes of s's longest head that fits cols columns. */
static size_t
fit_head(const char *s, int cols, int ambi)
{
	size_t i = 0, len = strlen(s), n;
	uint32_t cp;
	int x = 0, w;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		w = text_cp_width(cp, ambi);
		if (w > 0 && x + w > cols)
			break;
		x += w > 0 ? w : 0;
		i += n;
	}
	return i;
}

/* Where s's longest tail that fits cols columns starts. */
static size_t
fit_tail(const char *s, int cols, int ambi)
{
	size_t i = 0, len = strlen(s);
	uint32_t cp;

	while (i < len && layout_width(s + i, len - i, ambi) > cols)
		i += utf8_decode(s + i, len - i, &cp);
	return i;
}

static void
human_size(char *out, size_t n, size_t bytes)
{
	if (bytes < 1024)
		snprintf(out, n, "%zu B", bytes);
	else if (bytes < 1024 * 1024)
		snprintf(out, n, "%zu KiB", bytes / 1024);
	else
		snprintf(out, n, "%.1f MiB", bytes / (1024.0 * 1024.0));
}

/* The first name of a key bound to a, or NULL when none is. */
static char *
first_key(const struct ui *u, enum action a)
{
	char *names = ui_key_names(u, a);
	size_t n = strcspn(names, " ");
	char *key = n > 0 ? xstrndup(names, n) : NULL;

	free(names);
	return key;
}

/* "? help · q quit", by the keys bound; "" when neither has a key. */
static char *
make_hint(const struct ui *u)
{
	char *help = first_key(u, ACT_HELP), *quit = first_key(u, ACT_QUIT), *hint;

	if (help != NULL && quit != NULL)
		hint = xasprintf(_("%s help · %s quit"), help, quit);
	else if (help != NULL)
		hint = xasprintf(_("%s help"), help);
	else if (quit != NULL)
		hint = xasprintf(_("%s quit"), quit);
	else
		hint = xstrdup("");
	free(help);
	free(quit);
	return hint;
}

/* "mark12 KiB/40 KiB  " (total 0: unknown) at out + *len, n bytes in all. */
static void
add_progress(char *out, size_t n, int *len, const char *mark, size_t now, size_t total)
{
	char got[32] = "", all[32] = "";

	if (*len < 0 || (size_t)*len >= n)
		return;
	human_size(got, sizeof got, now);
	if (total > 0)
		human_size(all, sizeof all, total);
	*len += snprintf(out + *len, n - (size_t)*len, "%s%s%s%s  ", mark, got,
	    total > 0 ? "/" : "", all);
}

/* The newcomer's hint, the whole page's mark, a load's and a download's
 * progress, the pages of a list, a feed the page offers, and the place:
 * "? help · q quit  whole page  3 pages  12 KiB/40 KiB  ↓ 3 KiB  feed: + adds it  12/140 8%". */
static void
status_right(struct ui *u, const struct view_class *c, char *out, size_t n)
{
	size_t top = u->top, rows = (size_t)ui_content_rows(u);
	const struct ldoc *d = c != NULL && c->place != NULL ? c->place(u, &top) : &u->doc;
	const char *offer;
	size_t now, total, pages;
	int len = 0;
	char *hint;
	const char *mark;
	struct view *v = ui_view(u);

	if (ui_hinting(u)) {
		hint = make_hint(u);
		len = snprintf(out, n, "%s%s", hint, *hint != '\0' ? "  " : "");
		free(hint);
	}
	if ((mark = ui_whole_mark(u)) != NULL && len >= 0 && (size_t)len < n)
		len += snprintf(out + len, n - (size_t)len, "%s  ", mark);
	/* a list page with its next pages appended (ui_more.c): how many */
	if (v != NULL && v->page != NULL && (pages = ui_more_pages(v->page)) > 1 &&
	    len >= 0 && (size_t)len < n) {
		len += snprintf(out + len, n - (size_t)len,
		    ngettext("%zu page", "%zu pages", pages), pages);
		if (len >= 0 && (size_t)len < n)
			len += snprintf(out + len, n - (size_t)len, "  ");
	}
	if (ui_loading(u) != LOAD_NONE) {
		ui_load_progress(u, &now, &total);
		add_progress(out, n, &len, "", now, total);
	}
	if (ui_downloading(u)) {
		ui_download_progress(u, &now, &total);
		add_progress(out, n, &len, DOWNLOAD_MARK " ", now, total);
	}
	if ((offer = ui_feed_offer(u)) != NULL && len >= 0 && (size_t)len < n)
		len += snprintf(out + len, n - (size_t)len, "%s  ", offer);	/* ui_feeds.c */
	if (d->nlines > 0 && len >= 0 && (size_t)len < n)
		snprintf(out + len, n - (size_t)len, "%zu/%zu %zu%%", top + 1, d->nlines,
		    top + rows >= d->nlines ? (size_t)100 : (top + rows) * 100 / d->nlines);
}

/* Where the link in focus goes: "-> URL", or NULL when no link is
 * focused on screen. */
static char *
focus_url(struct ui *u)
{
	struct view *v = ui_view(u);
	const char *url;
	char *clean, *s;

	if (v == NULL || !ui_link_visible(u, v->focus) ||
	    (url = ui_link_url(u, v->focus)) == NULL)
		return NULL;
	clean = text_clean(url, strlen(url));
	s = xasprintf("%s%s", FOCUS_LEAD, clean);
	free(clean);
	return s;
}

/* The left part and whether its head (a message) or tail (a URL) counts;
 * *lead: bytes at its start that stay when only the tail fits. */
static const char *
status_left(struct ui *u, const struct view_class *c, char **owned, int *head, size_t *lead)
{
	struct view *v = ui_view(u);
	int error;
	const char *msg = ui_message_text(u, &error), *title;

	*head = 1;
	*lead = 0;
	if ((*owned = ui_prompt_line(u)) != NULL)
		return *owned;
	if (msg != NULL)
		return msg;
	if (c != NULL && c->title != NULL && (title = c->title(u)) != NULL)
		return title;
	*head = 0;
	if (ui_load_url(u) != NULL)
		return *owned = text_clean(ui_load_url(u), strlen(ui_load_url(u)));
	if ((*owned = focus_url(u)) != NULL) {
		*lead = strlen(FOCUS_LEAD);
		return *owned;
	}
	if (v != NULL)
		return *owned = text_clean(v->page->url, strlen(v->page->url));
	return "";
}

static void
draw_status(struct ui *u, const struct view_class *c, int y, attr_t st, attr_t err)
{
	char right[128] = "", *owned;
	int head, ambi = u->opts.ambi_width;
	size_t lead, from, len;
	const char *left = status_left(u, c, &owned, &head, &lead);
	int rw, lw, leadw, x, error;
	attr_t attr;
	int msg = ui_message_text(u, &error) != NULL, prompting = ui_prompt_is_open(u);

	status_right(u, c, right, sizeof right);
	rw = layout_width(right, strlen(right), ambi);
	/* the place gives way to a message that needs the room */
	if (rw + 1 > u->cols || (head && *left != '\0' && !prompting &&
	    layout_width(left, strlen(left), ambi) > u->cols - rw - 1))
		rw = 0, right[0] = '\0';
	lw = u->cols - rw - (rw > 0 ? 1 : 0);
	leadw = layout_width(left, lead, ambi);
	if (leadw > lw)
		leadw = 0, lead = 0;
	from = head ? 0 : lead + fit_tail(left + lead, lw - leadw, ambi);
	len = head ? fit_head(left, lw, ambi) : strlen(left) - from;
	attr = msg && error && !prompting ? err : st;
	move(y, 0);
	ui_cells_put(left, lead, attr, ambi);
	ui_cells_put(left + from, len, attr, ambi);
	x = leadw + layout_width(left + from, len, ambi);
	if (prompting)
		move(y, x);
	for (int i = x; i < u->cols - rw; i++)
		mvaddch(y, i, ' ');
	move(y, u->cols - rw);
	ui_cells_put(right, strlen(right), attr, ambi);
	attrset(A_NORMAL);
	if (prompting)
		move(y, x < u->cols ? x : u->cols - 1);
	free(owned);
}

/* A message too long for the status line takes up to half the screen
 * (at least MSG_LINES lines) at the bottom, over the page, until the next
 * key clears it; the start-up's messages (the config's bad lines) can be
 * long, and the end of a longer one is the newest. */
#define MSG_LINES 3

/* The lines a long message may take, or 0 when the message (if any)
 * fits the status line. */
static int
long_message_lines(struct ui *u)
{
	int ambi = u->opts.ambi_width, max = (u->rows - 1) / 2, error;
	const char *msg = ui_message_text(u, &error);

	if (max < MSG_LINES)
		max = u->rows - 1 < MSG_LINES ? u->rows - 1 : MSG_LINES;
	if (msg == NULL || ui_prompt_is_open(u) || max < 2 ||
	    layout_width(msg, strlen(msg), ambi) <= u->cols)
		return 0;
	return max;
}

static int
draw_long_message(struct ui *u, attr_t st, attr_t err)
{
	struct strlist lines = {0};
	int ambi = u->opts.ambi_width, max = long_message_lines(u), error;
	const char *msg = ui_message_text(u, &error);
	size_t from;

	if (max == 0)
		return 0;
	layout_wrap(msg, u->cols, ambi, &lines);
	from = lines.n > (size_t)max ? lines.n - (size_t)max : 0;
	for (size_t i = from; i < lines.n; i++) {
		int y = u->rows - (int)(lines.n - i);

		move(y, 0);
		ui_cells_put(lines.v[i], fit_head(lines.v[i], u->cols, ambi),
		    error ? err : st, ambi);
		for (int x = layout_width(lines.v[i], strlen(lines.v[i]), ambi); x < u->cols; x++)
			mvaddch(y, x, ' ');
	}
	attrset(A_NORMAL);
	strlist_free(&lines);
	return 1;
}

void
ui_statusline_draw(struct ui *u, const struct view_class *c, attr_t st, attr_t err)
{
	if (!draw_long_message(u, st, err))
		draw_status(u, c, u->rows - 1, st, err);
}

int
ui_statusline_alone(struct ui *u)
{
	return long_message_lines(u) == 0;
}
