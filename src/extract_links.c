/*
 * extract_links: navigation — 上一篇 / 下一篇, the related list, and the
 * headlines of a list page.
 *
 * A nav label (上一篇：) names the link that follows it, wherever the label
 * sits: inside the <a>, in a span before it, in a sibling cell.  The link
 * must come before the next label and stay within the label's block.  A
 * label followed by 没有了 / 无, or by a link that is no article (#,
 * javascript:, 返回列表), gives null.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"
#include "text.h"
#include "url.h"

/* ---- URLs ---- */

char *
resolve_url(const struct ctx *c, const char *href)
{
	return url_resolve(c->url, href, c->url);
}

static char *
anchor_url(const struct ctx *c, xmlNodePtr a)
{
	char *href = html_attr(a, "href"), *u;

	if (href == NULL)
		return NULL;
	u = resolve_url(c, href);
	free(href);
	return u;
}

/* Same page?  A link to the page itself (or its fragment) is no link. */
static int
same_page(const struct ctx *c, const char *url)
{
	size_t n = strcspn(c->url, "#");

	return strncmp(url, c->url, n) == 0 && (url[n] == '\0' || url[n] == '#');
}

/* ---- labels ---- */

static const char *const prev_labels[] = {"上一篇", "上一条", "前一篇", "上篇",
	"上一则", "上一新闻", "上一个", NULL};
static const char *const next_labels[] = {"阅读下一篇", "下一篇", "下一条",
	"后一篇", "下篇", "下一则", "下一新闻", "下一个", NULL};
static const char *const none_words[] = {"没有了", "没有", "无", "暂无",
	"已经是第一篇", "已经是最后一篇", "已是第一篇", "已是最后一篇", "这是第一篇",
	"这是最后一篇", "到头了", "none", "None", NULL};
static const char *const not_article[] = {"返回列表", "返回", "列表", "首页",
	"分享", "更多", "关闭", "打印", NULL};

static const char *
starts_any(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (str_starts(s, *words))
			return *words;
	return NULL;
}

int
is_nav_label(const char *s)
{
	return utf8_chars_upto(s, 60) < 60 && (starts_any(s, prev_labels) || starts_any(s, next_labels));
}

/* Strips the label, a colon and brackets from the front of a link text. */
static const char *
after_label(const char *s, const char *label)
{
	s += strlen(label);
	while (*s == ' ' || *s == ':' || *s == '>' || *s == ']' || *s == ')')
		s++;
	while (str_starts(s, "：") || str_starts(s, "】") || str_starts(s, "）") ||
	    str_starts(s, "》"))
		s += 3;
	while (*s == ' ')
		s++;
	/* 上一篇 文章：…, as WordPress themes split the label */
	if (str_starts(s, "文章") && (s[6] == ' ' || s[6] == ':' || str_starts(s + 6, "：")))
		return after_label(s, "文章");
	return s;
}

static int
says_none(const char *s)
{
	return starts_any(s, none_words) != NULL;
}

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

