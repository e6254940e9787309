/*
 * extract_pagerarrow: the arrows of a pager of two stories when a theme
 * puts them a step away from the link's own text: in a span of their
 * own inside the link (<a><span class="button__icon">←</span>&nbsp;
 * <span>TITLE</span></a>), or as a text beside the link in its wrapper
 * (<span class="nav-prev">← <a>TITLE</a></span>); and a pager whose two
 * links each sit in a wrapper of their own (Bootstrap's <ul class=
 * "pager"><li class="previous">, a static theme's pagination buttons)
 * with, maybe, a middle link between them ("Back to News").  It
 * promises only to read the page: extract_arrownav.c's arrow_pair asks
 * it, and a pair still needs one "«" link and then one "»" link.
 */
#include "config.h"

#include <string.h>

#include "extract_pagerarrow.h"

/* The arrows that frame a pair's titles: guillemets, and the plain
 * arrows a hand-made site's pager prints ("← Swimming sports results",
 * "PTA disco this Friday →"), and a flat-file theme's triangles ("◀
 * TITLE", "TITLE ►": Bludit's &#9664; / &#9658;); a bare < or > is too
 * common a mark. */
static const char *const opens[] = {"«", "‹", "←", "◀", "◄", NULL};
static const char *const closes[] = {"»", "›", "→", "▶", "►", NULL};

/* -1 for an anchor whose text opens on "«", 1 for one whose text closes
 * on "»", else 0: its first and last text nodes only, by their bytes. */
static int
arrow_dir(const struct hnode *a)
{
	const struct hnode *f = a->children, *l = f;
	const char *t;
	size_t n;

	if (f == NULL)
		return 0;
	while (l->next != NULL)
		l = l->next;
	if (f->type == XML_TEXT_NODE && f->content != NULL) {
		t = (const char *)f->content;
		t += strspn(t, " \t\r\n");
		for (const char *const *m = opens; *m; m++)
			if (strncmp(t, *m, strlen(*m)) == 0)
				return -1;
	}
	if (l->type == XML_TEXT_NODE && l->content != NULL) {
		t = (const char *)l->content;
		n = strlen(t);
		while (n > 0 && strchr(" \t\r\n", t[n - 1]) != NULL)
			n--;
		for (const char *const *m = closes; *m; m++)
			if (n >= strlen(*m) && strncmp(t + n - strlen(*m), *m, strlen(*m)) == 0)
				return 1;
	}
	return 0;
}


/* the length of s without spaces, tabs, newlines and no-break spaces
 * at its end; *from past those at its start */
static size_t
trimmed(const char *s, const char **from)
{
	size_t n;

	for (;;) {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			s++;
		else if ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
			s += 2;
		else
			break;
	}
	n = strlen(s);
	for (;;) {
		if (n > 0 && strchr(" \t\r\n", s[n - 1]) != NULL)
			n--;
		else if (n > 1 && (unsigned char)s[n - 2] == 0xc2 && (unsigned char)s[n - 1] == 0xa0)
			n -= 2;
		else
			break;
	}
	*from = s;
	return n;
}

static int
opens_on(const char *s, size_t n, const char *const *marks, int whole)
{
	for (const char *const *m = marks; *m; m++) {
		size_t k = strlen(*m);

		if (n >= k && strncmp(s, *m, k) == 0 && (!whole || n == k))
			return 1;
	}
	return 0;
}

/* text node x's trimmed content, or NULL when x is no text or blank */
static const char *
seen_text(const struct hnode *x, size_t *n)
{
	const char *s;

	if (x == NULL || x->type != XML_TEXT_NODE || x->content == NULL)
		return NULL;
	*n = trimmed((const char *)x->content, &s);
	return *n > 0 ? s : NULL;
}

int
pager_arrow_dir(const struct hnode *a)
{
	const char *first = NULL, *last = NULL, *s;
	size_t nf = 0, nl = 0, n;
	int d = arrow_dir(a);

	if (d != 0)
		return d;
	for (struct hnode *x = a->children; x != NULL; x = html_next(x, (struct hnode *)a, 1))
		if ((s = seen_text(x, &n)) != NULL) {
			if (first == NULL) {
				first = s;
				nf = n;
			}
			last = s;
			nl = n;
		}
	/* an arrow alone in a text of its own inside the link: a span's
	 * "«" that also opens a title ("« Previous owners…") is the title's */
	if (first != NULL && opens_on(first, nf, opens, 1))
		return -1;
	if (last != NULL && opens_on(last, nl, closes, 1))
		return 1;
	/* an arrow alone beside the link */
	if ((s = seen_text(a->prev, &n)) != NULL && opens_on(s, n, opens, 1))
		return -1;
	if ((s = seen_text(a->next, &n)) != NULL && opens_on(s, n, closes, 1))
		return 1;
	return 0;
}

/* the number of anchors under n, up to 2 */
static int
anchors_under(const struct hnode *n)
{
	int k = 0;

	for (struct hnode *x = n->children; x != NULL && k < 2; x = html_next(x, (struct hnode *)n, 1))
		if (x->type == XML_ELEMENT_NODE && html_is((struct hnode *)x, "a"))
			k++;
	return k;
}

int
pager_pair_together(const struct hnode *a, const struct hnode *b)
{
	const struct hnode *pa = a->parent, *pb = b->parent;

	if (pa == pb)
		return 1;
	return pa != NULL && pb != NULL && pa->parent != NULL && pa->parent == pb->parent &&
	    anchors_under(pa) == 1 && anchors_under(pb) == 1;
}
