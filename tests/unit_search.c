/*
 * unit_search: the search index through the calls a reader or a refresh
 * makes (search.h): a page the caller extracted is indexed as given, and
 * only while the cache keeps it; a story saved through memory_save() is
 * found, with the time it was saved, and stays found when the cache lets
 * its page go; matches come newest first, at most as many as asked; a
 * page changed in the cache is indexed anew by the next search.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fetch.h"
#include "memory.h"
#include "page.h"
#include "search.h"
#include "store.h"
#include "tap.h"
#include "util.h"

static char dir[] = "/tmp/kanbao-search-XXXXXX";

/* A page fetched from url at time t, holding html; the caller frees it. */
static struct fetched
fetched_html(const char *url, const char *html, time_t t)
{
	struct fetched f = {.url = xstrdup(url), .final_url = xstrdup(url), .status = 200,
		.fetched = t, .from = FETCHED_NETWORK, .body = bytes_copy(html, strlen(html))};

	return f;
}

static char *
story(const char *title, const char *date, const char *text)
{
	return xasprintf("<html><head><title>%s</title></head><body><article><h1>%s</h1>"
	    "<p>发布时间：%s</p><p>%s</p><p>%s</p></article></body></html>", title, title,
	    date, text, text);
}

/* The URLs of the matches of query, joined by spaces (a new string). */
static char *
found(struct search *s, const char *query, size_t max)
{
	struct search_match *m;
	size_t n;
	struct buf b = {0};

	if (search_find(s, query, max, &m, &n) < 0)
		return xstrdup("(no index)");
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, m[i].url);
	}
	search_matches_free(m, n);
	return b.s != NULL ? buf_steal(&b) : xstrdup("");
}

static void
check(struct search *s, const char *query, size_t max, const char *want, const char *what)
{
	char *got = found(s, query, max);

	tap_str(got, want, what);
	free(got);
}

/* Puts html in the cache as url, fetched at t. */
static void
cache(const struct fetch_cache *c, const char *url, const char *html, time_t t)
{
	struct fetched f = fetched_html(url, html, t);

	c->put(c->ctx, &f);
	fetched_free(&f);
}

static void
given_pages(struct store *st, struct search *s)
{
	const struct fetch_cache *c = store_fetch_cache(st);
	char *html = story("梅岭镇水库通过验收", "2024-05-10", "石门坳水库工程通过竣工验收，可灌溉两千多亩农田。");
	struct fetched f = fetched_html("http://meiling.test/1.html", html, 100);
	struct page *p = page_new("http://meiling.test/1.html");

	c->put(c->ctx, &f);
	free(p->title);
	p->title = xstrdup("The caller's own title");
	strlist_push(&p->body, xstrdup("Words only the caller gave: quillwort."));
	search_add(s, &f, p);
	check(s, "quillwort", 0, "http://meiling.test/1.html",
	    "a page the caller extracted is indexed as it was given");
	check(s, "石门坳", 0, "", "... and not extracted again");
	fetched_free(&f);
	f = fetched_html("http://meiling.test/uncached.html", html, 100);
	search_add(s, &f, p);
	check(s, "quillwort", 0, "http://meiling.test/1.html",
	    "a page the cache does not keep is not indexed");
	page_free(p);
	fetched_free(&f);
	free(html);
	html = story("梅岭镇水库开始蓄水", "2024-05-20", "石门坳水库下闸蓄水，水位逐日上涨。");
	cache(c, "http://meiling.test/1.html", html, 200);
	check(s, "quillwort", 0, "", "a page changed in the cache leaves the index");
	check(s, "下闸蓄水", 0, "http://meiling.test/1.html", "... and its new text is found");
	free(html);
}

