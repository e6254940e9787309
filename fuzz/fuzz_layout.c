/*
 * fuzz_layout: text and a width through layout_wrap and layout_width.
 * The first byte picks the width (1..64) and the ambiguous width; the rest
 * is the text, capped at 64 KiB.  Checks that no line is wider than the
 * width unless it holds a single character.
 *
 * Then the same text, cut at '|' into pieces, as a story of blocks
 * (layout_blocks.c, layout_table.c): a paragraph of the whole text whose
 * links are the pieces (some of them attachments), a list and a table of
 * the pieces (three cells a row) with the same links, a picture, a
 * preformatted block.  Checks that every line of the doc keeps to the
 * width (or is one clipped character) and that every link has a URL.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "page.h"
#include "text.h"

#define MAX_INPUT (64 * 1024)

#define MAX_PIECES 64

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* The pieces of text between '|', at most MAX_PIECES, into out. */
static void
cut_pieces(const char *text, struct strlist *out)
{
	const char *p = text, *bar;

	while (out->n < MAX_PIECES && (bar = strchr(p, '|')) != NULL) {
		strlist_push(out, xstrndup(p, (size_t)(bar - p)));
		p = bar + 1;
	}
	strlist_push(out, xstrdup(p));
}

static void
add_links(struct block *b, const struct strlist *pieces)
{
	for (size_t i = 0; i < pieces->n; i++)
		block_add_link(b, xstrdup(pieces->v[i]), xstrdup(i % 3 ? "http://f.test/a.html" :
		    "http://f.test/f.DOCX"), i % 3 == 0);
}

static struct page *
story(const char *text)
{
	struct page *p = page_new("http://f.test/");
	struct strlist pieces = {0};
	struct block *b;

	cut_pieces(text, &pieces);
	b = page_add_text(p, BLOCK_P, xstrdup(text));
	add_links(b, &pieces);
	b = page_add_block(p, BLOCK_LIST);
	for (size_t i = 0; i < pieces.n; i++)
		strlist_push(&b->items, xstrdup(pieces.v[i]));
	add_links(b, &pieces);
	b = page_add_block(p, BLOCK_TABLE);
	b->rows = xcalloc(pieces.n / 3 + 1, sizeof *b->rows);
	for (size_t i = 0; i < pieces.n; i++) {
		if (i % 3 == 0)
			b->nrows++;
		strlist_push(&b->rows[b->nrows - 1], xstrdup(pieces.v[i]));
	}
	add_links(b, &pieces);
	b = page_add_block(p, BLOCK_IMG);
	b->src = xstrdup("http://f.test/p.jpg");
	b->alt = xstrdup(pieces.v[0]);
	page_add_text(p, BLOCK_PRE, xstrdup(text));
	strlist_free(&pieces);
	return p;
}

static void
check_story(const char *text, int width, int ambi)
{
	struct page *p = story(text);
	struct layout_opts o = {width, ambi, NULL, 0, NULL, NULL};
	struct ldoc d;

	layout_page(p, &o, &d);
	for (size_t i = 0; i < d.nlines; i++) {
		const struct lline *l = &d.lines[i];
		const char *t = d.blocks[l->block].text;

		if (l->cols > width || (!(l->flags & LL_CLIPPED) &&
		    l->indent + layout_width(t + l->start, l->end - l->start, ambi) > width))
			abort();
	}
	for (size_t k = 0; k < d.nlinks; k++)
		if (ldoc_link_url(&d, p, (int)k) == NULL ||
		    (d.links[k].first_line != (size_t)-1 && d.links[k].last_line >= d.nlines))
			abort();
	ldoc_free(&d);
	page_free(p);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static int ready;
	struct strlist lines = {0};
	char *text;
	int width, ambi;

	if (!ready) {
		setlocale(LC_ALL, "C.UTF-8");
		ready = 1;
	}
	if (size < 1 || size > MAX_INPUT)
		return 0;
	width = 1 + data[0] % 64;
	ambi = data[0] & 0x80 ? 2 : 1;
	text = text_clean((const char *)data + 1, size - 1);
	layout_wrap(text, width, ambi, &lines);
	for (size_t i = 0; i < lines.n; i++) {
		size_t len = strlen(lines.v[i]);
		uint32_t cp;

		if (layout_width(lines.v[i], len, ambi) > width && utf8_decode(lines.v[i], len, &cp) != len)
			abort();
	}
	strlist_free(&lines);
	check_story(text, width, ambi);
	free(text);
	return 0;
}
