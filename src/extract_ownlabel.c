/*
 * extract_ownlabel: a field's label in an element of its own, no colon,
 * and its value in the element after it (<span>作者</span><a>郑海燕</a>):
 * a theme draws the colon with a style sheet, or prints none, and the
 * element's end is the colon.  The same words run together in one
 * element (<span>作者郑海燕</span>) are no field.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_ownlabel.h"
#include "extract_words.h"
#include "html.h"
#include "text.h"

/* Is n an element whose whole text is label, followed (past blank text)
 * by an element of its own? */
static int
label_element(struct hnode *n, const char *label)
{
	struct hnode *k;
	char *t;
	int is;

	if (n->type != XML_ELEMENT_NODE || html_is_block(n))
		return 0;
	for (k = n->next; k != NULL && k->type == XML_TEXT_NODE; k = k->next)
		if (k->content != NULL && *(const char *)k->content != '\0' &&
		    strspn((const char *)k->content, " \t\r\n") < strlen((const char *)k->content))
			return 0;	/* a text runs on from the label */
	if (k == NULL || k->type != XML_ELEMENT_NODE)
		return 0;
	t = html_text(n);
	is = strcmp(t, label) == 0;
	free(t);
	return is;
}

/* The value after one of labels opening segment i's line in an element of
 * its own (names: every name it credits), or NULL. */
char *
own_element_label(const struct ctx *c, size_t i, const char *const *labels, int names)
{
	const char *t = c->segs[i].text, *l = starts_any(t, labels), *v;
	struct hnode *b;

	if (l == NULL || colon_at(t + strlen(l)) > 0 || (b = seg_block(c, &c->segs[i])) == NULL)
		return NULL;
	v = t + strlen(l);
	v += strspn(v, " ");
	if (*v == '\0')
		return NULL;
	for (struct hnode *n = b->children; n != NULL; n = html_next(n, b, 1))
		if (label_element(n, l))
			return names ? label_names(v) : label_value(v);
	return NULL;
}

int
label_block(const struct ctx *c, size_t i)
{
	static const char *const label_classes[] = {"label", NULL};
	struct hnode *b, *v;

	if (i + 1 >= c->nsegs || (b = seg_block(c, &c->segs[i])) == NULL ||
	    !html_attr_has_any(b, "class", label_classes))
		return 0;
	for (v = b->next; v != NULL && v->type != XML_ELEMENT_NODE; v = v->next)
		;
	return v != NULL && v == seg_block(c, &c->segs[i + 1]);
}
