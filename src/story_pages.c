/*
 * story_pages: the further pages of a story, fetched in order and kept
 * beside its first page; see story_pages.h.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fetch.h"
#include "i18n.h"
#include "page.h"
#include "story_pages.h"
#include "text.h"
#include "util.h"

struct story_pages {
	char *site;		/* the first page's site: URLs must start so */
	struct strlist want;	/* pages still to fetch, in order */
	struct strlist seen;	/* every URL asked or reached, the first's too */
	struct fetched *got;	/* the pages read, in order */
	size_t ngot;
	char *note;		/* why the join ended short, or NULL */
	int whole;		/* fetching the 全文 page: nothing follows it */
};

/* The site of url: "scheme://host[:port]/" for http(s), the directory
 * for a file: URL (a saved page's further pages sit beside it); NULL for
 * anything else. */
static char *
site_of(const char *url)
{
	const char *p;

	if (strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0) {
		p = strstr(url, "://") + 3;
		p += strcspn(p, "/?#");
		return xstrndup(url, (size_t)(p - url));
	}
	if (strncasecmp(url, "file:", 5) == 0 && (p = strrchr(url, '/')) != NULL)
		return xstrndup(url, (size_t)(p - url) + 1);
	return NULL;
}

static int
is_seen(const struct story_pages *s, const char *url)
{
	for (size_t i = 0; i < s->seen.n; i++)
		if (strcmp(s->seen.v[i], url) == 0)
			return 1;
	return 0;
}

/* Adds url to the pages to fetch when it is of the site, not yet had,
 * and within the bound. */
static void
want(struct story_pages *s, const char *url)
{
	size_t n = strlen(s->site);

	if (strncmp(url, s->site, n) != 0 ||
	    (s->site[n - 1] != '/' && url[n] != '/' && url[n] != '?' && url[n] != '\0') ||
	    is_seen(s, url) || 1 + s->ngot + s->want.n >= STORY_PAGES_MAX)
		return;
	if (strncasecmp(url, "file:", 5) == 0 && strchr(url + n, '/') != NULL)
		return;	/* beside the page, not below it */
	strlist_push(&s->seen, xstrdup(url));
	strlist_push(&s->want, xstrdup(url));
}

static void
want_pages_of(struct story_pages *s, const struct page *p)
{
	for (size_t i = 0; i < p->further.n; i++)
		want(s, p->further.v[i]);
}

struct story_pages *
story_pages_new(const struct fetched *first, const struct page *p)
{
	const char *url = first->final_url != NULL ? first->final_url : first->url;
	struct story_pages *s;
	char *site;

	if (p->kind != PAGE_ARTICLE || (p->further.n == 0 && p->whole == NULL) ||
	    (site = site_of(url)) == NULL)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->site = site;
	strlist_push(&s->seen, xstrdup(url));
	if (strcmp(url, first->url) != 0)
		strlist_push(&s->seen, xstrdup(first->url));
	if (p->whole != NULL)
		want(s, p->whole);
	s->whole = s->want.n > 0;
	if (!s->whole)
		want_pages_of(s, p);
	if (s->want.n == 0) {
		story_pages_free(s);
		return NULL;
	}
	return s;
}

/* Is there a page parameter (page=, p=, pn= ...: the names
 * extract_pagelink.c knows) right before the '=' at eq, after ? or &
 * (or &amp;)? */
static int
page_param_at(const char *b, const char *eq)
{
	static const char *const params[] = {"page", "p", "pn", "pg", "pageno", "page_no",
		"paged", "curpage", "PageNo", "Page", NULL};

	/* the last letters of those names: every attribute of a page has an
	 * '=' (href=, class=), and most end in none of them */
	if (eq == b || strchr("epngod", eq[-1]) == NULL || eq[-1] == '\0')
		return 0;
	for (const char *const *p = params; *p; p++) {
		size_t k = strlen(*p);

		if ((size_t)(eq - b) > k && memcmp(eq - k, *p, k) == 0 &&
		    strchr("?&;", eq[-(ptrdiff_t)k - 1]) != NULL)
			return 1;
	}
	return 0;
}

/* Is the name at b[i], len bytes, named as an href names a page: after a
 * quote or a slash, then _N, -N or /N? */
static int
href_name_at(const char *b, size_t n, size_t i, size_t len)
{
	return i > 0 && strchr("/\"'", b[i - 1]) != NULL && i + len < n &&
	    (b[i + len] == '_' || b[i + len] == '-' || b[i + len] == '/');
}

/* Could the bytes of f link a further page of its story?  Such a link
 * names the page's own file and more (content_1234_2.html,
 * content_1234_all.html, slug/2/) or a page parameter (?page=2): a page
 * whose bytes hold neither has none, and is not extracted a second time
 * to learn it.  Two passes over the bytes: the reader asks it of every
 * page it shows. */
static int
may_have_pages(const struct fetched *f)
{
	const char *url = f->final_url != NULL ? f->final_url : f->url;
	const char *b = fetched_bytes(f), *end = url + strcspn(url, "?#"), *seg, *at;
	size_t n = fetched_len(f), len;

	for (at = b; (at = memchr(at, '=', n - (size_t)(at - b))) != NULL; at++)
		if (page_param_at(b, at))
			return 1;
	while (end > url && end[-1] == '/')
		end--;
	for (seg = end; seg > url && seg[-1] != '/'; seg--)
		;
	len = (size_t)(end - seg);
	if (memchr(seg, '.', len) != NULL)
		len = (size_t)((const char *)memrchr(seg, '.', len) - seg);
	if (len < 2)	/* 1.html: its _2 would be any 1_2 */
		return 0;
	for (at = b; (at = memmem(at, n - (size_t)(at - b), seg, len)) != NULL; at++)
		if (href_name_at(b, n, (size_t)(at - b), len))
			return 1;
	return 0;
}

