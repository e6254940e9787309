/*
 * extract_morefrom: a heading naming whose other items follow, "More
 * from The Harbour Report", "More news from Harbridge RFC"; and a small
 * station's or weekly's "More news from the island", its place named with
 * "the" and a lower-case word (unseen42en): the site's own news, as
 * "More news from NAME" is; and an engagement site's "More news from
 * this project", "this" pointing at the page's own project, school or
 * section, whose other news items follow.  A sentence ("More news from
 * the island council is expected next week.") has more words than a
 * heading's place.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "extract_find.h"
#include "extract_morefrom.h"
#include "extract_words.h"

#define PLACE_WORDS_MAX 2	/* "the island", "the north coast" */

/* Is s "the " or "this " and one or two words of letters, to its end? */
static int
the_place(const char *s)
{
	int words = 0;

	if (strncmp(s, "the ", 4) == 0)
		s += 4;
	else if (strncmp(s, "this ", 5) == 0)
		s += 5;
	else
		return 0;
	for (; *s; s++) {
		if (*s == ' ')
			continue;
		if (!isalpha((unsigned char)*s) && *s != '-')
			return 0;
		if (s[-1] == ' ')
			words++;
	}
	return words >= 1 && words <= PLACE_WORDS_MAX;
}

int
more_from_heading(const char *p)
{
	const char *l = starts_any(p, more_from_words);

	if (l == NULL)
		return 0;
	if (isupper((unsigned char)p[strlen(l)]))
		return 1;
	/* only "More news from the ...": "More in the coming weeks" and
	 * "More from the mill closed" are no headings */
	return (strstr(l, "ews ") != NULL || strstr(l, "EWS ") != NULL) && the_place(p + strlen(l));
}

#define NAME_WORDS_MAX 6	/* "Harlow Creek Police Department", "Shire of Yarra Ranges" */
#define NAME_HEADING_MAX 56	/* characters of the whole heading */

/* Is each word of s a capital's, or a short joining word between them
 * ("of", "and", "&"), with one to NAME_WORDS_MAX words, the first a
 * capital's? */
static int
capital_name(const char *s)
{
	static const char *const joins[] = {"of ", "and ", "& ", "the ", "for ", NULL};
	int words = 0;

	if (!isupper((unsigned char)*s))
		return 0;
	while (*s) {
		const char *const *j;

		for (j = joins; *j && strncmp(s, *j, strlen(*j)) != 0; j++)
			;
		if (*j == NULL && !isupper((unsigned char)*s) && !isdigit((unsigned char)*s))
			return 0;
		if (++words > NAME_WORDS_MAX)
			return 0;
		while (*s && *s != ' ')
			s++;
		while (*s == ' ')
			s++;
	}
	return words >= 1;
}

int
more_from_name(const char *p)
{
	const char *l = starts_any(p, more_from_words);

	return l != NULL && strlen(p) <= NAME_HEADING_MAX && capital_name(p + strlen(l));
}
