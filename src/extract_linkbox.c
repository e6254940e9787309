/*
 * extract_linkbox: the items of a box of links, for the related list: an
 * item's full title, the date and snippet its line shows, the links of a
 * list, a run of sibling cards of one kind, and the blocks (a carousel, a
 * sidebar, the comments) that no list runs on into.  Built on
 * extract_dom.h and extract_words.h only.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_authorlink.h"
#include "extract_cardtitle.h"
#include "extract_dom.h"
#include "extract_cardmeta.h"
#include "extract_linkbox.h"
#include "extract_lineitem.h"
#include "extract_readon.h"
#include "extract_rowcell.h"
#include "extract_words.h"
#include "text.h"

/* The element that holds one item of a list: li, dd, tr, or the child of
 * container that contains a. */
static struct hnode *
item_of(struct hnode *a, struct hnode *container)
{
	struct hnode *n = a;

	while (n->parent != NULL && n->parent != container) {
		if (html_is(n, "li") || html_is(n, "dd") || html_is(n, "tr"))
			return n;
		n = n->parent;
	}
	return n;
}

/* The line a link stands on in a list of "·<a>…</a> (date)<br>" lines:
 * the link and its following siblings up to the next <br> or link. */
static char *
line_text(struct hnode *a)
{
	struct buf b = {0};
	char *t;

	for (struct hnode *n = a; n != NULL; n = n->next) {
		if (n != a && (html_is(n, "br") || is_anchor(n) || html_is_block(n)))
			break;
		t = html_text(n);
		buf_adds(&b, t);
		buf_addc(&b, ' ');
		free(t);
	}
	t = text_clean(b.s ? b.s : "", b.len);
	buf_free(&b);
	return t;
}

/* Removes the first occurrence of what from s, in place. */
static void
cut_out(char *s, const char *what)
{
	char *at;

	if (what == NULL || *what == '\0' || (at = strstr(s, what)) == NULL)
		return;
	memmove(at, at + strlen(what), strlen(at + strlen(what)) + 1);
}

/* Is s the date d as printed, bracketed or not, and nothing more? */
static int
is_date_only(const char *s, const char *d)
{
	const char *end = NULL;	/* "November 14, 2023", （2026年01月08日） */
	char *here = date_here(s + (str_starts(s, "（") ? strlen("（") : *s == '('), 0, 0, &end);
	int only = here != NULL && strcmp(here, d) == 0 && end[strspn(end, " .,)\xEF\xBC\x89")] == '\0';

	free(here);
	return only;
}

/* Cuts from the start of s the date d as printed ("May 22, 2024 In
 * ..."): the item's date, read already. */
static void
cut_leading_date(char *s, const char *d)
{
	const char *end = NULL;
	char *here = d != NULL ? date_here(s, 0, 0, &end) : NULL;

	if (here != NULL && strcmp(here, d) == 0 && end != NULL)
		memmove(s, end, strlen(end) + 1);
	free(here);
}

#define CONTEXT_MAX 40	/* characters of an item's category line */

/* Is s a line naming the item's category alone (In "Local News", in a
 * Chinese site's words 在“华人社区”中): a related-posts widget's context,
 * no snippet?  A snippet opening on 在“ goes on past its quote (在“双减”
 * 政策实施中…). */
static int
is_context_line(const char *s)
{
	static const char *const ends[] = {"”", "”中", "」中", NULL};
	const char *mark = starts_any(s, category_marks);
	size_t n = strlen(s);

	return mark != NULL && utf8_chars_upto(s, CONTEXT_MAX + 1) <= CONTEXT_MAX && n > strlen(mark) &&
	    (s[n - 1] == '"' || ends_in_any(s, n, ends));
}

/* Cuts from s every count (326评论, 1.2万阅读) and relative time (2天前):
 * a feed's line under a headline (account, age, comments) run together
 * with no space is the item's metadata, not a snippet. */
static void
cut_counts(char *s)
{
	for (char *p = s; *p != '\0'; ) {
		char *q = p + strspn(p, "0123456789.");
		const char *w;

		if (q == p || (p > s && isdigit((unsigned char)p[-1]))) {
			p++;
			continue;
		}
		if (str_starts(q, "万") || str_starts(q, "千"))
			q += strlen("万");
		if ((w = starts_any(q, count_words)) == NULL)
			w = starts_any(q, ago_words);
		if (w == NULL) {
			p = q;
			continue;
		}
		q += strlen(w);
		memmove(p, q, strlen(q) + 1);
	}
}

