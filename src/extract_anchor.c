/* extract_anchor: an anchor's facts that every part of extraction asks:
 * the anchor around a text node, the links below an element, a link's
 * absolute URL, its full title (a card's headline, a cut text's title
 * attribute: extract_tooltip.c), whether it leads to a document (附件),
 * whether its text reads as a headline's (extract_list.c), whether a
 * card's links all lead to one place.  Declared in extract_dom.h.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_tooltip.h"
#include "extract_find.h"
#include "extract_owndate.h"
#include "extract_words.h"
#include "text.h"
#include "url.h"

/* Is the text node at n inside an <a>?  Returns the anchor. */
struct hnode *
enclosing_anchor(struct hnode *n)
{
	for (int up = 0; n != NULL && up <= 4; up++, n = n->parent)
		if (is_anchor(n))
			return n;
	return NULL;
}


/* Counts article-like anchors below n. */
int
count_links(struct hnode *n, int max)
{
	int k = 0;

	for (struct hnode *m = n; m != NULL && k < max; m = html_next(m, n, 1))
		if (is_anchor(m) && html_has_attr(m, "href"))
			k++;
	return k;
}

char *
resolve_url(const struct ctx *c, const char *href)
{
	return url_resolve(c->base ? c->base : c->url, href, c->url);
}

char *
anchor_url(const struct ctx *c, struct hnode *a)
{
	/* url_resolve cleans it: a list page resolves every link */
	const char *href = html_attr_raw(a, "href");

	return href != NULL ? resolve_url(c, href) : NULL;
}

/* Same page?  A link to the page itself (or its fragment) is no link. */
int
same_page(const struct ctx *c, const char *url)
{
	size_t n = strcspn(c->url, "#");

	return strncmp(url, c->url, n) == 0 && (url[n] == '\0' || url[n] == '#');
}

/* The card's text wrapper (<a><div class="item-text"><p>Title</p><p>
 * SOURCE DATE</p></div><img></a>) holds the headline in its first block:
 * go down while a block holds blocks and no text of its own. */
static int
own_text(struct hnode *b)
{
	for (struct hnode *k = b->children; k != NULL; k = k->next) {
		if (k->type == XML_TEXT_NODE) {
			for (const xmlChar *p = k->content; p != NULL && *p; p++)
				if (*p > ' ')
					return 1;
		} else if (k->type == XML_ELEMENT_NODE && !html_is_block(k)) {
			return 1;
		}
	}
	return 0;
}

/* An icon's empty element (<a>TITLE <div class="fa fa-angle-left"></div></a>,
 * a theme's post navigation) holds no text: a link whose first block is
 * so is a plain link, read whole, not a card whose headline is empty. */
static int
blank_block(struct hnode *b)
{
	for (struct hnode *k = b->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE)
			return 0;
	return !own_text(b);
}

/* A pager's label alone over the title (WordPress's <p>上一篇文章</p>) is no headline. */
static int
label_alone(struct hnode *block)
{
	char *t = html_text(block);
	const char *l = starts_any(t, prev_labels);
	int alone = (l != NULL || (l = starts_any(t, next_labels)) != NULL) && *after_label(t, l) == '\0';
	return free(t), alone;
}

/* The headline inside a card link (<a><img><h3>Title</h3><p>…</p></a>),
 * or NULL for a plain link. */
static struct hnode *
card_headline(struct hnode *a)
{
	struct hnode *block = first_block(a), *inner;

	if (block == NULL)
		return NULL;
	for (struct hnode *m = a; m != NULL; m = html_next(m, a, 1))
		if (is_heading(m))	/* Largo's <h5>Previous Post</h5><span>TITLE</span>: the title */
			return label_alone(m) && html_next_element(m) ? html_next_element(m) : m;
	while ((inner = first_block(block)) != NULL && !own_text(block))
		block = inner;
	return blank_block(block) || label_alone(block) ? NULL : block;
}

/* the labels of a CMS's tooltip line naming the title, which no
 * headline opens with */
static const char *const cms_title_labels[] = {"文章标题", "新闻标题", "文章標題", "新聞標題", NULL};

