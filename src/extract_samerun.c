/*
 * extract_samerun: what lies between and after the story's joined
 * blocks (extract_join.c).
 *
 * Between two blocks of the story, a block of pictures is the story's
 * too.  An email builder's archive page (Mailchimp's campaign archive)
 * or a page builder sets each paragraph group of a story in a block of
 * one template, the same tag and class each time: once two of them have
 * joined as the story, the blocks of that template between them are the
 * story's whatever their length (a one-line paragraph, a list of dates),
 * and so is the run of them closing the wrapper (the sign-off), when
 * nothing else follows and the story has not ended; when something does,
 * a letter's signature right under the text is still the story's.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_find.h"
#include "extract_samerun.h"
#include "extract_words.h"
#include "html.h"

/* Is k a block of b's template: the same tag, the same (non-empty) class? */
static int
same_template(struct hnode *k, struct hnode *b)
{
	char *kc, *bc;
	int same;

	if (k->name == NULL || b->name == NULL || strcmp((const char *)k->name, (const char *)b->name) != 0)
		return 0;
	kc = html_attr(k, "class");
	bc = html_attr(b, "class");
	same = kc != NULL && bc != NULL && *bc != '\0' && strcmp(kc, bc) == 0;
	free(kc);
	free(bc);
	return same;
}

/* Is kids[k] a block that may join: text to read, not a box of links? */
static int
may_join(struct ctx *c, struct hnode *k)
{
	struct elinfo *e = el_info(c, k);

	return e != NULL && !is_boilerplate_block(k) && !link_dense(c, e->first, e->end, 3);
}

#define SIGNATURE_MAX 30	/* characters of "楓林中文學校 教務處 敬啟" and longer */

/* Is k one short line signing a notice written as a letter, "OFFICE
 * 敬啟", set in a block of its own under the text? */
static int
signed_close(struct ctx *c, struct hnode *k)
{
	const struct elinfo *e = el_info(c, k);
	const char *t;

	if (e == NULL || e->end != e->first + 1)
		return 0;
	t = c->segs[e->first].text;
	return c->segs[e->first].chars <= SIGNATURE_MAX && ends_in_any(t, strlen(t), letter_closings);
}

/* Is kids[k] a block of a picture and its caption, however deep the
 * picture lies (a page builder's image block: div > div > figure)? */
static int
picture_block(struct ctx *c, struct hnode *k)
{
	const struct elinfo *e = el_info(c, k);
	int pictured = 0;

	if (e == NULL || is_boilerplate_block(k))
		return 0;
	for (size_t i = 0; i < c->nimgs && !pictured; i++)
		pictured = contains_node(k, c->imgs[i].node);
	if (!pictured)
		return 0;
	for (size_t i = e->first; i < e->end; i++)
		if (!seg_in_caption(c, i))
			return 0;
	return 1;
}

/* After the story's last joined block, a page builder's picture block
 * and then a text block of the story's template carry the story on (its
 * last paragraphs below a picture); the run stops at any other block (a
 * newsletter's form), and a run with no picture in it is left to the
 * rule of the closing run.  The picture blocks themselves join as they
 * do between the story's blocks: only when holds_image finds their
 * picture (a deep one's caption stays out, as unseen27en and unseen4en
 * settled for Squarespace). */
static void
join_past_pictures(struct ctx *c, struct hnode *const *kids, char *join, size_t nkids, size_t hi,
    struct hnode *best)
{
	size_t k, last = hi;
	int pictures = 0;

	for (k = hi + 1; k < nkids; k++)
		if (picture_block(c, kids[k]))
			pictures = 1;
		else if (pictures && same_template(kids[k], best) && may_join(c, kids[k]) &&
		    el_info(c, kids[k])->first < el_info(c, kids[k])->end)
			last = k;
		else
			break;
	for (k = hi + 1; k <= last; k++)
		join[k] = !picture_block(c, kids[k]) || holds_image(c, kids[k], el_info(c, kids[k]));
}

void
join_between(struct ctx *c, struct hnode *const *kids, char *join, size_t nkids, size_t lo, size_t hi,
    struct hnode *best, int ended)
{
	size_t k;

	for (k = lo; k < hi; k++) {
		const struct elinfo *e;

		if (join[k] || !may_join(c, kids[k]))
			continue;
		e = el_info(c, kids[k]);
		if (holds_image(c, kids[k], e) || (same_template(kids[k], best) && e->first < e->end))
			join[k] = 1;
	}
	if (ended || hi == nkids || !same_template(kids[hi], best))
		return;
	join_past_pictures(c, kids, join, nkids, hi, best);
	for (k = hi + 1; k < nkids; k++)
		if (!same_template(kids[k], best) || !may_join(c, kids[k])) {
			/* something else follows: the story's end is not this
			 * run's, but for a letter's signature closing it */
			join[hi + 1] |= hi + 1 < k && signed_close(c, kids[hi + 1]);
			return;
		}
	for (k = hi + 1; k < nkids; k++)
		join[k] = 1;
}
