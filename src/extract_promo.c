/*
 * extract_promo: promo boxes and pull quotes set into a story (see
 * extract_promo.h).  Moved out of extract_body.c as it grew.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_find.h"
#include "extract_promo.h"
#include "extract_words.h"
#include "text.h"

#define PROMO_MAX_CHARS 320	/* the text of a sign-up or donation box, at most */

/* Does a word of n's attribute name end in one of suffixes, after
 * something of its own (video-player, not player)? */
static int
word_ends_in(struct hnode *n, const char *name, const char *const *suffixes)
{
	char *v, *save = NULL;
	int yes = 0;

	/* every element of a story is asked, most with no attribute */
	if (n->type != XML_ELEMENT_NODE || n->attrs == NULL)
		return 0;
	v = html_attr(n, name);

	for (char *w = v ? strtok_r(v, " \t\r\n", &save) : NULL; w != NULL && !yes;
	    w = strtok_r(NULL, " \t\r\n", &save))
		for (const char *const *x = suffixes; *x && !yes; x++)
			yes = strlen(w) > strlen(*x) && strcasecmp(w + strlen(w) - strlen(*x), *x) == 0;
	free(v);
	return yes;
}

int
is_media_player(struct hnode *n)
{
	return word_ends_in(n, "class", player_classes) || word_ends_in(n, "id", player_classes);
}

/* Does link n's address hold one of parts? */
static int
href_holds(struct hnode *n, const char *const *parts)
{
	char *h = html_attr(n, "href");
	int yes = h != NULL && find_any(h, parts) != NULL;

	free(h);
	return yes;
}

/* an event's card set into the story ends on a button of these words,
 * and of nothing more: a link "Register to vote" is the story's */
static const char *const booking_words[] = {"Register", "Register now", "Register Now", "REGISTER",
	"RSVP", "Book now", "Book Now", "Get tickets", "Get Tickets", "Buy tickets", "Buy Tickets",
	/* a scenic spot's or a venue's card in an app's story (立即购票) */
	"立即购票", "立即購票", "立即预订", "立即預訂", "在线购票", "在線購票", NULL};

/* bytes of a link's or a button's text read for its first words: a
 * hostile page's links may each hold the rest of the page */
#define ACTION_PEEK 1024

/* Does n ask the reader to act rather than to read: a form control, a
 * media player, or a link or button whose text is a call to action
 * (Subscribe, Donate)? */
static int
asks_action(struct hnode *n)
{
	char *t;
	int yes, cut;

	if (html_is(n, "form") || html_is(n, "input") || html_is(n, "select") ||
	    html_is(n, "textarea") || html_is(n, "video") || html_is(n, "audio") ||
	    is_media_player(n))
		return 1;	/* a form, or a player: "WATCH: ... 2:14" */
	/* a bare button copies code or plays a video: only its words tell */
	if (!is_anchor(n) && !html_is(n, "button"))
		return 0;
	t = html_text_upto(n, ACTION_PEEK, &cut);	/* its first words tell */
	yes = t != NULL && (starts_any(t, action_words) != NULL ||
	    (!cut && is_one_of(t, strlen(t), booking_words)));
	free(t);
	return yes || (is_anchor(n) && href_holds(n, action_paths));
}

#define CARD_UP 3	/* levels from a picture up to its card */

/* Is img in a short card set into the story that holds a link or button
 * asking the reader to act (a scenic spot's card ending on 立即购票, an
 * app's ask to download it, a Subscribe box)?  Its picture is the card's,
 * no picture of the story; a card of a plain link (查看详情) keeps it. */
int
in_action_card(struct ctx *c, struct hnode *img)
{
	int up = 0;

	for (struct hnode *n = img->parent; n != NULL && n != c->body_node && up < CARD_UP; n = n->parent, up++) {
		struct elinfo *e = el_info(c, n);

		if (e != NULL && range_chars(c, e->first, e->end) > PROMO_MAX_CHARS)
			return 0;
		for (struct hnode *t = n->children; t != NULL; t = html_next(t, n, 1))
			if ((is_anchor(t) || html_is(t, "button")) && asks_action(t))
				return 1;
	}
	return 0;
}

/* a broadcaster's label over a clip set into the story, in capitals:
 * "WATCH | Islanders line up for the last sailing:", "LISTEN: ..." */
static const char *const media_labels[] = {"WATCH | ", "WATCH: ", "LISTEN | ", "LISTEN: ", NULL};

/* Does element n open on a media label (its first line)?  Its box, the
 * clip's title, player and blurb, is then no story.  "WATCHDOG: ..." and
 * "Watch out for ..." are none. */
