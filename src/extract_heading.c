/* extract_heading: the text of a heading candidate; see extract_heading.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_heading.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

#define HEADING_PEEK 4096	/* bytes of a child's text read before it is weighed */

/* Is the start of a child's text, kb, longer than any headline, however
 * the heading's text ends?  Cleaned with what comes before it, the child
 * may lose a few combining marks (TEXT_MAX_MARKS) to those ending it, and
 * more text after it only adds characters.  Longer than any headline,
 * the child is no byline either (is_meta_line takes 100 at most), so it
 * would be kept whole. */
static int
too_long_for_heading(const struct buf *kb)
{
	char *t = text_clean(kb->s ? kb->s : "", kb->len);
	int yes = utf8_chars_upto(t, HEADING_MAX + TEXT_MAX_MARKS + 1) > HEADING_MAX + TEXT_MAX_MARKS;

	free(t);
	return yes;
}

/* The text of a heading without what follows a <br> or a byline inside
 * it: <h1>Title<br><span>2024-03-15 来源：…</span></h1>.  NULL when one of
 * its parts alone is longer than any headline: a table cell holding
 * tables nested a hundred deep is not read whole at each level. */
char *
heading_text(struct hnode *n)
{
	struct buf b = {0}, kb = {0};
	struct hnode *only = n->children;
	char *t;

	/* a cell or heading of one short text (a page of small tables asks
	 * once a cell): what the loop below makes of it, without its two
	 * buffers */
	if (only != NULL && only->next == NULL && only->type == XML_TEXT_NODE &&
	    only->content != NULL && strnlen((const char *)only->content, HEADING_PEEK) < HEADING_PEEK) {
		t = text_clean((const char *)only->content, strlen((const char *)only->content));
		if (*t == '\0') {
			free(t);
			return html_text(n);
		}
		return t;
	}
	/* each child's text as it stands, so that the space between two
	 * inline elements (<i>Foo</i> <em>bar</em>) is kept */
	for (struct hnode *k = n->children; k != NULL; k = k->next) {
		if (html_is(k, "br"))
			break;
		kb.len = 0;
		if (html_text_add_upto(&kb, k, HEADING_PEEK)) {
			if (too_long_for_heading(&kb)) {
				buf_free(&kb);
				buf_free(&b);
				return NULL;
			}
			kb.len = 0;
			html_text_add(&kb, k);
		}
		if (k->type == XML_ELEMENT_NODE && b.len > 0) {
			t = text_clean(kb.s ? kb.s : "", kb.len);
			int meta = is_meta_line(t);

			free(t);
			if (meta)
				break;
			if (html_is_block(k))
				buf_addc(&b, ' ');
		}
		buf_add(&b, kb.s ? kb.s : "", kb.len);
	}
	buf_free(&kb);
	t = text_clean(b.s ? b.s : "", b.len);
	buf_free(&b);
	if (*t == '\0') {
		free(t);
		return html_text(n);
	}
	return t;
}

/* Does the code point belong to a script that sets its words apart with
 * spaces: Latin, Greek, Cyrillic, and the punctuation between them? */
static int
spaced_script(uint32_t cp)
{
	return cp < 0x0530 || (cp >= 0x1E00 && cp < 0x2070);
}

int
heading_few_words(const char *t, int most)
{
	size_t left = strlen(t);
	int words = 0, in_word = 0;

	while (left > 0) {
		uint32_t cp;
		size_t k = utf8_decode(t, left, &cp);

		if (!spaced_script(cp))
			return 0;
		if (cp == ' ') {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			if (++words > most)
				return 0;
		}
		t += k;
		left -= k;
	}
	return words > 0;
}

/* The last code point of s (non-empty, valid UTF-8). */
static uint32_t
last_cp(const char *s)
{
	size_t n = strlen(s), i = n;
	uint32_t cp = 0;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0)
		i--;
	utf8_decode(s + i, n - i, &cp);
	return cp;
}

char *
heading_join(const char *a, const char *b)
{
	uint32_t first = 0;

	if (*a != '\0' && *b != '\0')
		utf8_decode(b, strlen(b), &first);
	/* Chinese and Japanese run their words together; a Latin headline
	 * and its deck were apart on the screen */
	if (*a != '\0' && *b != '\0' && spaced_script(last_cp(a)) && spaced_script(first))
		return xasprintf("%s %s", a, b);
	return xasprintf("%s%s", a, b);
}

