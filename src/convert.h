/*
 * convert: 繁简, traditional and simplified Chinese, with OpenCC.
 *
 * What it promises:
 *   - libopencc is loaded (dlopen) and its converters opened the first
 *     time a text needs one, never at start-up: a run that converts
 *     nothing pays nothing.  Each converter is opened once a run.
 *   - Nothing here fails the program.  A libopencc that cannot be loaded,
 *     or a missing OpenCC data file (t2s.json, s2t.json, their .ocd2
 *     dictionaries), leaves every text as it was and says why once
 *     (convert_trouble).  A string that is not valid UTF-8, or longer
 *     than CONVERT_MAX bytes, is left as it is too; plain ASCII never
 *     reaches OpenCC.
 *   - Only text is converted: titles, paragraphs, captions, link texts,
 *     names, tags, snippets.  URLs, dates and the page's own URL list are
 *     not, so links, read marks and the cache see the same page either way.
 *
 * KANBAO_OPENCC_DIR, when set, is the directory OpenCC's configurations
 * are read from instead of OpenCC's own (for tests and packagers).
 */
#ifndef KANBAO_CONVERT_H
#define KANBAO_CONVERT_H

#include <stddef.h>

#include "util.h"

#define CONVERT_MAX (4u << 20)	/* bytes of one string; longer ones stay */

enum convert_mode { CONVERT_NONE, CONVERT_T2S, CONVERT_S2T };

/* "none", "t2s", "s2t" to a mode: 0, or -1 for anything else. */
int convert_mode_parse(const char *name, enum convert_mode *m);
const char *convert_mode_name(enum convert_mode m);

/* s converted, a new string; NULL when it is left as it is (mode none,
 * ASCII, invalid, too long, OpenCC missing). */
char *convert_text(enum convert_mode m, const char *s);

struct page;
/* Converts p's texts in place.  0 when they were converted (the page may
 * have had nothing to change); -1 when OpenCC is missing and p is as it
 * was.  Sets p->converted to the mode's name on 0. */
int convert_page(struct page *p, enum convert_mode m);

/* The ways a search word may be written: s itself, then its t2s and s2t
 * forms where they differ, appended to out.  ASCII loads nothing. */
void convert_variants(const char *s, struct strlist *out);

struct ldoc;
struct lmatch;
/* ldoc_find for needle in either script: the matches of each of its
 * convert_variants, in reading order, overlaps once. */
size_t convert_find(const struct ldoc *d, const char *needle, struct lmatch **out);

/* Why the texts were left unconverted, a new string, once (each trouble
 * is told once a run); NULL when there is nothing to tell. */
char *convert_trouble(void);

/* Closes the converters (at exit, so that a leak checker sees none). */
void convert_end(void);

#endif
