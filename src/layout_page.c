/*
 * layout_page: a struct page to an ldoc of blocks and lines; see layout.h.
 *
 * Blocks are built run by run (ldoc_begin, ldoc_add, ldoc_end); ldoc_end
 * wraps the block with layout_wrap_spans() at the doc's width less the
 * block's indent, so every width decision goes through layout_width().
 * Nothing here allocates for the caller but the doc itself.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "page.h"
#include "text.h"

#define MIN_TEXT_COLS 8		/* a hanging indent goes below this */
#define HEADLINE_INDENT 2	/* the read-mark place */

static const struct layout_labels default_labels = {
	"[Image: %s]", "[Image]", "Previous: ", "Next: ", "(none)", "Related", "Tags: ",
};

void
ldoc_init(struct ldoc *d, int width, int ambi_width)
{
	memset(d, 0, sizeof *d);
	d->width = width < 1 ? 1 : width;
	d->ambi_width = ambi_width == 2 ? 2 : 1;
	d->prev = d->next = -1;
}

void
ldoc_free(struct ldoc *d)
{
	for (size_t i = 0; i < d->nblocks; i++) {
		free(d->blocks[i].text);
		free(d->blocks[i].runs);
	}
	free(d->blocks);
	free(d->lines);
	free(d->links);
	memset(d, 0, sizeof *d);
	d->prev = d->next = -1;
}

void
ldoc_begin(struct ldoc *d, int indent, int hang, int mark)
{
	struct lblock *b;

	if (d->nblocks == d->capblocks) {
		d->capblocks = d->capblocks ? d->capblocks * 2 : 32;
		d->blocks = xreallocarray(d->blocks, d->capblocks, sizeof *d->blocks);
	}
	b = &d->blocks[d->nblocks++];
	memset(b, 0, sizeof *b);
	b->text = xstrdup("");
	b->indent = indent < 0 ? 0 : indent;
	b->hang = hang < 0 ? 0 : hang;
	b->mark = mark;
	b->link = -1;
}

void
ldoc_add(struct ldoc *d, const char *text, enum lstyle style, int link)
{
	struct lblock *b;
	size_t n = strlen(text);

	if (d->nblocks == 0)
		ldoc_begin(d, 0, 0, 0);
	b = &d->blocks[d->nblocks - 1];
	if (n == 0)
		return;
	b->text = xrealloc(b->text, b->len + n + 1);
	memcpy(b->text + b->len, text, n + 1);
	if (b->nruns == b->capruns) {
		b->capruns = b->capruns ? b->capruns * 2 : 4;
		b->runs = xreallocarray(b->runs, b->capruns, sizeof *b->runs);
	}
	b->runs[b->nruns++] = (struct lrun){b->len, n, style, link};
	b->len += n;
	if (link >= 0 && b->link < 0)
		b->link = link;
}

static void
push_line(struct ldoc *d, const struct lline *l)
{
	if (d->nlines == d->caplines) {
		d->caplines = d->caplines ? d->caplines * 2 : 64;
		d->lines = xreallocarray(d->lines, d->caplines, sizeof *d->lines);
	}
	d->lines[d->nlines++] = *l;
}

/* The line [start, end) after indent, kept within the doc's width: a
 * line layout_wrap could not make narrow enough is one wide character on
 * a line narrower than it, which is clipped to a single column. */
static void
add_line(struct ldoc *d, size_t block, const struct layout_span *s, int indent, unsigned flags)
{
	const struct lblock *b = &d->blocks[block];
	struct lline l = {block, s->start, s->end, indent, 0, flags};

	l.cols = indent + layout_width(b->text + s->start, s->end - s->start, d->ambi_width);
	if (l.cols > d->width) {
		l.flags |= LL_CLIPPED;
		l.cols = indent + 1 <= d->width ? indent + 1 : d->width;
	}
	push_line(d, &l);
}

