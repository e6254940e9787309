/*
 * extract_toolbar: what may stand between a story's lead picture and its
 * text (a share bar, a count, a player reading the story aloud), found
 * by its little text; split from extract_images.c, which walks past such
 * bars to find the cover.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_toolbar.h"
#include "text.h"

#define TOOLBAR_TEXT_MAX 40	/* characters of a share bar between the picture and the text */

/* Does n hold more than max characters of text, by the element facts
 * counted once (no walk of its text)?  A block of text is read as lines,
 * never as a picture's caption, a tool bar or a byline's block. */
int
text_over(struct ctx *c, struct hnode *n, size_t max)
{
	struct elinfo *e = el_info(c, n);

	return e != NULL && range_chars(c, e->first, e->end) > max;
}

#define LINKBAR_TEXT_MAX 100	/* characters of a bar of links: "Share on Facebook" and three more */

#define SHARE_LINK_MAX 20	/* characters of a share button's link: "Share on WhatsApp" */

/* Is every character of s's text a short link's ("Share on Facebook
 * Share on X Share on WhatsApp")?  A box of headline links is no bar. */
static int
all_links(struct ctx *c, struct hnode *s)
{
	struct elinfo *e = el_info(c, s);

	if (e == NULL || e->first >= e->end)
		return 0;
	for (size_t i = e->first; i < e->end; i++)
		if (c->segs[i].link_chars < c->segs[i].chars)
			return 0;
	for (struct hnode *a = s; a != NULL; a = html_next(a, s, 1))
		if (html_is(a, "a")) {
			char *t = html_text(a);
			int long_link = utf8_chars_upto(t, SHARE_LINK_MAX + 1) > SHARE_LINK_MAX;

			free(t);
			if (long_link)
				return 0;
		}
	return 1;
}

/* Does s hold an <audio>? */
static int
html_has_audio(struct hnode *s)
{
	for (struct hnode *a = s; a != NULL; a = html_next(a, s, 1))
		if (html_is(a, "audio"))
			return 1;
	return 0;
}

/* Is s a tool bar (share buttons, a count, a player reading the story
 * aloud) that may stand between a lead picture and the text: no picture
 * and little text, or a short bar of links only or of an <audio>? */
int
is_toolbar(struct ctx *c, struct hnode *s)
{
	char *t;
	int yes;

	if (text_over(c, s, LINKBAR_TEXT_MAX))
		return 0;	/* a block of text, read as lines: no bar */
	for (size_t i = 0; i < c->nimgs; i++)
		if (contains_node(s, c->imgs[i].node))
			return 0;
	t = html_text(s);
	yes = utf8_chars_upto(t, TOOLBAR_TEXT_MAX + 1) <= TOOLBAR_TEXT_MAX ||
	    (utf8_chars_upto(t, LINKBAR_TEXT_MAX + 1) <= LINKBAR_TEXT_MAX && (all_links(c, s) ||
	    html_has_audio(s)));	/* "Listen to this article": a read-aloud player */
	free(t);
	return yes;
}
