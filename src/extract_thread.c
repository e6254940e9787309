/*
 * extract_thread: a forum whose pages a script builds (Flarum, and others
 * of its kind) sends the discussion to readers without scripts inside a
 * <noscript>: the headline and each post, an <article> of the poster's
 * name and the post's text, one after the other with an <hr> between.
 * The <noscript> is shown when it holds a headline and paragraphs enough
 * to be a story; a lazy image's fallback <img> or an "enable JavaScript"
 * notice holds neither and stays hidden.  In such a thread the story is
 * the opening post; the replies, the readers' comments, are dropped.  A
 * list of cards (<article>s whose headings are links) is no thread.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_thread.h"
#include "html.h"

#define NOSCRIPT_STORY_CHARS 200	/* a notice is a sentence or two */
#define THREAD_POSTS_MIN 2

/* The characters of n's <p> elements' text. */
static size_t
paragraph_chars(struct hnode *n)
{
	size_t sum = 0;

	for (struct hnode *x = n->children; x != NULL; x = html_next(x, n, 1)) {
		char *t;

		if (!html_is(x, "p"))
			continue;
		t = html_text(x);
		if (t != NULL)
			sum += strlen(t);
		free(t);
	}
	return sum;
}

/* Does n hold an element named name? */
static int
holds(struct hnode *n, const char *name)
{
	for (struct hnode *x = n->children; x != NULL; x = html_next(x, n, 1))
		if (html_is(x, name))
			return 1;
	return 0;
}

/* Does the post open (before any paragraph) with an unlinked heading,
 * the poster's name? */
static int
post_with_heading(struct hnode *a)
{
	for (struct hnode *x = a->children; x != NULL; x = html_next(x, a, 1)) {
		if (html_is(x, "h2") || html_is(x, "h3") || html_is(x, "h4") ||
		    html_is(x, "h5") || html_is(x, "h6"))
			return !holds(x, "a");
		if (html_is(x, "p"))
			return 0;
	}
	return 0;
}

/* The first post of a thread that p's children are, or NULL. */
static struct hnode *
thread_in(struct hnode *p)
{
	struct hnode *first = NULL;
	size_t posts = 0;

	for (struct hnode *x = p->children; x != NULL; x = x->next) {
		if (x->type == XML_TEXT_NODE && html_is_blank_text(x))
			continue;
		if (x->type == XML_COMMENT_NODE || html_is(x, "hr"))
			continue;
		if (!html_is(x, "article") || !post_with_heading(x))
			return NULL;
		if (first == NULL)
			first = x;
		posts++;
	}
	return posts >= THREAD_POSTS_MIN ? first : NULL;
}

/* Drops the replies of the thread within n: what follows its first post. */
static void
drop_replies(struct hnode *n)
{
	for (struct hnode *x = n->children; x != NULL; x = html_next(x, n, 1)) {
		struct hnode *first = thread_in(x), *next;

		if (first == NULL)
			continue;
		for (struct hnode *r = first->next; r != NULL; r = next) {
			next = r->next;
			html_unlink(r);
		}
		return;
	}
}

void
unhide_noscript_story(struct ctx *c)
{
	struct hnode *n = c->root;

	while (n != NULL) {
		if (html_is(n, "head")) {
			n = html_next(n, c->root, 0);
			continue;
		}
		if (html_is(n, "noscript") && (holds(n, "h1") || holds(n, "h2")) &&
		    paragraph_chars(n) >= NOSCRIPT_STORY_CHARS) {
			n->name = (const xmlChar *)"div";
			drop_replies(n);
		}
		n = html_next(n, c->root, 1);
	}
}
