/*
 * ui_statusline: the reader's last row; see ui_statusline.h.  Its left
 * part is the prompt, else a message, else the view's title, else the URL
 * loading or on screen (its tail, when too long); its right part a load's
 * progress and the place, which give way to a message that needs the
 * room.  A message longer than the row takes up to half the screen above
 * it, until the next key.
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

/* Transfer progress and the place: "12 KiB/40 KiB  12/140 8%". */
static void
status_right(struct ui *u, const struct view_class *c, char *out, size_t n)
{
	size_t top = u->top, rows = (size_t)ui_content_rows(u);
	const struct ldoc *d = c != NULL && c->place != NULL ? c->place(u, &top) : &u->doc;
	char got[32] = "", all[32] = "";
	size_t now, total, pages;
	int len = 0;
	struct view *v = ui_view(u);

	/* a list page with its next pages appended (ui_more.c): how many */
	if (v != NULL && v->page != NULL && (pages = ui_more_pages(v->page)) > 1)
		len = snprintf(out, n, ngettext("%zu page", "%zu pages", pages), pages);
	if (len > 0 && (size_t)len + 2 < n)
		len += snprintf(out + len, n - (size_t)len, "  ");
	if (ui_loading(u) != LOAD_NONE) {
		ui_load_progress(u, &now, &total);
		human_size(got, sizeof got, now);
		if (total > 0)
			human_size(all, sizeof all, total);
		len += snprintf(out + len, n - (size_t)len, "%s%s%s  ", got, total > 0 ? "/" : "", all);
	}
	if (d->nlines > 0 && len >= 0 && (size_t)len < n)
		snprintf(out + len, n - (size_t)len, "%zu/%zu %zu%%", top + 1, d->nlines,
		    top + rows >= d->nlines ? (size_t)100 : (top + rows) * 100 / d->nlines);
}

/* The left part and whether its head (a message) or tail (a URL) counts. */
static const char *
status_left(struct ui *u, const struct view_class *c, char **owned, int *head)
{
	struct view *v = ui_view(u);
	int error;
	const char *msg = ui_message_text(u, &error), *title;

	*head = 1;
	if ((*owned = ui_prompt_line(u)) != NULL)
		return *owned;
	if (msg != NULL)
		return msg;
	if (c != NULL && c->title != NULL && (title = c->title(u)) != NULL)
		return title;
	*head = 0;
	if (ui_load_url(u) != NULL)
		return *owned = text_clean(ui_load_url(u), strlen(ui_load_url(u)));
	if (v != NULL)
		return *owned = text_clean(v->page->url, strlen(v->page->url));
	return "";
}

static void
draw_status(struct ui *u, const struct view_class *c, int y, attr_t st, attr_t err)
{
	char right[128] = "", *owned;
	int head, ambi = u->opts.ambi_width;
	const char *left = status_left(u, c, &owned, &head);
	int rw, lw, x, error;
	size_t from, len;
	attr_t attr;
	int msg = ui_message_text(u, &error) != NULL, prompting = ui_prompt_is_open(u);

	status_right(u, c, right, sizeof right);
	rw = layout_width(right, strlen(right), ambi);
	/* the place gives way to a message that needs the room */
	if (rw + 1 > u->cols || (head && *left != '\0' && !prompting &&
	    layout_width(left, strlen(left), ambi) > u->cols - rw - 1))
		rw = 0, right[0] = '\0';
	lw = u->cols - rw - (rw > 0 ? 1 : 0);
	from = head ? 0 : fit_tail(left, lw, ambi);
	len = head ? fit_head(left, lw, ambi) : strlen(left) - from;
	attr = msg && error && !prompting ? err : st;
	move(y, 0);
	ui_cells_put(left + from, len, attr, ambi);
	x = layout_width(left + from, len, ambi);
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
