/*
 * fetched: the value of a fetched page and its shared bytes; see
 * fetched.h.  The bytes are counted, not copied: a page the prefetch kept
 * becomes a view's, and a story saved waits in the memory's queue, with
 * the bytes the fetch read once.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fetched.h"
#include "util.h"

struct bytes *
bytes_own(char *s, size_t len)
{
	struct bytes *b = xmalloc(sizeof *b);

	b->s = s != NULL ? s : xstrdup("");
	b->len = s != NULL ? len : 0;
	b->refs = 1;
	return b;
}

struct bytes *
bytes_copy(const char *s, size_t n)
{
	return bytes_own(xstrndup(s, n), n);
}

struct bytes *
bytes_hold(struct bytes *b)
{
	if (b != NULL)
		b->refs++;
	return b;
}

void
bytes_drop(struct bytes *b)
{
	if (b == NULL || --b->refs > 0)
		return;
	free(b->s);
	free(b);
}

static char *
dup(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

void
fetched_copy(struct fetched *to, const struct fetched *f)
{
	*to = *f;
	to->url = dup(f->url);
	to->final_url = dup(f->final_url);
	to->body = bytes_hold(f->body);
	to->charset = dup(f->charset);
	to->content_type = dup(f->content_type);
	to->etag = dup(f->etag);
	to->last_modified = dup(f->last_modified);
	to->stale = dup(f->stale);
	to->more_note = dup(f->more_note);
	to->more = f->nmore > 0 ? xcalloc(f->nmore, sizeof *to->more) : NULL;
	for (size_t i = 0; i < f->nmore; i++)
		fetched_copy(&to->more[i], &f->more[i]);
	to->disposition = dup(f->disposition);
}

void
fetched_free(struct fetched *f)
{
	free(f->url);
	free(f->final_url);
	bytes_drop(f->body);
	free(f->charset);
	free(f->content_type);
	free(f->etag);
	free(f->last_modified);
	free(f->stale);
	for (size_t i = 0; i < f->nmore; i++)
		fetched_free(&f->more[i]);
	free(f->more);
	free(f->more_note);
	free(f->disposition);
	memset(f, 0, sizeof *f);
}
