/*
 * extract_avatarname: a site builder's or blog theme's author chip under
 * the headline (Odoo's blog post cover, many blog themes): the writer's
 * round avatar, the name beside it and the date under the name, no
 * label, no link to a writer's page.  The avatar marks the chip: a name
 * over a date alone may be a section's or a place's.  Used by
 * extract_byline.c after its labelled and linked credits.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_avatarname.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

#define CHIP_LINES 4	/* lines under the headline the chip may start on (a subtitle over it) */
#define AVATAR_UP 3	/* levels from the picture to its avatar's class */
#define CHIP_NAME_CHARS 20	/* a name alone on its line, no sentence */

static int
is_avatar(struct hnode *n)
{
	static const char *const names[] = {"avatar", NULL};

	for (int up = 0; n != NULL && up <= AVATAR_UP; up++, n = n->parent)
		if (n->type == XML_ELEMENT_NODE && html_attr_has_any(n, "class", names))
			return 1;
	return 0;
}

/* A short line that is a date alone (11月 28, 2026; Nov 28, 2026). */
static int
date_alone(const char *t)
{
	char *d = utf8_chars_upto(t, CHIP_NAME_CHARS + 1) <= CHIP_NAME_CHARS ? line_date(t, 0, DATE_ZONE) : NULL;

	free(d);
	return d != NULL;
}

/* Is the text's head of n bytes a name alone: short, no digit? */
static int
name_alone(const char *t, size_t n)
{
	char *head = xstrndup(t, n);
	int yes = n > 0 && utf8_chars_upto(head, CHIP_NAME_CHARS + 1) <= CHIP_NAME_CHARS &&
	    strpbrk(head, "0123456789") == NULL;

	free(head);
	return yes;
}

char *
avatar_name_author(const struct ctx *c)
{
	size_t t = c->title_seg;

	for (size_t k = 0; t < c->nsegs && k < c->nimgs; k++) {
		size_t i = c->imgs[k].seg;
		const struct seg *s;

		if (i <= t || i > t + CHIP_LINES || i + 1 >= c->nsegs || !is_avatar(c->imgs[k].node))
			continue;
		s = &c->segs[i];
		if (s->link_chars > 0 || is_meta_line(s->text))
			continue;
		if (name_alone(s->text, strlen(s->text)) && date_alone(c->segs[i + 1].text))
			return xstrdup(s->text);
		/* the name and the date in spans of one line: 陈秀兰 11月 28, 2026 */
		for (const char *p = strchr(s->text, ' '); p != NULL; p = strchr(p + 1, ' '))
			if (isdigit((unsigned char)p[1])) {
				if (name_alone(s->text, (size_t)(p - s->text)) && date_alone(p + 1))
					return text_clean(s->text, (size_t)(p - s->text));
				break;
			}
	}
	return NULL;
}
