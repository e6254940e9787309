/*
 * ui_statusline: the status line, a pane of its own (as sfeed_curses's
 * status bar): ui_draw.c draws it in every whole frame, and alone while a
 * page loads and nothing else changed.  It draws in the two attributes
 * ui_draw.c gives it (the line's, and an error message's).
 */
#ifndef KANBAO_UI_STATUSLINE_H
#define KANBAO_UI_STATUSLINE_H

#include <curses.h>

struct ui;
struct view_class;

/* The last row (u->rows >= 2), or a message too long for it over the rows
 * at the bottom; c is the view on top. */
void ui_statusline_draw(struct ui *u, const struct view_class *c, attr_t st, attr_t err);
/* Is the last row all it takes (no long message over the rows above)? */
int ui_statusline_alone(struct ui *u);

#endif
