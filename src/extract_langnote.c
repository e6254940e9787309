/*
 * extract_langnote: a bilingual outlet's note that the story is also
 * published in its other language ("This article is also available in
 * French.", "Cet article est aussi disponible en français."), set over or
 * under the text with a link to the other version: the site's pointer,
 * not a line of the story.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_words.h"

/* how such a note opens: the story, then "(also) available in", or
 * "Read this story in" (English, French, Spanish) */
static const char *const opens[] = {"This article is also available in ",
	"This story is also available in ", "This article is available in ",
	"This story is available in ", "Also available in ", "Read this story in ",
	"Read this article in ", "Cet article est aussi disponible en ",
	"Cet article est également disponible en ", "Cet article est disponible en ",
	"Ce texte est aussi disponible en ", "Lire cet article en ", "Lisez cet article en ",
	"Este artículo también está disponible en ", "Lea este artículo en ", NULL};

/* the languages the note may name, its last word */
static const char *const languages[] = {"English", "French", "Spanish", "Welsh", "Irish",
	"Māori", "Inuktitut", "Chinese", "anglais", "français", "espagnol", "inglés", "francés",
	"español", NULL};

/* a translation's note: the story, "translated into", a language, then
 * perhaps by whom ("Esta historia fue traducida al español por el equipo
 * del Sentinel.") */
static const char *const translated[] = {"This story was translated into ",
	"This article was translated into ", "Esta historia fue traducida al ",
	"Este artículo fue traducido al ", "Cet article a été traduit en ", NULL};

/* Is s such a note: an opening above, then a language alone, a stop at
 * most after it ("This article is also available in print on Thursday."
 * names no language and stays), or a translation's note naming the
 * language ("This story was translated into a stage play" names none)? */
int
is_language_note(const char *s)
{
	const char *o, *p;
	size_t n;

	if (s[0] == '\0' || strchr("TARCLE", s[0]) == NULL)
		return 0;
	if ((o = starts_any(s, opens)) == NULL) {
		if ((o = starts_any(s, translated)) == NULL || (p = starts_any(s + strlen(o), languages)) == NULL)
			return 0;
		p = s + strlen(o) + strlen(p);
		return *p == '\0' || *p == '.' || *p == ' ' || *p == ',';
	}
	p = s + strlen(o);
	n = strlen(p);
	n -= n > 0 && p[n - 1] == '.';
	return is_one_of(p, n, languages);
}
