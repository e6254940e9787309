/*
 * extract_lonenav: a board's view page (an office's news board, in
 * English) lists the items before and after under the text as rows of a
 * bare word in an element of its own and the item's link:
 *   <li class="prev"><span>Prev</span><a href="...">TITLE</a></li>
 * The word alone is no label where it begins a line ("Next year's
 * budget"), nor inside a link (a pager's Next): only an element holding
 * nothing but the word, whose next element is the link, names it.
 */
#include "config.h"

#include <string.h>

#include "extract_arrownav.h"
#include "extract_find.h"
#include "extract_heading.h"
#include "extract_words.h"

static const char *const prev_words[] = {"Prev", "Previous", NULL};
static const char *const next_words[] = {"Next", NULL};

const char *
lone_nav_word(const struct hnode *n, const char *rel)
{
	const char *t = (const char *)n->content, *const *w;
	const struct hnode *e = n->parent, *s;
	size_t len;

	if (t == NULL || e == NULL || e->type != XML_ELEMENT_NODE || html_is((struct hnode *)e, "a"))
		return NULL;
	t += strspn(t, " \t\r\n");
	len = strcspn(t, " \t\r\n");
	if (len < 4 || len > 8 || t[len + strspn(t + len, " \t\r\n")] != '\0')
		return NULL;	/* one word, Prev to Previous */
	for (s = e->children; s != NULL && (s == n || html_is_blank_text(s)); s = s->next)
		;
	if (s != NULL)
		return NULL;	/* the element holds more than the word */
	for (s = e->next; s != NULL && html_is_blank_text(s); s = s->next)
		;
	if (s == NULL || s->type != XML_ELEMENT_NODE || !html_is((struct hnode *)s, "a"))
		return NULL;
	for (w = *rel == 'p' ? prev_words : next_words; *w; w++)
		if (strlen(*w) == len && strncmp(t, *w, len) == 0)
			return *w;
	return NULL;
}

/* Is the text shown to the eye alone, its element aria-hidden? */
static int
eye_only(struct hnode *x)
{
	const char *v = x->parent != NULL ? html_attr_raw(x->parent, "aria-hidden") : NULL;

	return v != NULL && strcmp(v, "true") == 0;
}

/* Is text node x all of an element of its own inside the link a? */
static int
alone_in_element(struct hnode *x, struct hnode *a)
{
	struct hnode *e = x->parent, *s;

	if (e == NULL || e == a || e->type != XML_ELEMENT_NODE)
		return 0;
	for (s = e->children; s != NULL && (s == x || html_is_blank_text(s)); s = s->next)
		;
	return s == NULL;
}

static const char *const nav_words[] = {"Prev", "Previous", "Next", NULL};

/* A card pager (Elementor's post navigation) stacks a label word over the
 * title, each in an element of its own, their texts glued with no space
 * ("PreviousDraft minutes ..."): the first text the eye reads, a bare
 * pager word alone in its element and glued so, is the label, cut from
 * the title.  A title whose own text opens on the word ("Previous owners
 * of the mill", "Next year's budget" after a label) keeps it. */
static void
trim_lead_word(char *title, struct hnode *a)
{
	for (struct hnode *x = a; x != NULL; x = html_next(x, a, 1)) {
		const char *t;
		size_t k;

		if (x->type != XML_TEXT_NODE || x->content == NULL || html_is_blank_text(x) ||
		    is_offscreen(x->parent))
			continue;
		t = (const char *)x->content;
		t += strspn(t, " \t\r\n");
		k = strcspn(t, " \t\r\n");
		if (t[k + strspn(t + k, " \t\r\n")] != '\0' || !is_one_of(t, k, nav_words) ||
		    !alone_in_element(x, a) || strncmp(title, t, k) != 0 || title[k] == '\0' ||
		    title[k] == ' ' || (title[k] >= 'a' && title[k] <= 'z'))
			return;	/* glued only: "Preview ..." is no "Prev"; a label set
				 * apart by a space was read as the label */
		k += strspn(title + k, " ");
		memmove(title, title + k, strlen(title + k) + 1);
		return;
	}
}

/* Is the glued last text no text the eye reads with the title: set apart
 * for the eye alone (aria-hidden, still the bare word), or for screen
 * readers alone (an offscreen "Next" after the title, which the eye never
 * sees glued to it)? */
static int
set_apart(struct hnode *x)
{
	return eye_only(x) || (x->parent != NULL && is_offscreen(x->parent));
}

/* The bare word a pager shows after the hidden label and title: English
 * (Prev, Next) or the Chinese label (Joomla 4 in Chinese: <span
 * class="visually-hidden">上一篇: TITLE</span> <span aria-hidden="true">
 * 上一篇</span>). */
static int
is_tail_label(const char *t, size_t k)
{
	return is_one_of(t, k, nav_words) || is_one_of(t, k, prev_labels) || is_one_of(t, k, next_labels);
}

/* The length of t when it is a bilingual site's label pair, a word of
 * the site's tongue, a slash and the bare word ("Sebelumnya / Prev",
 * "Seterusnya / Next" on a Malay council's Joomla pager), else 0.  One
 * word before the slash only: "Now and Next" or "Past / Present / Next"
 * is no pair. */
static size_t
label_pair(const char *t)
{
	size_t w = strcspn(t, " \t\r\n/"), s, k;

	if (w == 0 || w > 24 || t[w] != ' ' || t[w + 1] != '/' || t[w + 2] != ' ')
		return 0;
	s = w + 3;
	k = strcspn(t + s, " \t\r\n");
	if (t[s + k + strspn(t + s + k, " \t\r\n")] != '\0' || !is_tail_label(t + s, k))
		return 0;
	return s + k;
}

/* A labelled link's title (its hidden label said "Previous article:
 * TITLE") without the bare word the link then shows after it in a text
 * of its own (Joomla's pager: <span class="visually-hidden">Previous
 * article: TITLE</span> <span>Prev</span>): the word repeats the label.
 * A title ending in the word inside its own text keeps it ("What comes
 * Next").  A minified pager glues the word to the title with no space
 * ("...nurseryNext"); the word set apart (set_apart) is then still the
 * bare word, as a title's own glued text is not. */
static void
trim_tail_word(char *title, struct hnode *a)
{
	size_t n = strlen(title), k;
	const char *last = NULL, *t;
	struct hnode *lastn = NULL;

	/* an English word ends in v, s or t; a Chinese label (上一篇) in a
	 * byte of UTF-8's tail */
	if (n < 8 || (title[n - 1] != 'v' && title[n - 1] != 's' && title[n - 1] != 't' &&
	    (unsigned char)title[n - 1] < 0x80))
		return;
	for (struct hnode *x = a; x != NULL; x = html_next(x, a, 1))
		if (x->type == XML_TEXT_NODE && x->content != NULL && !html_is_blank_text(x))
			last = (const char *)x->content, lastn = x;
	if (last == NULL)
		return;
	last += strspn(last, " \t\r\n");
	k = strcspn(last, " \t\r\n");
	if (last[k + strspn(last + k, " \t\r\n")] != '\0' || !is_tail_label(last, k))
		if ((k = label_pair(last)) == 0)
			return;	/* the last text is more than the word */
	t = title + n - k;
	if (n > k + 1 && (t[-1] == ' ' || set_apart(lastn)) && strncmp(t, last, k) == 0)
		title[n - k - (t[-1] == ' ')] = '\0';
}

void
trim_nav_word(char *title, struct hnode *a)
{
	trim_lead_word(title, a);
	trim_tail_word(title, a);
}