/* Is the text node at n inside an <a>?  Returns the anchor. */
static xmlNodePtr
enclosing_anchor(xmlNodePtr n)
{
	return html_ancestor(n, "a", 4);
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

/* ---- related ---- */

/* The first block element among n's children, or NULL. */
static xmlNodePtr
first_block(xmlNodePtr n)
{
	for (xmlNodePtr k = n->children; k != NULL; k = k->next)
		if (html_is_block(k) && !html_is(k, "br"))
			return k;
	return NULL;
}

static int
is_heading(xmlNodePtr n)
{
	return html_is(n, "h1") || html_is(n, "h2") || html_is(n, "h3") || html_is(n, "h4") ||
	    html_is(n, "h5") || html_is(n, "h6");
}

static int
contains_node(xmlNodePtr outer, xmlNodePtr inner)
{
	for (; inner != NULL; inner = inner->parent)
		if (inner == outer)
			return 1;
	return 0;
}

static const char *const related_words[] = {"相关新闻", "相关阅读", "相关文章",
	"相關新聞", "相關閱讀", "相關文章", "相關報導", "延伸閱讀", "推薦閱讀", "猜你喜歡",
	"相关推荐", "相关报道", "相关资讯", "相关链接", "相关内容", "相关专题",
	"猜你喜欢", "推荐阅读", "延伸阅读", "你可能感兴趣", "您可能感兴趣",
	"为您推荐", "为你推荐", "热门推荐", "精彩推荐", "更多精彩", "扩展阅读",
	"相关新闻：", "Related", "RELATED", "Read more", "More stories", NULL};

int
is_related_heading(const char *s)
{
	const char *p = s;

	while (str_starts(p, "【") || str_starts(p, "[") || *p == ' ' || str_starts(p, "■") ||
	    str_starts(p, "◆") || str_starts(p, "▍") || str_starts(p, "|"))
		p += (unsigned char)*p < 0x80 ? 1 : 3;
	if (utf8_chars_upto(s, 17) > 16)
		return 0;
	if (starts_any(p, related_words) != NULL)
		return 1;
	/* 关键词阅读, 深度阅读, 拓展阅读: a short heading ending in 阅读 */
	size_t n = strlen(p);

	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == ':'))
		n--;
	if (n >= 3 && strncmp(p + n - 3, "：", 3) == 0)
		n -= 3;
	return utf8_chars_upto(p, 9) <= 8 && n > 6 && strncmp(p + n - 6, "阅读", 6) == 0;
}

/* A short run of a date inside an item, as printed. */
static char *
item_date(const char *s)
{
	const char *p;

	for (p = s; *p; p++) {
		const char *q = p;
		int digits = 0, seps = 0;

		if (p > s && p[-1] >= '0' && p[-1] <= '9')
			continue;
		while ((*q >= '0' && *q <= '9') || *q == '-' || *q == '/' || *q == ':' ||
		    *q == '.' || (*q == ' ' && q[1] >= '0' && q[1] <= '9' && digits >= 4)) {
			if (*q >= '0' && *q <= '9')
				digits++;
			else if (*q == '-' || *q == '/')
				seps++;
			q++;
		}
		while (q > p && (q[-1] == ' ' || q[-1] == ':' || q[-1] == '.'))
			q--;
		if (seps >= 1 && digits >= 4 && (q - p) >= 5)
			return xstrndup(p, (size_t)(q - p));
		if (q > p)
			p = q - 1;
	}
	if ((p = strstr(s, "年")) != NULL || (p = strstr(s, "月")) != NULL) {
		char *d = extract_date(s, 0);

		if (d != NULL)
			return d;
	}
	return NULL;
}

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

