/*
 * extract_authorcard: which of a byline's marked elements names the
 * author.  A self-media post's author card is marked as a whole
 * (class="Post-Author") and holds the name's element, marked too
 * (class="AuthorInfo-name"), beside a line about the author (地方史爱好者，
 * 前报社记者): the card's whole text is no name, the inner element's is.
 * Read by extract_byline.c's marked_author.  And a self-media account's
 * card under the headline (澎湃号, 头条号: a linked name beside a 关注
 * button), marked by nothing but that button: the name is the author;
 * or in a side column before the headline, the name opening the card.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_words.h"
#include "html.h"
#include "text.h"

#define NAME_CHARS 20	/* an author's name, as marked_author reads it */

/* the marks of an author's element: class, rel or itemprop */
static const char *const author_marks[][2] = {
	{"class", "author"}, {"rel", "author"}, {"itemprop", "author"}, {NULL, NULL},
};

/* Does m, a marked element, read as an author's name alone: short, no
 * byline line, no role's word, no element of the author's title? */
static int
marked_name(struct hnode *m, size_t outer_len)
{
	char *t;
	int ok;

	if (!html_attr_has_pair(m, author_marks))
		return 0;
	if (html_attr_has_any(m, "class", author_title_classes))
		return 0;
	t = html_text(m);
	ok = *t != '\0' && strlen(t) < outer_len && utf8_chars_upto(t, NAME_CHARS + 1) <= NAME_CHARS &&
	    !is_meta_line(t) && starts_any(t, author_roles) == NULL && starts_any(t, byline_roles) == NULL;
	free(t);
	return ok;
}

int
marked_card(const struct ctx *c, size_t i)
{
	struct hnode *n = c->marked.v[i];
	char *t = html_text(n);
	size_t len = strlen(t);

	free(t);
	for (size_t j = i + 1; j < c->marked.n && contains_node(n, c->marked.v[j]); j++)
		if (marked_name(c->marked.v[j], len))
			return 1;
	return 0;
}

#define CARD_UP 4	/* levels from the account's name up to its card */
#define CARD_CHARS_MAX 150	/* a card's text: the name, a badge, a line about it */

/* Is n a button or link whose text is a follow control (+ 关注, Follow)? */
static int
follow_control(struct hnode *n)
{
	char *t;
	const char *p;
	int yes = 0;

	if (!html_is(n, "button") && !is_anchor(n))
		return 0;
	t = html_text(n);
	for (p = t; *p == '+' || *p == ' ' || str_starts(p, "＋"); p += str_starts(p, "＋") ? strlen("＋") : 1)
		;
	for (const char *const *f = follow_buttons; *f && !yes; f++)
		yes = strcmp(p, *f) == 0;
	free(t);
	return yes;
}

/* Does box hold a follow control, its text short as a card's? */
static int
card_with_follow(struct hnode *box)
{
	char *t = html_text(box);
	int short_box = utf8_chars_upto(t, CARD_CHARS_MAX + 1) <= CARD_CHARS_MAX;

	free(t);
	if (!short_box)
		return 0;
	for (struct hnode *n = box->children ? box : NULL; n != NULL; n = html_next(n, box, 1))
		if (n != box && follow_control(n))
			return 1;
	return 0;
}

#define CARD_BEFORE 30	/* segments before the headline to a side column's card */

/* The account's name at segment i, a short link in a card with a follow
 * control, or NULL; lead: the name must open its card (a side column
 * before the headline holds other links near the card: the writer's
 * latest posts under it). */
static char *
card_name_at(const struct ctx *c, size_t i, int lead)
{
	struct hnode *a = c->segs[i].node ? c->segs[i].node->parent : NULL, *n;
	char *name;

	if (a == NULL || !is_anchor(a))
		return NULL;
	name = html_text(a);
	if (utf8_chars_upto(name, NAME_CHARS + 1) <= NAME_CHARS && utf8_chars_upto(name, 2) >= 2 &&
	    !is_meta_line(name) && !follow_control(a)) {
		n = a->parent;
		for (int up = 0; n != NULL && up < CARD_UP && !html_is(n, "body"); up++, n = n->parent) {
			struct elinfo *e;

			if (!card_with_follow(n))
				continue;
			if (!lead || ((e = el_info((struct ctx *)c, n)) != NULL && e->first == i))
				return name;
			break;
		}
	}
	free(name);
	return NULL;
}

/* How many segments of [from, to) read as a follow control (+ 关注,
 * Follow)?  By their text alone, so a page is asked cheaply whether a
 * card may stand there at all. */
static int
follows_between(const struct ctx *c, size_t from, size_t to)
{
	int n = 0;

	for (size_t i = from; i < to && i < c->nsegs; i++) {
		const char *p = c->segs[i].text;

		if (*p != '+' && !str_starts(p, "＋") && c->segs[i].chars > 8)
			continue;	/* most lines: no button's short text */
		while (*p == '+' || *p == ' ' || str_starts(p, "＋"))
			p += str_starts(p, "＋") ? strlen("＋") : 1;
		n += is_one_of(p, strlen(p), follow_buttons);
	}
	return n;
}

char *
follow_card_author(const struct ctx *c, size_t first, size_t end)
{
	char *name;

	for (size_t i = first; i < end && i < c->nsegs; i++)
		if ((name = card_name_at(c, i, 0)) != NULL)
			return name;
	/* the account's card in a side column before the headline (a
	 * self-media platform's left column: avatar, name, 文章 count, + 关注) */
	if (first > c->nsegs || follows_between(c, first > CARD_BEFORE ? first - CARD_BEFORE : 0, first) != 1)
		return NULL;	/* none, or a box of accounts to follow (推荐关注) */
	for (size_t i = first; i > 0 && first - i < CARD_BEFORE; i--)
		if ((name = card_name_at(c, i - 1, 1)) != NULL)
			return name;
	return NULL;
}
