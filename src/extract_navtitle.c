/*
 * extract_navtitle: the title a 上一篇 / 下一篇 link shows, or that
 * another link on the page shows for it; a lower layer for
 * extract_nav.c.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_navtitle.h"
#include "extract_words.h"
#include "text.h"

/* A letter or digit of some script, what a headline is made of, rather
 * than a mark, a bracket or a space. */
int
is_word_char(uint32_t cp)
{
	return (cp < 0x80 && isalnum((int)cp)) || (cp >= 0xC0 && cp < 0x2000) ||
	    (cp >= 0x3400 && cp < 0xA000 && cp != 0x4E28) || (cp >= 0xAC00 && cp < 0xD7B0);
}

int
has_words(const char *s)
{
	uint32_t cp;

	for (size_t n = strlen(s); *s; ) {
		size_t k = utf8_decode(s, n, &cp);

		if (is_word_char(cp))
			return 1;
		s += k;
		n -= k;
	}
	return 0;
}

/* A link that is the label alone (上一篇, Next story →) does not show the
 * story's title: another link on the page to the same story does (an
 * e-paper's list of the page's stories).  l's title becomes its text;
 * 1 when one is found. */
int
title_elsewhere(const struct ctx *c, struct hnode *label_a, struct link *l)
{
	for (struct hnode *a = c->root; a != NULL; a = html_next(a, c->root, 1)) {
		char *url, *t;

		if (a == label_a || !is_anchor(a) || (url = anchor_url(c, a)) == NULL)
			continue;
		t = strcmp(url, l->url) == 0 ? full_title(a) : NULL;
		free(url);
		if (t != NULL && utf8_chars_upto(t, 5) >= 4 && has_words(t) && !is_nav_label(t)) {
			free(l->title);
			l->title = t;
			return 1;
		}
		free(t);
	}
	return 0;
}

/* A link that is a picture alone whose alt text is one of labels: an
 * e-paper's 上一篇 / 下一篇 buttons (<a><img alt="上一篇"></a>).  The
 * picture shows no title: the link is taken only when another link on
 * the page to the same story shows one (the 本版新闻 list). */
struct link *
pictured_link(const struct ctx *c, const char *const *labels)
{
	/* the page's pictures, fewer than its nodes: each alt is read once,
	 * and the anchor's text only for a label's */
	for (size_t i = 0; i < c->nimgs; i++) {
		struct hnode *img = c->imgs[i].node, *a = enclosing_anchor(img);
		char *alt = a != NULL ? html_attr(img, "alt") : NULL, *text, *url;
		const char *label = alt != NULL && utf8_chars_upto(alt, 8) < 8 ? starts_any(alt, labels) : NULL;
		struct link *l;
		int bare;

		if (label == NULL || strlen(alt) > strlen(label) + 6) {
			free(alt);
			continue;
		}
		text = full_title(a);
		bare = *text == '\0';
		free(text);
		if (!bare || (url = anchor_url(c, a)) == NULL || same_page(c, url)) {
			if (bare)
				free(url);
			free(alt);
			continue;
		}
		l = link_new(alt, url, NULL, NULL);
		if (title_elsewhere(c, a, l))
			return l;
		link_free(l);
	}
	return NULL;
}

/* Could text t hold any label, prev or next?  Every Chinese label holds
 * 上 or 前 (prev) / 下 or 后 (next), whose UTF-8 begins E4 or E5; every
 * English one holds P or N, or O (a small paper's "Older story" /
 * "Newer story" pair), or opens on p or n (a theme's "previous post" set
 * in capitals by its style sheet); a Russian one opens on П or С, whose
 * UTF-8 begins D0: most text nodes (white space, prose in other
 * characters) are passed over by one strpbrk. */
int
may_hold_any_label(const char *t)
{
	return strpbrk(t, "\xE4\xE5PNO\xD0") != NULL || *t == 'p' || *t == 'n';	/* "previous post" */
}

/* Could text t hold one of labels, those of one direction?  "Older"
 * goes back as "Prev" does, "Newer" forward. */
int
may_hold_label(const char *t, const char *const *labels)
{
	if (!may_hold_any_label(t))
		return 0;
	if (labels == prev_labels)
		return strstr(t, "上") || strstr(t, "前") || strstr(t, "Prev") || strstr(t, "Older") ||
		    str_starts(t, "previous ") || strstr(t, "Предыдущ");
	return strstr(t, "下") || strstr(t, "后") || strstr(t, "Next") || strstr(t, "Newer") ||
	    str_starts(t, "next ") || strstr(t, "Следующ");
}
