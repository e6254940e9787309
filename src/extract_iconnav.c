/*
 * extract_iconnav: the links to the items before and after a story in a
 * pager that says which is which only by an icon, an empty element in
 * the link that names its direction in an attribute's name or a class
 * word (UIkit's <a><span uk-pagination-previous></span> TITLE</a>, an
 * icon font's <i class="icon-arrow-next"></i>).  The title is the
 * link's text; a link with no words (a list's pager) is no story's, and
 * extract_nav.c asks for this only when no label, rel or arrow decided.
 */
#include "config.h"

#include <string.h>

#include "extract_iconnav.h"
#include "html.h"

/* Does s end on "-" and one of the direction's words? */
static int
ends_on_dir(const char *s, size_t len, const char *rel)
{
	static const char *const prev[] = {"-previous", "-prev", NULL};
	static const char *const next[] = {"-next", NULL};

	for (const char *const *w = *rel == 'p' ? prev : next; *w; w++) {
		size_t n = strlen(*w);

		if (len > n && strncmp(s + len - n, *w, n) == 0)
			return 1;
	}
	return 0;
}

/* Is n an element with no text inside, marked for rel's direction? */
static int
dir_icon(struct hnode *n, const char *rel)
{
	if (n->type != XML_ELEMENT_NODE || n->children != NULL)
		return 0;
	for (struct hattr *a = n->attrs; a != NULL; a = a->next) {
		const char *v = (const char *)a->value;

		if (ends_on_dir((const char *)a->name, strlen((const char *)a->name), rel))
			return 1;
		if (strcmp((const char *)a->name, "class") != 0)
			continue;
		while (*v) {	/* each class word */
			size_t k = strcspn(v, " \t\r\n");

			if (k > 0 && ends_on_dir(v, k, rel))
				return 1;
			v += k;
			v += strspn(v, " \t\r\n");
		}
	}
	return 0;
}

struct hnode *
icon_marked_anchor(const struct ctx *c, const char *rel)
{
	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n))) {
		if (!is_anchor(n))
			continue;
		for (struct hnode *m = n->children; m != NULL; m = m->next)
			if (dir_icon(m, rel))
				return n;
	}
	return NULL;
}
