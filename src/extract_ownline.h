/* extract_ownline: two kinds of a story's own line that other rules took
 * for page furniture; see extract_ownline.c. */
#ifndef KANBAO_EXTRACT_OWNLINE_H
#define KANBAO_EXTRACT_OWNLINE_H

#include "extract_dom.h"

/* Is s the reporter's credit closing a story, a line of its own:
 * "报道：NAME" with NAME the page's author, then at most the
 * photographer's "摄影：NAME" (a name or office of two to ten CJK
 * characters), and nothing else?  A line that runs on after the name
 * ("报道：NAME称，…") or names another is no credit. */
int is_report_credit(const char *s, const char *author);

/* Is segment s a sentence of the story that opens on a pager's word
 * ("下一篇打算写……。"): the word run on into the text with no colon,
 * blank or bracket after it, no link in the line, and the line ending
 * on a full stop, an exclamation or a question mark?  A pager's line
 * ("下一篇：TITLE", "下一篇 TITLE", a linked "下一篇TITLE") is none. */
int is_pager_word_sentence(const struct seg *s);

#endif