static int
media_label(struct ctx *c, struct hnode *n)
{
	struct elinfo *e;
	const char *t;

	if (n->type != XML_ELEMENT_NODE || (e = el_info(c, n)) == NULL || e->first >= e->end)
		return 0;
	t = c->segs[e->first].text;
	return (*t == 'W' || *t == 'L') && starts_any(t, media_labels) != NULL;
}

#define MEDIA_BOX_UP 4	/* levels from a poster up to its clip's box */

int
in_media_box(struct ctx *c, struct hnode *n)
{
	for (int up = 0; n != NULL && up <= MEDIA_BOX_UP; up++, n = n->parent) {
		struct elinfo *e;

		if (n == c->body_node)
			return 0;
		if (media_label(c, n) && (e = el_info(c, n)) != NULL &&
		    range_chars(c, e->first, e->end) <= PROMO_MAX_CHARS)
			return 1;
	}
	return 0;
}

/* The box around a call to action inside the body: its outermost
 * element below the body's container whose text is short.  A newsletter
 * sign-up, a "Support local journalism" ask: a story's paragraphs hold no
 * form, and no short block of them ends in "Donate". */
static const struct body_part *
promo_box(struct ctx *c, struct hnode *t, struct body_part *box, struct hnode **top)
{
	int found = 0;

	for (struct hnode *n = t; n != NULL && n != c->body_node; n = n->parent) {
		struct elinfo *e = el_info(c, n);

		if (e == NULL)
			continue;
		if (range_chars(c, e->first, e->end) > PROMO_MAX_CHARS)
			break;
		*box = (struct body_part){e->first, e->end};
		*top = n;
		found = 1;
	}
	return found && box->first < box->end ? box : NULL;
}

/* A short box of the very class of a sign-up box before it: the same
 * theme's other ask between a newsletter's sections, of text alone
 * ("Know someone in Millbrook?  Forward this email to a neighbor"),
 * which holds no form or button to tell it.  Only a box (a div, an
 * aside), not a paragraph of a class a story's lines share. */
static const struct body_part *
kin_box(struct ctx *c, struct hnode *t, const struct hnode *ask, struct body_part *box)
{
	struct elinfo *e;
	char *v, *w;
	int same;

	if (ask == NULL || t == ask || t->type != XML_ELEMENT_NODE || t->attrs == NULL ||
	    !(html_is(t, "div") || html_is(t, "aside")) || (e = el_info(c, t)) == NULL ||
	    e->first >= e->end || range_chars(c, e->first, e->end) > PROMO_MAX_CHARS)
		return NULL;
	v = html_attr(t, "class");
	w = html_attr((struct hnode *)ask, "class");
	same = v != NULL && w != NULL && *v != '\0' && strcmp(v, w) == 0;
	free(v);
	free(w);
	if (!same)
		return NULL;
	*box = (struct body_part){e->first, e->end};
	return box;
}

#define SET_PICTURES_MIN 3	/* pictures of a photo set */
#define SET_OWN_CHARS_MAX 100	/* its title and counter, outside the figures */

/* Is all but a short title and counter of e's text inside n's figures? */
static int
captions_and_title(struct ctx *c, struct hnode *n, const struct elinfo *e)
{
	size_t own = 0, pictures = 0;

	for (size_t i = 0; i < c->nimgs; i++)
		pictures += c->imgs[i].seg >= e->first && c->imgs[i].seg < e->end &&
		    html_ancestor(c->imgs[i].node, (const char *)n->name, 8) == n;
	if (pictures < SET_PICTURES_MIN)
		return 0;
	for (size_t i = e->first; i < e->end; i++) {
		struct hnode *b = seg_block(c, &c->segs[i]);

		while (b != NULL && b != n && !html_is(b, "figure"))
			b = b->parent;
		if (b == NULL || b == n)
			own += c->segs[i].chars;
	}
	return own <= SET_OWN_CHARS_MAX;
}

/* Does one of e's first two lines open with a slide's counter ("1/50",
 * "1 of 12"): a slideshow, each slide a picture and its caption? */
static int
opens_with_counter(const struct ctx *c, const struct elinfo *e)
{
	for (size_t i = e->first; i < e->end && i < e->first + 2; i++) {
		const char *t = c->segs[i].text;

		if (t[0] == '1' && (t[1] == '/' || str_starts(t + 1, " of ")) &&
		    t[t[1] == '/' ? 2 : 5] >= '2' && t[t[1] == '/' ? 2 : 5] <= '9')
			return 1;
	}
	return 0;
}

#define STORY_LINES_MIN 3	/* lines of prose a story holds beside a slideshow */

/* Lines of prose in the body outside e. */
static size_t
prose_outside(const struct ctx *c, const struct elinfo *be, const struct elinfo *e)
{
	size_t n = 0;

	for (size_t i = be->first; i < be->end; i++)
		n += (i < e->first || i >= e->end) && seg_score(&c->segs[i]) > 0;
	return n;
}

