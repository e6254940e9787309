/*
 * extract_listrow: what a list's row is (its shape, its links), and its
 * date and summary (extract_listrow.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_linkbox.h"
#include "extract_listrow.h"
#include "extract_words.h"
#include "text.h"

#define ROW_MAX_LINKS 4		/* more headline links: a section, not a row */

/* A post or a card under one linked heading may link more: its date, its
 * author, its tags, its comments, a "Read more" (a blog's archive). */
#define CARD_MAX_LINKS 10

/* The shape of a row: its tag and whether it has a class.  Only the
 * presence of the class is compared, so it is looked up, not copied. */
int
same_shape(struct hnode *a, struct hnode *b)
{
	/* the parser's names are lower case, and one string per name */
	if (a->name != b->name && xmlStrcasecmp(a->name, b->name) != 0)
		return 0;
	/* alternating row classes (odd/even) are one shape */
	return html_is(a, "tr") || html_is(a, "li") ||
	    html_has_attr(a, "class") == html_has_attr(b, "class");
}

int
is_row(struct ctx *c, struct hnode *k, struct hnode *shape)
{
	struct elinfo *e;

	return k->type == XML_ELEMENT_NODE && same_shape(k, shape) &&
	    (e = el_info(c, k)) != NULL && e->headline_links >= 1 &&
	    (e->headline_links <= ROW_MAX_LINKS ||
	    (e->heading_links == 1 && e->headline_links <= CARD_MAX_LINKS));
}

/* Does url lie beside prev: the same directory and the same extension
 * (content_88106.htm after content_88105.htm)? */
int
url_beside(const char *url, const char *prev)
{
	const char *su = strrchr(url, '/'), *sp = strrchr(prev, '/'), *eu, *ep;

	if (su == NULL || sp == NULL || su - url != sp - prev || strncmp(url, prev, (size_t)(su - url)) != 0)
		return 0;
	eu = strrchr(su, '.');
	ep = strrchr(sp, '.');
	return eu != NULL && ep != NULL && strcmp(eu, ep) == 0 && strchr(eu, '?') == NULL;
}

/* The first word of n's class attribute, or NULL; owned. */
static char *
first_class(struct hnode *n)
{
	char *v = html_attr(n, "class"), *w;
	size_t skip, len;

	if (v == NULL)
		return NULL;
	skip = strspn(v, " \t\n");
	len = strcspn(v + skip, " \t\n");
	w = len ? xstrndup(v + skip, len) : NULL;
	free(v);
	return w;
}

#define HERO_TEXT_MIN 10	/* characters of a hero card outside its links */

/* A hero card at k: one story under one linked heading (its picture may
 * link the story too), maybe inside wrappers of one child each
 * (section.topic-hero > div.hero-card); the card, or NULL. */
static struct hnode *
hero_card(struct ctx *c, struct hnode *k)
{
	struct elinfo *e;

	for (;;) {
		struct hnode *only = NULL;
		int kids = 0;

		for (struct hnode *m = k->children; m != NULL; m = m->next)
			if (m->type == XML_ELEMENT_NODE && el_info(c, m) != NULL)
				only = m, kids++;
		if (kids != 1)
			break;
		k = only;
	}
	/* a card: more than its heading (a section's linked title is none) */
	if (is_heading(k) || is_anchor(k) || (e = el_info(c, k)) == NULL ||
	    e->headline_links != 1 || e->heading_links != 1)
		return NULL;
	return holds_image(c, k, e) || range_chars(c, e->first, e->end) -
	    range_links(c, e->first, e->end) >= HERO_TEXT_MIN ? k : NULL;
}

/* Is n of block's tag, its class starting with block's word (zt-block,
 * card)? */
static int
same_class(struct hnode *n, struct hnode *block)
{
	char *a, *b;
	int same;

	if (n->type != XML_ELEMENT_NODE || !xmlStrEqual(n->name, block->name))
		return 0;
	a = first_class(n);
	b = first_class(block);
	same = a != NULL && b != NULL && strcmp(a, b) == 0;
	free(a);
	free(b);
	return same;
}