/* Links of the block's runs cover the lines their bytes fall on. */
static void
place_links(struct ldoc *d, size_t block)
{
	const struct lblock *b = &d->blocks[block];

	for (size_t r = 0; r < b->nruns; r++) {
		const struct lrun *run = &b->runs[r];
		struct llink *k;

		if (run->link < 0 || (size_t)run->link >= d->nlinks)
			continue;
		k = &d->links[run->link];
		k->block = block;
		for (size_t i = b->first_line; i < b->first_line + b->nlines; i++) {
			const struct lline *l = &d->lines[i];

			if (l->end <= run->start || l->start >= run->start + run->len)
				continue;
			if (k->first_line == (size_t)-1 || i < k->first_line)
				k->first_line = i;
			if (k->last_line == (size_t)-1 || i > k->last_line)
				k->last_line = i;
		}
	}
}

/* Wraps text: the first line to w1 columns, the others to w2. */
static void
wrap_hanging(const char *text, size_t len, int w1, int w2, int ambi, struct layout_spans *out)
{
	size_t rest, first;

	layout_wrap_spans(text, w1, ambi, out);
	if (w1 == w2 || out->n < 2)
		return;
	rest = out->v[0].end;
	while (rest < len && text[rest] == ' ')
		rest++;
	out->n = 1;
	first = out->n;
	layout_wrap_spans(text + rest, w2, ambi, out);
	for (size_t i = first; i < out->n; i++) {
		out->v[i].start += rest;
		out->v[i].end += rest;
	}
}

void
ldoc_end(struct ldoc *d)
{
	struct layout_spans spans = {0};
	struct lblock *b;
	size_t block;
	int indent, hang;

	if (d->nblocks == 0)
		return;
	block = d->nblocks - 1;
	b = &d->blocks[block];
	indent = b->indent;
	if (indent > 0 && d->width - indent < MIN_TEXT_COLS)
		indent = 0;
	hang = b->hang;
	if (hang > 0 && d->width - indent - hang < MIN_TEXT_COLS)
		hang = 0;
	wrap_hanging(b->text, b->len, d->width - indent, d->width - indent - hang,
	    d->ambi_width, &spans);
	b->first_line = d->nlines;
	b->nlines = spans.n;
	for (size_t i = 0; i < spans.n; i++)
		add_line(d, block, &spans.v[i], i == 0 ? indent : indent + hang,
		    i == 0 && b->mark && indent > 0 ? LL_MARK : 0);
	free(spans.v);
	place_links(d, block);
}

void
ldoc_blank(struct ldoc *d)
{
	ldoc_begin(d, 0, 0, 0);
	ldoc_end(d);
}

int
ldoc_new_link(struct ldoc *d, enum llink_kind kind, size_t index)
{
	if (d->nlinks == d->caplinks) {
		d->caplinks = d->caplinks ? d->caplinks * 2 : 16;
		d->links = xreallocarray(d->links, d->caplinks, sizeof *d->links);
	}
	d->links[d->nlinks] = (struct llink){kind, index, 0, (size_t)-1, (size_t)-1};
	return (int)d->nlinks++;
}

/* ---- places, links and search ---- */

size_t
ldoc_line_of(const struct ldoc *d, size_t block, size_t off)
{
	const struct lblock *b;
	size_t line;

	if (d->nlines == 0)
		return 0;
	if (block >= d->nblocks)
		return d->nlines - 1;
	b = &d->blocks[block];
	line = b->first_line;
	for (size_t i = 1; i < b->nlines; i++)
		if (d->lines[b->first_line + i].start <= off)
			line = b->first_line + i;
	return line;
}

int
ldoc_line_link(const struct ldoc *d, size_t line)
{
	const struct lline *l;
	const struct lblock *b;

	if (line >= d->nlines)
		return -1;
	l = &d->lines[line];
	b = &d->blocks[l->block];
	for (size_t r = 0; r < b->nruns; r++) {
		const struct lrun *run = &b->runs[r];

		if (run->link >= 0 && l->end > run->start && l->start < run->start + run->len)
			return run->link;
	}
	return -1;
}

