/*
 * extract_coauthor: a byline of several writers ("By Ciara McAleese and
 * Rory Dunlop", "by Lena Ostrowski, Darnell Baptiste and Christine Yu",
 * Ghost's "Maya Castellano, Tobias Reinholt"): every name the byline
 * lists is the story's author, as the page prints them.  The byline
 * readers take one name; this widens it, reading only the short lines
 * of the byline window that hold the name found (or open on "By").
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_coauthor.h"
#include "extract_find.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

#define COAUTHOR_LINE_MAX 160	/* bytes of a byline line with its dates */

/* Bytes of one name at p: two to four words, each a capital then
 * letters (McAleese, O'Neill, Gráinne), ending at the line's end, a
 * comma, a bar or a space before a lower-case word, a separator or a
 * month's date (Christine Yu March 31, 2025); 0 if none. */
static size_t
name_at(const char *p)
{
	const char *q = p, *e;
	int n = 0;

	while (*q >= 'A' && *q <= 'Z') {
		if (n >= 1 && english_month_at(q, &e) != 0 && *e == ' ' && e[1] >= '0' && e[1] <= '9')
			break;
		q++;
		while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '\'' || *q == '-' ||
		    *q == '.' || (unsigned char)*q >= 0x80)
			q++;
		n++;
		if (*q != ' ' || q[1] < 'A' || q[1] > 'Z' || n == 4)
			break;
		q++;
	}
	if (q > p && q[-1] == ' ')
		q--;
	if (n < 2 || n > 4 || (*q != '\0' && *q != ' ' && *q != ','))
		return 0;
	return (size_t)(q - p);
}

size_t
name_list_at(const char *p, int *anded)
{
	static const char *const joins[] = {", and ", " and ", " & ", ", ", NULL};
	const char *q = p, *j;
	size_t n = name_at(p);
	int names = 0;

	*anded = 0;
	while (n > 0 && names < 6) {
		q += n;
		names++;
		if ((j = starts_any(q, joins)) == NULL || (n = name_at(q + strlen(j))) == 0)
			break;
		/* "Jane Doe, Staff Writer": a job after the comma is no name */
		if (strcmp(j, ", ") == 0 && ends_in_any(q + strlen(j), n, job_title_words))
			break;
		*anded |= strcmp(j, ", ") != 0;
		q += strlen(j);
	}
	return names >= 2 ? (size_t)(q - p) : 0;
}

/* Does the byline go on at p after its names as a byline does: the
 * line's end, a place or job after a comma, a separator, or its date
 * ("... and Christine Yu March 31, 2025")?  "... and Mary Jones were
 * married" is a sentence. */
static int
byline_goes_on(const char *p)
{
	static const char *const seps[] = {",", " |", " ·", " -", " –", " —", " /", NULL};
	const char *e;

	if (*p == '\0' || starts_any(p, seps) != NULL)
		return 1;
	return *p == ' ' && ((p[1] >= '0' && p[1] <= '9') || english_month_at(p + 1, &e) != 0);
}

/* Does the page's JSON-LD declare the name n[0..len) after an "author"
 * key?  Names listed with commas only ("Maya Castellano, Tobias
 * Reinholt") are a list of writers only so: "Nora Whitcombe, Patch
 * Staff" and "Rohan Deshpande, Navi Kalwa" (a place) read the same. */
static int
schema_names(const struct ctx *c, const char *n, size_t len)
{
	for (size_t i = 0; i < c->ldjson.n; i++) {
		struct hnode *h = c->ldjson.v[i];
		const char *json, *a;

		if (h->children == NULL || h->children->type == XML_ELEMENT_NODE || h->children->content == NULL)
			continue;
		json = (const char *)h->children->content;
		if ((a = strstr(json, "\"author\"")) != NULL && memmem(a, strlen(a), n, len) != NULL)
			return 1;
	}
	return 0;
}

/* Is every name after the first of the comma list p[0..len) one the
 * JSON-LD names as an author? */
static int
declared_list(const struct ctx *c, const char *p, size_t len)
{
	const char *q = p, *end = p + len, *comma;

	while ((comma = memmem(q, (size_t)(end - q), ", ", 2)) != NULL) {
		const char *next = comma + 2, *stop = memmem(next, (size_t)(end - next), ", ", 2);

		if (!schema_names(c, next, (size_t)((stop != NULL ? stop : end) - next)))
			return 0;
		q = next;
	}
	return 1;
}

/* Is the text before p on its line (from t) empty or a "By" role? */
static int
opens_byline(const char *t, const char *p)
{
	const char *r;

	if (p == t)
		return 1;
	r = starts_any(t, author_roles);
	return r != NULL && t + strlen(r) == p;
}

void
join_coauthors(struct ctx *c)
{
	struct meta_win w;
	const char *a = c->page->author;
	size_t alen = a != NULL ? strlen(a) : 0;

	if (a != NULL && (alen < 5 || alen > 40 || *a < 'A' || *a > 'Z' || strstr(a, " and ") != NULL))
		return;	/* a CJK name, a desk, or a list already */
	w = meta_window(c);
	for (size_t i = w.first; i < w.end; i = win_next(&w, i)) {
		const char *t = c->segs[i].text, *p;
		size_t n;
		int anded;

		if (*t == '\0' || strlen(t) > COAUTHOR_LINE_MAX)
			continue;
		if (a != NULL) {
			if ((p = strstr(t, a)) == NULL)
				continue;
		} else {
			const char *r = starts_any(t, author_roles);

			if (r == NULL || (*t != 'B' && *t != 'b'))
				continue;
			p = t + strlen(r);
		}
		if (!opens_byline(t, p) || (n = name_list_at(p, &anded)) == 0 || !byline_goes_on(p + n) ||
		    (!anded && !declared_list(c, p, n)) ||
		    (a != NULL && (strncmp(p, a, alen) != 0 || name_at(p) != alen)))
			continue;
		free(c->page->author);
		c->page->author = xstrndup(p, n);
		return;
	}
}
