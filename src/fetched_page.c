/*
 * fetched_page: a fetched page to a struct page, for the dump and the
 * reader alike.  Kept apart from fetched.c so that the value stays beside
 * fetch and the cache, while this one function stands above extract.
 */
#include "config.h"

#include <string.h>

#include "extract.h"
#include "fetched.h"
#include "page_join.h"
#include "sites.h"

static struct extract_input
input_of(const struct fetched *f)
{
	struct extract_input in = {0};

	in.bytes = fetched_bytes(f);
	in.len = fetched_len(f);
	in.http_charset = f->charset;
	in.url = f->final_url != NULL ? f->final_url : f->url;
	in.fetched = f->fetched;
	return in;
}

/* extract_input's parsed: the bytes of a struct fetched are done with. */
static void
let_go(void *arg)
{
	struct fetched *f = arg;

	bytes_drop(f->body);
	f->body = NULL;
}

/* f's own page; the bytes of drop (f itself, or NULL to keep them) let
 * go once parsed. */
static struct page *
one_page(const struct fetched *f, const struct site_rules *sites, struct fetched *drop)
{
	struct extract_input in = input_of(f);

	in.rule = sites_match(sites, in.url);
	if (drop != NULL) {
		in.parsed = let_go;
		in.parsed_arg = drop;
	}
	return extract_bytes(&in);
}

/* The story's further pages joined in order; a 全文 page (the one its
 * first page names whole) takes the place of the body instead. */
static struct page *
story_page(const struct fetched *f, const struct site_rules *sites, struct fetched *drop)
{
	struct page *p = one_page(f, sites, drop);

	for (size_t i = 0; i < f->nmore && p->kind == PAGE_ARTICLE; i++) {
		struct page *q = one_page(&f->more[i], sites, drop ? &drop->more[i] : NULL);

		if (i == 0 && p->whole != NULL && strcmp(f->more[0].url, p->whole) == 0)
			page_join_whole(p, q);
		else
			page_join(p, q);
	}
	return p;
}

struct page *
fetched_page(const struct fetched *f, const struct site_rules *sites)
{
	return story_page(f, sites, NULL);
}

struct page *
fetched_whole_page(const struct fetched *f)
{
	struct extract_input in = input_of(f);

	in.whole = 1;
	return extract_bytes(&in);
}

struct page *
fetched_page_last(struct fetched *f, const struct site_rules *sites, int whole)
{
	struct extract_input in = input_of(f);

	if (!whole)
		return story_page(f, sites, f);
	in.whole = 1;
	in.parsed = let_go;
	in.parsed_arg = f;
	return extract_bytes(&in);
}