/* The same walk as the reader's draw_line: indent, then each character
 * that has a width, up to the doc's width. */
void
ldoc_line_text(const struct ldoc *d, size_t li, struct buf *out)
{
	const struct lline *l = &d->lines[li];
	const char *text = d->blocks[l->block].text;
	uint32_t cp;
	int x = 0, w;
	size_t i, run, n;

	out->len = 0;
	buf_add(out, "", 0);
	if (l->start == l->end && !(l->flags & LL_CLIPPED))
		return;		/* a blank line has no indent to show */
	for (; x < l->indent && x < d->width; x++)
		buf_addc(out, ' ');
	if (l->flags & LL_CLIPPED) {
		if (x < d->width)
			buf_addc(out, '>');
		return;
	}
	/* the characters kept are copied in runs, cut where one has no width */
	i = run = l->start;
	while (i < l->end) {
		if ((unsigned char)text[i] >= 0x20 && (unsigned char)text[i] < 0x7F) {
			n = 1;	/* printable ASCII */
			w = 1;
		} else {
			n = utf8_decode(text + i, l->end - i, &cp);
			w = text_cp_width(cp, d->ambi_width);
		}
		if (w > 0 && x + w > d->width)
			break;
		if (w < 0) {
			buf_add(out, text + run, i - run);
			run = i + n;
		}
		x += w > 0 ? w : 0;
		i += n;
	}
	buf_add(out, text + run, i - run);
}

const char *
ldoc_link_url(const struct ldoc *d, const struct page *p, int k)
{
	const struct llink *l;

	if (p == NULL || k < 0 || (size_t)k >= d->nlinks)
		return NULL;
	l = &d->links[k];
	switch (l->kind) {
	case LK_PREV:
		return p->prev ? p->prev->url : NULL;
	case LK_NEXT:
		return p->next ? p->next->url : NULL;
	case LK_RELATED:
		return l->index < p->related.n ? p->related.v[l->index].url : NULL;
	case LK_HEADLINE:
		return l->index < p->headlines.n ? p->headlines.v[l->index].url : NULL;
	}
	return NULL;
}

static int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
matches_at(const char *s, const char *needle, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_lower((unsigned char)s[i]) != ascii_lower((unsigned char)needle[i]))
			return 0;
	return 1;
}

size_t
ldoc_find(const struct ldoc *d, const char *needle, struct lmatch **out)
{
	size_t n = strlen(needle), count = 0, cap = 0;

	*out = NULL;
	if (n == 0)
		return 0;
	for (size_t b = 0; b < d->nblocks; b++) {
		const struct lblock *bl = &d->blocks[b];

		for (size_t i = 0; i + n <= bl->len; ) {
			if (!matches_at(bl->text + i, needle, n)) {
				i++;
				continue;
			}
			if (count == cap) {
				cap = cap ? cap * 2 : 16;
				*out = xreallocarray(*out, cap, sizeof **out);
			}
			(*out)[count++] = (struct lmatch){b, i, n};
			i += n;
		}
	}
	return count;
}

/* ---- a page ---- */

/* "2024-03-06T09:30" as "2024-03-06 09:30", a new string. */
static char *
show_time(const char *iso)
{
	char *s = xstrdup(iso), *t = strchr(s, 'T');

	if (t != NULL)
		*t = ' ';
	return s;
}

/* One block: text in one style, wrapped. */
static void
add_block(struct ldoc *d, const char *text, enum lstyle style)
{
	ldoc_begin(d, 0, 0, 0);
	ldoc_add(d, text, style, -1);
	ldoc_end(d);
}