static void
saved_stories(struct store *st, struct search *s, struct memory *m)
{
	const struct fetch_cache *c = store_fetch_cache(st);
	char *html = story("梅岭镇茶园迎来采摘季", "2024-04-02", "云岫村高山茶园的采茶工背着竹篓上山。");
	struct fetched f = fetched_html("http://meiling.test/2.html", html, 300);
	struct search_match *match;
	size_t n;

	c->put(c->ctx, &f);
	tap_int(memory_save(m, &f, "梅岭镇茶园迎来采摘季"), 0, "a story saved");
	if (search_find(s, "高山茶园", 0, &match, &n) == 1)
		tap_ok(match[0].saved > 0 && strcmp(match[0].key, "http://meiling.test/2.html") == 0,
		    "... is found, saved, under the URL it is kept by");
	else
		tap_ok(0, "... is found, saved, under the URL it is kept by");
	search_matches_free(match, n);
	check(s, "梅岭镇", 0, "http://meiling.test/1.html http://meiling.test/2.html",
	    "matches come newest first (by the date the page gives)");
	check(s, "梅岭镇", 1, "http://meiling.test/1.html", "... at most as many as asked");
	fetched_free(&f);
	free(html);
}

/* A cache of 2000 bytes, filled by pages that deflate cannot shrink: the
 * stories go, the saved one stays found. */
static void
evicted(void)
{
	char *cpath = xasprintf("%s/small.db", dir), *mpath = xasprintf("%s/kanbao.db", dir);
	struct store *st = store_open(cpath, 2000);
	struct memory *m = memory_open(mpath);
	struct search *s = search_open(st, m, NULL);
	const struct fetch_cache *c = store_fetch_cache(st);
	char *a = story("Alderbury mill", "2024-01-01", "The Alderbury mill turns again, says the miller."),
	    *b = story("Brackenfold mill", "2024-01-02", "The Brackenfold mill turns again, says the miller."),
	    pad[1001], url[32];
	unsigned x = 1;
	struct fetched f;

	f = fetched_html("http://x.test/a", a, 1);
	memory_save(m, &f, "Alderbury mill");
	cache(c, "http://x.test/a", a, 1);
	cache(c, "http://x.test/b", b, 2);
	check(s, "mill", 0, "http://x.test/b http://x.test/a", "both stories found");
	for (int k = 0; k < 3; k++) {	/* 1000 bytes each, no NUL among them */
		for (int i = 0; i < 1000; i++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			pad[i] = (char)((x >> 24) | 1);
		}
		pad[1000] = '\0';
		snprintf(url, sizeof url, "http://x.test/pad%d", k);
		cache(c, url, pad, 3 + k);
	}
	check(s, "mill", 0, "http://x.test/a", "the cache evicts both: only the saved one is found");
	fetched_free(&f);
	search_close(s);
	memory_close(m);
	store_close(st);
	free(a);
	free(b);
	free(cpath);
	free(mpath);
}

int
main(void)
{
	char *cpath, *mpath, *rm;
	struct store *st;
	struct memory *m;
	struct search *s;
	struct search_match *none;
	size_t n;

	tap_init();
	if (mkdtemp(dir) == NULL)
		return 99;
	cpath = xasprintf("%s/cache.db", dir);
	mpath = xasprintf("%s/data/kanbao.db", dir);
	st = store_open(cpath, STORE_MAX_DEFAULT);
	m = memory_open(mpath);
	s = search_open(st, m, NULL);
	given_pages(st, s);
	saved_stories(st, s, m);
	search_close(s);
	memory_close(m);
	store_close(st);
	evicted();
	unsetenv("XDG_CACHE_HOME");	/* no home: the cache is off */
	unsetenv("HOME");
	s = search_open(st = store_open(NULL, 1), NULL, NULL);
	tap_int(search_find(s, "mill", 0, &none, &n), -1, "without a cache there is no index");
	search_close(s);
	store_close(st);
	rm = xasprintf("rm -rf '%s'", dir);
	if (system(rm) != 0)
		printf("# could not remove %s\n", dir);
	free(rm);
	free(cpath);
	free(mpath);
	return tap_done();
}
