/* page_json: a page as the dump contract's JSON; see page.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "page.h"

/*
 * The JSON goes out through a buffer of its own, written to the stream
 * when full: a list page of 16 MiB is some 20 MB of JSON in a million
 * pieces, and a locked stdio call for each piece (fputs, fwrite) cost
 * more than the copying itself.  Nothing is held beyond the buffer.
 */
struct jw {
	FILE *f;
	size_t n;
	char b[1 << 16];
};

static void
jw_flush(struct jw *w)
{
	if (w->n > 0)
		fwrite(w->b, 1, w->n, w->f);
	w->n = 0;
}

/* A piece too long for the room left: the buffer goes out first, and a
 * piece longer than the whole buffer goes by itself. */
static void
jw_put_long(struct jw *w, const char *s, size_t len)
{
	jw_flush(w);
	if (len > sizeof w->b) {
		fwrite(s, 1, len, w->f);
		return;
	}
	memcpy(w->b, s, len);
	w->n = len;
}

/* Inline, as jw_puts is: most pieces are the contract's few constant
 * bytes (", \"url\": "), whose length and copy the compiler then works
 * out where they are written. */
static inline void
jw_put(struct jw *w, const char *s, size_t len)
{
	if (len > sizeof w->b - w->n) {
		jw_put_long(w, s, len);
		return;
	}
	memcpy(w->b + w->n, s, len);
	w->n += len;
}

static inline void
jw_puts(struct jw *w, const char *s)
{
	jw_put(w, s, strlen(s));
}

static inline void
jw_putc(struct jw *w, char c)
{
	if (w->n == sizeof w->b)
		jw_flush(w);
	w->b[w->n++] = c;
}

/* The bytes a JSON string holds as they are: all but the controls (and
 * NUL, which ends the string), DEL, the quote and the backslash.  Looked
 * up in a table, not compared four times: every byte of a page's text
 * passes here.  Built on first use; kanbao has no threads. */
static const unsigned char *
plain_bytes(void)
{
	static unsigned char plain[256];

	if (!plain['a'])
		for (unsigned c = 0x20; c < 256; c++)
			plain[c] = c != '"' && c != '\\' && c != 0x7F;
	return plain;
}

/* Writes s as a JSON string.  Strings are already clean, but escaping every
 * control character keeps the output valid whatever reaches here.  The
 * bytes between escapes are copied as one run. */
static void
json_str(const char *s, struct jw *w)
{
	const unsigned char *c = (const unsigned char *)s, *plain = plain_bytes();
	char esc[8];

	if (s == NULL) {
		jw_puts(w, "null");
		return;
	}
	jw_putc(w, '"');
	for (;;) {
		const unsigned char *run = c;

		while (plain[*c])
			c++;
		jw_put(w, (const char *)run, (size_t)(c - run));
		switch (*c) {
		case '\0': jw_putc(w, '"'); return;
		case '"': jw_puts(w, "\\\""); break;
		case '\\': jw_puts(w, "\\\\"); break;
		case '\n': jw_puts(w, "\\n"); break;
		case '\t': jw_puts(w, "\\t"); break;
		case '\r': jw_puts(w, "\\r"); break;
		default:
			snprintf(esc, sizeof esc, "\\u%04x", *c);
			jw_puts(w, esc);
		}
		c++;
	}
}

static void
json_key(const char *key, const char *value, struct jw *w)
{
	jw_puts(w, ", \"");
	jw_puts(w, key);
	jw_puts(w, "\": ");
	json_str(value, w);
}

static void
json_link(const struct link *l, int with_extra, int with_snippet, struct jw *w)
{
	if (l == NULL) {
		jw_puts(w, "null");
		return;
	}
	jw_puts(w, "{\"title\": ");
	json_str(l->title, w);
	json_key("url", l->url, w);
	/* design.md's contract: a related item has a snippet, a headline not */
	if (with_snippet)
		json_key("snippet", l->snippet, w);
	if (with_extra)
		json_key("date", l->date, w);
	jw_putc(w, '}');
}

