/*
 * extract_dom: facts about elements that every part of extraction asks:
 * the text and link characters below an element (sums over its range of
 * segments), what kind of block it is, a <meta> value, and the window of
 * segments where byline fields live.  An anchor's facts (its URL, its
 * full title, whether it leads to a document) are extract_anchor.c's.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_picsize.h"
#include "extract_words.h"
#include "text.h"

size_t
range_chars(const struct ctx *c, size_t first, size_t end)
{
	return c->prefix_chars[end] - c->prefix_chars[first];
}

size_t
range_links(const struct ctx *c, size_t first, size_t end)
{
	return c->prefix_links[end] - c->prefix_links[first];
}

/* Do links hold at least tenths/10 of the text of segments [first, end)? */
int
link_dense(const struct ctx *c, size_t first, size_t end, int tenths)
{
	size_t chars = range_chars(c, first, end);

	return chars > 0 && range_links(c, first, end) * 10 >= chars * (size_t)tenths;
}

#define SLUG_HEADING_MAX 200	/* characters of a heading an anchor spells */

/* Does id spell text as a generated anchor does: its runs of ASCII
 * letters and digits, lower-cased, joined by single dashes? */
static int
spells(const char *id, const char *text)
{
	char slug[2 * SLUG_HEADING_MAX + 1];
	size_t n = 0;
	int gap = 0;

	for (const unsigned char *t = (const unsigned char *)text; *t != '\0' && n + 2 < sizeof slug; t++)
		if (*t < 0x80 && ((unsigned)((*t | 0x20) - 'a') < 26 || (unsigned)(*t - '0') < 10)) {
			if (gap && n > 0)
				slug[n++] = '-';
			slug[n++] = (char)(*t >= 'A' && *t <= 'Z' ? *t | 0x20 : *t);
			gap = 0;
		} else
			gap = 1;
	slug[n] = '\0';
	return n > 0 && strcasecmp(slug, id) == 0;
}

/* Is the id of section n an anchor that spells the section's own heading
 * ("getting-into-trouble-with-shared-mutable-history" over "Getting into
 * trouble with shared mutable history", as Sphinx, Hugo and GitHub make
 * them), not opening with a furniture word (share-this-story)?  It names
 * what the section is about, not what it is for: "shared" there is no
 * share bar. */
static int
id_spells_heading(struct hnode *n)
{
	const char *id = html_attr_raw(n, "id");
	struct hnode *h = n->children;
	char *text;
	int yes;

	while (h != NULL && h->type != XML_ELEMENT_NODE)
		h = h->next;
	if (id == NULL || h == NULL || h->name == NULL || (h->name[0] | 0x20) != 'h' ||
	    h->name[1] < '1' || h->name[1] > '6' || h->name[2] != '\0')
		return 0;
	for (const char *const *w = furniture_classes; *w != NULL; w++)
		if (strncasecmp(id, *w, strlen(*w)) == 0)
			return 0;
	text = html_text_upto(h, SLUG_HEADING_MAX, &yes);
	yes = text != NULL && *text != '\0' && spells(id, text);
	free(text);
	return yes;
}

int
is_boilerplate_block(struct hnode *n)
{
	if (html_is(n, "footer") || html_is(n, "nav") || html_is(n, "aside") ||
	    html_is(n, "header"))
		return 1;
	return html_attr_has_any(n, "class", furniture_classes) ||
	    (html_attr_has_any(n, "id", furniture_classes) && !id_spells_heading(n)) ||
	    html_attr_has_any(n, "class", author_bio_classes) || html_attr_has_any(n, "id", author_bio_classes);
}

#define PROFILE_MAX_CHARS 400	/* a profile box's text, at most: a bio */

int
profile_box(struct ctx *c, struct hnode *n)
{
	struct elinfo *e = el_info(c, n);

	return e != NULL && e->first < e->end && !contains_node(n, c->body_node) &&
	    starts_any(c->segs[e->first].text, profile_headings) != NULL &&
	    range_chars(c, e->first, e->end) <= PROFILE_MAX_CHARS;
}

int
is_paragraph(struct hnode *n)
{
	static const char *const names[] = {"p", "pre", "blockquote", "h1", "h2", "h3",
		"h4", "h5", "h6", "figcaption", "dd", NULL};

	for (const char *const *p = names; *p; p++)
		if (html_is(n, *p))
			return 1;
	return 0;
}