struct story_pages *
story_pages_of(const struct fetched *first, const struct site_rules *sites,
    struct page **page)
{
	struct page *p;
	struct story_pages *s;

	if (page != NULL)
		*page = NULL;
	if (first->nmore > 0 || first->more_note != NULL || !may_have_pages(first))
		return NULL;
	p = fetched_page(first, sites);
	s = story_pages_new(first, p);
	if (s == NULL && page != NULL)
		*page = p;
	else
		page_free(p);
	return s;
}

const char *
story_pages_next(const struct story_pages *s)
{
	return s->note == NULL && s->want.n > 0 ? s->want.v[0] : NULL;
}

/* The first wanted URL is done with. */
static void
drop_next(struct story_pages *s)
{
	free(s->want.v[0]);
	memmove(s->want.v, s->want.v + 1, (s->want.n - 1) * sizeof *s->want.v);
	s->want.n--;
}

void
story_pages_add(struct story_pages *s, struct fetched *r, const struct site_rules *sites)
{
	const char *end = r->final_url != NULL ? r->final_url : r->url;
	struct page *p;

	if (story_pages_next(s) == NULL) {
		fetched_free(r);
		return;
	}
	drop_next(s);
	if (strncmp(end, s->site, strlen(s->site)) != 0) {	/* redirected away */
		char *q = text_clean(end, strlen(end));

		s->note = xasprintf(_("a further page of the story left its site: %s"), q);
		free(q);
		fetched_free(r);
		return;
	}
	if (!is_seen(s, end))
		strlist_push(&s->seen, xstrdup(end));
	s->got = xgrow(s->got, s->ngot, sizeof *s->got);
	s->got[s->ngot++] = *r;
	memset(r, 0, sizeof *r);
	if (s->whole)
		return;
	p = fetched_page(&s->got[s->ngot - 1], sites);
	want_pages_of(s, p);
	page_free(p);
}

void
story_pages_fail(struct story_pages *s, const char *why)
{
	if (s->note == NULL)
		s->note = xasprintf(_("the story's further pages stop short: %s"), why);
}

const char *
story_pages_done(struct story_pages *s, struct fetch_done *d, const struct site_rules *sites)
{
	if (d->ok)
		story_pages_add(s, &d->result, sites);
	else
		story_pages_fail(s, d->err != NULL ? d->err : story_pages_next(s));
	return story_pages_next(s);
}

const char *
story_pages_step(struct story_pages **s, struct fetched *first, struct fetch_done *d,
    const struct site_rules *sites)
{
	const char *next;

	if (first->url == NULL) {	/* the first page: the join keeps it */
		*first = d->result;
		memset(&d->result, 0, sizeof d->result);
		next = story_pages_next(*s);
	} else {
		next = story_pages_done(*s, d, sites);
	}
	if (next != NULL)
		return next;
	fetch_done_free(d);
	story_pages_finish(*s, first);
	*s = NULL;
	d->ok = 1;
	d->result = *first;	/* the story whole, d's now */
	memset(first, 0, sizeof *first);
	return NULL;
}

void
story_pages_finish(struct story_pages *s, struct fetched *first)
{
	for (size_t i = 0; i < first->nmore; i++)
		fetched_free(&first->more[i]);
	free(first->more);
	free(first->more_note);
	first->more = s->got;
	first->nmore = s->ngot;
	first->more_note = s->note;
	s->got = NULL;
	s->ngot = 0;
	s->note = NULL;
	story_pages_free(s);
}

void
story_pages_free(struct story_pages *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->ngot; i++)
		fetched_free(&s->got[i]);
	free(s->got);
	free(s->site);
	strlist_free(&s->want);
	strlist_free(&s->seen);
	free(s->note);
	free(s);
}

void
story_pages_read(struct fetched *first, const struct site_rules *sites,
    story_get_fn *get, void *ctx, struct page **page)
{
	struct page *p;
	struct story_pages *s = story_pages_of(first, sites, &p);
	const char *url;

	if (s == NULL) {
		if (page != NULL)
			*page = p != NULL ? p : fetched_page_last(first, sites, 0);
		else
			page_free(p);
		return;
	}
	while ((url = story_pages_next(s)) != NULL) {
		struct fetched r = {0};
		char *err = NULL;

		if (get(ctx, url, &r, &err) == 0) {
			story_pages_add(s, &r, sites);
		} else {
			story_pages_fail(s, err != NULL ? err : url);
			free(err);
		}
	}
	story_pages_finish(s, first);
	if (page != NULL)
		*page = fetched_page_last(first, sites, 0);
}

char *
story_pages_beside(const char *path, const char *base, const char *url)
{
	const char *slash = strrchr(base, '/'), *name, *dir_end;
	size_t dir = slash != NULL ? (size_t)(slash - base) + 1 : 0;

	if (dir == 0 || strncmp(base, url, dir) != 0)
		return NULL;
	name = url + dir;
	if (*name == '\0' || strcspn(name, "/?#%") != strlen(name) || strcmp(name, "..") == 0)
		return NULL;
	dir_end = strrchr(path, '/');
	if (dir_end == NULL)
		return xstrdup(name);
	return xasprintf("%.*s/%s", (int)(dir_end - path), path, name);
}
