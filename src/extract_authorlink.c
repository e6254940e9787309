/*
 * extract_authorlink: the author a byline gives as a bare link to the
 * writer's page, with no "By" and no marked class: a student paper's
 * <a href="/staff_name/maya-okafor/">Maya Okafor ’26</a>, a chain's
 * picture and linked name under the headline, or a theme's 作者 in an
 * element of its own before the name (extract_ownlabel.c), there no
 * colon to find.  extract_byline.c asks it after the labels, the marks
 * and the role lines, so a name in a labelled line of the text wins
 * over a desk's account the theme's line names.  A related card's own
 * byline link is cut from the card's text (cut_writer_links), so the
 * card's writer is no snippet.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_authorlink.h"
#include "extract_ownlabel.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

#define AUTHOR_LINK_LINES 8	/* lines under the headline a byline may stand on */
#define AUTHOR_LINK_MAX 40	/* characters of a linked name and a class year */

/* Does the link lead to a writer's page (/author/, /staff/, /people/)? */
static int
writer_page(struct hnode *a)
{
	char *href = html_attr(a, "href");
	int yes = href != NULL && find_any(href, author_page_words) != NULL;

	free(href);
	return yes;
}

#define BYLINE_LINE_MAX 80	/* characters of "By NAME, ROLE" around a linked name */

#define BY_WORD_MAX 3	/* bytes of "By " before a linked name */

/* Does the line t open on the text of anchor a, after "By " at most?  A
 * line naming another writer first ("By Stella Kim and <a>Jennifer
 * Jett</a>") is no one writer's. */
static int
opens_on_link(const char *t, struct hnode *a)
{
	char *name = html_text(a);
	const char *at = *name != '\0' ? strstr(t, name) : NULL;
	int opens = at != NULL && at - t <= BY_WORD_MAX;

	free(name);
	return opens;
}

/* The writer's link on a short byline line whose text opens before it:
 * "By <a href="/authors/dana-kowalchuk">Dana Kowalchuk</a> Local
 * Journalism Initiative Reporter", the role in a span of its own running
 * on after the name with no separator, so only the link tells where the
 * name ends.  The first anchor of the line's block, if a writer's page
 * whose name opens the line. */
static struct hnode *
line_writer_link(struct ctx *c, size_t i)
{
	struct hnode *b = seg_block(c, &c->segs[i]);

	if (b == NULL || c->segs[i].chars > BYLINE_LINE_MAX)
		return NULL;
	for (struct hnode *m = b->children ? b : NULL; m != NULL; m = html_next(m, b, 1))
		if (is_anchor(m))
			return writer_page(m) && opens_on_link(c->segs[i].text, m) ? m : NULL;
	return NULL;
}

char *
linked_author(struct ctx *c)
{
	struct elinfo *body = c->body_node ? el_info(c, c->body_node) : NULL;

	if (body == NULL || c->title_seg >= c->nsegs)
		return NULL;
	for (size_t i = c->title_seg + 1; i < c->nsegs && i <= c->title_seg + AUTHOR_LINK_LINES; i++) {
		struct hnode *a = enclosing_anchor(c->segs[i].node);
		char *t, *name;

		if ((name = own_element_label(c, i, author_labels, 1)) != NULL)
			return name;
		if (a == NULL)
			a = line_writer_link(c, i);
		if (a == NULL || !writer_page(a))
			continue;
		t = html_text(a);
		name = utf8_chars_upto(t, AUTHOR_LINK_MAX + 1) <= AUTHOR_LINK_MAX ? byline_name_at(t) : NULL;
		free(t);
		if (name != NULL)
			return name;
	}
	return NULL;
}

void
cut_writer_links(struct hnode *item, char *text)
{
	for (struct hnode *m = item; m != NULL; m = html_next(m, item, 1)) {
		char *t, *at;

		if (!is_anchor(m) || (t = html_attr(m, "href")) == NULL)
			continue;
		if (find_any(t, card_writer_words) == NULL) {
			free(t);
			continue;
		}
		free(t);
		t = html_text(m);
		if (*t != '\0' && (at = strstr(text, t)) != NULL)
			memmove(at, at + strlen(t), strlen(at + strlen(t)) + 1);
		free(t);
	}
}

int
card_meta_url(const char *url)
{
	const char *at;

	if (find_any(url, card_writer_words) != NULL)
		return 1;
	if ((at = find_any(url, card_archive_words)) == NULL)
		return 0;
	return at[strcspn(at, "0123456789")] == '\0';
}
