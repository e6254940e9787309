/*
 * extract_arrownav: a pair of story links framed by guillemets, "« TITLE"
 * then "TITLE »", side by side (Joomla K2's item navigation under "More
 * in this category:", many blog themes' post navigation): the previous
 * story and the next.  extract_nav.c asks it when no label and no rel
 * named a link.  One link alone ("« Back to News") is no pair.  It also
 * cuts the arrows a theme sets around a previous or next link's title
 * ("TITLE ›", "« TITLE").
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_arrownav.h"
#include "extract_navtitle.h"
#include "extract_pagerarrow.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

/* The anchor of direction dir (-1 previous, 1 next) of the first pair
 * in the page's order: a "«" anchor and the next anchor after it a "»"
 * one, children of one parent. */
struct hnode *
arrow_pair(const struct hnode *const *v, size_t n, int dir)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (pager_arrow_dir(v[i]) != -1 || pager_arrow_dir(v[i + 1]) != 1 ||
		    !pager_pair_together(v[i], v[i + 1]))
			continue;
		return (struct hnode *)(dir < 0 ? v[i] : v[i + 1]);
	}
	return NULL;
}

/* title without an arrow closing it after a space ("TITLE ›"). */
void
trim_arrow(char *title)
{
	size_t n = strlen(title);

	for (const char *const *m = arrow_marks; *m; m++) {
		size_t k = strlen(*m);

		if (n > k + 1 && title[n - k - 1] == ' ' && strcmp(title + n - k, *m) == 0) {
			title[n - k - 1] = '\0';
			return;
		}
	}
}

/* title without the arrows framing it after or before a space ("« TITLE",
 * "TITLE »"): a theme's marks of direction around a rel link's title. */
void
trim_arrows(char *title)
{
	size_t n;

	trim_arrow(title);
	n = strlen(title);
	for (const char *const *m = lead_arrow_marks; *m; m++) {
		size_t k = strlen(*m);

		if (n > k + 1 && title[k] == ' ' && strncmp(title, *m, k) == 0) {
			memmove(title, title + k + 1, n - k);
			return;
		}
	}
}

/* The arrows a label's own element may close on, with the title's
 * element right after it and no space between ("Next article &raquo;<span>
 * TITLE</span>"), each with the mark that would close it as a quotation
 * mark ("»Brede Voices« sing again", as German quotes): then it is the
 * title's own.  A bare < or > may open a title. */
static const char *const glued_arrows[][2] = {{"»", "«"}, {"›", "‹"}, {"→", NULL},
	{"«", "»"}, {"‹", "›"}, {"←", NULL}};

/* title after a label without the arrows around it: the label's own arrow
 * may stand before the title, of either direction ("Next Post » TITLE":
 * a theme's meta-nav span of word and arrow), and another may close it. */
void
trim_label_arrows(char *title)
{
	size_t n;

	trim_arrow(title);
	n = strlen(title);
	for (size_t i = 0; i < sizeof glued_arrows / sizeof glued_arrows[0]; i++) {
		const char *m = glued_arrows[i][0], *q = glued_arrows[i][1];
		size_t k = strlen(m);

		if (n > k && strncmp(title, m, k) == 0 && title[k] != ' ' && has_words(title + k) &&
		    (q == NULL || strstr(title + k, q) == NULL)) {
			memmove(title, title + k, n - k + 1);
			return;
		}
	}
	for (const char *const *set[] = {arrow_marks, lead_arrow_marks}, *const *const *s = set;
	    s < set + 2; s++)
		for (const char *const *m = *s; *m; m++) {
			size_t k = strlen(*m);

			if (n > k + 1 && title[k] == ' ' && strncmp(title, *m, k) == 0) {
				memmove(title, title + k + 1, n - k);
				return;
			}
		}
}

/* Does one of a's texts open on the label: the word in an element of its
 * own (<span class="meta-nav">下一篇 →</span>), not the last word of the
 * title's own text ("渔港往事连载 上篇")? */
static int
label_text_of_its_own(struct hnode *a, const char *label)
{
	for (struct hnode *x = a; x != NULL; x = html_next(x, a, 1))
		if (x->type == XML_TEXT_NODE && x->content != NULL &&
		    str_starts((const char *)x->content + strspn((const char *)x->content, " \t\r\n"),
		    label))
			return 1;
	return 0;
}

/* A label closing a link's text after its title, as the theme's span of
 * word and arrow follows it ("TITLE 下一篇 →", ColorMag's post
 * navigation): title cut before the label at `at` when words stand
 * before it, after a space, and none after it, and the label is a text
 * of its own in the link a.  1 when cut. */
int
cut_trailing_label(char *title, struct hnode *a, const char *at, const char *label)
{
	size_t n = (size_t)(at - title);
	char *before;
	int words;

	if (n == 0 || title[n - 1] != ' ' || has_words(at + strlen(label)) ||
	    !label_text_of_its_own(a, label))
		return 0;
	before = xstrndup(title, n);
	words = has_words(before);
	free(before);
	if (!words)
		return 0;
	while (n > 0 && title[n - 1] == ' ')
		n--;
	title[n] = '\0';
	trim_arrows(title);
	return 1;
}

/* The word's link holds word and arrow before the title, either first
 * ("« 上一頁", "下一頁 »"): cut both, and an arrow closing the title. */
void
trim_worded_title(char *title, const char *w)
{
	size_t k = strlen(w);

	trim_arrows(title);
	/* a blog's Older / Newer link names no story after its word: its
	 * title, "Older Posts", stays whole */
	if (str_starts(w, "Older") || str_starts(w, "Newer"))
		return;
	/* a link of the word alone: Blogger's "Older Post" keeps it, a list
	 * pager's "« 上一頁" is no story's */
	if (strncmp(title, w, k) == 0 && title[k] == '\0' && (unsigned char)*w >= 0x80)
		*title = '\0';
	if (strncmp(title, w, k) == 0 && title[k] == ' ') {
		k += strspn(title + k, " ");
		memmove(title, title + k, strlen(title + k) + 1);
	}
	trim_label_arrows(title);
}

/* t, with an arrow and a space before it cut: "← TITLE" */
static const char *
past_arrow(const char *t)
{
	for (const char *const *set[] = {lead_arrow_marks, arrow_marks}, *const *const *s = set;
	    s < set + 2; s++)
		for (const char *const *m = *s; *m; m++)
			if (str_starts(t, *m) && t[strlen(*m)] == ' ')
				return t + strlen(*m) + 1;
	return t;
}

/* A link's text past its label, the label's arrow on either side of the
 * word cut too ("← Previous TITLE", "Next → TITLE": a static site's pager
 * sets the arrow in the label's own element); t whole when the label does
 * not lead it. */
const char *
past_nav_label(const char *t, const char *label)
{
	const char *p = past_arrow(t);

	if (!str_starts(p, label))
		return t;
	return past_arrow(after_label(p, label));
}
