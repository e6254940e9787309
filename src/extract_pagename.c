/*
 * extract_pagename: a notice's own heading under the page's name (see
 * extract_pagename.h).  A site builder names each page of a small site
 * (通告, 活动, News) and prints the name as the page's <h1> banner and
 * as <title>'s last part after the site's; what the page holds, a notice
 * with its own title, starts below.  The name is no headline, nor is
 * <title>; the heading at the top of the text is.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_heading.h"
#include "extract_pagename.h"
#include "extract_titletag.h"
#include "extract_words.h"
#include "html.h"
#include "utf8.h"
#include "util.h"

#define PAGE_NAME_MAX 6		/* characters of a page's name: 通告, 最新消息 */
#define NOTICE_TITLE_MIN 6	/* characters of a notice's own heading */
#define BODY_NEAR 2		/* segments from the body's first its heading starts */

/* Is n an h1-h4? */
static int
upper_heading(struct hnode *n)
{
	return html_is(n, "h1") || html_is(n, "h2") || html_is(n, "h3") || html_is(n, "h4");
}

/* Is n's text, squeezed, <title>'s last part, a page's name after the
 * site's (萨摩亚华人联谊会 - 通告)? */
static int
names_page(struct hnode *n, const char *title)
{
	char *t = heading_text(n), *sq = t != NULL ? squeeze(t) : NULL;
	int yes = sq != NULL && utf8_chars(sq) >= 1 && utf8_chars(sq) <= PAGE_NAME_MAX &&
	    title_site_part(title, sq, 0) == TITLE_LAST;

	free(t);
	free(sq);
	return yes;
}

/* The heading after the page's name at the top of the body, longer than
 * a name and no part of <title>: its text, new, or NULL. */
static char *
notice_heading(struct ctx *c, struct hnode *n, const char *title, size_t *seg)
{
	struct elinfo *b = el_info(c, c->body_node), *e = el_info(c, n);
	char *t, *sq;

	if (b == NULL || e == NULL || e->first + BODY_NEAR < b->first || e->first > b->first + BODY_NEAR ||
	    (t = heading_text(n)) == NULL)
		return NULL;
	sq = squeeze(t);
	if (utf8_chars(sq) < NOTICE_TITLE_MIN || strstr(title, sq) != NULL) {
		free(sq);
		free(t);
		return NULL;
	}
	free(sq);
	*seg = e->first;
	return t;
}

void
page_name_title(struct ctx *c)
{
	char *tt, *title, *found = NULL;
	struct hnode *name = NULL;
	size_t seg = c->nsegs;

	if (c->title_seg < c->nsegs || c->body_node == NULL || (tt = title_tag_text(c)) == NULL)
		return;
	title = squeeze(tt);
	free(tt);
	/* the first h1 naming the page, then the first heading after it */
	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n))) {
		if (!upper_heading(n) || !visible(c, n) || is_offscreen(n))
			continue;
		if (name != NULL) {
			found = notice_heading(c, n, title, &seg);
			break;
		}
		if (html_is(n, "h1") && names_page(n, title))
			name = n;
	}
	free(title);
	if (found == NULL)
		return;
	free(c->page->title);
	c->page->title = found;
	c->title_seg = seg;
}
