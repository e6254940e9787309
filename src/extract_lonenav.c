/*
 * extract_lonenav: a board's view page (an office's news board, in
 * English) lists the items before and after under the text as rows of a
 * bare word in an element of its own and the item's link:
 *   <li class="prev"><span>Prev</span><a href="...">TITLE</a></li>
 * The word alone is no label where it begins a line ("Next year's
 * budget"), nor inside a link (a pager's Next): only an element holding
 * nothing but the word, whose next element is the link, names it.
 */
#include "config.h"

#include <string.h>

#include "extract_arrownav.h"

static const char *const prev_words[] = {"Prev", "Previous", NULL};
static const char *const next_words[] = {"Next", NULL};

static int
blank(const struct hnode *n)
{
	const char *t = (const char *)n->content;

	return n->type == XML_TEXT_NODE && (t == NULL || t[strspn(t, " \t\r\n")] == '\0');
}

const char *
lone_nav_word(const struct hnode *n, const char *rel)
{
	const char *t = (const char *)n->content, *const *w;
	const struct hnode *e = n->parent, *s;
	size_t len;

	if (t == NULL || e == NULL || e->type != XML_ELEMENT_NODE || html_is((struct hnode *)e, "a"))
		return NULL;
	t += strspn(t, " \t\r\n");
	len = strcspn(t, " \t\r\n");
	if (len < 4 || len > 8 || t[len + strspn(t + len, " \t\r\n")] != '\0')
		return NULL;	/* one word, Prev to Previous */
	for (s = e->children; s != NULL && (s == n || blank(s)); s = s->next)
		;
	if (s != NULL)
		return NULL;	/* the element holds more than the word */
	for (s = e->next; s != NULL && blank(s); s = s->next)
		;
	if (s == NULL || s->type != XML_ELEMENT_NODE || !html_is((struct hnode *)s, "a"))
		return NULL;
	for (w = *rel == 'p' ? prev_words : next_words; *w; w++)
		if (strlen(*w) == len && strncmp(t, *w, len) == 0)
			return *w;
	return NULL;
}
