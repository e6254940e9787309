/*
 * extract_nav: 上一篇 / 下一篇.
 *
 * A nav label (上一篇：) names the link that follows it, wherever the label
 * sits: inside the <a>, in a span before it, in a sibling cell.  The link
 * must come before the next label and stay within the label's block.  A
 * label followed by 没有了 / 无, or by a link that is no article (#,
 * javascript:, 返回列表), gives null.  Without labels, rel=prev / next.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "text.h"

/* An anchor that leads to an article: a URL, text, and not a channel link. */
static struct link *
article_link(const struct ctx *c, xmlNodePtr a, const char *label)
{
	char *text = html_text(a), *url = anchor_url(c, a), *title;
	const char *t = text;

	if (label != NULL && str_starts(t, label))
		t = after_label(t, label);
	title = html_attr(a, "title");
	if (url == NULL || same_page(c, url) || starts_any(t, not_article) ||
	    says_none(t) || (*t == '\0' && title == NULL)) {
		free(text);
		free(url);
		free(title);
		return NULL;
	}
	if (title == NULL || (*t != '\0' && utf8_chars(title) <= utf8_chars(t))) {
		free(title);
		title = xstrdup(t);
	}
	free(text);
	return link_new(title, url, NULL, NULL);
}

/* Text nodes between from and the anchor a that say something else (a new
 * label) end the search. */
static int
is_other_label(xmlNodePtr n)
{
	char *t;
	int r;

	if (n->type != XML_TEXT_NODE)
		return 0;
	t = html_text(n);
	r = strstr(t, "上一") || strstr(t, "下一") || strstr(t, "前一") || strstr(t, "后一");
	free(t);
	return r;
}

/* Looks for the link a label at text node n stands for.  *decided is set
 * when the label gives an answer (a link, or an explicit none). */
static struct link *
link_for_label(const struct ctx *c, xmlNodePtr n, const char *label, int *decided)
{
	char *t = html_text(n);
	const char *rest = strstr(t, label);
	xmlNodePtr a, m;
	struct link *l = NULL;
	int budget = 24;	/* characters of other text allowed before the link */

	*decided = 0;
	if ((a = enclosing_anchor(n)) != NULL) {
		free(t);
		l = article_link(c, a, NULL);
		if (l != NULL) {
			/* <a>上一篇：Title</a>: the label is in the text */
			const char *clean = after_label(l->title, label);

			if (str_starts(l->title, label))
				memmove(l->title, clean, strlen(clean) + 1);
			if (*l->title == '\0') {
				link_free(l);
				l = NULL;
			}
		}
		*decided = 1;
		return l;
	}
	rest = rest ? after_label(rest, label) : "";
	if (says_none(rest)) {
		free(t);
		*decided = 1;
		return NULL;
	}
	free(t);
	/* the link follows the label in document order, with at most a few
	 * characters of other text between them */
	for (m = html_next(n, c->root, 1); m != NULL && budget > 0;
	    m = html_next(m, c->root, visible(c, m))) {
		if (m->type == XML_TEXT_NODE && enclosing_anchor(m) == NULL) {
			char *s = html_text(m);
			int none = says_none(s), other = is_other_label(m);

			budget -= (int)utf8_chars_upto(s, (size_t)budget);
			free(s);
			if (none) {
				*decided = 1;
				return NULL;
			}
			if (other)
				return NULL;
		}
		if (html_is(m, "a")) {
			*decided = 1;
			return article_link(c, m, NULL);
		}
	}
	return NULL;
}

/* Finds the first text node holding one of labels (outside the body's
 * prose) that decides a link. */
static struct link *
find_nav(const struct ctx *c, const char *const *labels, const char *rel)
{
	xmlNodePtr n;
	struct link *l;
	int decided;

	for (n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n))) {
		const char *t, *label = NULL;

		if (n->type != XML_TEXT_NODE || n->content == NULL)
			continue;
		t = (const char *)n->content;
		/* every label holds 上 or 前 (prev) / 下 or 后 (next), whose UTF-8
		 * begins E4 or E5: most text nodes (white space, prose in other
		 * characters) are passed over by one strpbrk */
		if (strpbrk(t, "\xE4\xE5") == NULL)
			continue;
		if (!strstr(t, labels == prev_labels ? "上" : "下") &&
		    !strstr(t, labels == prev_labels ? "前" : "后"))
			continue;
		for (const char *const *lb = labels; *lb && !label; lb++) {
			const char *at = strstr(t, *lb);

			/* 下一篇 must not be a part of 阅读下一篇 counted twice, and
			 * the label must lead its text, not sit inside prose */
			if (at != NULL && utf8_chars_upto(t, 80) < 80)
				label = *lb;
		}
		if (label == NULL)
			continue;
		l = link_for_label(c, n, label, &decided);
		if (decided)
			return l;
	}
	for (n = c->root; n != NULL; n = html_next(n, c->root, 1)) {
		if (html_is(n, "a") && html_attr_has(n, "rel", rel)) {
			char *r = html_attr(n, "rel");
			int exact = r && strcasecmp(r, rel) == 0;

			free(r);
			if (exact && (l = article_link(c, n, NULL)) != NULL)
				return l;
		}
	}
	return NULL;
}

void
extract_prev_next(struct ctx *c)
{
	c->page->prev = find_nav(c, prev_labels, "prev");
	c->page->next = find_nav(c, next_labels, "next");
}
