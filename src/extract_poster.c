/*
 * extract_poster: the author of a forum thread, the member who posted it.
 * Forum software (Discuz!, PHPWind) prints each post as a floor, a table
 * row of two cells: the poster's card (avatar, name, rank, counts) on the
 * left, the post on the right.  The story is the first floor's post; its
 * writer is the name in the card's cell of that row, a link to the
 * member's page (space-uid-12.html, index.php?m=space&uid=12).  Only the
 * row that holds the story's own first line is asked: a reply's card in
 * a later row, or a member's link in a menu or a sidebar, names no one.
 * extract_byline.c asks it after every label, mark and role line, so a
 * reporter's name in the post's own text wins over the account that
 * posted it.  Pure code on the parsed page.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_poster.h"
#include "extract_words.h"
#include "html.h"
#include "utf8.h"

#define POSTER_NAME_MAX 20	/* characters of a member's name */
#define ROW_UP 12		/* elements from the first line up to its floor's row */
#define ROWS_UP 3		/* rows up: a post's text may sit in a table of its own */

/* Is a a link to a forum member's page whose text is a short name? */
static char *
member_name(struct hnode *a)
{
	char *href = html_attr(a, "href"), *t;
	int member = href != NULL && find_any(href, poster_page_words) != NULL;

	free(href);
	if (!member)
		return NULL;
	t = html_text(a);
	if (*t == '\0' || utf8_chars_upto(t, POSTER_NAME_MAX + 1) > POSTER_NAME_MAX ||
	    strchr(t, ' ') != NULL) {
		free(t);
		return NULL;
	}
	return t;
}

/* The first member's name in a cell of row other than the one holding
 * line, or NULL. */
static char *
card_in_row(struct hnode *row, struct hnode *line)
{
	for (struct hnode *td = row->children; td != NULL; td = td->next) {
		if (!html_is_cell(td) || contains_node(td, line))
			continue;
		for (struct hnode *m = td; m != NULL; m = html_next(m, td, 1)) {
			char *name;

			if (html_is(m, "a") && (name = member_name(m)) != NULL)
				return name;
		}
	}
	return NULL;
}

char *
poster_author(struct ctx *c)
{
	struct hnode *line, *row;
	size_t first;

	if (c->body_node == NULL || (first = el_info(c, c->body_node)->first) >= c->nsegs)
		return NULL;
	line = c->segs[first].node;
	row = html_ancestor(line, "tr", ROW_UP);
	for (int k = 0; row != NULL && k < ROWS_UP; k++) {
		char *name = card_in_row(row, line);

		if (name != NULL)
			return name;
		row = html_ancestor(row->parent, "tr", ROW_UP);
	}
	return NULL;
}
