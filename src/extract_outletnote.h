/* extract_outletnote: the outlet's own lines set among a story's, no
 * news: a credit note, a grant's note, a reporter's bracketed credit;
 * see extract_outletnote.c. */
#ifndef KANBAO_EXTRACT_OUTLETNOTE_H
#define KANBAO_EXTRACT_OUTLETNOTE_H

/* Is s one of the outlet's notes: "(With reports from NAME)", "This story
 * was produced with support from FUND ...", or （本报记者 NAME …）?
 * Asked of every line by is_noise_line: each test looks at one byte
 * first. */
int is_outlet_note(const char *s);

#endif