#define WRAP_LEVELS 2	/* wrappers around a lead's one paragraph */

/* Is n a paragraph, or a wrapper of one paragraph and nothing else
 * (div.story-intro > p > strong): a lead set apart by its class? */
int
lone_paragraph(struct hnode *n)
{
	for (int level = 0; level <= WRAP_LEVELS; level++) {
		struct hnode *only = NULL;

		if (is_paragraph(n))
			return 1;
		for (struct hnode *k = n->children; k != NULL; k = k->next)
			if (k->type == XML_ELEMENT_NODE && only != NULL)
				return 0;
			else if (k->type == XML_ELEMENT_NODE)
				only = k;
			else if (k->type == XML_TEXT_NODE && !html_is_blank_text(k))
				return 0;	/* text of its own beside the element */
		if (only == NULL)
			return 0;
		n = only;
	}
	return 0;
}

/* The first block element among n's children, or NULL. */
struct hnode *
first_block(struct hnode *n)
{
	for (struct hnode *k = n->children; k != NULL; k = k->next)
		if (html_is_block(k) && !html_is(k, "br"))
			return k;
	return NULL;
}

int
is_heading(struct hnode *n)
{
	return html_is(n, "h1") || html_is(n, "h2") || html_is(n, "h3") || html_is(n, "h4") ||
	    html_is(n, "h5") || html_is(n, "h6");
}

int
contains_node(struct hnode *outer, struct hnode *inner)
{
	for (; inner != NULL; inner = inner->parent)
		if (inner == outer)
			return 1;
	return 0;
}

char *
meta_content(struct ctx *c, const char *attr, const char *value)
{
	struct hnode *n;

	for (n = c->root; n != NULL; n = html_next(n, c->root, 1)) {
		if (html_is(n, "body"))
			n = html_next(n, c->root, 0);
		if (n == NULL)
			break;
		if (!html_is(n, "meta"))
			continue;
		char *v = html_attr(n, attr);
		int match = v != NULL && strcasecmp(v, value) == 0;

		free(v);
		if (match)
			return html_attr(n, "content");
	}
	return NULL;
}

/* What a segment gives as evidence of prose: 0 for short or linked text. */
double
seg_score(const struct seg *s)
{
	int plain = s->chars - s->link_chars;

	if (plain < 10 || s->link_chars * 2 > s->chars)
		return 0;
	return 1 + s->punct + (plain / 40 > 5 ? 5 : plain / 40);
}

/* The evidence of prose in the sentences of segments [first, end),
 * however deep they lie: an element's own score reaches only a few levels
 * up, and a story's later blocks are often wrapped deeper than its first. */
double
prose_score(const struct ctx *c, size_t first, size_t end)
{
	double sum = 0;

	for (size_t i = first; i < end; i++)
		if (c->segs[i].punct > 0)	/* sentences, not a player's labels */
			sum += seg_score(&c->segs[i]);
	return sum;
}

/* Does the element n hold one of the page's images? */
int
holds_image(const struct ctx *c, struct hnode *n, const struct elinfo *e)
{
	if (html_is(n, "figure") || is_picture(n))
		return 1;
	for (size_t i = 0; i < c->nimgs; i++)
		if (c->imgs[i].seg >= e->first && c->imgs[i].seg <= e->end &&
		    html_ancestor(c->imgs[i].node, (const char *)n->name, 8) == n)
			return 1;
	return 0;
}

/* Does the link a lead to a picture file (its full size, a lightbox's) or
 * nowhere (Weebly's <a> of no href), not a page?  A banner links to a page. */
