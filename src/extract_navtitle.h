/* extract_navtitle: the titles of 上一篇 / 下一篇 links; see
 * extract_navtitle.c. */
#ifndef KANBAO_EXTRACT_NAVTITLE_H
#define KANBAO_EXTRACT_NAVTITLE_H

#include <stdint.h>

#include "extract_dom.h"

/* Is cp a letter or digit of some script rather than a mark, a bracket
 * or a space? */
int is_word_char(uint32_t cp);
/* Does s hold a letter or digit of some script, what a headline is made
 * of, rather than marks, brackets and spaces alone? */
int has_words(const char *s);
/* A link that is its label alone (上一篇) shows no title: another link on
 * the page to the same story does (an e-paper's list of the page's
 * stories).  l's title becomes its text; 1 when one is found. */
int title_elsewhere(const struct ctx *c, struct hnode *label_a, struct link *l);
/* A link that is a picture alone whose alt opens with one of labels (<a><img
 * alt="上一篇"></a>), titled by another link on the page to the same
 * story; new, or NULL. */
struct link *pictured_link(const struct ctx *c, const char *const *labels);
/* Could text t hold a 上一篇 / 下一篇 label of either direction, or one
 * of labels (prev_labels or next_labels)?  A cheap test before the search. */
int may_hold_any_label(const char *t);
int may_hold_label(const char *t, const char *const *labels);

#endif
