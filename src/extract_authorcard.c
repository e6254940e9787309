/*
 * extract_authorcard: which of a byline's marked elements names the
 * author.  A self-media post's author card is marked as a whole
 * (class="Post-Author") and holds the name's element, marked too
 * (class="AuthorInfo-name"), beside a line about the author (地方史爱好者，
 * 前报社记者): the card's whole text is no name, the inner element's is.
 * Read by extract_byline.c's marked_author.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_words.h"
#include "html.h"
#include "text.h"

#define NAME_CHARS 20	/* an author's name, as marked_author reads it */

/* the marks of an author's element: class, rel or itemprop */
static const char *const author_marks[][2] = {
	{"class", "author"}, {"rel", "author"}, {"itemprop", "author"}, {NULL, NULL},
};

/* Does m, a marked element, read as an author's name alone: short, no
 * byline line, no role's word, no element of the author's title? */
static int
marked_name(struct hnode *m, size_t outer_len)
{
	char *t;
	int ok;

	if (!html_attr_has_pair(m, author_marks))
		return 0;
	if (html_attr_has_any(m, "class", author_title_classes))
		return 0;
	t = html_text(m);
	ok = *t != '\0' && strlen(t) < outer_len && utf8_chars_upto(t, NAME_CHARS + 1) <= NAME_CHARS &&
	    !is_meta_line(t) && starts_any(t, author_roles) == NULL && starts_any(t, byline_roles) == NULL;
	free(t);
	return ok;
}

int
marked_card(const struct ctx *c, size_t i)
{
	struct hnode *n = c->marked.v[i];
	char *t = html_text(n);
	size_t len = strlen(t);

	free(t);
	for (size_t j = i + 1; j < c->marked.n && contains_node(n, c->marked.v[j]); j++)
		if (marked_name(c->marked.v[j], len))
			return 1;
	return 0;
}