static int
links_to_picture(struct hnode *a)
{
	static const char *const exts[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", NULL};
	char *href = html_attr(a, "href");
	size_t n = href ? strcspn(href, "?#") : 0;
	int yes = href == NULL;

	for (const char *const *x = exts; *x && !yes; x++)
		yes = n > strlen(*x) && strncasecmp(href + n - strlen(*x), *x, strlen(*x)) == 0;
	free(href);
	return yes;
}

#define LOGO_LEVELS 2	/* wrappers between a logo's itemprop and its <img> */

/* Is img the publisher's logo schema.org marks (itemprop="logo" on it or
 * on its box, as a theme's NewsArticle markup prints it inside the story's
 * container): the paper's mark, no picture of the story. */
static int
marked_logo(struct hnode *img)
{
	struct hnode *n = img;

	for (int i = 0; i <= LOGO_LEVELS && n != NULL && n->type == XML_ELEMENT_NODE; i++, n = n->parent)
		if (html_attr_has(n, "itemprop", "logo"))
			return 1;
	return 0;
}

int
image_is_content(struct hnode *img)
{
	char *w = html_attr(img, "width"), *h = html_attr(img, "height");
	int small = (w && atoi(w) > 0 && atoi(w) < 60) || (h && atoi(h) > 0 && atoi(h) < 60);
	struct hnode *a = html_ancestor(img, "a", 3);

	free(w);
	free(h);
	return !small && !marked_logo(img) && (a == NULL || links_to_picture(a) || links_to_own_picture(a, img));
}

/* Segments [e->first, e->end) as a gallery: at least as many pictures as
 * sentences, the text being their captions. */
int
gallery(const struct ctx *c, const struct elinfo *e)
{
	size_t pictures = 0, prose = 0;

	for (size_t i = 0; i < c->nimgs; i++)
		pictures += c->imgs[i].seg >= e->first && c->imgs[i].seg < e->end &&
		    image_is_content(c->imgs[i].node);
	for (size_t i = e->first; i < e->end; i++)
		prose += seg_score(&c->segs[i]) > 0;
	return pictures >= 3 && pictures >= prose;
}

#define GALLERY_LEVELS 4	/* a slide's text sits this deep in its gallery */

/* Is n inside a set of photos shown one at a time (a class or id named
 * gallery, carousel or slideshow a few levels up)?  A slideshow of 50
 * captioned slides set into a story outweighs the story by its text,
 * and its list of captions holds no picture of its own. */
int
in_slideshow(struct hnode *n)
{
	for (int up = 0; n != NULL && up < GALLERY_LEVELS && !html_is(n, "body"); up++, n = n->parent)
		if (n->type == XML_ELEMENT_NODE && n->attrs != NULL &&
		    (html_attr_has_any(n, "class", gallery_classes) || html_attr_has_any(n, "id", gallery_classes)))
			return 1;
	return 0;
}

/* Does the element hold one sentence of a story's length?  A byline ("By
 * Mara Quill · Nov. 19, 2019 5:50 PM") has sentence punctuation too. */
int
holds_sentence(const struct ctx *c, const struct elinfo *e)
{
	for (size_t i = e->first; i < e->end; i++)
		if (c->segs[i].chars - c->segs[i].link_chars >= 50 && c->segs[i].punct > 0)
			return 1;
	return 0;
}

int
node_within(struct hnode *n, struct hnode *box, int depth)
{
	for (; n != NULL && depth >= 0; n = n->parent, depth--)
		if (n == box)
			return 1;
	return 0;
}

int
names_hold(const char *v, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = v; *p; p += strcspn(p, " ")) {
		p += strspn(p, " ");
		if (strncasecmp(p, name, n) == 0 && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	}
	return 0;
}

/* The title the page declares for itself in <meta>, or NULL: Dublin Core
 * first (it names the document alone), then Open Graph, Twitter, Parse.ly
 * and a plain name="title"; in property= or name=, one name or several. */
char *
declared_title(struct ctx *c)
{
	static const char *const names[] = {"dc:title", "dcterm:title", "dc.title",
		"og:title", "twitter:title", "parsely-title", "title"};
	size_t best = sizeof names / sizeof names[0];
	char *found = NULL;

	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, !html_is(n, "body"))) {
		char *v[2], *content;

		if (!html_is(n, "meta") || (content = html_attr(n, "content")) == NULL)
			continue;
		v[0] = html_attr(n, "property");
		v[1] = html_attr(n, "name");
		for (size_t i = 0; i < best; i++)
			if ((v[0] && names_hold(v[0], names[i])) || (v[1] && names_hold(v[1], names[i]))) {
				if (*content == '\0')
					break;	/* an empty value declares nothing */
				free(found);
				found = xstrdup(content);
				best = i;
				break;
			}
		free(content);
		free(v[0]);
		free(v[1]);
	}
	if (found != NULL) {
		char *t = text_clean(found, strlen(found));

		free(found);
		found = t;
	}
	return found;
}
