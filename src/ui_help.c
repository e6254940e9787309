/*
 * ui_help: the help, a view of its own over the page on screen (u->overlay),
 * as ncdu's help is a state with its own draw and keys.
 *
 * Its page is made from the action table and the bindings as they are
 * now (ui_key_names), so a key the config binds shows beside the
 * defaults, as tmux's list-keys -N lists what is bound: each action's
 * keys, what it does, and the name a config file binds keys to.  It is
 * laid out when it opens and when the screen's size changes, and keeps
 * its own doc and top line; the page beneath keeps its place.
 *
 * Its key table answers moving (it scrolls), help and q (they close it),
 * and Esc (it closes it, unless a load is running: then Esc cancels that
 * and the help stays, as redraw lets it stay).  Any other action is not
 * the help's: the dispatcher (ui_act) closes it, and the view beneath
 * does the action.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_int.h"

struct ui_help {
	struct ldoc doc;
	size_t top;
};

struct ui_help *
ui_help_new(void)
{
	return xcalloc(1, sizeof(struct ui_help));
}

void
ui_help_free(struct ui_help *h)
{
	if (h == NULL)
		return;
	ldoc_free(&h->doc);
	free(h);
}

/* One line: the keys (padded to keycols columns), the help text, the name. */
static void
help_line(struct ldoc *d, const char *keys, int keycols, int ambi, enum action a)
{
	/* padded by columns: a key may be a wide character */
	int pad = keycols - layout_width(keys, strlen(keys), ambi);
	char *col = xasprintf("%s%*s", keys, pad, "");
	char *name = xasprintf("  [%s]", action_table[a].name);

	ldoc_begin(d, 0, keycols, 0);
	ldoc_add(d, col, LS_LABEL, -1);
	ldoc_add(d, _(action_table[a].help), LS_TEXT, -1);
	ldoc_add(d, name, LS_META, -1);
	ldoc_end(d);
	free(col);
	free(name);
}

/* The help page at the screen's width, from the keys bound now. */
static void
help_layout(struct ui *u)
{
	struct ui_help *h = u->help;
	struct ldoc *d = &h->doc;
	int keycols = 0, ambi = u->opts.ambi_width;
	char *keys[ACT_COUNT];

	ldoc_free(d);
	ldoc_init(d, u->cols, ambi);
	ldoc_begin(d, 0, 0, 0);
	ldoc_add(d, _("kanbao keys"), LS_TITLE, -1);
	ldoc_end(d);
	ldoc_begin(d, 0, 0, 0);
	ldoc_add(d, _("q, Esc or ? closes this help. The names in brackets are "
	    "the ones a config file binds keys to."), LS_META, -1);
	ldoc_end(d);
	ldoc_blank(d);
	for (int i = 0; i < ACT_COUNT; i++) {
		int w;

		keys[i] = ui_key_names(u, (enum action)i);
		w = layout_width(keys[i], strlen(keys[i]), ambi);
		keycols = w > keycols ? w : keycols;
	}
	keycols += 2;
	for (int i = 0; i < ACT_COUNT; i++) {
		help_line(d, keys[i], keycols, ambi, (enum action)i);
		free(keys[i]);
	}
	if (h->top >= d->nlines)
		h->top = d->nlines > 0 ? d->nlines - 1 : 0;
	u->dirty = 1;
}

void
ui_help_open(struct ui *u)
{
	u->overlay = &ui_help_class;
	u->help->top = 0;
	help_layout(u);
}

/* ---- its key table ---- */

static void
scroll(struct ui *u, size_t line)
{
	u->help->top = ui_doc_clamp(u, &u->help->doc, line);
}

static enum view_done
help_down(struct ui *u)
{
	scroll(u, u->help->top + 1);
	return VIEW_DONE;
}

static enum view_done
help_up(struct ui *u)
{
	if (u->help->top > 0)
		scroll(u, u->help->top - 1);
	return VIEW_DONE;
}

static enum view_done
help_page_down(struct ui *u)
{
	scroll(u, u->help->top + ui_page_step(u));
	return VIEW_DONE;
}

static enum view_done
help_page_up(struct ui *u)
{
	size_t top = u->help->top, step = ui_page_step(u);

	scroll(u, top > step ? top - step : 0);
	return VIEW_DONE;
}

static enum view_done
help_top(struct ui *u)
{
	scroll(u, 0);
	return VIEW_DONE;
}

static enum view_done
help_bottom(struct ui *u)
{
	scroll(u, (size_t)-1);
	return VIEW_DONE;
}

/* Redraw is the common one's, with the help still open. */
static enum view_done
help_pass(struct ui *u)
{
	(void)u;
	return VIEW_PASS;
}

static enum view_done
help_close(struct ui *u)
{
	u->overlay = NULL;
	return VIEW_DONE;
}

/* Esc cancels a load first, with the help still open; else it closes it. */
static enum view_done
help_cancel(struct ui *u)
{
	return ui_loading(u) != LOAD_NONE ? VIEW_PASS : help_close(u);
}

static const struct view_action help_actions[] = {
	{ACT_DOWN, help_down}, {ACT_UP, help_up},
	{ACT_PAGE_DOWN, help_page_down}, {ACT_PAGE_UP, help_page_up},
	{ACT_TOP, help_top}, {ACT_BOTTOM, help_bottom},
	{ACT_REDRAW, help_pass}, {ACT_CANCEL, help_cancel},
	{ACT_HELP, help_close}, {ACT_QUIT, help_close},
	{ACT_NONE, NULL},
};

/* ---- its screen ---- */

/* The wheel scrolls; a press is on no link. */
static void
help_mouse(struct ui *u, enum ui_mouse what, int y, int x)
{
	size_t top = u->help->top;

	(void)y, (void)x;
	if (what == UI_MOUSE_WHEEL_UP)
		scroll(u, top > UI_WHEEL_LINES ? top - UI_WHEEL_LINES : 0);
	else if (what == UI_MOUSE_WHEEL_DOWN)
		scroll(u, top + UI_WHEEL_LINES);
}

static void
help_draw(struct ui *u)
{
	ui_draw_doc(u, &u->help->doc, u->help->top, NULL);
}

static const char *
help_title(struct ui *u)
{
	(void)u;
	return _("Help: q closes it");
}

static const struct ldoc *
help_place(struct ui *u, size_t *top)
{
	*top = u->help->top;
	return &u->help->doc;
}

const struct view_class ui_help_class = {
	.name = "help",
	.actions = help_actions,
	.draw = help_draw,
	.title = help_title,
	.place = help_place,
	.mouse = help_mouse,
	.resize = help_layout,
};