/* source · time · author / editor, or nothing when the page has none. */
static void
add_meta(struct ldoc *d, const struct page *p)
{
	struct buf b = {0};
	char *when = p->published ? show_time(p->published) : NULL;
	const char *parts[] = {p->source, when};

	buf_add(&b, "", 0);
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (parts[i] == NULL || *parts[i] == '\0')
			continue;
		buf_adds(&b, b.len ? " · " : "");
		buf_adds(&b, parts[i]);
	}
	if ((p->author && *p->author) || (p->editor && *p->editor))
		buf_adds(&b, b.len ? " · " : "");
	if (p->author && *p->author)
		buf_adds(&b, p->author);
	if (p->author && *p->author && p->editor && *p->editor)
		buf_adds(&b, " / ");
	if (p->editor && *p->editor)
		buf_adds(&b, p->editor);
	if (b.len > 0)
		add_block(d, b.s, LS_META);
	buf_free(&b);
	free(when);
}

/* fmt with its "%s" replaced by arg (no printf: fmt is a translation). */
static char *
subst(const char *fmt, const char *arg)
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

static void
add_images(struct ldoc *d, const struct page *p, const struct layout_labels *L)
{
	for (size_t i = 0; i < p->nimages; i++) {
		const char *alt = p->images[i].alt;
		char *s = alt && *alt ? subst(L->image, alt) : xstrdup(L->image_noalt);

		add_block(d, s, LS_IMAGE);
		free(s);
	}
	if (p->nimages > 0)
		ldoc_blank(d);
}

static void
add_tags(struct ldoc *d, const struct page *p, const struct layout_labels *L)
{
	if (p->tags.n == 0)
		return;
	ldoc_begin(d, 0, 0, 0);
	ldoc_add(d, L->tags, LS_LABEL, -1);
	for (size_t i = 0; i < p->tags.n; i++) {
		if (i > 0)
			ldoc_add(d, " ", LS_META, -1);
		ldoc_add(d, p->tags.v[i], LS_META, -1);
	}
	ldoc_end(d);
	ldoc_blank(d);
}

/* "Previous: title" as a link, or "Previous: (none)". */
static int
add_nav(struct ldoc *d, const struct link *l, enum llink_kind kind,
    const char *label, const struct layout_labels *L)
{
	int k = -1;

	ldoc_begin(d, 0, 0, 0);
	ldoc_add(d, label, LS_LABEL, -1);
	if (l != NULL) {
		k = ldoc_new_link(d, kind, 0);
		ldoc_add(d, *l->title ? l->title : l->url, LS_LINK, k);
	} else {
		ldoc_add(d, L->none, LS_META, -1);
	}
	ldoc_end(d);
	return k;
}

#define SNIPPET_LINES 2	/* a headline's summary takes at most these */

/* Bytes of s's longest head that, with "…" after it, wraps to
 * SNIPPET_LINES lines of cols columns; all of s when it fits as it is. */
static size_t
snippet_cut(const char *s, int cols, int ambi_width)
{
	struct layout_spans sp = {0};
	struct buf b = {0};
	size_t keep = strlen(s), end;

	for (;;) {
		b.len = 0;
		buf_add(&b, s, keep);
		if (keep < strlen(s))
			buf_adds(&b, "…");
		sp.n = 0;
		layout_wrap_spans(b.s, cols, ambi_width, &sp);
		if (sp.n <= SNIPPET_LINES || keep == 0)
			break;
		/* one character less than what the last line kept shows */
		end = sp.v[SNIPPET_LINES - 1].end < keep ? sp.v[SNIPPET_LINES - 1].end : keep;
		while (end > 0 && ((s[end - 1] & 0xC0) == 0x80))
			end--;
		keep = end > 0 ? end - 1 : 0;
		while (keep > 0 && s[keep - 1] == ' ')
			keep--;
	}
	free(sp.v);
	buf_free(&b);
	return keep;
}

