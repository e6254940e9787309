/*
 * extract_header: the blocks that stand over a story's own.  A byline's
 * block holds only a byline's lines; a header's block holds the
 * headline, maybe a deck under it, then the byline and after it only
 * the date, a player's length ("Listen 4:12") and a share bar, no line
 * of prose.  A deck ends a sentence as a paragraph does, so a header
 * block joined to the story would give its deck as the first paragraph
 * and take the lead picture after it and its caption into the story (a
 * deck over the byline is none, as unseen6en-sg-daily settled).  A
 * byline's block may name the author with no "By" in an element of an
 * author's class and hold the share bar beside the date (a weekly's
 * article__meta: avatar, name, role, date, Share on Facebook ...): with
 * a date or a byline's line in it, that is a byline's block too.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_find.h"
#include "extract_header.h"
#include "extract_papercredit.h"
#include "extract_words.h"
#include "text.h"

#define HEADER_BYLINE_MAX 60	/* characters of "By NAME and NAME" */
#define HEADER_PROSE_MIN 40	/* plain characters of a sentence after the byline */

#define MARK_UP 3	/* levels from a line up to the element whose class marks it */

/* Is segment i inside an element (a few levels up) of one of words'
 * classes? */
static int
seg_marked(const struct ctx *c, size_t i, const char *const *words)
{
	struct hnode *n = seg_block(c, &c->segs[i]);

	for (int up = 0; n != NULL && up < MARK_UP; up++, n = n->parent)
		if (html_attr_has_any(n, "class", words))
			return 1;
	return 0;
}

/* Is segment i a name alone, or a short line of no stop (the role under
 * it: Reporter), in an element of an author's class
 * (article__author-name), or a share bar's button (Share on Facebook)?
 * Neither is a byline's line by its words; beside one they are its. */
static int
byline_companion(const struct ctx *c, size_t i)
{
	static const char *const author[] = {"author", "byline", NULL};
	static const char *const share[] = {"share", NULL};
	const char *t = c->segs[i].text;
	char *name;
	int yes;

	if (c->segs[i].chars > HEADER_BYLINE_MAX)
		return 0;
	if (seg_marked(c, i, share))
		return 1;
	if (!seg_marked(c, i, author))
		return 0;
	if (c->segs[i].punct == 0)
		return 1;
	if ((name = byline_name_at(t)) == NULL)
		return 0;
	yes = name_line(t, name);
	free(name);
	return yes;
}

/* Is every line of the element a byline's (a date, an author, "By:
 * NAME - Correspondent", a date alone: "14 Oct 2024, 5:42pm HKT")?  "Published:
 * Apr. 10, 2024 at 5:42 PM CDT" reads as a sentence, and a block of it
 * joined would take the lead picture after it into the story. */
int
only_meta_lines(const struct ctx *c, const struct elinfo *e)
{
	size_t own = 0, beside = 0;

	for (size_t i = e->first; i < e->end; i++)
		if (is_meta_line(c->segs[i].text) || is_role_line(c->segs[i].text) ||
		    (c->segs[i].chars <= 40 && is_date_alone(c->segs[i].text)))
			own++;
		else if (byline_companion(c, i))
			beside++;
		else
			return 0;
	return beside == 0 || own > 0;	/* a name or a share bar alone is none */
}

/* Does segment s end a sentence of prose: enough plain characters, and a
 * stop, a question or a closing quotation mark last? */
static int
prose_line(const struct seg *s)
{
	size_t n;

	if (s->chars - s->link_chars < HEADER_PROSE_MIN || s->punct == 0)
		return 0;
	n = strlen(s->text);
	return strchr(".!?\"", s->text[n - 1]) != NULL ||
	    (n >= 3 && strcmp(s->text + n - 3, "\xe2\x80\x9d") == 0);
}

#define HEADER_DATE_MAX 40	/* characters of "Mar 12, 2025" or "5:00pm, May 20 2025" */

/* Is segment i the header's date alone under a name alone, the byline a
 * newsletter platform sets with no "By" (Substack's, beehiiv's: "Dana
 * Whitfield" over "Mar 12, 2025")?  The name is a short line of no stop;
 * a date alone under a deck ends no sentence of it. */
static int
header_date(const struct ctx *c, size_t i)
{
	const struct seg *s = &c->segs[i], *n = &c->segs[i - 1];

	return s->chars <= HEADER_DATE_MAX && (unsigned char)*s->text < 0x80 && is_date_alone(s->text) &&
	    i > c->title_seg + 1 && n->chars <= HEADER_BYLINE_MAX && n->punct == 0;
}

/* Is the element the story's header: the headline, then a byline ("By
 * NAME", a short line) or a line of the byline's kind (a regional's
 * "Updated January 14 2026 - 3:15pm, first published 2:40pm" under a
 * name with no "By"), and after it no line of prose? */
static int
story_header(const struct ctx *c, const struct elinfo *e)
{
	size_t by = 0;

	if (c->title_seg < e->first || c->title_seg >= e->end)
		return 0;
	for (size_t i = c->title_seg + 1; i < e->end; i++) {
		const struct seg *s = &c->segs[i];

		if (by == 0 && ((s->chars <= HEADER_BYLINE_MAX && (starts_any(s->text, author_roles) != NULL ||
		    header_date(c, i))) || is_meta_line(s->text)))
			by = i;
		else if (by != 0 && prose_line(s))
			return 0;	/* the story's own first lines, under its byline */
	}
	return by != 0;
}

int
over_story(const struct ctx *c, const struct elinfo *e)
{
	return only_meta_lines(c, e) || story_header(c, e);
}
