/*
 * extract_meta: the headline, the byline fields and the tags.
 *
 * The headline is the heading that the <title> or og:title confirms: sites
 * append their name to <title>, so the heading that is a part of it is the
 * headline.  Byline fields are read from the short lines between the
 * headline and the end of the body, by label (来源：, 作者：, 责任编辑：).
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"
#include "text.h"

#define META_LINE_MAX 160	/* characters: longer lines are prose */

/* s without spaces, for comparing titles that differ only in spacing. */
static char *
squeeze(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;

	for (; *s; s++)
		if (*s != ' ')
			*o++ = *s;
	*o = '\0';
	return out;
}

static char *
meta_content(struct ctx *c, const char *attr, const char *value)
{
	xmlNodePtr n;

	for (n = c->root; n != NULL; n = html_next(n, c->root, 1)) {
		if (html_is(n, "body"))
			n = html_next(n, c->root, 0);
		if (n == NULL)
			break;
		if (!html_is(n, "meta"))
			continue;
		char *v = html_attr(n, attr);
		int match = v != NULL && strcasecmp(v, value) == 0;

		free(v);
		if (match)
			return html_attr(n, "content");
	}
	return NULL;
}

static char *
title_tag(struct ctx *c)
{
	for (xmlNodePtr n = c->root; n != NULL; n = html_next(n, c->root, 1))
		if (html_is(n, "title"))
			return html_text(n);
	return NULL;
}

static int
is_title_candidate(xmlNodePtr n)
{
	static const char *const heads[] = {"h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
		NULL};
	static const char *const boxes[] = {"div", "p", "span", "td", "strong",
		"font", "b", "header", NULL};

	if (n->type != XML_ELEMENT_NODE)
		return 0;
	for (const char *const *h = heads; *h; h++)
		if (html_is(n, *h))
			return 1;
	if (n->properties == NULL)
		return 0;
	for (const char *const *b = boxes; *b; b++)
		if (html_is(n, *b) && (html_attr_has(n, "class", "tit") ||
		    html_attr_has(n, "id", "tit") || html_attr_has(n, "class", "headline")))
			return 1;
	return 0;
}

/* The text of a heading without what follows a <br> or a byline inside
 * it: <h1>Title<br><span>2024-03-15 来源：…</span></h1>. */
static char *
heading_text(xmlNodePtr n)
{
	struct buf b = {0}, kb = {0};
	char *t;

	/* each child's text as it stands, so that the space between two
	 * inline elements (<i>Foo</i> <em>bar</em>) is kept */
	for (xmlNodePtr k = n->children; k != NULL; k = k->next) {
		if (html_is(k, "br"))
			break;
		kb.len = 0;
		html_text_add(&kb, k);
		if (k->type == XML_ELEMENT_NODE && b.len > 0) {
			t = text_clean(kb.s ? kb.s : "", kb.len);
			int meta = is_meta_line(t);

			free(t);
			if (meta)
				break;
			if (html_is_block(k))
				buf_addc(&b, ' ');
		}
		buf_add(&b, kb.s ? kb.s : "", kb.len);
	}
	buf_free(&kb);
	t = text_clean(b.s ? b.s : "", b.len);
	buf_free(&b);
	if (*t == '\0') {
		free(t);
		return html_text(n);
	}
	return t;
}

/* Length of the separator that ends (at_end) or starts s[0..n), or 0:
 * what sites put between the headline and their name in <title>. */
static size_t
title_sep(const char *s, size_t n, int at_end)
{
	static const char *const seps[] = {"::", ":", "|", "-", "_", "@", "/", "~",
		"\xc2\xbb", "\xc2\xb7", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\xa2",
		"\xef\xbd\x9c", "\xef\xbc\x9a", NULL};

	for (const char *const *p = seps; *p; p++) {
		size_t k = strlen(*p);

		if (k <= n && memcmp(at_end ? s + n - k : s, *p, k) == 0)
			return k;
	}
	return 0;
}

