/*
 * extract_signoff: a newsletter item written as a letter closes on its
 * valediction and the writer's name, "Ngā mihi nui,<br>Whaea Aroha", as
 * a school's, a club's or a hall committee's news page prints it; the two
 * lines are none of the story.  A lower layer for extract_body.c, beside
 * extract_tail.c, whose closing lines it joins.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_tail.h"
#include "extract_words.h"

#define SIGNOFF_NAME_CHARS 40	/* of "Mrs Jo Pearce, Deputy Principal" */

/* Is t a name of one to four words each opening on a capital (or a
 * letter past ASCII: Ōtaki), with no digit and no stop closing it? */
static int
is_bare_name(const char *t)
{
	int words = 0;

	for (const char *p = t; *p; p++) {
		if (p == t || p[-1] == ' ') {
			if (!isupper((unsigned char)*p) && !(*p & 0x80))
				return 0;
			words++;
		} else if (isdigit((unsigned char)*p))
			return 0;
	}
	return words >= 1 && words <= 4 && t[strlen(t) - 1] != '.';
}

/* Is name, the story's last line, a letter's sign-off: a name on the line
 * after a valediction of its own ("Ngā mihi nui,<br>Whaea Aroha", "Kind
 * regards,<br>Jo Pearce"), the two parted by a <br> in one paragraph?
 * A newsletter item is written as a letter; its closing is no line of
 * the story.  A last paragraph thanking people in a sentence stays. */
int
signoff_tail(const struct seg *name, const struct seg *before)
{
	struct hnode *br = name->node->prev;
	const char *v = before->text;
	size_t n = strlen(v);

	if (name->chars > SIGNOFF_NAME_CHARS || br == NULL || !html_is(br, "br") ||
	    before->chars > SIGNOFF_NAME_CHARS || !is_bare_name(name->text))
		return 0;
	while (n > 0 && (v[n - 1] == ',' || v[n - 1] == ' '))
		n--;
	return is_one_of(v, n, valedictions);
}

#define DASH_NAME_CHARS 24	/* of "— Maren Oduya" */

/* Is s a newsletter writer's sign-off alone: a dash and a name of one or
 * two words ("— Maren", "– Jo Pearce"), closing the post as a letter
 * closes?  The writer's mark, no line of the story; a dash opening words
 * of a sentence ("— and the boat left") or a name with more after it
 * ("— Maren Oduya, Port Hollin") stays. */
int
dashed_signoff(const char *s, int chars)
{
	/* an em or en dash: a hyphen opens a list's line ("- Removed X") */
	static const char *const dashes[] = {"\xE2\x80\x94 ", "\xE2\x80\x93 ", NULL};
	const char *d = starts_any(s, dashes), *p;
	int spaces = 0;

	if (d == NULL || chars > DASH_NAME_CHARS)
		return 0;
	for (p = s + strlen(d); *p; p++)
		if (*p == ',' || (*p == ' ' && ++spaces > 1))
			return 0;
	return is_bare_name(s + strlen(d));
}

#define POST_LINE_CHARS 48	/* of "Clerk to the Commissioners" and longer */

/* Is s, the story's last line, the writer's post under their name, the
 * two parted by a <br> in one closing paragraph ("Ruth Kinvig<br>Clerk to
 * the Commissioners"), the name the byline's author?  The name alone
 * goes as the author's signature (beat_tail); so does the post under
 * it.  A sentence closing the story there ends in a stop and stays. */
int
author_post_tail(const struct ctx *c, const struct seg *s)
{
	struct hnode *br = s->node->prev, *name = br ? br->prev : NULL;
	const char *t = s->text;

	if (c->page->author == NULL || *t == '\0' || s->chars > POST_LINE_CHARS || br == NULL ||
	    !html_is(br, "br") || name == NULL || name->type != XML_TEXT_NODE || name->content == NULL ||
	    strchr(".!?", t[strlen(t) - 1]) != NULL)
		return 0;
	t = (const char *)name->content;
	t += strspn(t, " \t\r\n");
	return strncmp(t, c->page->author, strlen(c->page->author)) == 0 &&
	    t[strlen(c->page->author) + strspn(t + strlen(c->page->author), " \t\r\n")] == '\0';
}
