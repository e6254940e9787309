/*
 * extract_machdate: the dates a page gives machines, for
 * extract_pubdate.c: <meta> (Open Graph, PubDate), schema.org
 * datePublished (itemprop or JSON-LD), <time datetime>, RDFa's Dublin
 * Core date, hAtom's <abbr class="published" title>, and the datetime
 * of a <time> showing an age ("Published 2 days ago").
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_machdate.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

/* The string value of "key" in JSON text, read to its closing quote (a
 * new string): never into the value after it.  NULL when the key is
 * missing or its value is no string. */
char *
json_string(const char *json, const char *key)
{
	size_t kn = strlen(key);
	struct buf b = {0};

	for (const char *p = strstr(json, key); p != NULL; p = strstr(p + 1, key)) {
		const char *q = p + kn;

		if (p == json || p[-1] != '"' || *q != '"')
			continue;
		q += 1 + strspn(q + 1, " \t\r\n");
		if (*q++ != ':')
			continue;
		q += strspn(q, " \t\r\n");
		if (*q != '"')
			return NULL;
		for (q++; *q != '\0' && *q != '"'; q++) {
			if (*q == '\\' && q[1] != '\0')
				q++;	/* \/ and \" as themselves */
			buf_addc(&b, *q);
		}
		return buf_steal(&b);
	}
	return NULL;
}

/* An element classed as a published date (hAtom's "published",
 * "dt-published", "entry-date published"), no author's element
 * ("published-by__author"): a date, never a byline's name. */
static int
is_date_class(struct hnode *n)
{
	return html_attr_has(n, "class", "published") && !html_attr_has(n, "class", "author");
}

/* Does n mark the story's date for machines: schema.org's itemprop
 * datePublished, or Dublin Core's dc:created in RDFa (Drupal 7 writes
 * <span property="dc:date dc:created" content="...+03:00"> around
 * "Submitted by NAME on DATE", the zone printed nowhere else), or a date
 * class?  An RDFa dc:modified dates an edit, and is none. */
int
is_date_mark(struct hnode *n)
{
	return html_attr_has(n, "itemprop", "datePublished") ||
	    html_attr_has(n, "property", "dc:created") || is_date_class(n);
}

/* Of a date class, only hAtom's <abbr class="published" title="..."> gives
 * a machine date, in its title (Movable Type prints "2026年01月14日
 * 10:05" and gives the zone, +09:00, only there); another so classed
 * shows its date as text, read where the page prints it, or is a <time>,
 * read by time_date. */
static int
gives_machine_date(struct hnode *n)
{
	if (html_attr_has(n, "itemprop", "datePublished") || html_attr_has(n, "property", "dc:created"))
		return 1;
	return strcmp((const char *)n->name, "abbr") == 0 && html_has_attr(n, "title");
}

/* The datetime of a <time> element, or NULL for any other element. */
static char *
time_datetime(struct hnode *n)
{
	return (1 && strcmp((const char *)n->name, "time") == 0) ? html_attr(n, "datetime") : NULL;
}

/* schema.org datePublished: an itemprop attribute or JSON-LD; RDFa's
 * dc:created; hAtom's abbr. */
char *
schema_date(struct ctx *c)
{
	char *v = meta_content(c, "itemprop", "datePublished");
	char *d = date_find(v, 0, DATE_ZONE);

	free(v);
	for (size_t i = 0; i < c->marked.n && d == NULL; i++) {
		struct hnode *n = c->marked.v[i];

		if (!is_date_mark(n) || !gives_machine_date(n))
			continue;
		/* an <abbr> gives the machine date in its title (the
		 * microformats' abbr pattern: Blogger, older blog themes) */
		/* a <time>'s own datetime outranks a microdata content copy
		 * of it, which a blog host may print in another form (Go's
		 * "2026-12-05 09:12:44 +0000 UTC" beside "…T09:12:44Z") */
		if ((v = time_datetime(n)) == NULL &&
		    (v = html_attr(n, "content")) == NULL && (v = html_attr(n, "datetime")) == NULL &&
		    (strcmp((const char *)n->name, "abbr") != 0 || (v = html_attr(n, "title")) == NULL))
			v = html_text(n);
		d = date_find(v, 0, DATE_ZONE);
		free(v);
	}
	for (size_t i = 0; i < c->ldjson.n && d == NULL; i++) {
		struct hnode *n = c->ldjson.v[i];

		if (n->children == NULL || n->children->type == XML_ELEMENT_NODE ||
		    n->children->content == NULL)
			continue;
		v = json_string((const char *)n->children->content, "datePublished");
		d = date_find(v, 0, DATE_ZONE);
		free(v);
	}
	return d;
}

/* Does the date d ("…T14:20:00+08:00", "…Z") end in a zone? */
static int
has_zone(const char *d)
{
	const char *t = strchr(d, 'T');
	size_t n = strlen(d);

	return t != NULL && n > 0 && (d[n - 1] == 'Z' || strchr(t, '+') != NULL || strchr(t, '-') != NULL);
}

