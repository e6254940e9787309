/*
 * cli_dump: kanbao --dump and --search, the modes that print to stdout:
 * fetch -> extract (with a story's further pages) -> 繁简 -> JSON or
 * text, and the index's matches.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "convert.h"
#include "fetched.h"
#include "i18n.h"
#include "memory.h"
#include "page.h"
#include "refresh.h"
#include "search.h"
#include "story_pages.h"
#include "text.h"
#include "util.h"

/* What a story's further pages are read with in the dump (dump_get). */
struct dump_ctx {
	const struct options *o;
	const char *arg;	/* the input as given */
};

/* Prints what the cache has to say (a damaged file moved aside, caching
 * switched off) as warnings: none of it stops a dump. */
void
print_store_warnings(struct store *s)
{
	char *w;

	while (s != NULL && (w = store_warning(s)) != NULL) {
		fprintf(stderr, _("%s: warning: %s\n"), PACKAGE, w);
		free(w);
	}
}

/* What kanbao.db has to say (a lock that held, a damaged file moved
 * aside), as warnings. */
static void
print_memory_warnings(struct memory *m)
{
	char *w;

	while ((w = memory_warning(m)) != NULL) {
		fprintf(stderr, _("%s: warning: %s\n"), PACKAGE, w);
		free(w);
	}
}

/* Why 繁简 text was left as it is, once, as a warning: the page is
 * still read. */
static void
print_convert_trouble(void)
{
	char *w;

	while ((w = convert_trouble()) != NULL) {
		fprintf(stderr, _("%s: warning: %s\n"), PACKAGE, w);
		free(w);
	}
}

/* A further page of a story the dump reads: fetched as any input, or,
 * for a saved page read --base-url, from the file beside it. */
static int
dump_get(void *ctx, const char *url, struct fetched *r, char **err)
{
	const struct options *o = ((const struct dump_ctx *)ctx)->o;
	const char *arg = ((const struct dump_ctx *)ctx)->arg;
	char *path = NULL;
	int rc;

	if (o->base_url != NULL && !fetch_is_url(arg) &&
	    (path = story_pages_beside(arg, o->base_url, url)) == NULL) {
		*err = xasprintf(_("%s: not beside the saved page"), url);
		return -1;
	}
	rc = fetch_blocking(path != NULL ? path : url, &o->fetch, r, err);
	if (rc == 0 && path != NULL) {	/* as if fetched from there */
		free(r->url);
		free(r->final_url);
		r->url = xstrdup(url);
		r->final_url = xstrdup(url);
	}
	free(path);
	return rc;
}

/* Dumps one input; returns 0, or -1 after printing why on stderr.  A
 * stale copy (the server or the network failed, the cache had the page)
 * dumps with a warning on stderr and counts as read. */
int
dump_one(const char *arg, const struct options *o)
{
	struct fetched r;
	struct page *p;
	char *err;

	if (fetch_blocking(arg, &o->fetch, &r, &err) != 0) {
		fprintf(stderr, "%s: %s\n", PACKAGE, err);
		free(err);
		return -1;
	}
	if (r.stale != NULL) {	/* an old copy beats an error: a warning */
		char *q = text_clean(arg, strlen(arg)), *w = xasprintf("%s: %s", q, r.stale);

		fprintf(stderr, _("%s: warning: %s\n"), PACKAGE, w);
		free(w);
		free(q);
	}
	if (o->base_url != NULL) {	/* as if fetched from there */
		free(r.final_url);
		r.final_url = xstrdup(o->base_url);
	}
	if (o->whole) {
		p = fetched_page_last(&r, NULL, 1);	/* the bytes let go once read */
	} else {
		story_pages_read(&r, &o->config.sites, dump_get, &(struct dump_ctx){o, arg}, &p);
		if (r.more_note != NULL)	/* the pages read are kept: a warning */
			fprintf(stderr, _("%s: warning: %s\n"), PACKAGE, r.more_note);
	}
	if (o->convert != CONVERT_NONE && convert_page(p, (enum convert_mode)o->convert) != 0)
		print_convert_trouble();
	if (o->format == FORMAT_JSON)
		page_write_json(p, stdout);
	else
		page_write_text(p, o->width, o->ambi_width, stdout);
	page_free(p);
	fetched_free(&r);
	return 0;
}

/* kanbao --search WORDS: the stories read or saved that hold every word,
 * newest first, from the cache's index; 0, 2 when there is no index
 * (the cache is off), 1 for a usage error.  Ends the store. */
int
search_cli(int argc, char **argv, struct options *o, struct store *store)
{
	struct memory *memory;
	struct search *s;
	int rc;

	if (o->dump || optind >= argc || store == NULL) {
		fprintf(stderr, _("%s: --search needs WORDS, and the cache (not --no-cache or --dump)\n"),
		    PACKAGE);
		store_close(store);
		return 1;
	}
	memory = memory_open(NULL);	/* its saved stories are searched too */
	s = search_open(store, memory, &o->config.sites);
	rc = search_print(s, argv + optind, argc - optind, o->format == FORMAT_JSON, stdout);
	search_close(s);
	print_convert_trouble();	/* the words were looked for as typed */
	print_store_warnings(store);	/* why, when there is no index */
	print_memory_warnings(memory);
	if (rc != 0)
		fprintf(stderr, _("%s: cannot search: there is no index\n"), PACKAGE);
	memory_close(memory);
	store_close(store);
	return rc != 0 ? 2 : 0;
}

int
refresh_indexed(struct options *o, struct store *store)
{
	struct memory *memory = memory_open(NULL);	/* the saved stories stay found */
	struct search *s = search_open(store, memory, &o->config.sites);
	int rc = refresh_cli(&o->config, &o->fetch, s);	/* indexing what it extracts */

	search_sync(s);	/* and the rest */
	search_close(s);
	print_memory_warnings(memory);
	memory_close(memory);
	return rc;
}
