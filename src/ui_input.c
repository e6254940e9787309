/*
 * ui_input: keys.  Reads them without blocking (the loop has already
 * waited), names them for the action table's defaults and the config,
 * maps them to actions through the bindings, which are ui_input.c's own
 * (struct ui_keys), and names them back for the help.
 *
 * A key is an int: a character (a Unicode code point, as ncursesw gives
 * it) or UI_KEY_FN(curses key code).  Enter, Backspace and their control
 * character twins are made one key each here, so bindings need not care.
 *
 * The bindings: the action table's defaults, then the config's `bind`
 * lines over them.  A key is bound to one action; the order is the order
 * each key was first bound, so the help lists an action's keys as the
 * table gives them and a key the config adds after them.
 *
 * The mouse, where the terminal reports it: the wheel scrolls, a press of
 * the first button follows what it is on (ui_mouse).  KANBAO_NO_MOUSE=1
 * leaves the mouse to the terminal (to select text without Shift).
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "ui_int.h"

#define CTRL_KEY(c) ((c) & 0x1F)
#define ESC 27
#define MAX_BINDINGS 96

struct binding {
	int key;
	enum action action;
};

struct ui_keys {
	struct binding v[MAX_BINDINGS];
	size_t n;
};

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

/* The name ui_key_parse reads back as key, into out (at least
 * KEY_NAME_MAX bytes). */
#define KEY_NAME_MAX 16

static void
name_of(int key, char *out)
{
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++) {
		if (key_names[i].key == key) {
			strcpy(out, key_names[i].name);
			return;
		}
	}
	if (key >= 0 && key < ' ')	/* C-a ... C-z as the table writes C-l */
		snprintf(out, KEY_NAME_MAX, "C-%c", key >= 1 && key <= 26 ? 'a' + key - 1 : key | 0x40);
	else if (key > ' ' && key <= 0x10FFFF)
		out[utf8_encode((uint32_t)key, out)] = '\0';
	else
		strcpy(out, "?");	/* ui_key_parse makes no other */
}

struct ui_keys *
ui_keys_new(void)
{
	return xcalloc(1, sizeof(struct ui_keys));
}

void
ui_keys_free(struct ui_keys *k)
{
	free(k);
}

static void
bind(struct ui *u, int key, enum action a)
{
	struct ui_keys *k = u->keys;

	for (size_t i = 0; i < k->n; i++) {
		if (k->v[i].key == key) {
			k->v[i].action = a;
			return;
		}
	}
	if (k->n < MAX_BINDINGS)
		k->v[k->n++] = (struct binding){key, a};
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
	const struct ui_keys *k = u->keys;

	for (size_t i = 0; i < k->n; i++)
		if (k->v[i].key == key)
			return k->v[i].action;
	return ACT_NONE;
}

/* The keys bound to a now, by name, separated by spaces ("j Down"); ""
 * for none.  A new string. */
char *
ui_key_names(const struct ui *u, enum action a)
{
	const struct ui_keys *k = u->keys;
	struct buf b = {0};
	char name[KEY_NAME_MAX];

	buf_adds(&b, "");
	for (size_t i = 0; i < k->n; i++) {
		if (k->v[i].action != a)
			continue;
		name_of(k->v[i].key, name);
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, name);
	}
	return buf_steal(&b);
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

int
ui_mouse_read(enum ui_mouse *what, int *y, int *x)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return 0;
	if (ev.bstate & BUTTON4_PRESSED)
		*what = UI_MOUSE_WHEEL_UP;
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		*what = UI_MOUSE_WHEEL_DOWN;
#endif
	else if (ev.bstate & BUTTON1_PRESSED)
		*what = UI_MOUSE_CLICK;
	else
		return 0;
	*y = ev.y;
	*x = ev.x;
	return 1;
}