/* <meta> dates: Open Graph, the CMSs' PubDate and its kin, a portal's
 * apub:time, Parse.ly's and Dublin Core's. */
char *
meta_date(struct ctx *c)
{
	static const char *const names[][2] = {
		{"property", "article:published_time"}, {"name", "PubDate"},
		{"name", "pubdate"}, {"name", "publishdate"}, {"itemprop", "datePublished"},
		{"name", "OriginalPublicationDate"}, {"name", "publish_time"},
		{"name", "apub:time"},	/* a portal's publishing system (大X网 and its kin) */
		{"name", "parsely-pub-date"},	/* the analytics meta many news CMSs write */
		{"name", "DC.date.issued"},	/* Dublin Core, as public bodies' sites write it */
		/* Plone's: the item's making, with its seconds and zone, where
		 * the byline prints "published Jan 13, 2026 10:15 AM" */
		{"name", "DC.date.created"},
		/* HTML 4's plain date meta, as blog engines print it in ISO 8601
		 * (Dotclear's <meta name="date" content="…T14:20:00+08:00">):
		 * read only with its zone, the moment told whole */
		{"name", "date"},
	};
	char *d = NULL;

	for (size_t i = 0; i < sizeof names / sizeof names[0] && d == NULL; i++) {
		char *v = meta_content(c, names[i][0], names[i][1]);

		d = date_find(v, 0, DATE_ZONE);
		free(v);
		if (d != NULL && strcmp(names[i][1], "date") == 0 && !has_zone(d)) {
			free(d);
			d = NULL;
		}
	}
	return d;
}

/* Does the <time> n date an update?  An entry's own date may say
 * "updated" too (class="entry-date updated", as hAtom asks of every
 * entry): "entry-date" or "published" beside it makes it the entry's. */
int
is_update_time(struct hnode *n)
{
	return (html_attr_has(n, "class", "updated") && !html_attr_has(n, "class", "entry-date") &&
	    !html_attr_has(n, "class", "published")) || html_attr_has(n, "class", "modified") ||
	    html_attr_has(n, "itemprop", "dateModified");
}

/* <time datetime> of the i-th <time>, unless it dates an update. */
char *
time_date(struct ctx *c, size_t i)
{
	struct hnode *n = c->times.v[i];
	char *v, *d;

	if (is_update_time(n))
		return NULL;
	v = html_attr(n, "datetime");
	d = date_find(v, 0, DATE_ZONE);
	free(v);
	return d;
}

/* The datetime of a <time> whose text is an age ("Published 2 days ago",
 * 3小时前), in the line's segment: the page prints the age of that date,
 * which no day the page is read on changes.  NULL for any other line. */
char *
age_in_time(const struct ctx *c, size_t seg)
{
	char *v, *d;

	if (c->times.n == 0 || c->segs[seg].chars > 60 || find_any(c->segs[seg].text, ago_words) == NULL)
		return NULL;
	for (size_t i = 0; i < c->times.n; i++) {
		struct elinfo *e = el_info((struct ctx *)c, c->times.v[i]);

		/* an inline <time> opens on the segment its text joins */
		if (e == NULL || e->first > seg || (e->first < seg && e->end <= seg))
			continue;
		v = html_attr(c->times.v[i], "datetime");
		d = date_find(v, 0, DATE_ZONE);
		free(v);
		return d;
	}
	return NULL;
}

/* The day of the i-th <time>'s datetime, new, or NULL. */
static char *
time_day(const struct ctx *c, size_t i)
{
	char *v = html_attr(c->times.v[i], "datetime"), *d = date_find(v, 0, DATE_ZONE);

	free(v);
	return d;
}

/* A shown date that is an update's <time> (class "updated" alone) gives
 * way to the <time class="published"> of another day beside it (the same
 * parent): GeneratePress and kin print the update's <time> first, beside
 * the entry's, and their stylesheet hides it, so the date a reader sees
 * is the published one.  A related card's <time> is no entry's. */
char *
past_update(struct ctx *c, char *shown)
{
	struct hnode *up = NULL;
	size_t i;
	char *d;

	for (i = 0; i < c->times.n && up == NULL; i++)
		if (is_update_time(c->times.v[i]) && (d = time_day(c, i)) != NULL) {
			if (strncmp(d, shown, 10) == 0)
				up = c->times.v[i];
			free(d);
		}
	for (i = 0; up != NULL && i < c->times.n; i++)
		if (c->times.v[i]->parent == up->parent && html_attr_has(c->times.v[i], "class", "published") &&
		    (d = time_date(c, i)) != NULL) {
			if (strncmp(d, shown, 10) != 0) {
				free(shown);
				return d;
			}
			free(d);
		}
	return shown;
}
