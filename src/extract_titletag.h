/*
 * extract_titletag: what a page's <title> says about its headline: sites
 * join the headline and their own name (and the section's) with a
 * separator, in either order.  Text only: no document.
 */
#ifndef KANBAO_EXTRACT_TITLETAG_H
#define KANBAO_EXTRACT_TITLETAG_H

#include <stddef.h>

/* Where sq (squeezed) stands in the squeezed <title> title as a whole
 * part set off by separators: TITLE_LAST after a longer part ("Headline –
 * Site"), TITLE_MIDDLE between a longer part and more ("Headline @ Blog
 * :: Site ::"), TITLE_FIRST before more ("Site | Headline"), or 0.  The
 * part before need not be longer when the heading is a logo. */
enum { TITLE_LAST = 1, TITLE_MIDDLE, TITLE_FIRST };
int title_site_part(const char *title, const char *sq, int logo);

/* The first part of a <title> such as "Headline_Channel_Site", new. */
char *title_first_part(const char *t);

/* Is first (<title>'s first part) an app's or a site's name (学习平台)
 * rather than the headline: short, under half the heading over the story
 * that nothing confirms? */
int title_names_app(const char *first, const char *heading);
struct hnode;
int side_menu_heading(struct hnode *n, struct hnode *own);	/* <aside><h2>SECTION</h2>, a side cell's */
int same_text(const char *a, const char *b);	/* alike, spaces squeezed */
struct ctx;
/* Does heading n only link to a folder holding the page (a blog's name)? */
int heading_links_up(const struct ctx *c, struct hnode *n);

/* A heading too short for a headline but for what <title> says before its
 * separator: a notice's 讣  告 (spaced out for show) under "讣告 - SITE".
 * The headline as <title> spells it, CJK only; new, or NULL. */
char *short_heading_title(const char *heading, const char *title);

/* Is t (a table cell's text) a field table's label of the headline
 * (標　　題, 标题：), so that the next cell holds the headline? */
int title_label_cell(const char *t);

/* What the head says the headline is, each squeezed (squeeze), or
 * NULL: <title>, og:title and the site's name; and where the body lies. */
struct title_hint {
	char *title, *og, *site;	/* squeezed, may be NULL */
	size_t body_first, body_end;
};

/* Does <title> or og:title hold text (squeezed)? */
int hint_confirms(const struct title_hint *h, const char *text);
/* text without a board's thread type before its subject ("[见闻] ...",
 * "【求助】..."), when <title> holds the subject alone; text is freed
 * and a new string returned, or text itself. */
char *hint_without_bracket_label(const struct title_hint *h, char *text);
/* Is text, squeezed, the whole of <title>? */
int hint_whole_title(const struct title_hint *h, const char *text);

struct ctx;
/* <title>'s first part, or the line above the story that opens with it
 * and goes on past a space, the headline in full; new.  c is not const:
 * el_info fills the ctx's cache. */
char *title_part_shown(struct ctx *c, const char *tt);

#endif
