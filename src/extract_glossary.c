/*
 * extract_glossary: the heading of a glossary box closing a story (a
 * heading over a list of the story's words and their meanings).  Text
 * only; asked of each line of the body after its first, so it rejects by
 * length and last byte before any comparison.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_glossary.h"

#define GLOSSARY_HEAD_MAX 48	/* bytes of "Michif words in this story" and its kin */

/* how a glossary box's heading ends, after the language's name or none */
static const char *const glossary_ends[] = {"words in this story", "Words in this story",
	"Words in This Story", "WORDS IN THIS STORY", "terms in this story", "Terms in this story",
	"Terms in This Story", "words in this article", "Words in this article",
	"Words in This Article", NULL};

int
is_glossary_head(const char *s)
{
	size_t n = strlen(s);

	if (n < 8 || n > GLOSSARY_HEAD_MAX || (s[n - 1] != 'y' && s[n - 1] != 'Y' && s[n - 1] != 'e' &&
	    s[n - 1] != 'E'))
		return 0;
	/* the heading alone, or after the language's name */
	return is_one_of(s, n, glossary_ends) || ends_in_any(s, n, glossary_ends);
}
