/*
 * extract_release: the sender's lines that close a wire press release,
 * read by their words (extract_words.h): "SOURCE Maple Grove Credit
 * Union" (the sender, the release's last line), "Media Contact:" and
 * "About Maple Grove Credit Union" over the sender's boilerplate.  Text
 * only, as extract_label.c.
 */
#include "config.h"

#include <string.h>

#include "extract_words.h"
#include "text.h"
#include "util.h"

#define SENDER_MAX 80		/* characters of "SOURCE NAME" or "About NAME" */
#define CONTACT_LINE_MAX 100	/* of "Media Contact: NAME, PHONE" */

/* Is s a run of words each capitalised (or a number, "&", "of", "the"),
 * the first capitalised, as a sender's name is, to its end without a
 * full stop? */
static int
capitalised_name(const char *s)
{
	static const char *const small[] = {"of ", "the ", "and ", "for ", "de ", NULL};
	size_t n = strlen(s);

	if (n == 0 || strchr(".!?:", s[n - 1]) != NULL || !((*s >= 'A' && *s <= 'Z') ||
	    (unsigned char)*s >= 0x80))
		return 0;
	while (*s != '\0') {
		const char *w = starts_any(s, small);

		if (w != NULL)
			s += strlen(w);
		else if ((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '&' ||
		    (unsigned char)*s >= 0x80)
			s += strcspn(s, " ");
		else
			return 0;
		s += strspn(s, " ");
	}
	return 1;
}

char *
release_source(const char *s)
{
	const char *p = starts_any(s, sender_marks);

	if (p == NULL || utf8_longer_than(s, SENDER_MAX))
		return NULL;
	p = s + strlen(p);
	return capitalised_name(p) ? xstrdup(p) : NULL;
}

/* Is s the contacts' label: "Media Contact: NAME, PHONE", or the label
 * alone as a callout's heading over them ("Media enquiries" over the
 * press secretary's line: a government design system's box after the
 * text)?  A bare "Contact" heads too many boxes to be read alone.  The
 * lines it and its contacts take at least: 1 with the colon, 2 alone
 * (the label's line, then the contact's); 0 when s is none. */
int
is_contact_label(const char *s)
{
	const char *l = starts_any(s, contact_labels);

	if (l == NULL || utf8_longer_than(s, CONTACT_LINE_MAX))
		return 0;
	if (colon_at(s + strlen(l)) > 0)
		return 1;
	return strcmp(s, l) == 0 && !str_starts(l, "Contact") ? 2 : 0;
}

int
is_about_sender(const char *s, const char *sender)
{
	return sender != NULL && str_starts(s, "About ") && strcmp(s + strlen("About "), sender) == 0;
}

/* Is s "About NAME" over its boilerplate, next opening on the same NAME
 * ("About Riverbend Regional Health" over "Riverbend Regional Health is a
 * nonprofit health system ...")?  A release whose sender no line names
 * (no SOURCE line, no site name) still closes so.  A story's subhead
 * "About NAME" over a paragraph opening otherwise stays. */
int
is_about_boilerplate(const char *s, const char *next)
{
	static const char *const verbs[] = {" is ", " was ", " has ", ", ", NULL};
	const char *name = s + strlen("About ");
	size_t n;

	if (next == NULL || !str_starts(s, "About ") || utf8_longer_than(s, SENDER_MAX) ||
	    !capitalised_name(name))
		return 0;
	n = strlen(name);
	return strncmp(next, name, n) == 0 && starts_any(next + n, verbs) != NULL;
}

int
is_editor_notes(const char *s)
{
	return is_one_of(s, strlen(s), editor_notes);
}

/* Does s, a line of its own, open a release's tail: the notes for the
 * press, or the signature's mark alone ("Signed:") over the signer's name,
 * office and copies (cc:) -- the sender's, none of the story.  A line
 * going on past the word ("Signed copies of the form ...") stays. */
int
is_release_tail_mark(const char *s)
{
	return is_editor_notes(s) || (*s == 'S' && is_one_of(s, strlen(s), signature_marks));
}
