/*
 * extract_test: a document for the unit tests of one part of extraction.
 *
 * test_doc() parses html as extract_bytes() does and flattens it into
 * segments.  The test then runs the parts that its part reads from (as
 * extract_doc() orders them: find_body before the kind and the headline,
 * extract_title before the byline and the body), then the part itself,
 * and looks at c->page.  test_doc_free() frees all of it.
 */
#ifndef KANBAO_EXTRACT_TEST_H
#define KANBAO_EXTRACT_TEST_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_coauthor.h"
#include "extract_parts.h"
#include "tap.h"

#define TEST_URL "http://unit.test/news/2024/story.html"

static inline void
test_doc(struct ctx *c, const char *html)
{
	memset(c, 0, sizeof *c);
	c->url = TEST_URL;
	c->fetched = 1709726400;	/* 2024-03-06 12:00 UTC */
	c->page = page_new(c->url);
	c->doc = html_parse(html, strlen(html), c->url);
	c->root = c->doc ? html_root(c->doc) : NULL;
	if (c->root != NULL)
		build_segments(c);
}

static inline void
test_doc_free(struct ctx *c)
{
	ctx_free(c);
	html_free(c->doc);
	page_free(c->page);
}

/* test_doc(), then the headlines and the page's kind, as extract_doc()
 * reaches them: a list page's parts read from there. */
static inline void
test_list(struct ctx *c, const char *html)
{
	test_doc(c, html);
	find_body(c);
	extract_headlines(c);
	decide_kind(c);
}

/* test_doc(), then the parts before the byline and the byline itself,
 * in extract_doc()'s order. */
static inline void
test_byline(struct ctx *c, const char *html)
{
	test_doc(c, html);
	find_body(c);
	extract_title(c);
	extract_byline(c);
	join_coauthors(c);
}

/* ... and the body after them: the story as extract_doc() reaches it. */
static inline void
test_story(struct ctx *c, const char *html)
{
	test_byline(c, html);
	extract_body(c);
}

/* The pictures extract_images finds in the story html (owned, freed). */
static inline long
test_story_images(char *html)
{
	struct ctx c;
	long n;

	test_story(&c, html);
	extract_images(&c);
	n = (long)c.page->nimages;
	test_doc_free(&c);
	free(html);
	return n;
}

/* The related links extract_related finds in the story html (owned,
 * freed). */
static inline long
test_story_related(char *html)
{
	struct ctx c;
	long n;

	test_story(&c, html);
	extract_related(&c);
	n = (long)c.page->related.n;
	test_doc_free(&c);
	free(html);
	return n;
}

/* The tags extract_tags finds in the story html: their count, and when
 * joined is not NULL, their texts joined by sep (new, into *joined). */
static inline long
test_story_tags(const char *html, const char *sep, char **joined)
{
	struct ctx c;
	long n;

	test_story(&c, html);
	extract_tags(&c);
	n = (long)c.page->tags.n;
	if (joined != NULL) {
		size_t len = 1;

		for (size_t i = 0; i < c.page->tags.n; i++)
			len += strlen(c.page->tags.v[i]) + strlen(sep);
		*joined = xcalloc(len, 1);
		for (size_t i = 0; i < c.page->tags.n; i++) {
			if (i > 0)
				strcat(*joined, sep);
			strcat(*joined, c.page->tags.v[i]);
		}
	}
	test_doc_free(&c);
	return n;
}

/* Checks one text field of the page test_byline finds on html: the
 * field's offset in struct page names it (the macros below). */
static inline void
test_byline_field_is(const char *html, size_t field, const char *want, const char *what)
{
	struct ctx c;

	test_byline(&c, html);
	tap_str(*(char **)((char *)c.page + field), want, what);
	test_doc_free(&c);
}

#define test_author_is(html, want, what) \
	test_byline_field_is(html, offsetof(struct page, author), want, what)
#define test_title_is(html, want, what) \
	test_byline_field_is(html, offsetof(struct page, title), want, what)
#define test_source_is(html, want, what) \
	test_byline_field_is(html, offsetof(struct page, source), want, what)

/* Checks the titles of the previous and the next story on html. */
static inline void
test_nav_is(const char *html, const char *prev, const char *next, const char *what)
{
	struct ctx c;
	char *w;

	test_doc(&c, html);
	extract_prev_next(&c);
	tap_str(c.page->prev ? c.page->prev->title : NULL, prev, what);
	w = xasprintf("%s (next)", what);
	tap_str(c.page->next ? c.page->next->title : NULL, next, w);
	free(w);
	test_doc_free(&c);
}

/* Checks the published time test_byline gives on html. */
static inline void
test_published_is(const char *html, const char *want, const char *what)
{
	struct ctx c;

	test_byline(&c, html);
	tap_str(c.page->published, want, what);
	test_doc_free(&c);
}

/* Checks the count of body paragraphs test_story gives on html. */
static inline void
test_body_count(const char *html, long want, const char *what)
{
	struct ctx c;

	test_story(&c, html);
	tap_int((long)c.page->body.n, want, what);
	test_doc_free(&c);
}

/* Checks what f (label_value, dateline_credit: a new string or NULL)
 * gives on in. */
static inline void
test_gives(char *(*f)(const char *), const char *in, const char *want, const char *what)
{
	char *v = f(in);

	tap_str(v, want, what);
	free(v);
}

/* Is s one of the page's body paragraphs? */
static inline int
test_body_has(const struct ctx *c, const char *s)
{
	for (size_t i = 0; i < c->page->body.n; i++)
		if (strcmp(c->page->body.v[i], s) == 0)
			return 1;
	return 0;
}

/* The page extract_bytes() makes of html as if fetched from url: the
 * whole of extraction, as kanbao --dump runs it. */
static inline struct page *
test_page_of(const char *html, const char *url)
{
	struct extract_input in = {.bytes = html, .len = strlen(html), .url = url};

	return extract_bytes(&in);
}

/* Checks the count of related items test_page_of(html, url) gives,
 * and frees the page. */
static inline void
test_page_related_count(const char *html, const char *url, size_t n, const char *what)
{
	struct page *p = test_page_of(html, url);

	tap_int((long)p->related.n, (long)n, what);
	page_free(p);
}

/* Checks the body of test_page_of(html, url): its count, its first line
 * and its last (either not checked when NULL), and frees the page. */
static inline void
test_page_body_is(const char *html, const char *url, size_t n, const char *first, const char *last,
    const char *what)
{
	struct page *p = test_page_of(html, url);
	char *w = xasprintf("%s (first)", what), *w2 = xasprintf("%s (last)", what);

	tap_int((long)p->body.n, (long)n, what);
	if (first != NULL)
		tap_str(p->body.n > 0 ? p->body.v[0] : NULL, first, w);
	if (last != NULL)
		tap_str(p->body.n > 0 ? p->body.v[p->body.n - 1] : NULL, last, w2);
	free(w);
	free(w2);
	page_free(p);
}

/* test_page_body_is at the page address the test file defines as
 * PAGE_URL: the rules that read a story's address need one of its site. */
#define page_body_is(html, n, first, last, what) test_page_body_is(html, PAGE_URL, n, first, last, what)

#endif
