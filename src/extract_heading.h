/*
 * extract_heading: the text of a heading as extract_title.c weighs it,
 * without what follows a <br> or a byline inside it, and whether it is
 * the site's logo or hidden from sight.  Beside
 * extract_dom.h, in the layer of the facts about elements.
 */
#ifndef KANBAO_EXTRACT_HEADING_H
#define KANBAO_EXTRACT_HEADING_H

#include "html.h"

#define HEADING_MAX 200		/* characters of a headline at most */

/* The text of heading n: <h1>Title<br><span>2024-03-15 来源：…</span></h1>
 * gives "Title".  NULL when one of its parts alone is longer than any
 * headline (HEADING_MAX), which the caller passes over as it would the
 * whole text. */
char *heading_text(struct hnode *n);

/* Is the cleaned text t at most `most` words long, in a script that sets
 * words apart with spaces (Latin, Greek, Cyrillic)?  Never for Chinese,
 * Japanese or Thai text, whose length in words the spaces do not tell. */
int heading_few_words(const char *t, int most);

/* A headline and its continuation in the next element (a deck the parser
 * moved out of the headline's <p>), new: a space between them when both
 * meet in a spaced script ("returns" and "- a week"), none in Chinese
 * ("节" and "——"). */
char *heading_join(const char *a, const char *b);

/* An element that shows the site's name: a logo, a brand, a heading
 * that only links to the front page. */
int is_logo(struct hnode *n);

/* A heading only screen readers see, set between a story's paragraphs
 * ("Article content" over each run of them): no text a reader sees. */
int is_offscreen_heading(struct hnode *n);
/* An element that only screen readers see (sr-only, visually-hidden). */
int is_offscreen(struct hnode *n);

/* A headline set in a large <font> (size 5 to 7, or +2 and up) that is
 * its paragraph's whole line, bold or not: an old editor's (FrontPage,
 * Dreamweaver) headline, which has no h1. */
int big_font_heading(struct hnode *n);

/* A table cell, which holds anything, that no class of a headline's
 * (td.title, the old table site's headline cell) sets apart. */
int plain_cell(struct hnode *n);

/* Is n a table cell whose text holds under half of <title>'s?  A cell
 * holds any word of <title> (the issuer, the section in a side menu's
 * box: 会务新闻), so it names or confirms no headline. */
int cell_short_of_title(struct hnode *n, const char *text, const char *title);

#endif