/* s[0..n) without the separators at its ends, in characters. */
static size_t
title_rest_chars(const char *s, size_t n)
{
	size_t k;
	char *t;

	while (n > 0 && (k = title_sep(s, n, 0)) > 0) {
		s += k;
		n -= k;
	}
	while (n > 0 && (k = title_sep(s, n, 1)) > 0)
		n -= k;
	t = text_clean(s, n);
	k = utf8_chars(t);
	free(t);
	return k;
}

/* Where sq (squeezed) stands in the squeezed <title> title as a whole
 * part set off by separators: TITLE_LAST after a longer part ("Headline –
 * Site"), TITLE_MIDDLE between a longer part and more ("Headline @ Blog
 * :: Site ::"), TITLE_FIRST before more ("Site | Headline"), or 0.  The
 * part before need not be longer when the heading is a logo. */
enum { TITLE_LAST = 1, TITLE_MIDDLE, TITLE_FIRST };

static int
title_site_part(const char *title, const char *sq, int logo)
{
	const char *p = title ? strstr(title, sq) : NULL;
	size_t n = strlen(sq), before, after;

	if (p == NULL || n == 0)
		return 0;
	before = (size_t)(p - title);
	after = strlen(p + n);
	if ((after == 0 || title_sep(p + n, after, 0) > 0) && before > 0 &&
	    title_sep(title, before, 1) > 0 &&
	    (logo || title_rest_chars(title, before) > utf8_chars(sq)))
		return title_rest_chars(p + n, after) > 0 ? TITLE_MIDDLE : TITLE_LAST;
	if (title_rest_chars(title, before) == 0 && after > 0 &&
	    title_sep(p + n, after, 0) > 0 && title_rest_chars(p + n, after) > 0)
		return TITLE_FIRST;
	return 0;
}

/* Does n hold only a link to the site's front page ("/", "index.html")? */
static int
links_home(xmlNodePtr n)
{
	static const char *const homes[] = {"/", "./", "index.html", "index.htm", "index.php",
		"/index.html", "/index.htm", "/index.php", NULL};
	xmlNodePtr a = NULL;
	char *href;
	int home = 0;

	for (xmlNodePtr k = n->children; k != NULL; k = k->next) {
		if (k->type == XML_TEXT_NODE && k->content != NULL) {
			char *t = html_text_of((const char *)k->content);
			int empty = *t == '\0';

			free(t);
			if (!empty)
				return 0;
		} else if (k->type == XML_ELEMENT_NODE) {
			if (a != NULL || !html_is(k, "a"))
				return 0;
			a = k;
		}
	}
	if (a == NULL || (href = html_attr(a, "href")) == NULL)
		return 0;
	for (const char *const *h = homes; *h && !home; h++)
		home = strcmp(href, *h) == 0;
	free(href);
	return home;
}

/* An element that shows the site's name: a logo, a brand, a heading that
 * only links to the front page. */
static int
is_logo(xmlNodePtr n)
{
	if (links_home(n))
		return 1;
	for (int up = 0; n != NULL && up < 3; up++, n = n->parent)
		if (html_attr_has(n, "class", "logo") || html_attr_has(n, "id", "logo") ||
		    html_attr_has(n, "class", "brand") || html_attr_has(n, "class", "site-name") ||
		    html_attr_has(n, "class", "site-title"))
			return 1;
	return 0;
}

/* A single word in Latin letters: a section's label rather than a
 * headline, unless <title> or og:title holds it. */
