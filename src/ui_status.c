/*
 * ui_status: the message on the status line, and its own state.
 *
 * One message shows at a time and stays until the next key (ui.c clears
 * it).  ui_message() replaces it; ui_message_add() joins another to it
 * with "; ", as start-up does for the config's bad lines, up to
 * UI_MAX_MESSAGE_PARTS, then only counts the rest ("… and N more"), so
 * thousands of bad lines cost a count each, not a join of all the others.
 * Every message is cleaned (text_clean): they quote URLs and errors from
 * outside.  No curses here; ui_draw.c shows the message.
 *
 * Until the first key the status line also says which keys give the help
 * and quit (ui_statusline.c), so a newcomer is never stuck: this file
 * says whether a key came yet.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "text.h"
#include "ui_int.h"

#define UI_MAX_MESSAGE_PARTS 12	/* joined on the status line, then a count */

struct ui_status {
	char *msg;		/* the message, or NULL */
	size_t parts;		/* messages joined into msg by ui_message_add */
	unsigned long more;	/* those past UI_MAX_MESSAGE_PARTS, counted only */
	char *head;		/* msg as it was at the cap, for the count */
	int error;
	int keyed;		/* a key came: the newcomer's hint is over */
};

struct ui_status *
ui_status_new(void)
{
	return xcalloc(1, sizeof(struct ui_status));
}

void
ui_status_free(struct ui_status *s)
{
	if (s == NULL)
		return;
	free(s->msg);
	free(s->head);
	free(s);
}

void
ui_message(struct ui *u, int error, const char *fmt, ...)
{
	struct ui_status *st = u->status;
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0)
		fatal("out of memory");
	free(st->msg);
	st->msg = text_clean(s, (size_t)n);
	st->parts = 1;	/* ui_message_add sets its own count after */
	st->more = 0;
	st->error = error;
	u->dirty = 1;
	free(s);
}

/* Adds text to the status line message (start-up may have several). */
void
ui_message_add(struct ui *u, const char *text)
{
	struct ui_status *st = u->status;
	size_t parts = st->msg == NULL ? 0 : st->parts;
	unsigned long more = st->more;

	/* past the cap only a count grows: joining every message to all the
	 * others made 16,000 bad colour lines quadratic (26 s to the first
	 * screen) */
	if (parts == 0)
		ui_message(u, 1, "%s", text);
	else if (parts < UI_MAX_MESSAGE_PARTS)
		ui_message(u, 1, "%s; %s", st->msg, text);
	else {
		if (more++ == 0) {
			free(st->head);
			st->head = xstrdup(st->msg);
		}
		ui_message(u, 1, ngettext("%s; … and %lu more", "%s; … and %lu more", more),
		    st->head, more);
	}
	st->parts = parts < UI_MAX_MESSAGE_PARTS ? parts + 1 : parts;
	st->more = more;
}

void
ui_message_clear(struct ui *u)
{
	free(u->status->msg);
	u->status->msg = NULL;
}

const char *
ui_message_text(const struct ui *u, int *error)
{
	*error = u->status->error;
	return u->status->msg;
}

int
ui_hinting(const struct ui *u)
{
	return !u->status->keyed;
}

void
ui_hint_end(struct ui *u)
{
	u->status->keyed = 1;
}
