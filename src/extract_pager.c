/*
 * extract_pager: a list page's pager, for its next page (下一页, Next,
 * rel=next).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "utf8.h"

/*
 * Where an anchor's shown text starts, when that can be told without
 * building it: the anchor holds one text, and its first byte past the
 * blanks is printable ASCII or a CJK character, which text_clean keeps
 * as it is.  NULL when it cannot be told.  Every link of a page is asked
 * whether it is the pager's, and most start with no pager's word.
 */
static const char *
shown_start(const struct hnode *a)
{
	const struct hnode *only = a->children;
	const unsigned char *p;

	if (only == NULL || only->next != NULL || only->type != XML_TEXT_NODE || only->content == NULL)
		return NULL;
	for (p = only->content; *p != '\0' && *p <= ' '; p++)
		;
	if ((*p > ' ' && *p < 0x7F) || utf8_plain_wide((const char *)p, strnlen((const char *)p, 3)))
		return (const char *)p;
	return NULL;
}

/* Does one of words start with the character at p (ASCII, or a CJK
 * character of three bytes)? */
static int
starts_a_word(const char *p, const char *const *words)
{
	size_t n = (unsigned char)*p < 0x80 ? 1 : 3;

	for (; *words; words++)
		if ((*words)[0] == p[0] && strncmp(*words, p, n) == 0)
			return 1;
	return 0;
}

/* Is the anchor's whole text one of the pager's words for "next"? */
static int
says_next_page(struct hnode *a)
{
	const char *start = shown_start(a);
	char *t;
	int yes = 0;

	if (start != NULL && !starts_a_word(start, next_page_words))
		return 0;
	t = html_text(a);

	/* the first byte first: most links say none of these words */
	for (const char *const *w = next_page_words; *w && !yes; w++)
		yes = t[0] == (*w)[0] && strcmp(t, *w) == 0;
	free(t);
	return yes;
}

/* Does the anchor say "More" and the list's own name (More Local News,
 * 更多本地新闻 on the page named Local News / 本地新闻)?  A section front
 * ends its list so; a link to the section itself is the page, refused. */
static int
says_more_of_list(const struct ctx *c, struct hnode *a)
{
	static const char *const mores[] = {"More ", "more ", "MORE ", "更多", NULL};
	const char *name = c->page->title, *start;
	char *t;
	int yes = 0;

	if (name == NULL || *name == '\0')
		return 0;
	if ((start = shown_start(a)) != NULL && !starts_a_word(start, mores))
		return 0;
	t = html_text(a);
	if (strncasecmp(t, "More ", 5) == 0)
		yes = strcasecmp(t + 5, name) == 0;
	else if (strncmp(t, "更多", strlen("更多")) == 0)
		yes = strcmp(t + strlen("更多"), name) == 0;
	free(t);
	return yes;
}

/* A list page's next page: <link rel="next">, an anchor marked rel=next,
 * or one whose text is 下一页 / Next (the pager) or "More" and the list's
 * name, not the page itself. */
void
extract_next_page(struct ctx *c)
{
	for (struct hnode *n = c->root; n != NULL && c->page->next_page == NULL;
	    n = html_next(n, c->root, html_is(n, "head") || visible(c, n))) {
		char *url;

		if (!((html_is(n, "link") || is_anchor(n)) && html_attr_has(n, "rel", "next")) &&
		    !(is_anchor(n) && (says_next_page(n) || says_more_of_list(c, n))))
			continue;
		if ((url = anchor_url(c, n)) != NULL && !same_page(c, url) &&
		    strncmp(url, "javascript:", 11) != 0)
			c->page->next_page = url;
		else
			free(url);
	}
}
