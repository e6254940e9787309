/* extract_kinhead: the short headings of a related list that name their
 * own kind of item; see extract_kinhead.c. */
#ifndef KANBAO_EXTRACT_KINHEAD_H
#define KANBAO_EXTRACT_KINHEAD_H

#include <stddef.h>

/* Is p[0..n) 相关 and a two-character noun, "相关史话", "相关科普"? */
int is_kin_noun_heading(const char *p, size_t n);

/* Is p[0..n) 其他, a kind of item and a story noun, "其他會務新聞"? */
int is_other_kind_heading(const char *p, size_t n);

#endif
