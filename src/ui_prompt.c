/*
 * ui_prompt: the line of text typed on the status line (/ searches, U
 * opens), and its own state.
 *
 * Who opens it gives a struct ui_prompt_kind: what the status line shows
 * for the text so far, and what Enter does with it.  While it is open it
 * takes every key (ui.c asks ui_prompt_is_open first): text, Backspace,
 * C-u to clear, Enter, and Esc, C-c or C-g to give up.  Only characters
 * that cannot disturb the screen go in (text_is_corrupting), at most
 * PROMPT_MAX bytes.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>

#include "text.h"
#include "ui_int.h"

#define CTRL_KEY(c) ((c) & 0x1F)
#define ESC 27
#define PROMPT_MAX 2048	/* bytes: long enough for a URL */

struct ui_prompt {
	const struct ui_prompt_kind *kind;	/* NULL: closed */
	struct buf text;
};

struct ui_prompt *
ui_prompt_new(void)
{
	return xcalloc(1, sizeof(struct ui_prompt));
}

void
ui_prompt_free(struct ui_prompt *p)
{
	if (p == NULL)
		return;
	buf_free(&p->text);
	free(p);
}

static const char *
text_of(const struct ui_prompt *p)
{
	return p->text.s != NULL ? p->text.s : "";
}

/* Opens an empty prompt on the status line. */
void
ui_prompt_open(struct ui *u, const struct ui_prompt_kind *kind)
{
	struct ui_prompt *p = u->prompt;

	p->kind = kind;
	p->text.len = 0;
	if (p->text.s != NULL)
		p->text.s[0] = '\0';
}

int
ui_prompt_is_open(const struct ui *u)
{
	return u->prompt->kind != NULL;
}

char *
ui_prompt_line(const struct ui *u)
{
	const struct ui_prompt *p = u->prompt;

	return p->kind != NULL ? p->kind->line(text_of(p)) : NULL;
}

/* Drops the last character of the prompt. */
static void
backspace(struct buf *b)
{
	while (b->len > 0 && ((unsigned char)b->s[b->len - 1] & 0xC0) == 0x80)
		b->len--;
	if (b->len > 0)
		b->len--;
	b->s[b->len] = '\0';
}

/* A key while the prompt is open: text, editing, Enter, Esc. */
void
ui_prompt_key(struct ui *u, int key)
{
	struct ui_prompt *p = u->prompt;
	const struct ui_prompt_kind *kind = p->kind;
	char enc[4];

	if (key == '\n') {
		p->kind = NULL;
		kind->enter(u, text_of(p));
	} else if (key == ESC || key == CTRL_KEY('C') || key == CTRL_KEY('G')) {
		p->kind = NULL;
	} else if (key == UI_KEY_FN(KEY_BACKSPACE)) {
		if (p->text.len == 0)
			p->kind = NULL;
		else
			backspace(&p->text);
	} else if (key == CTRL_KEY('U')) {
		p->text.len = 0;
		if (p->text.s != NULL)
			p->text.s[0] = '\0';
	} else if (key >= ' ' && key < UI_KEY_FN(0) && key <= 0x10FFFF &&
	    !text_is_corrupting((uint32_t)key) && p->text.len < PROMPT_MAX) {
		buf_add(&p->text, enc, utf8_encode((uint32_t)key, enc));
	}
}
