/*
 * extract_photoset: a photo set's pictures and closing words, set apart
 * from the text block that scored as the story.
 *
 * A 图集 page prints a few lines of text, then its pictures each with
 * its caption in blocks of their own, then a closing paragraph.  The
 * text block scores best; the set beside it is a gallery (as many
 * pictures as lines), which a story's siblings are not taken for
 * (extract_join.c), and the closing words are a lone paragraph, which
 * after a story is a note.  But a gallery right after the story's
 * text whose captions link nowhere is the story's own set, and the
 * paragraph right after it the set's closing words: both join.  A set
 * of captions that are links (other photo sets) stays out.
 */
#include "config.h"

#include "extract_dom.h"
#include "extract_photoset.h"

#define SENTENCE_MIN_CHARS 20	/* characters of the closing words' first line */
#define CAPTION_MAX_CHARS 60	/* characters of a picture's caption */
#define THUMBS_MAX_CHARS 4	/* text of a strip of thumbnails: < and > */

/* Does n hold nothing to read, as a strip of thumbnails or a spacer? */
static int
unread(struct ctx *c, struct hnode *n)
{
	const struct elinfo *e = el_info(c, n);

	return e == NULL || range_chars(c, e->first, e->end) <= THUMBS_MAX_CHARS;
}

/* Is n a set of pictures with plain captions: a gallery whose lines are
 * short and no links? */
static int
photo_set(struct ctx *c, struct hnode *n)
{
	const struct elinfo *e = el_info(c, n);

	if (e == NULL || e->first == e->end || range_links(c, e->first, e->end) > 0)
		return 0;
	for (size_t i = e->first; i < e->end; i++)
		if (c->segs[i].chars > CAPTION_MAX_CHARS)
			return 0;
	return gallery(c, e) && !is_boilerplate_block(n);	/* the dearer checks last */
}

int
photo_set_goes_on(struct ctx *c, struct hnode *const *kids, const char *join, size_t k)
{
	struct hnode *n = kids[k];
	const struct elinfo *e = el_info(c, n);

	while (k > 0 && !join[k - 1] && unread(c, kids[k - 1]))
		k--;	/* past a strip of thumbnails */
	if (k == 0 || !join[k - 1] || e == NULL)
		return 0;
	if (photo_set(c, n))
		return 1;	/* the pictures after the story's text */
	/* the set's closing words, their first line a sentence */
	return e->first < e->end && c->segs[e->first].punct > 0 &&
	    c->segs[e->first].chars - c->segs[e->first].link_chars >= SENTENCE_MIN_CHARS &&
	    photo_set(c, kids[k - 1]);
}
