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
 * and quit (ui_hint), by the bindings, so a newcomer is never stuck.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	char *hint;		/* the newcomer's hint, once made */
	int keyed;		/* a key came: the hint is over */
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
	free(s->hint);
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

/* "? help · q quit", by the keys bound. */
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

const char *
ui_hint(struct ui *u)
{
	struct ui_status *st = u->status;

	if (st->keyed)
		return NULL;
	if (st->hint == NULL)
		st->hint = make_hint(u);
	return *st->hint != '\0' ? st->hint : NULL;
}

void
ui_hint_end(struct ui *u)
{
	u->status->keyed = 1;
}