static int
one_word(const char *s)
{
	for (; *s; s++)
		if (*s == ' ' || (unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* An element that only screen readers see: sites name themselves in a
 * hidden <h1> above the page. */
static int
is_offscreen(xmlNodePtr n)
{
	return html_attr_has(n, "class", "sr-only") || html_attr_has(n, "class", "visually-hidden") ||
	    html_attr_has(n, "class", "visuallyhidden") || html_attr_has(n, "class", "screen-reader");
}

struct title_hint {
	char *title, *og, *site;	/* squeezed, may be NULL */
	size_t body_first, body_end;
};

static double
title_score(struct ctx *c, xmlNodePtr n, const char *text, const struct title_hint *h)
{
	char *sq = squeeze(text);
	struct elinfo *e = el_info(c, n);
	double s = 0;

	/* the site's name (og:site_name) is not the headline */
	if (h->site != NULL && strcasecmp(h->site, sq) == 0) {
		free(sq);
		return -5;
	}
	/* a table cell holds any word of <title> (the issuer, the date): it
	 * is a headline only when it holds most of <title> */
	if (h->title && (html_is(n, "td") || html_is(n, "th")) &&
	    utf8_chars(sq) * 2 < utf8_chars(h->title)) {
		free(sq);
		return 0;
	}
	if (h->title && strstr(h->title, sq) != NULL) {
		int logo = is_logo(n), site = title_site_part(h->title, sq, logo);

		/* the site's or the section's name in <title> is not the
		 * headline; a logo tells "Site | Headline" from "Headline | Site" */
		if (site == TITLE_MIDDLE || ((site != 0 || strcmp(h->title, sq) == 0) && logo))
			s -= 5;
		else
			s += 4 + (strcmp(h->title, sq) == 0 ? 0 : 0.5);
	}
	if (h->og && strcmp(h->og, sq) == 0)
		s += 4;
	else if (h->og && strstr(h->og, sq) != NULL)
		s += 2;
	else if (s == 0 && h->title != NULL && one_word(text))
		s -= 3;	/* a label (News, Sport) that <title> does not hold */
	if (html_is(n, "h1") || html_attr_has(n, "class", "headline"))
		s += 2;
	else if (html_is(n, "h2"))
		s += 1;
	if (html_ancestor(n, "a", 3) != NULL || (n->children && html_is(n->children, "a") &&
	    n->children->next == NULL))
		s -= 1.5;
	if (e != NULL && c->body_node != NULL) {
		if (e->first <= h->body_first + 2 && e->first + 40 >= h->body_first)
			s += 1.5;
		else if (e->first >= h->body_end)
			s -= 2;
	}
	free(sq);
	return s;
}

/* The first part of a <title> such as "Headline_Channel_Site". */
static char *
title_first_part(const char *t)
{
	/* not "——": Chinese headlines use it for their own subtitles */
	static const char *const seps[] = {"_", " - ", " | ", "|", " – ", "-", NULL};
	const char *cut = NULL;

	for (const char *const *s = seps; *s; s++) {
		const char *p = strstr(t, *s);

		if (p != NULL && utf8_chars(p) < utf8_chars(t) && (cut == NULL || p < cut) &&
		    p - t >= 8)
			cut = p;
	}
	return cut ? text_clean(t, (size_t)(cut - t)) : xstrdup(t);
}

/* A headline split over two elements (a subtitle "——…" in a <div> that
 * the parser moved out of the <p>): joined when <title> holds both. */
static char *
title_continued(struct ctx *c, xmlNodePtr best, char *text, const char *title)
{
	struct elinfo *e = el_info(c, best);
	char *joined, *sq;

	if (title == NULL || e == NULL || e->end >= c->nsegs)
		return text;
	joined = xasprintf("%s%s", text, c->segs[e->end].text);
	sq = squeeze(joined);
	if (strstr(title, sq) != NULL && utf8_chars_upto(c->segs[e->end].text, 2) >= 2) {
		free(text);
		text = joined;
	} else {
		free(joined);
	}
	free(sq);
	return text;
}

void
extract_title(struct ctx *c)
{
	struct title_hint h = {0};
	char *tt = title_tag(c), *og = meta_content(c, "property", "og:title");
	char *site = meta_content(c, "property", "og:site_name");
	xmlNodePtr best = NULL;
	char *best_text = NULL;
	double best_score = 2.9;
	struct elinfo *be = c->body_node ? el_info(c, c->body_node) : NULL;

	if (site == NULL)
		site = meta_content(c, "name", "application-name");
	h.title = tt ? squeeze(tt) : NULL;
	h.og = og ? squeeze(og) : NULL;
	h.site = site ? squeeze(site) : NULL;
	/* a <title> or og:title of the site's name alone confirms nothing
	 * and is no headline: a heading near the body needs no confirming */
	if (h.site != NULL && h.title != NULL && strcasecmp(h.title, h.site) == 0) {
		free(h.title);
		h.title = NULL;
		free(tt);
		tt = NULL;
		best_score = 1.9;
	}
	if (h.site != NULL && h.og != NULL && strcasecmp(h.og, h.site) == 0) {
		free(h.og);
		h.og = NULL;
		free(og);
		og = NULL;
	}
	h.body_first = be ? be->first : 0;
	h.body_end = be ? be->end : 0;
	for (xmlNodePtr n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n))) {
		char *t;
		size_t len;
		double s;

		if (!is_title_candidate(n) || !visible(c, n) || is_offscreen(n))
			continue;
		t = heading_text(n);
		len = utf8_chars_upto(t, 201);
		if (len < 4 || len > 200 || (s = title_score(c, n, t, &h)) <= best_score) {
			free(t);
			continue;
		}
		free(best_text);
		best_text = t;
		best = n;
		best_score = s;
	}
	c->title_seg = c->nsegs;
	if (best != NULL && el_info(c, best) != NULL) {
		c->title_seg = el_info(c, best)->first;
		best_text = title_continued(c, best, best_text, h.title);
	}
	if (best_text == NULL && og != NULL)
		best_text = xstrdup(og);
	if (best_text == NULL && tt != NULL)
		best_text = title_first_part(tt);
	if (best_text != NULL) {
		free(c->page->title);
		c->page->title = best_text;
	}
	free(tt);
	free(og);
	free(site);
	free(h.title);
	free(h.og);
	free(h.site);
}

/* ---- byline ---- */

static const char *const stop_labels[] = {
	"来源", "稿源", "作者", "记者", "通讯员", "责任编辑", "编辑", "责编",
	"发布时间", "发布日期", "发布", "时间", "日期", "浏览", "点击", "阅读",
	"字号", "字体", "摄影", "审核", "分享", "评论", "更新", "來源", "記者",
	"編輯", "發佈", "發布", "時間", "瀏覽", "點擊", "閱讀", "Source", "By",
	NULL
};

static size_t
colon_at(const char *p)
{
	while (*p == ' ')
		p++;
	if (*p == ':')
		return 1;
	if (str_starts(p, "："))
		return strlen("：");
	return 0;
}

/* p past spaces, one colon and spaces again. */
static const char *
after_colon(const char *p)
{
	while (*p == ' ')
		p++;
	if (*p == ':')
		p++;
	else if (str_starts(p, "："))
		p += strlen("：");
	while (*p == ' ')
		p++;
	return p;
}

/* The value after label at p (already past the label and its colon). */
static char *
label_value(const char *p)
{
	static const char *const stops[] = {"|", "丨", "│", "【", "[", "（", "(",
		"）", ")", "】", "]", "　", "，", ",", "；", ";", "/", NULL};
	const char *start, *q;

	while (*p == ' ')
		p++;
	start = p;
	for (q = p; *q; ) {
		const char *const *s;

		for (s = stops; *s && !str_starts(q, *s); s++)
			;
		if (*s)
			break;
		for (s = stop_labels; *s && !(q > start && str_starts(q, *s) && colon_at(q + strlen(*s)) > 0); s++)
			;
		if (*s)
			break;
		if (*q == ' ') {
			/* a CJK name ends at a space; an English name may have one */
			int latin = 1;

			for (const char *r = start; r < q; r++)
				if ((unsigned char)*r >= 0x80)
					latin = 0;
			if (!latin || (isdigit((unsigned char)q[1])))
				break;
		}
		if (isdigit((unsigned char)*q) && q > start && q[-1] == ' ')
			break;
		q++;
	}
	while (q > start && q[-1] == ' ')
		q--;
	if (q == start || q - start > 90)
		return NULL;
	return text_clean(start, (size_t)(q - start));
}

/* Finds the first of labels followed by a colon in s; returns its value. */
static char *
find_labelled(const char *s, const char *const *labels)
{
	const char *best = NULL, *best_label = NULL;

	for (const char *const *l = labels; *l; l++) {
		for (const char *p = strstr(s, *l); p != NULL; p = strstr(p + 1, *l)) {
			if (best != NULL && p >= best)
				break;
			if (colon_at(p + strlen(*l)) > 0) {
				best = p;
				best_label = *l;
				break;
			}
		}
	}
	for (const char *p = best; p != NULL; p = NULL) {
		char *v = label_value(after_colon(p + strlen(best_label)));

		if (v != NULL)
			return v;
	}
	return NULL;
}

/* Labels in simplified and traditional characters (Big5 pages). */
static const char *const source_labels[] = {"文章来源", "新闻来源", "信息来源",
	"来源", "稿源", "出处", "來源", "稿源", "Source", NULL};
static const char *const author_labels[] = {"作者", "记者", "通讯员", "撰稿",
	"記者", "通訊員", "Author", NULL};
static const char *const editor_labels[] = {"责任编辑", "编辑", "责编",
	"責任編輯", "編輯", "責編", "Editor", NULL};
static const char *const date_labels[] = {"发布时间", "发布日期", "发表时间",
	"发稿时间", "时间", "日期", "发布", "更新时间", "發佈時間", "發布時間",
	"發表時間", "時間", NULL};
/* labels that name the publication itself, beating 成文日期 and the like */
static const char *const strong_date_labels[] = {"发布时间", "发布日期", "发表时间",
	"发稿时间", "发表日期", "发布于", "發佈時間", "發布時間", "發表時間",
	"發佈日期", "Published", "published", NULL};

int
is_meta_line(const char *s)
{
	static const char *const *all[] = {source_labels, author_labels,
		editor_labels, date_labels, NULL};
	char *v;

	if (utf8_chars_upto(s, 101) > 100)
		return 0;
	for (const char *const *const *set = all; *set; set++) {
		if ((v = find_labelled(s, *set)) != NULL) {
			free(v);
			return 1;
		}
	}
	return 0;
}

int
is_noise_line(const char *s)
{
	static const char *const short_noise[] = {"字体：", "字体:", "字号：",
		"字号:", "【字体", "【字号", "点击：", "点击:", "浏览次数", "阅读次数",
		"分享到", "打印本页", "关闭窗口", "扫一扫", "返回顶部", "【打印",
		"[打印", "【关闭", "收藏本页", "Copyright", "copyright", "©",
		"版权所有", "免责声明", "本文来源", "［编辑", "[编辑", "【编辑",
		"(编辑", "（编辑", "(责任编辑", "（责任编辑", "责任编辑", "点击数",
		"責任編輯", "【字體", "點擊：", "瀏覽次數", "版權所有",
		"阅读数", "分享此文", "分享本文", "Share this", NULL};

	static const char *const whole_noise[] = {"广告", "Advertisement",
		"ADVERTISEMENT", "分享", "分享到：", "打印", "关闭", NULL};

	if (utf8_chars_upto(s, 81) > 80)
		return 0;
	for (const char *const *n = whole_noise; *n; n++)
		if (strcmp(s, *n) == 0)
			return 1;
	for (const char *const *n = short_noise; *n; n++)
		if (strstr(s, *n) != NULL)
			return 1;
	return 0;
}

#define META_HEAD 48	/* segments read from the headline on */
#define META_TAIL 24	/* and up to the end of the body and a little past */
#define META_ABOVE 16	/* and a few above the headline */

/* The segments where byline fields live: the headline and what follows
 * it, and the end of the body.  The middle of a long body is skipped, so
 * a page of a million paragraphs costs no more here than a short one. */
struct meta_win {
	size_t first, end, gap_from, gap_to;
	size_t title;		/* where unlabelled dates may start */
};

static struct meta_win
meta_window(const struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	size_t bf = e ? e->first : 0, be = e ? e->end : c->nsegs;
	struct meta_win w;

	w.first = c->title_seg < c->nsegs ? c->title_seg : (bf > 12 ? bf - 12 : 0);
	if (w.first > bf)
		w.first = bf > 12 ? bf - 12 : 0;
	w.end = be + 12 < c->nsegs ? be + 12 : c->nsegs;
	/* labelled fields may stand above the headline too: the metadata
	 * table of a government page comes first */
	w.title = w.first;
	w.first = w.first > META_ABOVE ? w.first - META_ABOVE : 0;
	w.gap_from = w.title + META_HEAD;
	w.gap_to = w.end > META_TAIL ? w.end - META_TAIL : 0;
	return w;
}

static size_t
win_next(const struct meta_win *w, size_t i)
{
	i++;
	return i >= w->gap_from && i < w->gap_to ? w->gap_to : i;
}

/* Is t a label standing alone, "发布日期：", whose value is the next cell
 * of a table (government sites lay their metadata out so)? */
static int
is_bare_label(const char *t, const char *const *labels)
{
	char *sq = squeeze(t);
	size_t n = strlen(sq);
	int bare = 0;

	if (n >= 3 && strcmp(sq + n - 3, "：") == 0)
		n -= 3;
	else if (n >= 1 && sq[n - 1] == ':')
		n -= 1;
	else
		n = 0;
	for (const char *const *l = labels; n > 0 && *l && !bare; l++)
		bare = n == strlen(*l) && strncmp(sq, *l, n) == 0;
	free(sq);
	return bare;
}

/* The segment after i, when the label at i stands alone. */
static const char *
next_cell(const struct ctx *c, size_t i, const char *const *labels)
{
	if (i + 1 >= c->nsegs || !is_bare_label(c->segs[i].text, labels) ||
	    utf8_chars_upto(c->segs[i + 1].text, 61) > 60)
		return NULL;
	return c->segs[i + 1].text;
}

static char *
scan_label(const struct ctx *c, const struct meta_win *w, const char *const *labels)
{
	for (size_t i = w->first; i < w->end; i = win_next(w, i)) {
		const char *cell;
		char *v;

		if (utf8_chars_upto(c->segs[i].text, META_LINE_MAX + 1) > META_LINE_MAX)
			continue;
		if ((v = find_labelled(c->segs[i].text, labels)) != NULL)
			return v;
		if ((cell = next_cell(c, i, labels)) != NULL && (v = label_value(cell)) != NULL)
			return v;
	}
	return NULL;
}

/* Editors also appear as [编辑:X], 【责任编辑：X】 at the end of the body. */
static char *
bracketed_editor(const struct ctx *c, const struct meta_win *w)
{
	for (size_t i = w->end; i > w->first && i + META_TAIL > w->end; i--) {
		const char *t = c->segs[i - 1].text;
		const char *p = strstr(t, "编辑") ? strstr(t, "编辑") : strstr(t, "編輯");

		if (p == NULL || utf8_chars_upto(t, 41) > 40)
			continue;
		char *v = find_labelled(p, editor_labels);

		if (v != NULL)
			return v;
	}
	return NULL;
}

static char *
labelled_date(const struct ctx *c, const struct meta_win *w, const char *const *labels)
{
	char *d;

	for (size_t i = w->first; i < w->end; i = win_next(w, i)) {
		const char *t = c->segs[i].text;

		if (utf8_chars_upto(t, META_LINE_MAX + 1) > META_LINE_MAX)
			continue;
		for (const char *const *l = labels; *l; l++)
			if (strstr(t, *l) && (d = extract_date(strstr(t, *l), c->fetched)))
				return d;
		if ((t = next_cell(c, i, labels)) != NULL && (d = extract_date(t, c->fetched)))
			return d;
	}
	return NULL;
}

/* schema.org datePublished: an itemprop attribute or JSON-LD. */
static char *
schema_date(struct ctx *c)
{
	char *v = meta_content(c, "itemprop", "datePublished"), *d = extract_date(v, 0);

	free(v);
	for (size_t i = 0; i < c->marked.n && d == NULL; i++) {
		xmlNodePtr n = c->marked.v[i];

		if (!html_attr_has(n, "itemprop", "datePublished"))
			continue;
		if ((v = html_attr(n, "content")) == NULL && (v = html_attr(n, "datetime")) == NULL)
			v = html_text(n);
		d = extract_date(v, 0);
		free(v);
	}
	for (size_t i = 0; i < c->ldjson.n && d == NULL; i++) {
		xmlNodePtr n = c->ldjson.v[i];
		const char *p;

		if (n->children == NULL || n->children->content == NULL)
			continue;
		p = strstr((const char *)n->children->content, "\"datePublished\"");
		if (p != NULL && strlen(p) > 16)
			d = extract_date(p + 15, 0);
	}
	return d;
}

static char *
published_date(struct ctx *c, const struct meta_win *w)
{
	static const char *const meta_names[][2] = {
		{"property", "article:published_time"}, {"name", "PubDate"},
		{"name", "pubdate"}, {"name", "publishdate"}, {"itemprop", "datePublished"},
		{"name", "OriginalPublicationDate"}, {"name", "publish_time"},
	};
	char *d, *v;

	/* a labelled date near the headline beats everything */
	if ((d = labelled_date(c, w, strong_date_labels)) != NULL ||
	    (d = labelled_date(c, w, date_labels)) != NULL)
		return d;
	struct elinfo *e = c->body_node ? el_info(c, c->body_node) : NULL;
	size_t stop = e ? e->first + 3 : w->end;

	for (size_t i = w->title; i < w->end && i < stop; i = win_next(w, i))
		if (utf8_chars_upto(c->segs[i].text, META_LINE_MAX + 1) <= META_LINE_MAX &&
		    (d = extract_date(c->segs[i].text, c->fetched)) != NULL)
			return d;
	for (size_t i = 0; i < sizeof meta_names / sizeof meta_names[0]; i++) {
		v = meta_content(c, meta_names[i][0], meta_names[i][1]);
		d = extract_date(v, 0);
		free(v);
		if (d)
			return d;
	}
	if ((d = schema_date(c)) != NULL)
		return d;
	for (size_t i = 0; i < c->times.n; i++) {
		v = html_attr(c->times.v[i], "datetime");
		d = extract_date(v, 0);
		free(v);
		if (d)
			return d;
	}
	return NULL;
}

/* "记者 刘晓岚", "文／何听澜", "By Lin Xi": the name without its role. */
static void
strip_role(char *t)
{
	static const char *const roles[] = {"文／", "文/", "文｜", "文|", "By ", "by ", NULL};
	size_t skip = 0;

	for (const char *const *l = author_labels; *l && skip == 0; l++)
		if (str_starts(t, *l) && t[strlen(*l)] == ' ')
			skip = strlen(*l) + 1;
	for (const char *const *r = roles; *r && skip == 0; r++)
		if (str_starts(t, *r) && t[strlen(*r)] != '\0')
			skip = strlen(*r);
	memmove(t, t + skip, strlen(t + skip) + 1);
}

/* A byline marked up rather than labelled: rel=author, itemprop=author,
 * class="author" (WordPress, most themes). */
static char *
marked_author(struct ctx *c)
{
	for (size_t i = 0; i < c->marked.n; i++) {
		xmlNodePtr n = c->marked.v[i];
		char *t;

		if (html_attr_has(n, "itemprop", "datePublished") || html_attr_has(n, "class", "comment"))
			continue;
		if (html_ancestor(n, "footer", 6) != NULL)
			continue;
		t = html_text(n);
		if (*t != '\0' && utf8_chars_upto(t, 21) <= 20 && !is_meta_line(t)) {
			strip_role(t);
			return t;
		}
		free(t);
	}
	return NULL;
}

/* A date shown without its time (or seconds) gains the precision of the
 * page's own
 * machine-readable date (<time datetime>, schema.org) for the same day:
 * "2024年3月22日" with datetime="2024-03-22T09:15:00+08:00" is 09:15:00. */
static char *
refine_date(struct ctx *c, char *shown)
{
	char *exact = NULL;

	if (shown == NULL || strlen(shown) >= 19)
		return shown;
	for (size_t i = 0; i < c->times.n && exact == NULL; i++) {
		xmlNodePtr n = c->times.v[i];
		char *v;

		if (html_attr_has(n, "class", "updated") ||
		    html_attr_has(n, "class", "modified"))
			continue;
		v = html_attr(n, "datetime");
		exact = extract_date(v, 0);
		free(v);
		if (exact != NULL && strncmp(exact, shown, strlen(shown)) != 0) {
			free(exact);
			exact = NULL;
		}
	}
	if (exact == NULL)
		exact = schema_date(c);
	if (exact != NULL && strncmp(exact, shown, strlen(shown)) == 0 &&
	    strlen(exact) > strlen(shown)) {
		free(shown);
		return exact;
	}
	free(exact);
	return shown;
}

void
extract_meta(struct ctx *c)
{
	struct meta_win w = meta_window(c);

	c->page->source = scan_label(c, &w, source_labels);
	c->page->author = scan_label(c, &w, author_labels);
	if (c->page->author == NULL)
		c->page->author = marked_author(c);
	c->page->editor = bracketed_editor(c, &w);
	if (c->page->editor == NULL)
		c->page->editor = scan_label(c, &w, editor_labels);
	c->page->published = refine_date(c, published_date(c, &w));
}

/* ---- tags ---- */

static const char *const tag_labels[] = {"标签", "关键词", "关键字", "標籤", "關鍵詞",
	"關鍵字", "Tags", "TAG", NULL};

static void
tags_from_links(struct ctx *c, xmlNodePtr block)
{
	for (xmlNodePtr n = block; n != NULL; n = html_next(n, block, 1)) {
		char *t;

		if (!html_is(n, "a"))
			continue;
		t = html_text(n);
		if (*t && utf8_chars_upto(t, 21) <= 20)
			strlist_push(&c->page->tags, t);
		else
			free(t);
	}
}

static void
tags_from_text(struct ctx *c, const char *value)
{
	const char *p = value, *q;

	while (*p) {
		while (*p == ' ' || *p == ',' || str_starts(p, "，") || str_starts(p, "、"))
			p += str_starts(p, "，") || str_starts(p, "、") ? 3 : 1;
		for (q = p; *q && *q != ' ' && *q != ',' && !str_starts(q, "，") &&
		    !str_starts(q, "、"); q++)
			;
		if (q > p)
			strlist_push(&c->page->tags, text_clean(p, (size_t)(q - p)));
		p = q;
	}
}

/* Links marked rel="tag" (not "category tag"): themes mark tags so. */
static void
tags_from_rel(struct ctx *c)
{
	for (xmlNodePtr n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n))) {
		char *rel, *t;

		if (!html_is(n, "a") || (rel = html_attr(n, "rel")) == NULL)
			continue;
		if (strcasecmp(rel, "tag") == 0 && *(t = html_text(n)) != '\0')
			strlist_push(&c->page->tags, t);
		else if (strcasecmp(rel, "tag") == 0)
			free(t);
		free(rel);
	}
}