/* The visible element before n, past text, comments and hidden ones. */
static struct hnode *
prev_element(struct ctx *c, struct hnode *n)
{
	struct hnode *k = n->prev;

	while (k != NULL && (k->type != XML_ELEMENT_NODE || el_info(c, k) == NULL))
		k = k->prev;
	return k;
}

/* The lead story set just before the list's box: an element of the rows'
 * tag whose first class word is theirs (div.card.card--lead over a grid of
 * div.card.card--grid), itself a row; or a hero card in a block of its
 * own, before the box or, when the list's heading opens the box's block
 * (a homepage's "Latest" river), before that block.  NULL when there is
 * none. */
struct hnode *
lead_row(struct ctx *c, struct hnode *box, struct hnode *shape)
{
	struct hnode *k = prev_element(c, box);

	if (k != NULL && is_heading(k) && prev_element(c, k) == NULL && box->parent != NULL)
		return (k = prev_element(c, box->parent)) != NULL ? hero_card(c, k) : NULL;
	if (k != NULL && !xmlStrEqual(k->name, shape->name))
		return hero_card(c, k);
	if (k == NULL || !is_row(c, k, shape))
		return NULL;
	return same_class(k, shape) ? k : NULL;
}

/* Adds the children of block of box's shape holding two rows or more. */
static size_t
add_block_boxes(struct ctx *c, struct hnode *block, struct hnode *box, struct hnode *shape,
    struct hnode ***boxes, size_t n)
{
	for (struct hnode *k = block->children; k != NULL; k = k->next) {
		int rows = 0;

		if (k->type != XML_ELEMENT_NODE || !same_shape(k, box) || el_info(c, k) == NULL)
			continue;
		for (struct hnode *r = k->children; r != NULL && rows < 2; r = r->next)
			rows += is_row(c, r, shape);
		if (rows < 2)
			continue;
		*boxes = xreallocarray(*boxes, n + 1, sizeof **boxes);
		(*boxes)[n++] = k;
	}
	return n;
}

static int
topic_page(const struct ctx *c)
{
	char *t = title_tag_text(c);
	int topic = t != NULL && find_any(t, topic_words) != NULL;

	free(t);
	return topic;
}

size_t
topic_boxes(struct ctx *c, struct hnode *box, struct hnode *shape, struct hnode ***boxes)
{
	struct hnode *block = box->parent;
	size_t n = 0, blocks = 0;

	*boxes = NULL;
	if (block == NULL || block->parent == NULL || !topic_page(c))
		return 0;
	for (struct hnode *b = block->parent->children; b != NULL; b = b->next) {
		size_t had = n;

		if (el_info(c, b) == NULL || (b != block && !same_class(b, block)))
			continue;
		n = add_block_boxes(c, b, box, shape, boxes, n);
		blocks += n > had;
	}
	if (blocks < 2) {
		free(*boxes);
		*boxes = NULL;
		n = 0;
	}
	return n;
}

/* "YYYY-MM-DD HH:MM" (or the day alone) from a <time datetime> value
 * that starts as ISO 8601 does, the time as the page wrote it; or NULL. */
static char *
iso_date(const char *v)
{
	static const char shape[] = "dddd-dd-ddTdd:dd";
	size_t n = 0;
	char *d;

	while (n < sizeof shape - 1 && v[n] != '\0' &&
	    (shape[n] == 'd' ? v[n] >= '0' && v[n] <= '9' : v[n] == shape[n] || (n == 10 && v[n] == ' ')))
		n++;
	if (n < 10)
		return NULL;
	if (n < sizeof shape - 1)
		return xstrndup(v, 10);
	d = xstrndup(v, 16);
	d[10] = ' ';
	return d;
}

/* The date a row's <time datetime> gives, the first that is not marked
 * as an update: a card shows "4 hours ago", a post "March 3, 2024". */