/* ", "key": [" */
static void
json_list_key(const char *key, struct jw *w)
{
	jw_puts(w, ", \"");
	jw_puts(w, key);
	jw_puts(w, "\": [");
}

static void
json_links(const char *key, const struct linklist *l, int with_snippet, struct jw *w)
{
	json_list_key(key, w);
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			jw_puts(w, ", ");
		json_link(&l->v[i], 1, with_snippet, w);
	}
	jw_putc(w, ']');
}

static void
json_strings(const char *key, const struct strlist *l, struct jw *w)
{
	json_list_key(key, w);
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			jw_puts(w, ", ");
		json_str(l->v[i], w);
	}
	jw_putc(w, ']');
}

/* A block as the contract has it: its type, then the fields of that type,
 * then the links inside it. */
static void
json_block(const struct block *b, struct jw *w)
{
	/* quoted already: the names hold nothing to escape */
	static const char *const types[] = {"\"p\"", "\"h\"", "\"quote\"", "\"list\"",
	    "\"table\"", "\"img\"", "\"pre\""};

	jw_puts(w, "{\"type\": ");
	jw_puts(w, types[b->type]);
	switch (b->type) {
	case BLOCK_LIST:
		json_strings("items", &b->items, w);
		break;
	case BLOCK_TABLE:
		jw_puts(w, ", \"rows\": [");
		for (size_t i = 0; i < b->nrows; i++) {
			jw_puts(w, i ? ", [" : "[");
			for (size_t k = 0; k < b->rows[i].n; k++) {
				if (k)
					jw_puts(w, ", ");
				json_str(b->rows[i].v[k], w);
			}
			jw_putc(w, ']');
		}
		jw_putc(w, ']');
		break;
	case BLOCK_IMG:
		json_key("src", b->src, w);
		json_key("alt", b->alt, w);
		break;
	default:
		json_key("text", b->text ? b->text : "", w);
	}
	jw_puts(w, ", \"links\": [");
	for (size_t i = 0; i < b->nlinks; i++) {
		jw_puts(w, i ? ", {\"text\": " : "{\"text\": ");
		json_str(b->links[i].text, w);
		json_key("url", b->links[i].url, w);
		jw_puts(w, b->links[i].attachment ? ", \"attachment\": true}" :
		    ", \"attachment\": false}");
	}
	jw_puts(w, "]}");
}

static void
json_page(const struct page *p, struct jw *w)
{
	jw_puts(w, "{\"url\": ");
	json_str(p->url, w);
	json_key("kind", p->kind == PAGE_LIST ? "list" : "article", w);
	json_key("title", p->title, w);
	json_key("source", p->source, w);
	json_key("author", p->author, w);
	json_key("editor", p->editor, w);
	json_key("published", p->published, w);
	json_strings("body", &p->body, w);
	jw_puts(w, ", \"images\": [");
	for (size_t i = 0; i < p->nimages; i++) {
		jw_puts(w, i ? ", {\"src\": " : "{\"src\": ");
		json_str(p->images[i].src, w);
		json_key("alt", p->images[i].alt, w);
		jw_putc(w, '}');
	}
	jw_putc(w, ']');
	json_strings("tags", &p->tags, w);
	jw_puts(w, ", \"prev\": ");
	json_link(p->prev, 0, 0, w);
	jw_puts(w, ", \"next\": ");
	json_link(p->next, 0, 0, w);
	json_links("related", &p->related, 1, w);
	json_links("headlines", &p->headlines, 0, w);
	jw_puts(w, ", \"blocks\": [");
	for (size_t i = 0; i < p->nblocks; i++) {
		if (i)
			jw_puts(w, ", ");
		json_block(&p->blocks[i], w);
	}
	jw_putc(w, ']');
	json_strings("pages", &p->pages, w);
	json_key("next_page", p->next_page, w);
	if (p->converted != NULL)
		json_key("converted", p->converted, w);
	jw_puts(w, "}\n");
}

void
page_write_json(const struct page *p, FILE *f)
{
	static struct jw w;	/* 64 KiB: not on the stack; kanbao has no threads */

	w.f = f;
	w.n = 0;
	json_page(p, &w);
	jw_flush(&w);
}
