/*
 * extract_contact: the reporter's contact line a paper sets under each of
 * their stories, opening on the way to reach them and then the byline's
 * name ("Contact Colleen MacIsaac at cmacisaac@... or follow her on X"),
 * the kin of extract_tail.c's beat line, which opens on the name.  Asked
 * only of the story's last paragraph.
 */
#include "config.h"

#include <string.h>

#include "extract_contact.h"
#include "extract_find.h"
#include "extract_words.h"

#define CONTACT_MAX_CHARS 200	/* of "Contact NAME at ADDRESS or follow her on X @HANDLE." */

/* Is s the writer's contact line: a reach word ("Contact ", "Reach ",
 * "Email "), the byline's name, " at " or a colon, and an address?  A
 * story's line sending readers to someone else ("Contact the county's
 * roads office at roads@...") names no byline; one naming the writer with
 * no address ("Contact Colleen MacIsaac's office") gives no way to reach
 * them. */
int
contact_tail(const struct ctx *c, const struct seg *s)
{
	const char *a = c->page->author, *w, *r;
	size_t n;

	if (a == NULL || *a == '\0' || s->chars > CONTACT_MAX_CHARS ||
	    (*s->text != 'C' && *s->text != 'R' && *s->text != 'E') ||
	    (w = starts_any(s->text, reach_words)) == NULL || strchr(s->text, '@') == NULL)
		return 0;
	n = strlen(a);
	r = s->text + strlen(w);
	if (strncmp(r, a, n) != 0)
		return 0;
	r += n;
	return strncmp(r, " at ", 4) == 0 || *r == ':' || strncmp(r, " by email", 9) == 0;
}