static char *
row_time(const struct ctx *c, struct hnode *row)
{
	for (struct hnode *n = row; n != NULL; n = html_next(n, row, visible(c, n))) {
		char *v, *d;

		if (!html_is(n, "time") || html_attr_has(n, "class", "updated") ||
		    (v = html_attr(n, "datetime")) == NULL)
			continue;
		d = iso_date(v);
		free(v);
		if (d != NULL)
			return d;
	}
	return NULL;
}

/* The row's <time datetime>, else the first date shown in its segments. */
char *
row_date(const struct ctx *c, struct hnode *row)
{
	struct elinfo *e = el_info((struct ctx *)c, row);
	char *d = row_time(c, row);

	if (d != NULL)
		return d;
	for (size_t i = e ? e->first : 0; e != NULL && i < e->end && d == NULL; i++)
		d = item_date(c->segs[i].text);
	return d;
}

#define SNIPPET_MIN 16	/* characters of a summary at least */

/* Does s read as a summary: a sentence or two, not a byline's fields? */
static int
reads_as_summary(const char *s)
{
	return utf8_chars_upto(s, SNIPPET_MIN) >= SNIPPET_MIN &&
	    (is_sentence(s) || strstr(s, ", ") != NULL || strstr(s, ". ") != NULL);
}

/* The summary a row shows beside its headline a: the first block in the
 * row, outside a and mostly not links, that reads as one (a <p> under an
 * <h3>); NULL when none does.  Table cells are columns, not summaries. */
char *
row_snippet(struct ctx *c, struct hnode *row, struct hnode *a, const char *title, const char *date)
{
	char *shown = NULL, *s = NULL;

	for (struct hnode *n = row->children; n != NULL; n = html_next(n, row, visible(c, n))) {
		struct elinfo *e = el_info(c, n);
		char *t;

		if (n->type != XML_ELEMENT_NODE || e == NULL || !e->block || contains_node(n, a) ||
		    html_is_cell(n) || html_is(n, "tr") ||
		    e->first == e->end || link_dense(c, e->first, e->end, 5))
			continue;
		if (shown == NULL)
			shown = html_text(a);	/* once: the same for every block */
		t = html_text(n);
		s = item_snippet(t, shown, title, date);
		free(t);
		if (s != NULL && reads_as_summary(s))
			break;
		free(s);
		s = NULL;
	}
	free(shown);
	return s;
}

/* The length of the pin mark opening t (【置顶】, [置頂]: a pin word whole
 * in its brackets), or 0. */
static size_t
pin_mark_len(const char *t)
{
	static const char *const opens[] = {"【", "[", "〔", "［", NULL};
	static const char *const closes[] = {"】", "]", "〕", "］", NULL};
	const char *o = starts_any(t, opens), *w, *k;

	if (o == NULL || (w = starts_any(t + strlen(o), pin_labels)) == NULL ||
	    (k = starts_any(t + strlen(o) + strlen(w), closes)) == NULL)
		return 0;
	return strlen(o) + strlen(w) + strlen(k);
}

/* <a><font color=red>【置顶】</font>岚溪县…</a>: a pinned row's link sets
 * its mark apart, an element of its own first inside it, before the
 * title; the mark goes from title t.  A mark typed into the title's own
 * text is left as the page prints it (list-pages-gbk), and so is a
 * topic's label set apart (<font>【聚焦两会】</font>): no pin word. */
void
cut_pin_label(struct hnode *a, char *t)
{
	struct hnode *k = a->children;
	char *mark;
	size_t n;
	int apart;

	while (k != NULL && html_is_blank_text(k))
		k = k->next;
	if (k == NULL || k->type != XML_ELEMENT_NODE)
		return;
	mark = html_text(k);
	n = pin_mark_len(mark);
	apart = n > 0 && mark[n] == '\0';
	free(mark);
	if (!apart || (n = pin_mark_len(t)) == 0)
		return;
	n += strspn(t + n, " ");
	if (t[n] != '\0')
		memmove(t, t + n, strlen(t + n) + 1);
}
