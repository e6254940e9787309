/*
 * ui_input: keys.  Reads them without blocking (the loop has already
 * waited), names them for the action table's defaults and the config,
 * maps them to actions.
 *
 * A key is an int: a character (a Unicode code point, as ncursesw gives
 * it) or UI_KEY_FN(curses key code).  Enter, Backspace and their control
 * character twins are made one key each here, so bindings need not care.
 *
 * The mouse, where the terminal reports it: the wheel scrolls, a press of
 * the first button follows what it is on (ui_mouse).  KANBAO_NO_MOUSE=1
 * leaves the mouse to the terminal (to select text without Shift).
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "ui_int.h"

#define CTRL_KEY(c) ((c) & 0x1F)
#define ESC 27

static const struct {
	const char *name;
	int key;
} key_names[] = {
	{"Space", ' '}, {"Enter", '\n'}, {"Tab", '\t'}, {"Esc", ESC},
	{"S-Tab", UI_KEY_FN(KEY_BTAB)}, {"Backspace", UI_KEY_FN(KEY_BACKSPACE)},
	{"Up", UI_KEY_FN(KEY_UP)}, {"Down", UI_KEY_FN(KEY_DOWN)},
	{"Left", UI_KEY_FN(KEY_LEFT)}, {"Right", UI_KEY_FN(KEY_RIGHT)},
	{"PgUp", UI_KEY_FN(KEY_PPAGE)}, {"PgDn", UI_KEY_FN(KEY_NPAGE)},
	{"Home", UI_KEY_FN(KEY_HOME)}, {"End", UI_KEY_FN(KEY_END)},
	{"Delete", UI_KEY_FN(KEY_DC)},
};

/* One key, or UI_KEY_NONE when none is waiting, UI_KEY_LOST when the
 * terminal is gone. */
int
ui_key_read(void)
{
	wint_t wc;
	int rc;

	errno = 0;
	rc = get_wch(&wc);
	if (rc == ERR)
		return errno == EIO || errno == EBADF || errno == ENXIO ? UI_KEY_LOST : UI_KEY_NONE;
	if (rc == KEY_CODE_YES) {
		if (wc == KEY_ENTER)
			return '\n';
		return UI_KEY_FN((int)wc);
	}
	if (wc == '\r')
		return '\n';
	if (wc == 0x7F || wc == CTRL_KEY('H'))
		return UI_KEY_FN(KEY_BACKSPACE);
	return (int)wc;
}

/* The key a name stands for ("j", "Space", "C-l", a Chinese character),
 * or -1. */
int
ui_key_parse(const char *name)
{
	size_t len = strlen(name);
	uint32_t cp;

	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (strcmp(key_names[i].name, name) == 0)
			return key_names[i].key;
	if (len == 3 && name[0] == 'C' && name[1] == '-' &&
	    (unsigned char)name[2] >= '@' && (unsigned char)name[2] < 0x7F)
		return CTRL_KEY(name[2]);
	if (len > 0 && utf8_decode(name, len, &cp) == len && cp > ' ' &&
	    !text_is_corrupting(cp))
		return (int)cp;
	return -1;
}

static void
bind(struct ui *u, int key, enum action a)
{
	for (size_t i = 0; i < u->nbindings; i++) {
		if (u->bindings[i].key == key) {
			u->bindings[i].action = a;
			return;
		}
	}
	if (u->nbindings < UI_MAX_BINDINGS)
		u->bindings[u->nbindings++] = (struct binding){key, a};
}

/* The defaults of the action table. */
void
ui_bind_defaults(struct ui *u)
{
	for (int a = 0; a < ACT_COUNT; a++) {
		char *keys = xstrdup(action_table[a].keys), *save = NULL;

		for (char *k = strtok_r(keys, " ", &save); k; k = strtok_r(NULL, " ", &save)) {
			int key = ui_key_parse(k);

			if (key == -1)
				fatal("action table: bad key name '%s'", k);
			bind(u, key, (enum action)a);
		}
		free(keys);
	}
}

/* The config's `bind KEY ACTION` lines over the defaults.  A key or an
 * action not known is a message naming file:line; the rest still binds. */
void
ui_bind_config(struct ui *u)
{
	const struct config *c = u->opts.config;

	for (size_t i = 0; c != NULL && i < c->nbindings; i++) {
		const struct key_binding *b = &c->bindings[i];
		int key = ui_key_parse(b->key);
		enum action a = action_by_name(b->action);
		char *e = NULL;

		if (key == -1)
			e = xasprintf(_("%s: unknown key '%s'"), b->where, b->key);
		else if (a == ACT_NONE)
			e = xasprintf(_("%s: unknown action '%s'"), b->where, b->action);
		else
			bind(u, key, a);
		if (e != NULL) {
			ui_message_add(u, e);	/* capped there, with a count */
			free(e);
		}
	}
}

enum action
ui_key_action(const struct ui *u, int key)
{
	for (size_t i = 0; i < u->nbindings; i++)
		if (u->bindings[i].key == key)
			return u->bindings[i].action;
	return ACT_NONE;
}

/* Asks for presses of the first button and the wheel, unless
 * KANBAO_NO_MOUSE says not to. */
void
ui_mouse_init(void)
{
	const char *no = getenv("KANBAO_NO_MOUSE");
	mmask_t want = BUTTON1_PRESSED | BUTTON4_PRESSED;

	if (no != NULL && *no != '\0' && strcmp(no, "0") != 0)
		return;
#ifdef BUTTON5_PRESSED
	want |= BUTTON5_PRESSED;
#endif
	mousemask(want, NULL);
	/* the default click interval stays: with mouseinterval(0), ncurses 6.4
	 * can take the next event's bytes for this one's and block in read()
	 * until another key comes, the reader frozen on a finished load */
}

void
ui_mouse_key(struct ui *u)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return;
	if (ev.bstate & BUTTON4_PRESSED)
		ui_mouse(u, UI_MOUSE_WHEEL_UP, ev.y, ev.x);
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		ui_mouse(u, UI_MOUSE_WHEEL_DOWN, ev.y, ev.x);
#endif
	else if (ev.bstate & BUTTON1_PRESSED)
		ui_mouse(u, UI_MOUSE_CLICK, ev.y, ev.x);
}
