/*
 * html_elements: what libxml2's HTML parser does with each element, as
 * html_flat.c counts depth by it (see html_elements.h).  The tables are
 * copied from libxml2's HTMLparser.c (html40ElementTable's empty flag,
 * htmlEndPriority, htmlStartClose), kept sorted for bsearch, and cut to
 * the pairs that matter for depth: a pair left out only counts deeper.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "html_elements.h"

static int
cmp_name(const void *key, const void *member)
{
	return strcmp(*(const char *const *)key, *(const char *const *)member);
}

static int
in_list(const char *name, const char *const *sorted, size_t n)
{
	return bsearch(&name, sorted, n, sizeof *sorted, cmp_name) != NULL;
}

#define IN(name, list) in_list(name, list, sizeof list / sizeof list[0])

/* libxml2's elements without content */
int
html_el_void(const char *name)
{
	static const char *const empty[] = {	/* sorted */
		"area", "base", "basefont", "br", "col", "frame", "hr", "img",
		"input", "isindex", "link", "meta", "param",
	};

	return IN(name, empty);
}

int
html_el_block(const char *name)
{
	static const char *const block[] = {	/* sorted */
		"address", "article", "aside", "blockquote", "caption", "center",
		"dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
		"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
		"li", "main", "nav", "ol", "p", "pre", "section", "table", "td",
		"th", "tr", "ul",
	};

	return IN(name, block);
}

/* html_is_hidden's elements, whose content is never shown */
int
html_el_hidden(const char *name)
{
	static const char *const hidden[] = {	/* sorted */
		"button", "canvas", "embed", "head", "iframe", "input", "map",
		"noscript", "object", "option", "script", "select", "style", "svg",
		"template", "textarea", "title",
	};

	return IN(name, hidden);
}

/* libxml2's htmlEndPriority: an end tag closes no element of a higher one */
int
html_el_end_priority(const char *name)
{
	static const struct { const char *name; int priority; } p[] = {
		{"div", 150}, {"td", 160}, {"th", 160}, {"tr", 170}, {"thead", 180},
		{"tbody", 180}, {"tfoot", 180}, {"table", 190}, {"head", 200},
		{"body", 200}, {"html", 220},
	};

	for (size_t i = 0; i < sizeof p / sizeof p[0]; i++)
		if (strcmp(p[i].name, name) == 0)
			return p[i].priority;
	return 100;
}

/* Does a start tag of name close the element open before it?  libxml2's
 * htmlStartClose, by the closed element; leaving a pair out only counts
 * deeper. */
int
html_el_start_closes(const char *open, const char *name)
{
	static const struct { const char *open, *by; } t[] = {	/* sorted by open */
		{"a", " a fieldset table td th "},
		{"address", " dd dl dt form li ul "},
		{"b", " center p td th "},
		{"big", " p "},
		{"caption", " col colgroup tbody tfoot thead tr "},
		{"col", " col colgroup tbody tfoot thead tr "},
		{"colgroup", " colgroup tbody tfoot thead tr "},
		{"dd", " dt "},
		{"dir", " dd dl dt form ul "},
		{"dl", " form li "},
		{"dt", " dd dl "},
		{"font", " center td th "},
		{"form", " form "},
		{"h1", " fieldset form li p table "},
		{"h2", " fieldset form li p table "},
		{"h3", " fieldset form li p table "},
		{"h4", " fieldset form li p table "},
		{"h5", " fieldset form li p table "},
		{"h6", " fieldset form li p table "},
		{"hr", " form "},
		{"i", " center p td th "},
		{"legend", " fieldset "},
		{"li", " li "},
		{"listing", " dd dl dt fieldset form li table ul "},
		{"menu", " dd dl dt form ul "},
		{"ol", " form "},
		{"option", " optgroup option "},
		{"p", " address blockquote body caption center col colgroup dd dir div dl "
		    "dt fieldset form frameset h1 h2 h3 h4 h5 h6 head hr li listing menu "
		    "ol p pre table tbody td tfoot th title tr ul xmp "},
		{"pre", " dd dl dt fieldset form li table ul "},
		{"s", " p "},
		{"small", " p "},
		{"span", " td th "},
		{"strike", " p "},
		{"tbody", " tbody tfoot "},
		{"td", " tbody td tfoot th tr "},
		{"tfoot", " tbody "},
		{"th", " tbody td tfoot th tr "},
		{"thead", " tbody tfoot "},
		{"tr", " tbody tfoot tr "},
		{"tt", " p "},
		{"u", " p td th "},
		{"ul", " address form menu pre "},
		{"xmp", " dd dl dt fieldset form li table ul "},
	};
	size_t lo = 0, hi = sizeof t / sizeof t[0], n = strlen(name);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(open, t[mid].open);

		if (c == 0) {
			for (const char *p = strstr(t[mid].by, name); p != NULL; p = strstr(p + 1, name))
				if (p[-1] == ' ' && p[n] == ' ')
					return 1;
			return 0;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}
