/*
 * extract_find: finding the words of a list in a line of text, for the
 * line tests every story's every line goes through.  Each list gets a
 * filter of the places its words may start, built on first use and kept
 * by the list's address: the lists must last (static tables).  Text
 * only; calls nothing of extraction, so every part may call it.
 */
#ifndef EXTRACT_FIND_H
#define EXTRACT_FIND_H

#include <stddef.h>

/* The first place in s where one of words starts, or NULL: strstr for
 * many words in one pass. */
const char *find_any(const char *s, const char *const *words);
/* The first of words that s starts with, or NULL. */
const char *starts_any(const char *s, const char *const *words);
/* Is s[0..n) exactly one of words? */
int is_one_of(const char *s, size_t n, const char *const *words);
/* Does s[0..n) end with one of words, and hold more than it? */
int ends_in_any(const char *s, size_t n, const char *const *words);
/* Does s end with the whole of t, and hold more than it? */
int ends_on(const char *s, const char *t);
/* Is p a CJK character (U+4000..U+9FFF, three bytes of UTF-8)? */
int cjk_at(const char *p);
/* The bytes of the colon (":" or "：") that s[0..n) ends with, 0 if none:
 * a label's mark. */
size_t colon_at_end(const char *s, size_t n);
/* n less the white space that s[0..n) ends with. */
size_t trim_end(const char *s, size_t n);
/* Does s[0..n) open with the full-width bracket （ and end with ）, with
 * more between?  (A note set apart: （作者系…）, （本报记者…）.) */
int bracketed_line(const char *s, size_t n);
/* p past spaces and ideographic spaces (U+3000). */
const char *skip_blanks(const char *p);
/* Past the first of marks (in the list's order) that s holds within its
 * first max bytes, or NULL: a dateline's 日电 or 讯（ near its start. */
const char *past_mark_within(const char *s, const char *const *marks, size_t max);
/* Every mark (a three-byte character: 、 ，) in s made three spaces:
 * names set apart by it then read as set apart by blanks. */
void blank_marks(char *s, const char *mark);
/* The count of ideographs (three bytes each, E4 to E9 lead) that
 * s[0..n) is made of wholly, or -1 when it holds anything else. */
int ideographs(const char *s, size_t n);
/* The CJK characters at *s up to a blank or a byte of another script,
 * *s moved past them. */
int cjk_run(const char **s);

#endif