/* Does n hold only a link to the site's front page ("/", "index.html")? */
static int
links_home(struct hnode *n)
{
	static const char *const homes[] = {"/", "./", "index.html", "index.htm", "index.php",
		"/index.html", "/index.htm", "/index.php", NULL};
	struct hnode *a = NULL;
	char *href;
	int home = 0;

	for (struct hnode *k = n->children; k != NULL; k = k->next) {
		if (k->type == XML_TEXT_NODE && k->content != NULL) {
			char *t = html_text_of((const char *)k->content);
			int empty = *t == '\0';

			free(t);
			if (!empty)
				return 0;
		} else if (k->type == XML_ELEMENT_NODE) {
			if (a != NULL || !is_anchor(k))
				return 0;
			a = k;
		}
	}
	if (a == NULL || (href = html_attr(a, "href")) == NULL)
		return 0;
	for (const char *const *h = homes; *h && !home; h++)
		home = strcmp(href, *h) == 0;
	free(href);
	return home;
}

/* An element that shows the site's name: a logo, a brand, a heading that
 * only links to the front page. */
int
is_logo(struct hnode *n)
{
	if (links_home(n))
		return 1;
	for (int up = 0; n != NULL && up < 3; up++, n = n->parent)
		if (html_attr_has(n, "class", "logo") || html_attr_has(n, "id", "logo") ||
		    html_attr_has(n, "class", "brand") || html_attr_has(n, "class", "site-name") ||
		    html_attr_has(n, "class", "site-title"))
			return 1;
	return 0;
}

/* An element that only screen readers see: sites name themselves in a
 * hidden <h1> above the page. */
int
is_offscreen(struct hnode *n)
{
	/* every cell of a table is a candidate headline, most without a class */
	if (n->type != XML_ELEMENT_NODE || n->attrs == NULL)
		return 0;
	/* screen-only: Elementor's elementor-screen-only */
	return html_attr_has(n, "class", "sr-only") || html_attr_has(n, "class", "visually-hidden") ||
	    html_attr_has(n, "class", "visuallyhidden") || html_attr_has(n, "class", "screen-reader") ||
	    html_attr_has(n, "class", "screen-only");
}

int
is_offscreen_heading(struct hnode *n)
{
	return n != NULL && is_heading(n) && is_offscreen(n);
}

/* Does n stand alone in its parent: no element and no text beside it? */
static int
alone_in_parent(struct hnode *n)
{
	for (struct hnode *k = n->parent->children; k != NULL; k = k->next)
		if (k != n && (k->type == XML_ELEMENT_NODE || (k->type == XML_TEXT_NODE &&
		    k->content != NULL && ((const char *)k->content)[strspn((const char *)k->content,
		    " \t\r\n")] != '\0')))
			return 0;
	return 1;
}

/* A size of <font> that sets a headline apart: 5 to 7, or +2 and up */
#define FONT_HEADLINE_SIZE 5
/* or 4 (+1) in bold, as an old table site prints its headline in a cell
 * of its own: <font size=4><b>本會舉行…</b></font> */
#define FONT_BOLD_SIZE 4

/* Is the font n bold: one <b> or <strong> alone inside it, or one around it? */
static int
bold_font(struct hnode *n)
{
	struct hnode *k = n->children;

	while (k != NULL && k->type != XML_ELEMENT_NODE)
		k = k->next;
	if (k != NULL && (html_is(k, "b") || html_is(k, "strong")) && alone_in_parent(k))
		return 1;
	return n->parent != NULL && (html_is(n->parent, "b") || html_is(n->parent, "strong"));
}

int
big_font_heading(struct hnode *n)
{
	char *size;
	int big, pt;

	if (!html_is(n, "font") || (size = html_attr(n, "size")) == NULL)
		return 0;
	pt = size[0] == '+' ? atoi(size + 1) + 3 : atoi(size);
	free(size);
	big = pt >= FONT_HEADLINE_SIZE || (pt == FONT_BOLD_SIZE && bold_font(n));
	/* the whole line: up through <b>, <strong> to its paragraph */
	for (struct hnode *p = n; big && p->parent != NULL; p = p->parent) {
		if (!alone_in_parent(p))
			return 0;
		if (!html_is(p->parent, "b") && !html_is(p->parent, "strong") && !html_is(p->parent, "font"))
			return html_is(p->parent, "p") || html_is(p->parent, "div") || html_is(p->parent, "td") ||
			    html_is(p->parent, "center");
	}
	return 0;
}

/* class words of a table cell set apart as the story's headline */
static const char *const headline_cell_classes[] = {"title", "headline", NULL};

int
plain_cell(struct hnode *n)
{
	return html_is_cell(n) && !html_attr_has_any(n, "class", headline_cell_classes);
}

int
cell_short_of_title(struct hnode *n, const char *text, const char *title)
{
	return title != NULL && html_is_cell(n) &&
	    utf8_chars(text) * 2 < utf8_chars(title);
}