/* Is s, a short name, right beside the date d in t (a card's meta line:
 * 云溪县融媒体中心 2024-06-18, or the date first)?  Such a name is the
 * item's source, no snippet. */
static int
beside_date(const char *t, const char *s, const char *d)
{
	return d != NULL && *s != '\0' && utf8_chars_upto(s, CARD_NAME_MAX + 1) <= CARD_NAME_MAX &&
	    name_beside_date(t, s, strlen(s), d);
}

/* What is left may be nothing at all: an item that is a title and 更多
 * alone is a common layout. */
char *
item_snippet(const char *t, const char *shown, const char *title, const char *date)
{
	char *s, *copy = xstrdup(t);
	size_t n, k;

	cut_out(copy, title);
	cut_out(copy, shown);
	cut_dated_run(copy, date);
	cut_out(copy, date);
	cut_counts(copy);
	cut_card_byline(copy + strspn(copy, " "), date);
	cut_leading_date(copy + strspn(copy, " "), date);
	s = text_clean(copy, strlen(copy));
	free(copy);
	n = strlen(s);
	while ((k = tail_word_length(s, n)) > 0) {
		n -= k;
		while (n > 0 && s[n - 1] == ' ')
			n--;
	}
	s[n] = '\0';
	cut_card_tail(s, t, date);
	if (utf8_chars_upto(s, 8) < 8 || is_context_line(s) || beside_date(t, s, date) || card_meta_only(s) ||
	    (date != NULL && utf8_chars_upto(s, 41) <= 40 && is_date_only(s, date))) {
		free(s);
		return NULL;
	}
	return s;
}

/* A block a related list never runs on into: a carousel, a sidebar, the
 * comments and their form, the page's nav and footer (a slide is a card). */
int
is_stop_block(struct hnode *n)
{
	if (html_is(n, "aside") || html_is(n, "nav") || html_is(n, "footer") || html_is(n, "form"))
		return 1;
	return (html_attr_has_any(n, "class", related_stops) || html_attr_has_any(n, "id", related_stops)) &&
	    !html_attr_has_any(n, "class", slide_classes);
}

/* The item's text from the end of its title on: what stands before the
 * headline is a kicker (Transport, LOCAL), no snippet. */
static const char *
after_title(const char *itext, const char *title)
{
	const char *at = *title ? strstr(itext, title) : NULL;

	return at != NULL ? at + strlen(title) : itext;
}

/* The date of an item: its <time>'s (whose text is then cut from itext:
 * "May 10, 2024" run into "3 min read" reads as no date), else one its
 * text shows outside the title (a "2024-25 Calendar" dates nothing).  A
 * new string, or NULL. */
static char *
item_dated(struct hnode *item, char *itext, const char *title)
{
	struct hnode *t = item;
	char *d = NULL, *copy, *shown;

	while (t != NULL && !html_is(t, "time"))
		t = html_next(t, item, 1);
	if (t != NULL && (shown = html_text(t)) != NULL) {
		if ((d = item_date(shown)) == NULL) {	/* as printed, as any item's */
			char *dt = html_attr(t, "datetime");

			d = item_date(dt ? dt : "");
			free(dt);
		}
		if (d != NULL)
			cut_out(itext, shown);
		free(shown);
		if (d != NULL)
			return d;
	}
	copy = xstrdup(itext);
	cut_out(copy, title);
	d = item_date(copy);
	free(copy);
	return d;
}

/* Adds anchor a as an item, with the date and snippet of its line: the
 * text of item, or the link's own line when item is a itself.  0 when a
 * is no article link or one already in the list. */
static int
push_item(const struct ctx *c, struct hnode *a, struct hnode *item, struct linklist *out,
    struct strset *seen)
{
	char *url = NULL, *title, *date, *snippet, *itext, *shown;

	/* the title first: most links of a box are short (更多, a page
	 * number), and their URLs, the dearer to make, are never made */
	if (!html_has_attr(a, "href"))
		return 0;
	title = full_title(a);
	card_part_title(a, &title);	/* past a card's picture box, or its titled part */
	if (item != a)
		unlabel_card_title(item, a, &title);
	/* a card's byline links its writer's page (/author/NAME/), its kicker
	 * its category's (/category/NAME/): no story */
	if (utf8_chars_upto(title, 6) < 6 || opens_menu_word(title) || arrow_ended(title) ||
	    (url = anchor_url(c, a)) == NULL || same_page(c, url) || card_meta_url(url) ||
	    !strset_add(seen, url)) {
		free(url);
		free(title);
		return 0;
	}
	itext = item == a ? line_text(a) : html_text(item);
	if (item != a)
		cut_writer_links(item, itext);
	date = item_dated(item, itext, title);
	itext = own_cell_text(item, a, itext);	/* a table row: the title's cell */
	if (item != a)	/* past the date, which a link to the page may show */
		cut_readon_links(item, a, title, itext);
	shown = html_text(a);
	snippet = item_snippet(after_title(itext, title), shown, title, date);
	free(shown);
	free(itext);
	if (date != NULL && strlen(date) > 10 && date[10] == 'T')
		date[10] = ' ';	/* a headline's time as printed: "2026-11-20 10:00" */
	linklist_push(out, title, url, snippet, date);
	return 1;
}

