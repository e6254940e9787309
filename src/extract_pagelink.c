/*
 * extract_pagelink: the links to a story's own pages; see
 * extract_pagelink.h.  URLs are compared as strings: both are absolute,
 * made by the same resolver.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_pagelink.h"
#include "extract_words.h"
#include "util.h"

#define MAX_PAGE 99	/* a page number in a URL: _2 to _99 */

/* A URL cut into its directory (up to the last '/' of the path), its
 * file's name without the extension (base), the extension, the query. */
struct url_cut {
	const char *s;
	size_t dir, base, ext;	/* lengths: s[0..dir) s[dir..dir+base) ... */
	const char *query;	/* past '?', or "" */
	size_t qlen;
};

static void
cut_url(const char *s, struct url_cut *u)
{
	size_t path = strcspn(s, "?#"), file;
	const char *dot;

	u->s = s;
	u->dir = path;
	while (u->dir > 0 && s[u->dir - 1] != '/')
		u->dir--;
	file = path - u->dir;
	dot = memrchr(s + u->dir, '.', file);
	u->base = dot != NULL && dot > s + u->dir ? (size_t)(dot - (s + u->dir)) : file;
	u->ext = file - u->base;
	u->query = s[path] == '?' ? s + path + 1 : "";
	u->qlen = strcspn(u->query, "#");
}

/* The number N of a base ending in _N or -N, and the length of the base
 * before it (*stem); 0 when it has none. */
static int
base_number(const char *b, size_t n, size_t *stem)
{
	size_t d = n;
	int v = 0;

	while (d > 0 && isdigit((unsigned char)b[d - 1]))
		d--;
	if (d == n || n - d > 2 || d < 2 || b[d] == '0' || (b[d - 1] != '_' && b[d - 1] != '-'))
		return 0;
	for (size_t i = d; i < n; i++)
		v = v * 10 + (b[i] - '0');
	*stem = d - 1;
	return v;
}

static int
is_page_param(const char *p, size_t n)
{
	static const char *const names[] = {"page", "p", "pn", "pg", "pageno", "page_no",
		"paged", "curpage", "PageNo", "Page", NULL};

	for (const char *const *w = names; *w; w++)
		if (strlen(*w) == n && memcmp(p, *w, n) == 0)
			return 1;
	return 0;
}

/* The query without its page parameter (a new string), and the page it
 * names in *page (1 when none; -1 when not a number). */
static char *
query_without_page(const char *q, size_t n, int *page)
{
	struct buf b = {0};

	*page = 1;
	for (size_t i = 0; i < n; ) {
		size_t len = strcspn(q + i, "&#"), name = strcspn(q + i, "=&#");

		if (len > n - i)
			len = n - i;
		if (name < len && is_page_param(q + i, name)) {
			const char *v = q + i + name + 1;
			size_t vl = len - name - 1, d = 0;

			*page = 0;
			while (d < vl && d < 3 && isdigit((unsigned char)v[d]))
				*page = *page * 10 + (v[d++] - '0');
			if (d == 0 || d != vl)
				*page = -1;
		} else {
			buf_add(&b, q + i, len);
			buf_add(&b, "&", 1);
		}
		i += len + (i + len < n);
	}
	return buf_steal(&b);
}

/* page=N in link's query where page's has none or another. */
static int
query_page_of(const struct url_cut *p, const struct url_cut *l)
{
	int pn, ln, same;
	char *pq, *lq;

	if (p->qlen == 0 && l->qlen == 0)
		return 0;
	pq = query_without_page(p->query, p->qlen, &pn);
	lq = query_without_page(l->query, l->qlen, &ln);
	same = strcmp(pq, lq) == 0;
	free(pq);
	free(lq);
	return same && ln > 0 && ln <= MAX_PAGE && ln != pn ? ln : 0;
}

/* The page's path and /N after it (WordPress's /story/2/). */
static int
path_page_of(const char *page, const char *link)
{
	size_t pl = strcspn(page, "?#"), ll = strcspn(link, "?#"), d;
	int v = 0;

	while (pl > 0 && page[pl - 1] == '/')
		pl--;
	if (ll <= pl + 1 || strncmp(page, link, pl) != 0 || link[pl] != '/' ||
	    strcmp(page + strcspn(page, "?#"), link + ll) != 0)
		return 0;
	for (d = pl + 1; d < ll && isdigit((unsigned char)link[d]) && d - pl <= 2; d++)
		v = v * 10 + (link[d] - '0');
	if (link[pl + 1] == '0' || !(d == ll || (d + 1 == ll && link[d] == '/')))
		return 0;
	return v;
}

