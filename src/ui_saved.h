/*
 * ui_saved: what the reader does with kanbao.db beside its read marks.
 * s saves the story on screen with the bytes it came from (all its pages,
 * for a story read from several); S lists the saved stories, newest
 * first, and following one opens it from kanbao.db without a fetch; H
 * lists the pages read lately, across sessions, newest first.  With
 * kanbao.db off this run, each says so on the status line.
 */
#ifndef KANBAO_UI_SAVED_H
#define KANBAO_UI_SAVED_H

struct ui;

void ui_act_save(struct ui *u);
void ui_act_saved(struct ui *u);
void ui_act_history(struct ui *u);

/* A link followed on the saved screen: the copy saved under url. */
void ui_follow_saved(struct ui *u, const char *url);

#endif