/* Bytes of the tail word (更多, [详细], ...) that s[0..n) ends with, or 0. */
static size_t
tail_word_length(const char *s, size_t n)
{
	static const char *const tails[] = {"……更多", "...更多", "…更多", "更多>>",
		"更多》", "[更多]", "更多", "[详细]", "详细>>", "[详情]", "...", "……", NULL};

	for (const char *const *tl = tails; *tl; tl++) {
		size_t k = strlen(*tl);

		if (n >= k && memcmp(s + n - k, *tl, k) == 0)
			return k;
	}
	return 0;
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

/* The headline inside a card link (<a><img><h3>Title</h3><p>…</p></a>),
 * or NULL for a plain link. */
static xmlNodePtr
card_headline(xmlNodePtr a)
{
	xmlNodePtr block = first_block(a);

	if (block == NULL)
		return NULL;
	for (xmlNodePtr m = a; m != NULL; m = html_next(m, a, 1))
		if (is_heading(m))
			return m;
	return block;
}

/* The full title of an anchor: title attribute when the text is cut. */
static char *
full_title(xmlNodePtr a)
{
	xmlNodePtr card = card_headline(a);
	char *text = html_text(card ? card : a), *attr = html_attr(a, "title");
	size_t tn = strlen(text);

	if (attr != NULL && (tn == 0 || utf8_chars(attr) > utf8_chars(text) ||
	    (tn >= 3 && (strcmp(text + tn - 3, "...") == 0 ||
	    (tn >= 3 && strcmp(text + tn - 3, "…") == 0))))) {
		free(text);
		return attr;
	}
	free(attr);
	return text;
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

/* Counts article-like anchors below n. */
static int
count_links(xmlNodePtr n, int max)
{
	int k = 0;

	for (xmlNodePtr m = n; m != NULL && k < max; m = html_next(m, n, 1))
		if (html_is(m, "a") && xmlHasProp(m, (const xmlChar *)"href"))
			k++;
	return k;
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

	static const char *const hints[] = {"相关", "推荐", "阅读", "喜欢", "感兴趣",
		"精彩", "相關", "推薦", "閱讀", "喜歡", "Related", "RELATED", "Read more",
		"More stories", NULL};
	const char *raw = (const char *)n->content;
	const char *const *h;

	if (n->type != XML_TEXT_NODE || raw == NULL || strlen(raw) > 200)
		return 0;
	/* most text is no heading: look for a hint before building anything,
	 * and for the first byte of one (R, M, or 喜推感相精阅閱's E5 E6 E7 E9)
	 * before a search for each */
	if (strpbrk(raw, "RM\xE5\xE6\xE7\xE9") == NULL)
		return 0;
	for (h = hints; *h && strstr(raw, *h) == NULL; h++)
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

/* ---- headlines ---- */

/*
 * A list page repeats one row shape: li > a, tr > td > a, div.item > h3 >
 * a + p + span.  Every ancestor of a headline link (up to a few levels) is
 * a possible row, its parent a possible list; the list whose rows of one
 * shape hold the most headline text wins.  A row is the first headline
 * link in it, plus the date its text shows.
 */

#define ROW_LEVELS 5		/* how far above a link its row may be */
#define ROW_MAX_LINKS 4		/* more headline links: a section, not a row */

static int
in_chrome(xmlNodePtr n)
{
	for (int up = 0; n != NULL && up < 8; up++, n = n->parent) {
		if (html_is(n, "nav") || html_is(n, "header") || html_is(n, "footer"))
			return 1;
		if (html_attr_has(n, "class", "nav") || html_attr_has(n, "id", "nav") ||
		    html_attr_has(n, "class", "menu") || html_attr_has(n, "id", "menu") ||
		    html_attr_has(n, "class", "footer") || html_attr_has(n, "id", "footer") ||
		    html_attr_has(n, "class", "pager") || html_attr_has(n, "class", "pagination"))
			return 1;
	}
	return 0;
}

static int
headline_text(const char *t)
{
	size_t n = utf8_chars_upto(t, 6);

	return n >= 6 && !starts_any(t, not_article) && !strstr(t, "下一页") &&
	    !strstr(t, "上一页") && !strstr(t, "尾页");
}

/* At least min non-space characters of text below n?  Counts without
 * building the text: most links on a page are short menu entries. */
int
anchor_link(const struct ctx *c, xmlNodePtr a, char **title, char **url)
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

static int
has_chars(xmlNodePtr n, size_t min)
{
	size_t k = 0;

	for (xmlNodePtr m = n->children; m != NULL && k < min; m = html_next(m, n, 1)) {
		const unsigned char *t = (const unsigned char *)m->content;

		if (m->type != XML_TEXT_NODE || t == NULL)
			continue;
		for (; *t && k < min; t++)
			if (*t > ' ' && (*t & 0xC0) != 0x80)
				k++;
	}
	return k >= min;
}

static int
is_headline_anchor(xmlNodePtr a)
{
	char *t;
	int r;

	if (!html_is(a, "a") || !xmlHasProp(a, (const xmlChar *)"href") || !has_chars(a, 6))
		return 0;
	t = html_text(a);
	r = headline_text(t);
	free(t);
	return r;
}

/* The shape of a row: its tag and class. */
static int
same_shape(xmlNodePtr a, xmlNodePtr b)
{
	xmlChar *ca, *cb;
	int same;

	if (xmlStrcasecmp(a->name, b->name) != 0)
		return 0;
	ca = xmlGetProp(a, (const xmlChar *)"class");
	cb = xmlGetProp(b, (const xmlChar *)"class");
	/* alternating row classes (odd/even) are one shape */
	same = (ca == NULL) == (cb == NULL) || html_is(a, "tr") || html_is(a, "li");
	xmlFree(ca);
	xmlFree(cb);
	return same;
}

static void
count_headline_links(struct ctx *c, xmlNodePtr *anchors, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (xmlNodePtr p = anchors[i]->parent; p != NULL; p = p->parent) {
			struct elinfo *e = el_info(c, p);

			if (e != NULL)
				e->headline_links++;
		}
}

static int
is_row(struct ctx *c, xmlNodePtr k, xmlNodePtr shape)
{
	struct elinfo *e;

	return k->type == XML_ELEMENT_NODE && same_shape(k, shape) &&
	    (e = el_info(c, k)) != NULL && e->headline_links >= 1 &&
	    e->headline_links <= ROW_MAX_LINKS;
}

/* Scores the rows of one shape under container: their text, each capped
 * so that a row with a long snippet counts as one headline. */
static double
list_score(struct ctx *c, xmlNodePtr container, xmlNodePtr shape)
{
	double score = 0;
	int rows = 0;

	for (xmlNodePtr k = container->children; k != NULL; k = k->next) {
		struct elinfo *e;
		size_t chars;

		if (!is_row(c, k, shape))
			continue;
		e = el_info(c, k);
		chars = range_chars(c, e->first, e->end);
		score += chars > 40 ? 40 : (double)chars;
		rows++;
	}
	return rows >= 3 ? score : 0;
}

/* The first date shown in the segments of a row. */
static char *
row_date(const struct ctx *c, xmlNodePtr row)
{
	struct elinfo *e = el_info((struct ctx *)c, row);
	char *d = NULL;

	for (size_t i = e ? e->first : 0; e != NULL && i < e->end && d == NULL; i++)
		d = item_date(c->segs[i].text);
	return d;
}

static void
collect_rows(struct ctx *c, xmlNodePtr container, xmlNodePtr shape)
{
	struct strset seen = {0};

	for (xmlNodePtr k = container->children; k != NULL; k = k->next) {
		char *url, *title;

		if (!is_row(c, k, shape))
			continue;
		for (xmlNodePtr a = k; a != NULL; a = html_next(a, k, visible(c, a))) {
			if (!is_headline_anchor(a))
				continue;
			if ((url = anchor_url(c, a)) == NULL)
				break;
			if (!strset_add(&seen, url)) {
				free(url);
				break;
			}
			title = full_title(a);
			linklist_push(&c->page->headlines, title, url, NULL, row_date(c, k));
			break;
		}
	}
	strset_free(&seen);
}

void
extract_headlines(struct ctx *c)
{
	xmlNodePtr *anchors = NULL, best = NULL, best_shape = NULL;
	size_t n = 0, cap = 0;
	double best_score = 0;

	for (xmlNodePtr a = c->root; a != NULL; a = html_next(a, c->root, visible(c, a))) {
		if (!is_headline_anchor(a))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			anchors = xreallocarray(anchors, cap, sizeof *anchors);
		}
		anchors[n++] = a;
	}
	count_headline_links(c, anchors, n);
	for (size_t i = 0; i < n; i++) {
		xmlNodePtr row = anchors[i];

		for (int up = 0; up < ROW_LEVELS && row->parent != NULL; up++, row = row->parent) {
			xmlNodePtr box = row->parent;
			struct elinfo *e = el_info(c, box);
			double s;

			/* each box is weighed once, with the shape first seen */
			if (e == NULL || e->list_scored)
				continue;
			e->list_scored = 1;
			if ((s = list_score(c, box, row)) <= best_score || in_chrome(box))
				continue;
			best_score = s;
			best = box;
			best_shape = row;
		}
	}
	free(anchors);
	if (best != NULL)
		collect_rows(c, best, best_shape);
}
