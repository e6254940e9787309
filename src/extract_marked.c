/*
 * extract_marked: the name a page marks up as its author (rel=author,
 * itemprop=author, class="author"), without its role; split from
 * extract_byline.c, which weighs it against the other credits.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_authorlink.h"
#include "extract_dom.h"
#include "extract_find.h"
#include "extract_firstline.h"
#include "extract_machdate.h"
#include "extract_marked.h"
#include "extract_parts.h"
#include "extract_source.h"
#include "extract_words.h"
#include "text.h"

#define FIELD_FORM_UP 3	/* levels a form field's mark sits inside its form */

/* "记者 刘晓岚", "文／何听澜", "By Lin Xi": the name without its role. */
static void
strip_role(char *t)
{
	size_t skip = 0;

	for (const char *const *l = author_labels; *l && skip == 0; l++)
		if (str_starts(t, *l) && t[strlen(*l)] == ' ')
			skip = strlen(*l) + 1;
	for (const char *const *r = author_roles; *r && skip == 0; r++)
		if (str_starts(t, *r) && t[strlen(*r)] != '\0')
			skip = strlen(*r);
	/* a builder's author span with the writer's mark and a colon
	 * ("文：NAME"); a name opening on the character (文静) keeps it */
	for (const char *const *m = credit_writer_marks; *m && skip == 0; m++) {
		size_t n = strlen(*m), c = str_starts(t + n, "：") ? strlen("：") : t[n] == ':' ? 1 : 0;

		if (str_starts(t, *m) && c > 0 && t[n + c + strspn(t + n + c, " ")] != '\0')
			skip = n + c + strspn(t + n + c, " ");
	}
	memmove(t, t + skip, strlen(t + skip) + 1);
}

/* A marked name followed by a separator and the outlet or a role
 * ("Priya Salter · CBR News", "Dana Kowalczyk | Staff"): the name before
 * the separator, cut in place.  Only a name byline_name_at reads up to
 * the separator is cut; "Les Misérables · Review" is none. */
static void
cut_at_separator(char *t)
{
	static const char *const seps[] = {" · ", " | ", NULL};
	const char *s = find_any(t, seps);
	char *name;

	if (s == NULL || (name = byline_name_at(t)) == NULL)
		return;
	if (strlen(name) == (size_t)(s - t))
		t[s - t] = '\0';
	free(name);
}

/* Is t a role word alone ("By", "Written By", "作者"), a theme's element
 * of its own before the name's (span.author-prefix)?  A label ending in
 * its colon ("Author of the article:", "Written by:") is one too: a name
 * never ends so. */
static int
is_bare_role(const char *t)
{
	size_t n = strlen(t);

	if (colon_at_end(t, n) > 0)
		return 1;
	for (const char *const *r = author_roles; *r; r++)
		if (strncmp(t, *r, n) == 0 && strspn(*r + n, " ") == strlen(*r + n))
			return 1;
	for (const char *const *l = author_labels; *l; l++)
		if (strcmp(t, *l) == 0)
			return 1;
	return 0;
}

/* Is t no name though its element is marked as the author's: a follow
 * button ("Follow @handle", "+关注") or a counter or a time that a
 * class like "author-views" or "desc-authors" holds (人氣(23925),
 * "1 mars 2019 à 15:20")?  A name has no run of three digits. */
static int
is_widget_text(const char *t)
{
	static const char *const follow_words[] = {"Follow ", "+关注", "+ 关注", "关注", "關注", NULL};

	if (starts_any(t, follow_words) != NULL)
		return 1;
	for (const char *p = t; *p != '\0'; p++)
		if (p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9')
			return 1;
	return 0;
}

/* A separator the theme sets after the name inside the author's own
 * element ("Nicolas Perriault —"), cut in place. */
static void
cut_trailing_dash(char *t)
{
	static const char *const dashes[] = {" —", " –", " -", " |", NULL};
	size_t n = strlen(t);

	for (const char *const *d = dashes; *d; d++) {
		size_t k = strlen(*d);

		if (n > k && strcmp(t + n - k, *d) == 0) {
			t[n - k] = '\0';
			return;
		}
	}
}

/* A remark the page sets after the name in parentheses, inside the
 * author's own element ("Martin Untersinger (avec Damien Leloup)", "Jane
 * Doe (Reuters)"), cut in place: the name is the field, the remark is
 * not. */
static void
cut_trailing_remark(char *t)
{
	size_t n = strlen(t);
	char *open;

	if (n < 4 || t[n - 1] != ')' || (open = strstr(t, " (")) == NULL || open == t)
		return;
	*open = '\0';
}

/* A marked byline "NAME wrote in COMMUNITY": a blog host's post sent to
 * a community, the community one word (its account's name).  Cut in
 * place to NAME; "Mary Holt wrote in the parish magazine" is left
 * whole. */
static void
cut_posted_in(char *t)
{
	const char *w = find_any(t, posted_in_words), *rest;

	if (w == NULL || w == t)
		return;
	rest = strstr(w + 1, "in ") + 3;
	if (*rest != '\0' && strchr(rest, ' ') == NULL)
		t[w - t] = '\0';
}

/* A poster's card marked as the author's, its lines split by <br>: the
 * member's name, then the rank or title (鄭雅雯<br>里辦公處幹事).  The
 * first line alone, when it is a name: "By<br>NAME" keeps its whole. */
static void
first_line_only(char **t, struct hnode *n)
{
	char *line = first_br_line(n);

	if (line != NULL && *line != '\0' && strcmp(line, *t) != 0 && !is_bare_role(line) &&
	    holds_letter(line) && !is_meta_line(line)) {
		free(*t);
		*t = line;
		return;
	}
	free(line);
}

/* A byline marked up rather than labelled: rel=author, itemprop=author,
 * class="author" (WordPress, most themes); not the element beside the
 * name that holds the author's title (author-title: "Sports Editor").
 * A class holding "author" only in another word (authority) marks none:
 * extract_authority.c keeps it out of c->marked. */
char *
marked_author(struct ctx *c)
{
	for (size_t i = 0; i < c->marked.n; i++) {
		struct hnode *n = c->marked.v[i];
		char *t, *name;

		if (is_date_mark(n) || html_attr_has(n, "class", "comment") ||
		    is_source_mark(n) || html_attr_has_any(n, "class", author_title_classes) ||
		    marked_card(c, i))
			continue;
		/* a link card's figure credits the page it links to (Ghost's
		 * kg-bookmark-author), not this story */
		if (html_ancestor(n, "footer", 6) != NULL || html_ancestor(n, "figure", 6) != NULL)
			continue;
		/* a comment form's name field and its warning (td-form-author,
		 * "请在此输入您的名字") sit a level or two inside the form; a
		 * page-wide form (ASP.NET's form1) holds its byline far deeper */
		if (html_ancestor(n, "form", FIELD_FORM_UP) != NULL)
			continue;
		t = html_text(n);
		if ((name = slashed_credit(t)) != NULL) {
			/* 記者 NAME／PLACE報導 in the author's element, as
			 * Taiwanese papers mark their byline: the place and
			 * 報導 are no part of the name */
			free(t);
			return name;
		}
		first_line_only(&t, n);
		cut_trailing_remark(t);
		cut_posted_in(t);
		if (*t != '\0' && utf8_chars_upto(t, 21) <= 20 && !is_meta_line(t) && !is_bare_role(t) &&
		    holds_letter(t) && !is_widget_text(t)) {
			strip_role(t);
			cut_at_separator(t);
			cut_trailing_dash(t);
			return t;
		}
		free(t);
	}
	return NULL;
}
