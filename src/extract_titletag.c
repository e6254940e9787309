/*
 * extract_titletag: the parts of a page's <title>, set off by the
 * separators sites put between the headline and their name, and whether
 * <title> and og:title confirm a heading's text.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_find.h"
#include "extract_heading.h"
#include "extract_navtitle.h"
#include "extract_titletag.h"
#include "html.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

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

int
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

char *
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

char *
short_heading_title(const char *heading, const char *title)
{
	char *sq = squeeze(heading);
	size_t n = strlen(sq), rest;
	int cjk = n > 0;

	for (size_t i = 0; i < n; i++)
		cjk &= (unsigned char)sq[i] >= 0x80;
	while (*title == ' ')
		title++;
	if (!cjk || utf8_chars(sq) < 2 || strncmp(title, sq, n) != 0) {
		free(sq);
		return NULL;
	}
	title += n;
	title += strspn(title, " ");
	rest = strlen(title);
	if (title_sep(title, rest, 0) == 0 || title_rest_chars(title, rest) == 0) {
		free(sq);
		return NULL;	/* the whole <title>, or a longer word's head */
	}
	return sq;
}

#define APP_NAME_CHARS 8	/* an app's or a site's name, at most */

/* An app's share page shows its name in a banner too, so being on the
 * page does not make a short <title> the headline. */
int
title_names_app(const char *first, const char *heading)
{
	size_t n = utf8_chars_upto(first, APP_NAME_CHARS + 1);

	return n > 0 && n <= APP_NAME_CHARS && utf8_chars_upto(heading, 2 * n) >= 2 * n;
}

/* Is t a field table's label of the headline (標　　題, 标题：, 主旨), the
 * cell before the one that holds it?  Spaces and full-width spaces
 * inside are for show; a colon may close it.  A board's view table on an
 * English site labels it Subject or Title (Subject | the headline). */
int
title_label_cell(const char *t)
{
	static const char *const labels[] = {"标题", "標題", "主旨", "新闻标题", "新聞標題",
		"信息标题", "文章标题", NULL};
	char buf[40];
	size_t n = 0;

	static const char *const en_labels[] = {"Subject", "Title", "Subject:", "Title:", NULL};

	if (*t == 'S' || *t == 'T')
		return strnlen(t, 9) <= 8 && is_one_of(t, strnlen(t, 9), en_labels);
	if ((unsigned char)*t < 0xE4 || strlen(t) > 30)
		return 0;	/* a CJK label of a few characters, or none */
	for (const char *p = t; *p && n + 3 < sizeof buf; ) {
		if (*p == ' ')
			p++;
		else if (str_starts(p, "　"))
			p += strlen("　");
		else
			buf[n++] = *p++;
	}
	buf[n] = '\0';
	if (n >= 3 && (str_starts(buf + n - 3, "：")))
		n -= 3;
	else if (n >= 1 && buf[n - 1] == ':')
		n--;
	return is_one_of(buf, n, labels);
}

/* Does <title> or the declared title hold the heading's text? */
int
hint_confirms(const struct title_hint *h, const char *text)
{
	char *sq;
	int yes;

	if (h->title == NULL && h->og == NULL)	/* a page with neither: no copy */
		return 0;
	sq = squeeze(text);
	yes = (h->title && strstr(h->title, sq)) || (h->og && strstr(h->og, sq));
	free(sq);
	return yes;
}

#define TOPIC_LABEL_MAX 6	/* characters of a topic's name before its colon */

/* A news module's topic before its headline, a colon after it ("社區活動:
 * TITLE", XOOPS's item title), dropped when <title> holds the headline
 * without it. */
static char *
without_topic_label(const struct title_hint *h, char *text)
{
	const char *colon = strstr(text, ": "), *end;
	char *label, *rest;
	int short_label;

	/* the ASCII colon and space of a module's template: a headline's
	 * own wide colon after a place (桐溪镇：TITLE) stays */
	if (colon == NULL || colon == text)
		return text;
	end = colon + 1;
	end += strspn(end, " ");
	label = xstrndup(text, (size_t)(colon - text));
	short_label = utf8_chars_upto(label, TOPIC_LABEL_MAX + 1) <= TOPIC_LABEL_MAX &&
	    strchr(label, ' ') == NULL;
	free(label);
	if (!short_label || utf8_chars_upto(end, 6) < 6 || !hint_confirms(h, end))
		return text;
	rest = xstrdup(end);
	free(text);
	return rest;
}

