#ifndef EXTRACT_ARROWNAV_H
#define EXTRACT_ARROWNAV_H

#include <stddef.h>

#include "html.h"

/* Of a "« TITLE" anchor followed by a "TITLE »" one under one parent,
 * the first pair's previous (dir -1) or next (dir 1) anchor, or NULL. */
struct hnode *arrow_pair(const struct hnode *const *v, size_t n, int dir);
/* The word of text n when it is a previous / next label alone in an
 * element of its own right before a link (<li><span>Prev</span><a>TITLE
 * </a></li>): "Prev" or "Previous" for rel "prev", "Next" for "next";
 * else NULL (extract_lonenav.c). */
const char *lone_nav_word(const struct hnode *n, const char *rel);
/* title, anchor a's after its label, without a bare Prev / Previous /
 * Next that a's last text holds alone, nor one alone in an element of its
 * own that a's first seen text is (extract_lonenav.c). */
void trim_nav_word(char *title, struct hnode *a);
/* title cut in place before an arrow closing it after a space ("Next:
 * TITLE ›"); trim_arrows also before one opening it ("« TITLE"). */
void trim_arrow(char *title);
void trim_arrows(char *title);
/* after a label: an arrow of either direction opening the title too */
void trim_label_arrows(char *title);
/* title without the arrows and the word w of its link before it ("«
 * 上一頁 TITLE", "下一頁 » TITLE": a static blog theme's pager) */
void trim_worded_title(char *title, const char *w);
const char *past_nav_label(const char *t, const char *label);
/* title cut before a label closing it after a space, with no words
 * after the label, the label a text of its own in the link a ("TITLE
 * <span>下一篇 →</span>"); 1 when cut (at: the label in title) */
int cut_trailing_label(char *title, struct hnode *a, const char *at, const char *label);

#endif
