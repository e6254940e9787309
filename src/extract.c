/*
 * extract: the pipeline from bytes to struct page: charset, then an RSS
 * or Atom feed, or the HTML tree and each part of extraction in turn.
 */
#include "config.h"

#include <stdlib.h>

#include "charset.h"
#include "extract_coauthor.h"
#include "extract_dom.h"
#include "extract_hardwrap.h"
#include "extract_makers.h"
#include "extract_pagename.h"
#include "extract_thread.h"
#include "extract_writercard.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "feed.h"
#include "url.h"

/* 撰文：會訊編輯小組 梁嘉欣: the desk named before its writer; the
 * writer is the author (extract_names.c, desk_led_writer). */
static void
desk_writer_author(struct ctx *c)
{
	char *writer = c->page->author != NULL ? desk_led_writer(c->page->author) : NULL;

	if (writer != NULL) {
		free(c->page->author);
		c->page->author = writer;
	}
}

/* The order matters: the body's place decides the page's kind and weighs
 * the headline; the byline is read around the headline; the body skips
 * the headline and byline lines. */
static void
extract_doc(struct ctx *c)
{
	extract_feed_link(c);
	site_remove(c);
	unhide_noscript_story(c);
	build_segments(c);
	find_body(c);
	extract_headlines(c);
	decide_kind(c);
	extract_title(c);
	page_name_title(c);	/* 通告 over the notice's own heading */
	if (c->page->kind == PAGE_LIST) {
		extract_next_page(c);
		site_apply(c);
		return;
	}
	linklist_free(&c->page->headlines);
	extract_byline(c);
	makers_author(c);
	desk_writer_author(c);
	join_coauthors(c);
	extract_body(c);
	join_hard_wraps(c);
	extract_story_editor(c);
	extract_images(c);
	extract_blocks(c);
	extract_tags(c);
	extract_prev_next(c);
	extract_related(c);
	drop_author_cards(c);	/* the writer's card read as a list of one */
	extract_story_pages(c);
	strlist_push(&c->page->pages, xstrdup(c->url));
	site_apply(c);	/* a rule's body brings its own blocks */
}

/* The page's <base href> made absolute, when it is a web address: a
 * forum or a CMS that serves its pages under a path of its own names the
 * directory its relative links start from so. */
static char *
base_href(const struct ctx *c)
{
	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, 1)) {
		char *href, *abs;

		if (html_is(n, "body"))
			break;
		if (!html_is(n, "base") || (href = html_attr(n, "href")) == NULL)
			continue;
		abs = url_absolute(c->url, href);
		free(href);
		if (abs != NULL && url_is_web(abs))
			return abs;
		free(abs);
		return NULL;
	}
	return NULL;
}

struct page *
extract_bytes(const struct extract_input *in)
{
	struct ctx c = {0};
	size_t len;
	char *owned;	/* NULL when the page is valid UTF-8 as it came */
	const char *utf8 = charset_utf8_view(in->bytes, in->len, in->http_charset, &len,
	    NULL, &owned);
	struct page *feed;

	/* an RSS or Atom feed is a list page of its items */
	if (feed_detect(utf8, len) &&
	    (feed = feed_parse(utf8, len, in->url ? in->url : "", in->fetched)) != NULL) {
		free(owned);
		return feed;
	}
	c.url = in->url ? in->url : "";
	c.fetched = in->fetched;
	c.rule = in->rule;
	c.page = page_new(c.url);
	/* a site rule's XPath reads libxml2's DOM */
	c.doc = html_parse_both(utf8, len, c.url, c.rule != NULL ? &c.dom : NULL);
	free(owned);
	if (in->parsed != NULL)
		in->parsed(in->parsed_arg);
	if (c.doc == NULL) {
		xmlFreeDoc(c.dom);
		return c.page;
	}
	c.root = html_root(c.doc);
	c.base = base_href(&c);
	if (in->whole) {
		build_segments(&c);
		extract_whole(&c);
	} else {
		extract_doc(&c);
	}
	ctx_free(&c);
	free(c.base);
	html_free(c.doc);
	xmlFreeDoc(c.dom);
	return c.page;
}
