/*
 * extract_relword: the word a previous / next link holds before its
 * title ("Previous", "Next", "« 上一頁"), for extract_nav.c: the word of
 * its direction, with the noun a theme sets apart after it ("Previous
 * <span>Post</span>"), and the arrows around it.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "extract_relword.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

/* The word a theme sets in an element of its own after the label's
 * ("Previous <span>Post</span>TITLE", Blocksy's post navigation): the
 * label of both words, from the tables, when the next text is one word
 * that makes one; else word w.  A title opening so ("Post office ...")
 * holds more than the word. */
static const char *
label_noun(struct hnode *n, struct hnode *a, const char *w)
{
	char both[32];
	const char *const *l;

	for (n = html_next(n, a, 1); n != NULL && (n->type != XML_TEXT_NODE || html_is_blank_text(n));)
		n = html_next(n, a, 1);
	if (n == NULL || strlen(w) > 12 || strpbrk((const char *)n->content, " \t\r\n") != NULL ||
	    strlen((const char *)n->content) > 12)
		return w;
	snprintf(both, sizeof both, "%s %s", w, (const char *)n->content);
	for (l = *w == 'P' ? prev_labels : next_labels; *l; l++)
		if (strcmp(*l, both) == 0)
			return *l;
	return w;
}

/* Is t blank but for an arrow ("", " »")? */
static int
arrow_end(const char *t)
{
	t += strspn(t, " \t\r\n");
	return *t == '\0' || (is_one_of(t, strcspn(t, " \t\r\n"), arrow_marks) &&
	    t[strcspn(t, " \t\r\n") + strspn(t + strcspn(t, " \t\r\n"), " \t\r\n")] == '\0');
}

const char *
rel_label(struct hnode *a)
{
	static const char space[] = " \t\r\n";

	for (struct hnode *n = a; n != NULL; n = html_next(n, a, 1)) {
		const char *t, *const *w;

		if (n->type != XML_TEXT_NODE || n->content == NULL)
			continue;
		t = (const char *)n->content;
		t += strspn(t, space);
		/* an icon's arrow before the word, in its text or apart ("« Prev",
		 * "下一頁 »": Hugo PaperMod's pager over the title) */
		if (is_one_of(t, strcspn(t, space), lead_arrow_marks) ||
		    is_one_of(t, strcspn(t, space), arrow_marks))
			t += strcspn(t, space), t += strspn(t, space);
		if (*t == '\0')
			continue;
		for (w = rel_nav_words; *w; w++)
			if (str_starts(t, *w) && arrow_end(t + strlen(*w)))
				return label_noun(n, a, *w);
		return NULL;
	}
	return NULL;
}
