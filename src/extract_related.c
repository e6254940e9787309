/*
 * extract_related: the related-headline list (相关新闻, 猜你喜欢, Related).
 *
 * A related heading introduces the first list after it within its own
 * section; each item is a link with the date and snippet its line shows.
 * Lists after the body's start are the story's own; earlier ones are
 * site-wide sidebars, read only when nothing follows the story.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "text.h"

/* The element that holds one item of a list: li, dd, tr, or the child of
 * container that contains a. */
static xmlNodePtr
item_of(xmlNodePtr a, xmlNodePtr container)
{
	xmlNodePtr n = a;

	while (n->parent != NULL && n->parent != container) {
		if (html_is(n, "li") || html_is(n, "dd") || html_is(n, "tr"))
			return n;
		n = n->parent;
	}
	return n;
}

/* The line a link stands on in a list of "·<a>…</a> (date)<br>" lines:
 * the link and its following siblings up to the next <br> or link. */
static char *
line_text(xmlNodePtr a)
{
	struct buf b = {0};
	char *t;

	for (xmlNodePtr n = a; n != NULL; n = n->next) {
		if (n != a && (html_is(n, "br") || html_is(n, "a") || html_is_block(n)))
			break;
		t = html_text(n);
		buf_adds(&b, t);
		buf_addc(&b, ' ');
		free(t);
	}
	t = text_clean(b.s ? b.s : "", b.len);
	buf_free(&b);
	return t;
}

/* Removes the first occurrence of what from s, in place. */
static void
cut_out(char *s, const char *what)
{
	char *at;

	if (what == NULL || *what == '\0' || (at = strstr(s, what)) == NULL)
		return;
	memmove(at, at + strlen(what), strlen(at + strlen(what)) + 1);
}

/* Text t of an item without its title (as shown and in full), its date
 * and its trailing tail words.  What is left may be nothing at all: an
 * item that is a title and 更多 alone is a common layout. */
static char *
item_snippet(const char *t, const char *shown, const char *title, const char *date)
{
	char *s, *copy = xstrdup(t);
	size_t n, k;

	cut_out(copy, title);
	cut_out(copy, shown);
	cut_out(copy, date);
	s = text_clean(copy, strlen(copy));
	free(copy);
	n = strlen(s);
	while ((k = tail_word_length(s, n)) > 0) {
		n -= k;
		while (n > 0 && s[n - 1] == ' ')
			n--;
	}
	s[n] = '\0';
	if (utf8_chars_upto(s, 8) < 8) {
		free(s);
		return NULL;
	}
	return s;
}

/* Collects the article links below container, after the node from. */
static void
collect_items(const struct ctx *c, xmlNodePtr container, xmlNodePtr from,
    struct linklist *out, int with_snippet)
{
	xmlNodePtr n = from ? from : container;
	struct strset seen = {0};

	for (size_t i = 0; i < out->n; i++)
		strset_add(&seen, out->v[i].url);
	for (n = html_next(n, container, 1); n != NULL; n = html_next(n, container, 1)) {
		char *url, *title, *date = NULL, *snippet = NULL, *itext;
		xmlNodePtr item;

		if (!html_is(n, "a"))
			continue;
		url = anchor_url(c, n);
		title = full_title(n);
		if (url == NULL || utf8_chars_upto(title, 6) < 6 || starts_any(title, not_article) ||
		    same_page(c, url) || !strset_add(&seen, url)) {
			free(url);
			free(title);
			continue;
		}
		item = item_of(n, container);
		itext = item == n ? line_text(n) : html_text(item);
		date = item_date(itext);
		if (with_snippet) {
			char *shown = html_text(n);

			snippet = item_snippet(itext, shown, title, date);
			free(shown);
		}
		free(itext);
		linklist_push(out, title, url, snippet, date);
	}
	strset_free(&seen);
}

/* An element whose children repeat, each holding a link: ul, ol, dl, a
 * table, or a box of cards. */