/* A board's thread type before its subject ("[见闻] Subject", "【求助】…"),
 * dropped when <title> holds the subject without it. */
char *
hint_without_bracket_label(const struct title_hint *h, char *text)
{
	static const char *const pairs[][2] = {{"[", "]"}, {"【", "】"}, {"［", "］"}, {NULL, NULL}};

	for (size_t i = 0; pairs[i][0] != NULL; i++) {
		const char *end;

		if (!str_starts(text, pairs[i][0]) || (end = strstr(text, pairs[i][1])) == NULL)
			continue;
		end += strlen(pairs[i][1]);
		while (*end == ' ')
			end++;
		if (utf8_chars_upto(end, 4) >= 4 && hint_confirms(h, end)) {
			char *rest = xstrdup(end);

			free(text);
			return rest;
		}
	}
	return without_topic_label(h, text);
}

/* Is text, squeezed, the whole of <title>? */
int
hint_whole_title(const struct title_hint *h, const char *text)
{
	char *sq = squeeze(text);
	int yes = h->title != NULL && strcmp(h->title, sq) == 0;

	free(sq);
	return yes;
}

#define SIDE_CELL_UP 3	/* levels from a heading up to its column's cell */
#define OWN_ROW_UP 12	/* levels from the page's heading up to that row */

/* Is n in a side column of an old table layout: a cell of the row whose
 * other cell holds own (a hand-made site's left column of menus, its
 * p.lefttitle 法團通訊 over the links, beside the story's cell)? */
static int
side_cell_heading(struct hnode *n, struct hnode *own)
{
	struct hnode *td = html_ancestor(n, "td", SIDE_CELL_UP), *a = own;

	if (td == NULL || td->parent == NULL || contains_node(td, own))
		return 0;
	for (int up = 0; a != NULL && up <= OWN_ROW_UP; up++, a = a->parent)
		if (a == td->parent)
			return 1;
	return 0;
}

/* Is n a heading of a side menu (<aside>, <nav>, a table layout's side
 * column) standing apart from the page's own heading own? */
int
side_menu_heading(struct hnode *n, struct hnode *own)
{
	struct hnode *m = html_ancestor(n, "aside", 3);

	if (m == NULL)
		m = html_ancestor(n, "nav", 3);
	if (m == NULL)
		return side_cell_heading(n, own);
	return html_ancestor(own, (const char *)m->name, 12) != m;
}

/* Do a and b read the same, spaces squeezed? */
int
same_text(const char *a, const char *b)
{
	char *sa = squeeze(a), *sb = squeeze(b);
	int same = strcasecmp(sa, sb) == 0;

	free(sa);
	free(sb);
	return same;
}

/* The headline when no heading won: <title>'s first part, or the line of
 * the page above the story that opens with that part and goes on past a
 * space (a hand-made school site's <title> keeps the headline's first
 * half, 开学典礼, its bold cell the whole, 开学典礼 二百六十名新生入学);
 * new. */
char *
title_part_shown(struct ctx *c, const char *tt)
{
	char *first = title_first_part(tt);
	struct elinfo *b = c->body_node != NULL ? el_info(c, c->body_node) : NULL;
	size_t n = strlen(first), end = b != NULL ? b->first : 0;

	for (size_t i = 0; i < end && i < c->nsegs && n >= 12; i++) {
		const char *t = c->segs[i].text, *rest = t + n;

		if (strncmp(t, first, n) != 0 || !(*rest == ' ' || str_starts(rest, "\xE3\x80\x80")) ||
		    utf8_longer_than(t, HEADING_MAX) || !has_words(rest))
			continue;
		free(first);
		return xstrdup(t);
	}
	return first;
}

/* Does heading n hold only a link to a folder the page lies in: a blog's
 * name over its posts (Typepad's h1#banner-header linking to
 * https://host/blog/ above a post at /blog/2026/03/post.html)?  That
 * names the site, as a logo does, when <title> holds it as a part. */
int
heading_links_up(const struct ctx *c, struct hnode *n)
{
	struct hnode *a = NULL;
	char *u;
	size_t len;
	int up;

	for (struct hnode *k = n->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE) {
			if (a != NULL || !is_anchor(k))
				return 0;
			a = k;
		}
	if (a == NULL || c->url == NULL || (u = anchor_url(c, a)) == NULL)
		return 0;
	len = strlen(u);
	up = len > 0 && u[len - 1] == '/' && strncmp(c->url, u, len) == 0 && c->url[len] != '\0' &&
	    c->url[len] != '#' && c->url[len] != '?';
	free(u);
	return up;
}