/* The box of a set of photos at n set into the story (a carousel, a
 * gallery: named so, at least three pictures in figures, its own text a
 * title and a counter) and shorter than half the story; or a slideshow
 * so named whose slides are counted (1/50), of any length, beside a
 * story of its own; NULL for any other element. */
static const struct body_part *
picture_set(struct ctx *c, struct hnode *n, struct body_part *box)
{
	struct elinfo *e, *be = el_info(c, c->body_node);
	int counted;

	if (n == c->body_node || n->type != XML_ELEMENT_NODE ||
	    !(html_attr_has_any(n, "class", gallery_classes) ||
	    html_attr_has_any(n, "id", gallery_classes)) ||
	    (e = el_info(c, n)) == NULL || e->first == e->end)
		return NULL;
	counted = opens_with_counter(c, e) && prose_outside(c, be, e) >= STORY_LINES_MIN;
	if (!counted && (!captions_and_title(c, n, e) ||
	    range_chars(c, e->first, e->end) * 2 > range_chars(c, be->first, be->end)))
		return NULL;
	*box = (struct body_part){e->first, e->end};
	return box;
}

/* the marks a pull quote may open with */
static const char *const quote_opens[] = {"“", "‘", "\"", "'", NULL};

#define PULL_PROBE_BYTES 40	/* of a pull quote, looked for in the story */

/* Does the story, outside the quote q (segments [first, end)), hold the
 * head of the quote's text?  A pull quote repeats a line of the story,
 * set large between its paragraphs. */
static int
quote_repeated(const struct ctx *c, size_t first, size_t end)
{
	const char *s = c->segs[first].text;
	size_t n;
	char *head;
	int found = 0;

	if (c->segs[first].chars < PULL_PROBE_BYTES / 2)
		return 0;
	/* the quote's own marks, curly where the story's are straight */
	if (starts_any(s, quote_opens) != NULL)
		s += strlen(starts_any(s, quote_opens));
	n = strlen(s);
	if (n > PULL_PROBE_BYTES)
		n = PULL_PROBE_BYTES;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;	/* whole characters */
	while (n > 0 && strchr(".,;:!?\"' ", s[n - 1]) != NULL)
		n--;	/* the story may go on where the quote ends: "..., she said" */
	head = xstrndup(s, n);
	for (size_t k = 0; k < c->nparts && !found; k++)
		for (size_t i = c->parts[k].first; i < c->parts[k].end && !found; i++)
			found = (i < first || i >= end) && strstr(c->segs[i].text, head) != NULL;
	free(head);
	return found;
}

/* The box of a pull quote at the blockquote q: the figure or aside
 * around the quote and its cite; NULL when q is no pull quote. */
static const struct body_part *
pull_quote(struct ctx *c, struct hnode *q, struct body_part *box)
{
	struct elinfo *e = el_info(c, q), *pe;

	if (e == NULL || e->first == e->end)
		return NULL;
	/* named a pull quote by its class, wherever it stands */
	if (html_attr_has_any(q, "class", pull_quote_classes) && quote_repeated(c, e->first, e->end)) {
		*box = (struct body_part){e->first, e->end};
		return box;
	}
	/* set apart in a figure or an aside (a bare blockquote may be the
	 * story quoting a line of its own) */
	if (q->parent == c->body_node ||
	    !(html_is(q->parent, "figure") || html_is(q->parent, "aside")) ||
	    (pe = el_info(c, q->parent)) == NULL || !quote_repeated(c, e->first, e->end))
		return NULL;
	*box = (struct body_part){pe->first, pe->end};
	return box;
}

/* The promo boxes and pull quotes of the body, in document order; their
 * count in *n. */
struct body_part *
promo_boxes(struct ctx *c, size_t *n)
{
	struct body_part *v = NULL, box;
	size_t done = 0;	/* segments before this lie in a box found */
	struct hnode *top = NULL, *ask = NULL;	/* the last sign-up box's element */

	*n = 0;
	for (struct hnode *t = c->body_node; t != NULL; t = html_next(t, c->body_node, visible(c, t))) {
		/* a button has no record of its own (its text is not read) */
		if (html_is(t, "blockquote") ? pull_quote(c, t, &box) == NULL :
		    picture_set(c, t, &box) == NULL && kin_box(c, t, ask, &box) == NULL &&
		    (!(asks_action(t) || media_label(c, t)) || promo_box(c, t, &box, &top) == NULL))
			continue;
		if (top != NULL && (html_is(top, "div") || html_is(top, "aside")))
			ask = top;
		if (box.first < done)
			continue;
		v = xgrow(v, *n, sizeof *v);
		v[(*n)++] = box;
		done = box.end;
	}
	return v;
}