char *
tooltip_title(const char *raw)
{
	size_t n = strcspn(raw, "\r\n");
	const char *l, *v = raw;
	char *t;

	if (raw[n] == '\0' && (unsigned char)*raw >= 0xE4 && (l = starts_any(raw, cms_title_labels)) != NULL &&
	    colon_at(raw + strlen(l)) > 0) {
		/* the tooltip's title line alone (良精's title="文章标题：TITLE");
		 * not 标题： alone, which a headline may open with */
		v = after_colon(raw + strlen(l));
		t = text_clean(v, strlen(v));
	} else if (raw[n] == '\0' || (strstr(raw + n, "：") == NULL && strchr(raw + n, ':') == NULL))
		t = text_clean(raw, strlen(raw));	/* a title as it is */
	else {
		/* a tooltip of fields: its first line, past 文章标题： */
		if ((l = starts_any(raw, title_labels)) != NULL && colon_at(raw + strlen(l)) > 0)
			v = after_colon(raw + strlen(l));
		t = text_clean(v, n - (size_t)(v - raw));
	}
	if (*t == '\0') {
		free(t);
		return NULL;
	}
	return t;
}

char *
link_title(struct hnode *a)
{
	const char *raw = html_attr_raw(a, "title");

	return raw != NULL && !tooltip_is_date(raw) ? tooltip_title(raw) : NULL;	/* no "发布于 DATE" */
}

/* A link that shows its story's date in a <time> of its own beside the
 * headline (<a><span>TITLE</span><time>2025.03.28</time></a>): the date
 * at either end of text is cut, so the title is the headline alone; the
 * item's date is still read from the line.  A link of a date alone, or
 * of two, keeps them. */
static void
cut_own_time(struct hnode *a, char *text)
{
	struct hnode *t = a->children;
	char *shown;
	size_t n = strlen(text), k, lead;

	while (t != NULL && !html_is(t, "time"))
		t = html_next(t, a, 1);
	for (struct hnode *u = t != NULL ? html_next(t, a, 0) : NULL; u != NULL; u = html_next(u, a, 1))
		if (html_is(u, "time"))
			return;	/* a link of dates: published, then updated */
	if (t == NULL && (t = own_date_child(a)) == NULL)	/* <span>DATE</span> */
		return;
	shown = html_text(t);
	k = strlen(shown);
	if (ends_on(text, shown))
		text[n - k] = '\0';
	else if (k > 0 && n > k && strncmp(text, shown, k) == 0)
		memmove(text, text + k, n - k + 1);
	free(shown);
	n = trim_end(text, strlen(text));
	text[n] = '\0';
	lead = strspn(text, " ");
	memmove(text, text + lead, n - lead + 1);
}

/* The full title of an anchor: title attribute when the text is cut. */
char *
full_title(struct hnode *a)
{
	struct hnode *card = card_headline(a);
	char *text = html_text(card ? card : a), *attr = link_title(a);
	size_t tn;

	if (card == NULL)
		cut_own_time(a, text);
	cut_lead_date(text);	/* "2026-01-18 - TITLE" */
	cut_lead_bullet(text);	/* "· TITLE" */
	tn = strlen(text);
	if (attr != NULL && (tn == 0 || tooltip_is_title(text, attr) ||
	    (tn >= 3 && (strcmp(text + tn - 3, "...") == 0 || strcmp(text + tn - 3, "…") == 0)))) {
		free(text);
		return attr;
	}
	free(attr);
	return text;
}

int
anchor_link(const struct ctx *c, struct hnode *a, char **title, char **url)
{
	*url = anchor_url(c, a);
	*title = *url ? full_title(a) : NULL;
	if (*url == NULL || **title == '\0') {
		free(*url);
		free(*title);
		return -1;
	}
	return 0;
}

/* Does s[0..n) end in a document's extension? */
static int
document_name(const char *s, size_t n)
{
	static const char *const exts[] = {".doc", ".docx", ".xls", ".xlsx", ".pdf",
		".zip", ".rar", ".7z", ".wps", ".et", ".dps", ".ppt", ".pptx", ".odt",
		".ods", ".csv", NULL};

	for (const char *const *e = exts; *e; e++) {
		size_t k = strlen(*e);

		if (n > k && strncasecmp(s + n - k, *e, k) == 0)
			return 1;
	}
	return 0;
}

