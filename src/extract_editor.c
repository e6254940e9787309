/*
 * extract_editor: the editor credited under a story whose text was joined
 * from blocks past its first container (a live page: the intro, then the
 * list of updates, then 责任编辑：NAME).  extract_byline reads the lines
 * around the first container only, before the body is joined; this part
 * reads the few lines after the story's last joined block, once the body
 * is known.
 */
#include "config.h"

#include <stdlib.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "text.h"

#define AFTER_STORY 12	/* segments read past the story's end, as meta_window reads */
#define EDITOR_LINE_MAX 40	/* characters of a line crediting the editor */

void
extract_story_editor(struct ctx *c)
{
	size_t end;

	if (c->page->editor != NULL || c->nparts == 0)
		return;
	end = c->parts[c->nparts - 1].end;
	for (size_t i = end; i < c->nsegs && i < end + AFTER_STORY; i++) {
		const char *t = c->segs[i].text;

		if (is_related_heading(t) || is_nav_label(t))
			return;	/* past the story's tail: another story's credits */
		if (utf8_chars_upto(t, EDITOR_LINE_MAX + 1) <= EDITOR_LINE_MAX &&
		    (c->page->editor = find_labelled(t, editor_labels)) != NULL)
			return;
	}
}