/* A headline's summary under its title, where the title starts: dimmed,
 * cut to SNIPPET_LINES lines with "…". */
static void
add_snippet(struct ldoc *d, const char *s, int indent)
{
	int cols = d->width - indent >= MIN_TEXT_COLS ? d->width - indent : d->width;
	size_t keep = snippet_cut(s, cols, d->ambi_width);
	char *cut = xstrndup(s, keep);

	ldoc_begin(d, indent, 0, 0);
	ldoc_add(d, cut, LS_META, -1);
	if (keep < strlen(s))
		ldoc_add(d, "…", LS_META, -1);
	ldoc_end(d);
	free(cut);
}

/* A headline (date first, the title hanging under itself, its snippet
 * under the title) or a related item (date after): the read-mark place,
 * then the link. */
static void
add_item(struct ldoc *d, const struct link *l, enum llink_kind kind, size_t i, int date_first)
{
	int k = ldoc_new_link(d, kind, i), hang = 0;
	char *date = l->date ? show_time(l->date) : NULL;
	const char *title = *l->title ? l->title : l->url;

	if (date != NULL && date_first) {
		if (strlen(date) > 10)
			date[10] = '\0';	/* the day is enough in a list */
		hang = layout_width(date, strlen(date), d->ambi_width) + 2;
	}
	ldoc_begin(d, HEADLINE_INDENT, hang, 1);
	if (hang > 0) {
		ldoc_add(d, date, LS_DATE, -1);
		ldoc_add(d, "  ", LS_TEXT, -1);
	}
	ldoc_add(d, title, LS_LINK, k);
	if (date != NULL && !date_first) {
		ldoc_add(d, "  ", LS_TEXT, -1);
		ldoc_add(d, date, LS_DATE, -1);
	}
	ldoc_end(d);
	if (date_first && l->snippet != NULL && *l->snippet)
		add_snippet(d, l->snippet, HEADLINE_INDENT + hang);
	free(date);
}

static void
layout_article(const struct page *p, const struct layout_labels *L, struct ldoc *d)
{
	add_meta(d, p);
	ldoc_blank(d);
	for (size_t i = 0; i < p->body.n; i++) {
		add_block(d, p->body.v[i], LS_TEXT);
		ldoc_blank(d);
	}
	add_images(d, p, L);
	add_tags(d, p, L);
	if (p->prev != NULL || p->next != NULL) {
		d->prev = add_nav(d, p->prev, LK_PREV, L->prev, L);
		d->next = add_nav(d, p->next, LK_NEXT, L->next, L);
		ldoc_blank(d);
	}
	if (p->related.n == 0)
		return;
	add_block(d, L->related, LS_LABEL);
	for (size_t i = 0; i < p->related.n; i++)
		add_item(d, &p->related.v[i], LK_RELATED, i, 0);
}

static void
layout_list(const struct page *p, struct ldoc *d)
{
	ldoc_blank(d);
	for (size_t i = 0; i < p->headlines.n; i++)
		add_item(d, &p->headlines.v[i], LK_HEADLINE, i, 1);
}

/* The labels with English defaults where none are given. */
static struct layout_labels
labels_of(const struct layout_opts *o)
{
	struct layout_labels L = default_labels;
	const struct layout_labels *g = o->labels;

	if (g == NULL)
		return L;
#define TAKE(f) if (g->f != NULL) L.f = g->f
	TAKE(image); TAKE(image_noalt); TAKE(prev); TAKE(next);
	TAKE(none); TAKE(related); TAKE(tags);
#undef TAKE
	return L;
}

void
layout_page(const struct page *p, const struct layout_opts *o, struct ldoc *d)
{
	struct layout_labels L = labels_of(o);

	ldoc_init(d, o->width, o->ambi_width);
	add_block(d, p->title, LS_TITLE);
	if (p->kind == PAGE_LIST)
		layout_list(p, d);
	else
		layout_article(p, &L, d);
}