/* The element around a label's text that holds its links: the label's
 * parent, or the one above when the label sits in a span of its own. */
static xmlNodePtr
label_box(xmlNodePtr text)
{
	xmlNodePtr box = text->parent;

	for (int up = 0; up < 2 && box->parent != NULL; up++, box = box->parent)
		for (xmlNodePtr m = box; m != NULL; m = html_next(m, box, 1))
			if (html_is(m, "a"))
				return box;
	return text->parent;
}

void
extract_tags(struct ctx *c)
{
	struct meta_win w = meta_window(c);

	for (size_t i = w.first; i < w.end; i = win_next(&w, i)) {
		const char *t = c->segs[i].text;
		const char *const *l;
		const char *at = NULL;

		if (utf8_chars_upto(t, 121) > 120)
			continue;
		for (l = tag_labels; *l && at == NULL; l++)
			if ((at = strstr(t, *l)) != NULL && colon_at(at + strlen(*l)) == 0)
				at = NULL;
		if (at == NULL)
			continue;
		l--;
		/* the tags follow the label in its line, as links or as words */
		tags_from_text(c, after_colon(at + strlen(*l)));
		if (c->page->tags.n == 0)
			tags_from_links(c, label_box(c->segs[i].node));
		return;
	}
	tags_from_rel(c);
}