static int
is_list_box(xmlNodePtr n)
{
	xmlNodePtr k;
	int same = 0;

	int links = 0, brs = 0;

	if (html_is(n, "ul") || html_is(n, "ol") || html_is(n, "dl") || html_is(n, "tbody"))
		return count_links(n, 1) >= 1;
	/* lines of links: ·<a>…</a><br>·<a>…</a> */
	for (k = n->children; k != NULL; k = k->next) {
		links += html_is(k, "a");
		brs += html_is(k, "br");
	}
	if (links >= 2 && brs >= 1)
		return 1;
	for (k = n->children; k != NULL; k = k->next) {
		xmlNodePtr m;

		/* a run of inline links is a line of tags, not a list; a link
		 * wrapping blocks is a card */
		if (k->type != XML_ELEMENT_NODE || html_is(k, "br") || html_is(k, "span") ||
		    html_is(k, "b") || html_is(k, "strong") || html_is(k, "font") ||
		    html_is(k, "em") || html_is(k, "img") ||
		    (html_is(k, "a") && first_block(k) == NULL))
			continue;
		for (m = k->next; m != NULL && m->type != XML_ELEMENT_NODE; m = m->next)
			;
		if (m != NULL && xmlStrcasecmp(m->name, k->name) == 0 &&
		    count_links(k, 1) >= 1 && count_links(m, 1) >= 1)
			same++;
	}
	return same >= 1;
}

/* The list a related heading introduces: the first list after it within
 * its section, with little other text between them. */
static void
related_after(const struct ctx *c, xmlNodePtr heading, struct linklist *out)
{
	int budget = 40, nodes = 400;
	xmlNodePtr scope = heading, m;

	/* the heading's section: the nearest ancestor holding links, so that
	 * a heading row of an old table layout reaches the rows below it */
	for (int up = 0; up < 6 && scope->parent != NULL && scope->parent != c->root; up++) {
		scope = scope->parent;
		if (up >= 2 && count_links(scope, 2) >= 2)
			break;
	}
	m = html_next(heading, scope, 1);
	while (m != NULL && budget > 0 && nodes-- > 0) {
		if (m->type == XML_TEXT_NODE && enclosing_anchor(m) == NULL) {
			char *s = html_text(m);

			budget -= (int)utf8_chars_upto(s, (size_t)budget);
			free(s);
		} else if (is_heading(m) && !contains_node(m, heading) && !enclosing_anchor(m)) {
			return;		/* the next section began: this heading had no list */
		} else if (m->type == XML_ELEMENT_NODE && visible(c, m) && is_list_box(m)) {
			collect_items(c, m, NULL, out, 1);
			if (out->n > 0)
				return;
			m = html_next(m, scope, 0);
			continue;
		} else if (m->type == XML_ELEMENT_NODE && m->parent != NULL &&
		    count_links(m, 2) == 1 && contains_node(m->parent, heading) &&
		    is_list_box(m->parent)) {
			/* cards that follow the heading inside its own section */
			collect_items(c, m->parent, heading, out, 1);
			if (out->n > 0)
				return;
		}
		m = html_next(m, scope, visible(c, m));
	}
}

/* The text node at n as a related heading? */
static int
text_is_related_heading(xmlNodePtr n)
{
	char *t;
	int r;

	const char *raw = (const char *)n->content;
	const char *const *h;

	if (n->type != XML_TEXT_NODE || raw == NULL || strlen(raw) > 200)
		return 0;
	/* most text is no heading: look for a hint before building anything,
	 * and for the first byte of one (R, M, or 喜推感相精阅閱's E5 E6 E7 E9)
	 * before a search for each */
	if (strpbrk(raw, "RM\xE5\xE6\xE7\xE9") == NULL)
		return 0;
	for (h = related_hints; *h && strstr(raw, *h) == NULL; h++)
		;
	if (*h == NULL)
		return 0;
	t = html_text(n);
	r = *t != '\0' && is_related_heading(t) && enclosing_anchor(n) == NULL;
	free(t);
	return r;
}

/* Tries the related headings from start to stop (document order). */
static int
related_between(struct ctx *c, xmlNodePtr start, xmlNodePtr stop)
{
	for (xmlNodePtr n = start; n != NULL && n != stop;
	    n = html_next(n, c->root, visible(c, n))) {
		if (!text_is_related_heading(n))
			continue;
		related_after(c, n, &c->page->related);
		if (c->page->related.n > 0)
			return 1;
	}
	return 0;
}

void
extract_related(struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info(c, c->body_node) : NULL;
	xmlNodePtr body_start = e && e->first < c->nsegs ? c->segs[e->first].node : NULL;

	/* the lists after the body's start are the story's own; earlier ones
	 * are site-wide sidebars, read only when nothing follows the story */
	if (body_start != NULL && related_between(c, body_start, NULL))
		return;
	related_between(c, c->root, body_start);
}