static void
seen_init(struct strset *seen, const struct linklist *out)
{
	memset(seen, 0, sizeof *seen);
	for (size_t i = 0; i < out->n; i++)
		strset_add(seen, out->v[i].url);
}

/* Collects the article links below container, after the node from, and
 * outside any carousel or sidebar within it. */
void
collect_items(const struct ctx *c, struct hnode *container, struct hnode *from,
    struct linklist *out)
{
	struct hnode *n = html_next(from ? from : container, container, 1);
	struct strset seen;

	seen_init(&seen, out);
	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE && is_stop_block(n)) {
			n = html_next(n, container, 0);
			continue;
		}
		if (is_anchor(n))
			push_item(c, n, item_of(n, container), out, &seen);
		n = html_next(n, container, 1);
	}
	strset_free(&seen);
}

/* Blocks of one kind: the same element with the same first class word. */
int
same_kind(struct hnode *a, struct hnode *b)
{
	char *ca, *cb;
	size_t na, nb;
	int same;

	if (xmlStrcasecmp(a->name, b->name) != 0)
		return 0;
	ca = html_attr(a, "class");
	cb = html_attr(b, "class");
	na = ca ? strcspn(ca, " ") : 0;
	nb = cb ? strcspn(cb, " ") : 0;
	same = na == nb && (na == 0 || strncmp(ca, cb, na) == 0);
	free(ca);
	free(cb);
	return same;
}

/* Collects a run of sibling cards of one kind from first on, one item
 * each (its first article link, with the card's text as its line): the
 * list ends where the run does, before a carousel or the comments. */
void
collect_run(const struct ctx *c, struct hnode *first, struct linklist *out)
{
	struct strset seen;

	seen_init(&seen, out);
	for (struct hnode *k = first; k != NULL && same_kind(k, first) && !is_stop_block(k);
	    k = next_line_item(k))
		for (struct hnode *a = k; a != NULL; a = html_next(a, k, 1))
			if (is_anchor(a) && push_item(c, a, k, out, &seen))
				break;
	strset_free(&seen);
}

/* An element whose children repeat, each holding a link: ul, ol, dl, a
 * table, or a box of cards. */
int
is_list_box(struct hnode *n)
{
	struct hnode *k;
	int same = 0;

	int links = 0, brs = 0;

	if (html_is(n, "ul") || html_is(n, "ol") || html_is(n, "dl") || html_is(n, "tbody"))
		return count_links(n, 1) >= 1;
	/* lines of links: ·<a>…</a><br>·<a>…</a> */
	for (k = n->children; k != NULL; k = k->next) {
		links += is_anchor(k);
		brs += html_is(k, "br");
	}
	if (links >= 2 && brs >= 1)
		return 1;
	for (k = n->children; k != NULL; k = k->next) {
		struct hnode *m;

		/* a run of inline links is a line of tags, not a list; a link
		 * wrapping blocks is a card */
		if (k->type != XML_ELEMENT_NODE || html_is(k, "br") || html_is(k, "span") ||
		    html_is(k, "b") || html_is(k, "strong") || html_is(k, "font") ||
		    html_is(k, "em") || html_is(k, "img") ||
		    (is_anchor(k) && first_block(k) == NULL))
			continue;
		for (m = k->next; m != NULL && m->type != XML_ELEMENT_NODE; m = m->next)
			;
		if (m != NULL && xmlStrcasecmp(m->name, k->name) == 0 &&
		    count_links(k, 1) >= 1 && count_links(m, 1) >= 1)
			same++;
	}
	return same >= 1;
}

/* The nearest block element above n. */
struct hnode *
block_above(struct hnode *n)
{
	for (n = n->parent; n != NULL; n = n->parent)
		if (html_is_block(n) && !html_is(n, "br"))
			return n;
	return NULL;
}