/* The path names a document (/files/a.pdf), or a download script names
 * it in its query (/module/download/downfile.jsp?filename=a.pdf), as
 * government sites serve their 附件. */
int
is_attachment(const char *url)
{
	size_t n = strcspn(url, "?#");

	if (document_name(url, n))
		return 1;
	if (url[n] != '?')
		return 0;
	for (const char *p = url + n + 1; *p != '\0' && *p != '#'; ) {
		size_t k = strcspn(p, "&#");
		const char *eq = memchr(p, '=', k);

		if (eq != NULL && document_name(eq + 1, k - (size_t)(eq + 1 - p)))
			return 1;
		p += k + (p[k] == '&');
	}
	return 0;
}

/* Does a link around segment i's text lead to a document (附件)? */
int
seg_has_attachment(struct ctx *c, size_t i)
{
	struct hnode *stop = i + 1 < c->nsegs ? c->segs[i + 1].node : NULL;

	if (c->segs[i].link_chars == 0)
		return 0;
	for (struct hnode *n = c->segs[i].node; n != NULL && n != stop;
	    n = html_next(n, c->root, visible(c, n))) {
		struct hnode *a;
		char *url;
		int yes;

		if (n->type != XML_TEXT_NODE || (a = enclosing_anchor(n)) == NULL ||
		    (url = anchor_url(c, a)) == NULL)
			continue;
		yes = is_attachment(url);
		free(url);
		if (yes)
			return 1;
	}
	return 0;
}

/* A pager's link (上一页, 尾页, Next page ») or a "more" link (查看更多)
 * may stand inside the list as its last row: no headline says these. */
int
says_pager(const char *t)
{
	return find_any(t, pager_words) != NULL;
}

static int
headline_text(const char *t)
{
	size_t n = utf8_chars_upto(t, 6);

	return n >= 6 && !starts_any(t, not_article) && !says_pager(t);
}

/* At least min non-space characters of text below n?  Counts without
 * building the text: most links on a page are short menu entries. */
static int
has_chars(struct hnode *n, size_t min)
{
	size_t k = 0;

	for (struct hnode *m = n->children; m != NULL && k < min; m = html_next(m, n, 1)) {
		const unsigned char *t = (const unsigned char *)m->content;

		if (m->type != XML_TEXT_NODE || t == NULL)
			continue;
		for (; *t && k < min; t++)
			if (*t > ' ' && (*t & 0xC0) != 0x80)
				k++;
	}
	return k >= min;
}

/* The text of anchor a when it reads as a headline's, or NULL; owned. */
char *
headline_anchor_text(struct hnode *a)
{
	char *t;

	if (!is_anchor(a) || !html_has_attr(a, "href") || !has_chars(a, 6))
		return NULL;
	t = html_text(a);
	if (headline_text(t))
		return t;
	free(t);
	return NULL;
}

int
is_headline_anchor(struct hnode *a)
{
	char *t = headline_anchor_text(a);

	free(t);
	return t != NULL;
}

/* Do the links below n, one or more, all lead to one place (a card's
 * picture and its headline link the same story)? */
int
one_target(struct hnode *n)
{
	char *first = NULL;
	int one = 1, any = 0;

	for (struct hnode *a = n; a != NULL && one; a = html_next(a, n, 1)) {
		char *href;

		if (!is_anchor(a) || (href = html_attr(a, "href")) == NULL)
			continue;
		any = 1;
		if (first == NULL)
			first = href;
		else {
			one = strcmp(first, href) == 0;
			free(href);
		}
	}
	free(first);
	return any && one;
}

#define HEADLINE_WORDS_MIN 4	/* words of a headline, more than a tag's */

/* Is a a headline link: four words or more ("Farmers say they are losing
 * fields"), not a tag's one or two (Planning, Ħal Mrejżen)? */
int
headline_link(struct hnode *a)
{
	char *t;
	int words = 1;

	if (!is_anchor(a))
		return 0;
	t = full_title(a);
	for (const char *p = t; *p && words < HEADLINE_WORDS_MIN; p++)
		words += *p == ' ' && p[1] != ' ' && p[1] != '\0';
	free(t);
	return words >= HEADLINE_WORDS_MIN;
}
