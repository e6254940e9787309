/* extract_tongue: a label in two tongues side by side (標籤 Tags). */
#ifndef EXTRACT_TONGUE_H
#define EXTRACT_TONGUE_H

/* The space between the two halves of a label set in two tongues, Han
 * characters and Latin words apart by one space (標籤 Tags, 相關消息
 * Related News, Tags 標籤), or NULL. */
const char *tongue_gap(const char *s);
/* Is one half of such a two-tongue label exactly w? */
int tongue_half_is(const char *s, const char *w);

#endif
