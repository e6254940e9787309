/*
 * extract_bodyline: the lines inside the body's container that are no
 * story text: a line of links, the headline said again, an off-screen
 * heading, the author's own byline, a label the page repeats between
 * paragraphs ("Article content"), a count, a stamp, a date above the
 * headline, a meta line or a notice.  Pure: reads the segments and the
 * tree, writes nothing.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "extract_bodyline.h"
#include "extract_credmark.h"
#include "extract_editline.h"
#include "extract_heading.h"
#include "extract_makers.h"
#include "extract_ownline.h"
#include "extract_papercredit.h"
#include "extract_postnote.h"
#include "extract_signnote.h"
#include "extract_storylist.h"
#include "extract_words.h"
#include "text.h"

#define AUTHOR_LINE_MAX 60	/* characters of "NAME, Staff Writer" */

/* The author's byline in the body's container: a short line that starts
 * with the author's name and a separator ("Nora Whitcombe, Patch Staff",
 * "Ann Lee | Reporter", "By: Ann Lee - Correspondent"), not a sentence
 * about them (ending in a full stop). */
static int
byline_of_author(const struct ctx *c, const struct seg *s)
{
	const char *a = c->page->author, *r = starts_any(s->text, author_roles);
	const char *t = r != NULL ? s->text + strlen(r) : s->text, *p;	/* "By Jane Doe, Staff Writer" */

	if (a == NULL || *a == '\0' || !str_starts(t, a) ||
	    utf8_chars_upto(s->text, AUTHOR_LINE_MAX + 1) > AUTHOR_LINE_MAX)
		return 0;
	p = t + strlen(a);
	if (*p == ' ' && dated_after_name(p))
		return 1;	/* "Posted by Ann Lee (Clerk) on 12 January 2026" */
	p += strspn(p, " ");
	if (*p != '\0' && strchr(".!?", p[strlen(p) - 1]) != NULL)
		return 0;	/* "Ann Lee, who lives on Mill Street, said ...." */
	return *p == '\0' || *p == ',' || *p == '|' || *p == '-' || str_starts(p, "·") || str_starts(p, "–") ||
	    str_starts(p, "—");
}

#define ROLE_LINE_MAX 40	/* characters of "Kettle Falls Ledger staff writer" */

/* The role a byline's paragraph sets on a line of its own under the
 * author's name, after a <br> ("By Ann Lee<br>Ledger staff writer"):
 * the segment right after the author's byline, in its block, short,
 * no sentence, ending on a staff role.  A role line under no byline, or
 * a sentence that ends so, is left alone. */
static int
role_under_byline(const struct ctx *c, const struct seg *s)
{
	size_t n = strlen(s->text);

	if (s == c->segs || s->chars == 0 || s->chars > ROLE_LINE_MAX || strpbrk(s->text, ".!?:\"") != NULL ||
	    seg_block(c, s - 1) != seg_block(c, s) || !byline_of_author(c, s - 1))
		return 0;
	return is_one_of(s->text, n, staff_roles) || ends_in_any(s->text, n, staff_roles);
}

#define CONTACT_LINE_MAX 120	/* characters of "NAME can be reached at ADDRESS or PHONE" */

/* The writer's address closing a small paper's story, a line of its own:
 * the author's name, "can be reached at", and an address or a number.
 * Anyone else's ("The clinic can be reached at ...") is the story's. */
static int
contact_of_author(const struct ctx *c, const struct seg *s)
{
	const char *a = c->page->author, *p;

	if (a == NULL || *a == '\0' || s->chars > CONTACT_LINE_MAX || !str_starts(s->text, a))
		return 0;
	p = s->text + strlen(a);
	return starts_any(p, contact_phrases) != NULL && strpbrk(p, "@0123456789") != NULL;
}

#define LABEL_MAX_CHARS 30	/* of "Article content", "Story continues below" */
#define LABEL_REPEATS 3		/* times a label stands in the story, at least */

/* Is the segment's line a paragraph of its own, not a heading, a
 * caption, a cell or a list item (which repeat as data does)? */
static int
own_line(const struct ctx *c, const struct seg *s)
{
	struct hnode *n = seg_block(c, s);
	static const char *const kept[] = {"td", "th", "li", "dt", "dd", "figcaption", NULL};

	if (is_heading(n))
		return 0;
	for (int up = 0; n != NULL && up < 4; up++, n = n->parent)
		for (const char *const *k = kept; *k; k++)
			if (html_is(n, *k))
				return 0;
	return 1;
}

/* A label the page repeats between the story's paragraphs ("Article
 * content", "Story continues below advertisement"): a line of its own,
 * short, capitalised, of words without digits or punctuation, whose very
 * text stands three times in the story.  A story says no such line so
 * (a heading said again in a list of points is said twice). */
static int
repeated_label(const struct ctx *c, const struct seg *s)
{
	size_t seen = 0;

	if (s->chars > LABEL_MAX_CHARS || s->punct > 0 || strchr(s->text, ' ') == NULL ||
	    !isupper((unsigned char)s->text[0]) || strpbrk(s->text, "0123456789.!?:\"'") != NULL ||
	    !own_line(c, s))
		return 0;
	for (size_t k = 0; k < c->nparts; k++)
		for (size_t i = c->parts[k].first; i < c->parts[k].end; i++)
			seen += strcmp(c->segs[i].text, s->text) == 0;
	return seen >= LABEL_REPEATS;
}

/* A segment inside the body container that is not body text.  A
 * paragraph of a <pre> is text as its writer typed it (a weather
 * office's product, an RFC): no page's label, date, notice or line of
 * links is read in it. */
int
skip_in_body(const struct ctx *c, const struct seg *s)
{
	if (html_is(seg_block(c, s), "pre"))
		return 0;
	if (s->chars > 0 && s->link_chars * 10 >= s->chars * 6 && s->chars < 80 &&
	    !item_among_prose((struct ctx *)c, seg_block(c, s)))
		return 1;
	if (c->page->title[0] != '\0' && strcmp(s->text, c->page->title) == 0)
		return 1;
	/* h2.visually-hidden "Article content" between paragraphs; a Drupal
	 * field's label for screen readers (div.visually-hidden "Image") */
	if (s->chars <= LABEL_MAX_CHARS && is_offscreen(seg_block(c, s)))
		return 1;
	if (byline_of_author(c, s) || role_under_byline(c, s) || contact_of_author(c, s) ||
	    makers_line(s->text, c->page->author) ||
	    makers_credit(s->text, NULL) || repeated_label(c, s) ||
	    is_count_line(s->text) || (is_stamp_line(s->text) && own_line(c, s)) ||
	    (c->title_seg < c->nsegs && s < &c->segs[c->title_seg] && is_date_alone(s->text)))
		return 1;	/* "6 updates", "9:48 PM Jonah Reyes"; a weekly's date above the headline */
	return is_meta_line(s->text) || is_noise_line(s->text) || is_gallery_title(s->text) ||
	    is_follow_call(s->text) || is_picture_note(s->text) || is_paper_credit(s->text) ||
	    is_post_edit_note(s->text) || is_print_edition_note(s->text) || is_repost_note(s->text) ||
	    is_writer_note(s->text) || is_credit_line(s->text) || is_dated_edit_line(s->text) ||
	    is_report_credit(s->text, c->page->author);
}
