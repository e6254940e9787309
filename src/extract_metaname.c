/*
 * extract_metaname: the writer a page names only in its head.  Many a
 * blog or small paper shows no byline and declares its writer in a
 * <meta>: name="author", Dublin Core's dc.creator (property lists may
 * hold several names, "dc:creator twitter:site_name"), or the
 * parsely-author that many news CMSs write for their analytics.  The
 * same metas often name the outlet, a desk or the CMS instead
 * ("Newsdesk", "Maple Grove Credit Union", "Discuz! Team"), so only a
 * value shaped as a person's name is taken, and only as the last
 * resort of extract_byline.c, after every credit the page shows.  A
 * Chinese CMS's author meta names the editor who posted the story as
 * often as the writer, so a CJK name is taken only where the header
 * shows it (shown_meta_author).  JSON-LD's author (schema_author) is
 * read here too, and after the head's metas the body's microdata Person
 * (extract_itemauthor.c).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_itemauthor.h"
#include "extract_machdate.h"
#include "extract_metaname.h"
#include "extract_rowname.h"
#include "extract_source.h"
#include "extract_words.h"
#include "html.h"
#include "text.h"
#include "util.h"

static const char *const author_metas[] = {"author", "dc.creator", "dc:creator", "dcterms.creator",
	"dcterms:creator", "parsely-author", NULL};

/* Does the attribute value v list one of author_metas among its
 * space-separated names? */
static int
names_author_meta(const char *v)
{
	for (const char *const *m = author_metas; *m; m++)
		if (names_hold(v, *m))
			return 1;
	return 0;
}

/* Does the name's last word say a body, not a person (Credit Union,
 * Fire Department, News Team)? */
static int
ends_in_body_word(const char *name)
{
	const char *last = strrchr(name, ' ');

	last = last ? last + 1 : name;
	for (const char *const *w = body_name_ends; *w; w++)
		if (strcasecmp(last, *w) == 0)
			return 1;
	return 0;
}

/* Does <title> close on the name as its last part, after a bar or a dash
 * ("New dialysis unit opens | News Releases | Boreal Shield Health")?  A
 * meta naming so names the site that publishes, no writer. */
static int
closes_title(const struct ctx *c, const char *name)
{
	static const char *const bars[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", NULL};
	char *t = title_tag_text(c);
	size_t n = strlen(name), tn = t != NULL ? strlen(t) : 0;
	int yes = 0;

	for (const char *const *b = bars; !yes && *b && tn > n + strlen(*b); b++)
		yes = strcmp(t + tn - n, name) == 0 && strncmp(t + tn - n - strlen(*b), *b, strlen(*b)) == 0;
	free(t);
	return yes;
}

/* The value v when it is a person's name whole, or one before a
 * parenthesis ("Bradley M. Kuhn (http://…)"): new, or NULL. */
static char *
person_named(struct ctx *c, const char *v)
{
	const char *paren = strstr(v, " (");
	char *whole = paren ? xstrndup(v, (size_t)(paren - v)) : xstrdup(v);
	char *name = (unsigned char)*v < 0x80 ? byline_name_at(whole) : NULL;
	int ok = name != NULL && strcmp(name, whole) == 0 && !is_outlet_name(name) &&
	    !ends_in_body_word(name) && !names_own_site(c, name) && !closes_title(c, name);

	free(whole);
	if (!ok) {
		free(name);
		return NULL;
	}
	return name;
}

char *
meta_named_author(struct ctx *c)
{
	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, 1)) {
		char *key, *v, *name = NULL;

		if (html_is(n, "body"))
			break;	/* the head's metas; a body's belong to widgets */
		if (!html_is(n, "meta"))
			continue;
		if ((key = html_attr(n, "name")) == NULL)
			key = html_attr(n, "property");
		if (key != NULL && names_author_meta(key) && (v = html_attr(n, "content")) != NULL) {
			name = person_named(c, v);
			free(v);
		}
		free(key);
		if (name != NULL)
			return name;
	}
	/* no head meta names one: the body's microdata Person may */
	return microdata_author(c);
}

/* Does a line between the headline and the body's start show name as a
 * word of its own (spaces or the line's ends around it)? */
static int
shown_in_header(const struct ctx *c, const struct meta_win *w, const char *name)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	size_t n = strlen(name);

	for (size_t i = w->title; e != NULL && i < w->end && i <= e->first; i = win_next(w, i)) {
		const char *t = c->segs[i].text;

		if (i == c->title_seg)
			continue;
		for (const char *p = strstr(t, name); p != NULL; p = strstr(p + 1, name))
			if ((p == t || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
				return 1;
	}
	return 0;
}

/* The author <meta name="author"> names, when the header shows that name
 * unlabelled (a WeChat article's meta row: 原创 舒小禾 云峤发布 …).  Shown
 * is the test: many a site's meta names its editor or itself.  With no
 * such meta, the row's own shape may name the writer (extract_rowname.c). */
char *
shown_meta_author(struct ctx *c, const struct meta_win *w)
{
	char *v = meta_content(c, "name", "author");

	if (v != NULL && *v != '\0' && utf8_chars_upto(v, 21) <= 20 && strchr(v, '/') == NULL &&
	    shown_in_header(c, w, v))
		return v;
	free(v);
	return row_lead_name(c, w);
}

/* The author a page declares in JSON-LD: "author": "NAME", or an object
 * or array of them whose "name" is a Person's or a GovernmentOrganization's
 * (not the publisher's, no news outlet's). */
char *
schema_author(struct ctx *c)
{
	for (size_t i = 0; i < c->ldjson.n; i++) {
		struct hnode *n = c->ldjson.v[i];
		const char *json, *p, *name;
		char *v;

		if (n->children == NULL || n->children->type == XML_ELEMENT_NODE ||
		    n->children->content == NULL)
			continue;
		json = (const char *)n->children->content;
		if ((p = strstr(json, "\"author\"")) == NULL)
			continue;
		if ((v = json_string(p, "author")) != NULL || (name = strstr(p, "\"name\"")) == NULL)
			return v;
		/* the Person's name, not one of a later object; or a public
		 * agency's that posts its own notice (a police department's
		 * safety update): a GovernmentOrganization, no outlet */
		if (memmem(p, (size_t)(name - p), "Person", 6) == NULL &&
		    memmem(p, (size_t)(name - p), "\"GovernmentOrganization\"", 24) == NULL)
			continue;
		if ((v = json_string(name, "name")) != NULL && *v != '\0' &&
		    utf8_chars_upto(v, 41) <= 40)
			return v;
		free(v);
	}
	return NULL;
}