int
url_page_of(const char *page, const char *link)
{
	struct url_cut p, l;
	size_t pstem, lstem;
	int pn, ln;

	if ((pn = path_page_of(page, link)) > 0)
		return pn;
	cut_url(page, &p);
	cut_url(link, &l);
	if (p.dir != l.dir || strncmp(page, link, p.dir) != 0)
		return 0;
	if (p.base == l.base && p.ext == l.ext && strncmp(page + p.dir, link + l.dir, p.base + p.ext) == 0)
		return query_page_of(&p, &l);
	if (p.ext != l.ext || strncmp(page + p.dir + p.base, link + l.dir + l.base, p.ext) != 0 ||
	    p.qlen != l.qlen || strncmp(p.query, l.query, p.qlen) != 0)
		return 0;
	pn = base_number(page + p.dir, p.base, &pstem);
	ln = base_number(link + l.dir, l.base, &lstem);
	if (ln > 0 && lstem == p.base && strncmp(page + p.dir, link + l.dir, lstem) == 0)
		return ln;	/* content_1234 and content_1234_2 */
	if (pn > 0 && ln > 0 && pstem == lstem && strncmp(page + p.dir, link + l.dir, lstem) == 0)
		return ln;	/* content_1234_2 and content_1234_3 */
	if (pn > 0 && l.base == pstem && strncmp(page + p.dir, link + l.dir, pstem) == 0)
		return 1;	/* content_1234_2 and content_1234 */
	return 0;
}

int
url_own_page(const char *url)
{
	struct url_cut u;
	size_t stem;
	int n;
	char *q;

	cut_url(url, &u);
	if ((n = base_number(url + u.dir, u.base, &stem)) > 0)
		return n;
	q = query_without_page(u.query, u.qlen, &n);
	free(q);
	return n > 0 ? n : 1;
}

/* The whole story on one page: link's file starts as page's (without its
 * _N), in the same directory, or it is page's file with another query. */
static int
url_whole_of(const char *page, const char *link)
{
	struct url_cut p, l;
	size_t stem;

	cut_url(page, &p);
	cut_url(link, &l);
	if (p.dir != l.dir || strncmp(page, link, p.dir) != 0 || strcmp(page, link) == 0)
		return 0;
	if (base_number(page + p.dir, p.base, &stem) == 0)
		stem = p.base;
	return stem > 0 && l.base >= stem && strncmp(page + p.dir, link + l.dir, stem) == 0;
}

/* Is t, without marks around it, one of words? */
static int
says_word(const char *t, const char *const *words)
{
	const char *s = t;
	size_t n = strlen(t);

	while (*s == '[' || *s == '<' || str_starts(s, "【") || str_starts(s, "《"))
		s += *s == '[' || *s == '<' ? 1 : strlen("【");
	n -= (size_t)(s - t);
	for (;;) {
		if (n > 0 && (s[n - 1] == ']' || s[n - 1] == '>' || s[n - 1] == ' '))
			n--;
		else if (n >= 2 && memcmp(s + n - 2, "»", 2) == 0)
			n -= 2;
		else if (n >= 3 && (memcmp(s + n - 3, "】", 3) == 0 || memcmp(s + n - 3, "》", 3) == 0))
			n -= 3;
		else
			break;
	}
	for (; *words; words++)
		if (**words == *s && strlen(*words) == n && memcmp(s, *words, n) == 0)
			return 1;
	return 0;
}

enum pagelink
pager_text(const char *t)
{
	if (says_word(t, whole_story_words))
		return PAGELINK_WHOLE;
	return is_pager_number_or_word(t) ? PAGELINK_PAGE : PAGELINK_NONE;
}

enum pagelink
story_page_link(const struct ctx *c, struct hnode *a, const char *url, int *number)
{
	char *t;
	int n, yes;

	if (url == NULL || same_page(c, url))
		return PAGELINK_NONE;
	t = html_text(a);
	if (pager_text(t) == PAGELINK_WHOLE && url_whole_of(c->url, url)) {
		free(t);
		return PAGELINK_WHOLE;
	}
	n = url_page_of(c->url, url);
	yes = n > 0 && (pager_number(t) == n || is_pager_word(t) ||
	    html_attr_has(a, "rel", "next") || html_attr_has(a, "rel", "prev"));
	free(t);
	if (yes && number != NULL)
		*number = n;
	return yes ? PAGELINK_PAGE : PAGELINK_NONE;
}
