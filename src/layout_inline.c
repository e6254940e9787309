/*
 * layout_inline: a block's links drawn where they stand in its text; see
 * layout_int.h.
 *
 * Extraction gives a block its text and, apart, the links inside it (text
 * and URL).  Each link is looked for in the text after the one before it,
 * so a link text that occurs twice is found where the reader meets it.
 * A link whose text is not there (an anchor's title attribute stands for
 * text cut short) is drawn after the block's text instead: nothing is
 * lost.  The looking is bounded: a block gives up after MISSES_MAX links
 * not found, each of which read the rest of the block, so no block costs
 * more than a few reads of its text, whatever its number of links.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "layout_int.h"

#define MISSES_MAX 8
#define NOWHERE ((size_t)-1)
#define EXT_MAX 8		/* bytes of an extension worth showing, dot and all */

/* The place of needle at or after (*piece, *off), moved past it; 0 when
 * the rest of the pieces do not hold it. */
static int
find_from(const char *const *pieces, size_t npieces, const char *needle,
    size_t *piece, size_t *off)
{
	for (size_t i = *piece; i < npieces; i++) {
		const char *text = pieces[i] ? pieces[i] : "";
		const char *at = strstr(text + (i == *piece ? *off : 0), needle);

		if (at != NULL) {
			*piece = i;
			*off = (size_t)(at - text);
			return 1;
		}
	}
	return 0;
}

char *
layout_subst(const char *fmt, const char *arg)
{
	const char *at = strstr(fmt, "%s");
	struct buf b = {0};

	buf_add(&b, "", 0);
	if (at == NULL) {
		buf_adds(&b, fmt);
		return buf_steal(&b);
	}
	buf_add(&b, fmt, (size_t)(at - fmt));
	buf_adds(&b, arg);
	buf_adds(&b, at + 2);
	return buf_steal(&b);
}

void
inline_links_init(struct inline_links *in, const struct page *p, size_t bi,
    const char *const *pieces, size_t npieces, const struct layout_labels *L)
{
	const struct block *b = &p->blocks[bi];
	size_t piece = 0, off = 0, misses = 0;

	*in = (struct inline_links){b, bi, L, NULL, 0};
	if (b->nlinks == 0)
		return;
	in->spots = xreallocarray(NULL, b->nlinks, sizeof *in->spots);
	for (size_t j = 0; j < b->nlinks; j++) {
		const char *text = b->links[j].text;
		size_t at_piece = piece, at_off = off;

		in->spots[j] = (struct link_spot){NOWHERE, 0};
		if (text == NULL || *text == '\0' || misses >= MISSES_MAX)
			continue;
		if (!find_from(pieces, npieces, text, &at_piece, &at_off)) {
			misses++;
			continue;
		}
		in->spots[j] = (struct link_spot){at_piece, at_off};
		piece = at_piece;
		off = at_off + strlen(text);
	}
}

void
inline_links_free(struct inline_links *in)
{
	free(in->spots);
	in->spots = NULL;
}

void
ltext_free(struct ltext *t)
{
	buf_free(&t->s);
	free(t->runs);
	memset(t, 0, sizeof *t);
}

/* Appends n bytes of s to t in style, for link (or -1). */
static void
ltext_add(struct ltext *t, const char *s, size_t n, enum lstyle style, int link)
{
	struct lrun *last = t->nruns ? &t->runs[t->nruns - 1] : NULL;

	if (n == 0)
		return;
	if (last != NULL && last->style == style && last->link == link) {
		last->len += n;		/* one run for text that reads alike */
	} else {
		if (t->nruns == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 8;
			t->runs = xreallocarray(t->runs, t->cap, sizeof *t->runs);
		}
		t->runs[t->nruns++] = (struct lrun){t->s.len, n, style, link};
	}
	buf_add(&t->s, s, n);
}

/* ".docx" of a URL's path, lowercased, into ext (EXT_MAX + 1 bytes), or
 * "" when its last segment has no short extension. */
static void
extension(const char *url, char *ext)
{
	size_t n = strcspn(url, "?#"), i = n;

	ext[0] = '\0';
	while (i > 0 && url[i - 1] != '.' && url[i - 1] != '/')
		i--;
	if (i == 0 || url[i - 1] != '.' || n - i + 1 > EXT_MAX || n == i)
		return;
	for (size_t k = i - 1; k < n; k++) {
		char c = url[k];

		ext[k - (i - 1)] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
	}
	ext[n - (i - 1)] = '\0';
}

/* Link j of the block, as a new link of d, its text and mark into t. */
static void
add_link(struct ltext *t, struct ldoc *d, const struct inline_links *in, size_t j)
{
	const struct block_link *bl = &in->b->links[j];
	int k = ldoc_new_link(d, LK_INLINE, in->bi);

	d->links[k].sub = j;
	ltext_add(t, bl->text, strlen(bl->text), LS_LINK, k);
	if (bl->attachment) {
		char ext[EXT_MAX + 1], *mark;

		extension(bl->url, ext);
		mark = layout_subst(in->L->attachment, ext);
		ltext_add(t, " ", 1, LS_TEXT, -1);
		ltext_add(t, mark, strlen(mark), LS_META, -1);
		free(mark);
	}
}

void
ltext_piece(struct ltext *t, struct ldoc *d, struct inline_links *in,
    size_t piece, const char *text, enum lstyle style)
{
	size_t at = 0, n = in->b->nlinks;

	if (text == NULL)
		text = "";
	for (; in->next < n; in->next++) {
		const struct link_spot *s = &in->spots[in->next];

		if (s->piece == NOWHERE)
			continue;	/* drawn after the block */
		if (s->piece != piece)
			break;
		ltext_add(t, text + at, s->off - at, style, -1);
		add_link(t, d, in, in->next);
		at = s->off + strlen(in->b->links[in->next].text);
	}
	ltext_add(t, text + at, strlen(text + at), style, -1);
}

void
ltext_leftovers(struct ltext *t, struct ldoc *d, struct inline_links *in)
{
	for (size_t j = 0; j < in->b->nlinks; j++) {
		const char *text = in->b->links[j].text;

		if (in->spots[j].piece != NOWHERE || text == NULL || *text == '\0')
			continue;
		if (t->s.len > 0)
			ltext_add(t, " ", 1, LS_TEXT, -1);
		add_link(t, d, in, j);
	}
}

void
ldoc_add_ltext(struct ldoc *d, const struct ltext *t, size_t start, size_t end, size_t *run)
{
	size_t r = *run;

	while (r < t->nruns && t->runs[r].start + t->runs[r].len <= start)
		r++;
	*run = r;
	for (; r < t->nruns && t->runs[r].start < end; r++) {
		const struct lrun *x = &t->runs[r];
		size_t a = x->start > start ? x->start : start;
		size_t b = x->start + x->len < end ? x->start + x->len : end;

		ldoc_addn(d, t->s.s + a, b - a, x->style, x->link);
	}
}
