/* extract_tooltip: whether a link's title attribute is its story's
 * title or a description of it; see extract_tooltip.c. */
#ifndef KANBAO_EXTRACT_TOOLTIP_H
#define KANBAO_EXTRACT_TOOLTIP_H

/* Does a link's title attribute attr, longer than its text, give the
 * story's full title (the text cut from it, or a label's), rather than
 * describe the story or label it ("Permalink to: TITLE") under a title
 * the text shows whole? */
int tooltip_is_title(const char *text, const char *attr);

/* Is a link's title attribute attr its story's date alone, a date label
 * or none before it ("发布于 2026-11-21 09:14"): no title? */
int tooltip_is_date(const char *attr);

#endif
