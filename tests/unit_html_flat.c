/* unit_html_flat: html_flatten keeps a page within HTML_FLAT_DEPTH levels,
 * its text whole, and leaves alone what libxml2 itself keeps shallow. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "tap.h"
#include "util.h"

/* s repeated n times, new */
static char *
repeat(const char *s, int n)
{
	struct buf b = {0};

	buf_add(&b, "", 0);
	while (n-- > 0)
		buf_adds(&b, s);
	return buf_steal(&b);
}

static char *
flatten(const char *s)
{
	size_t n;

	return html_flatten(s, strlen(s), &n);
}

/* The deepest element of the page libxml2 makes of s (parsed as is). */
static int
depth_of(const char *s)
{
	xmlDocPtr d = htmlReadMemory(s, (int)strlen(s), NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | XML_PARSE_HUGE);
	xmlNodePtr root = (xmlNodePtr)d;
	int most = 0;

	for (xmlNodePtr n = root; n != NULL; ) {
		int depth = 0;

		for (xmlNodePtr p = n; p != NULL && p != root; p = p->parent)
			depth++;
		most = depth > most ? depth : most;
		if (n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n != root && n->next == NULL)
			n = n->parent;
		n = n != NULL && n != root ? n->next : NULL;
	}
	xmlFreeDoc(d);
	return most;
}

/* The visible text of s as html_parse reads it, lines apart. */
static char *
text_of(const char *s)
{
	struct hdoc *d = html_parse(s, strlen(s), NULL);
	char *t = html_text(html_root(d));

	html_free(d);
	return t;
}

static void
test_deep(void)
{
	char *divs = repeat("<div>", 3000), *page = xasprintf("<p>top</p>%s<p>x</p><p>y</p>", divs);
	char *flat = flatten(page), *t;

	tap_ok(depth_of(flat) <= HTML_FLAT_DEPTH + 4, "3000 nested divs: within the depth");
	t = text_of(page);
	tap_str(t, "top x y", "their text whole, blocks apart");
	free(t);
	free(flat);
	free(page);
	free(divs);

	divs = repeat("<span><b>", 2000);
	page = xasprintf("%s<i>x</i>y", divs);
	flat = flatten(page);
	tap_ok(depth_of(flat) <= HTML_FLAT_DEPTH + 4, "4000 nested inline elements: within the depth");
	t = text_of(page);
	tap_str(t, "xy", "inline pieces stay joined");
	free(t);
	free(flat);
	free(page);
	free(divs);
}

/* What libxml2 closes on its own is not counted deeper: a page of such
 * elements comes back as it was. */
static void
test_implied(void)
{
	static const char *const pages[] = {
		"<p>a paragraph left open", "<ul><li>an item left open</ul>",
		"<table><tr><td>a cell<td>another</table>", "<dl><dt>term<dd>what it means</dl>",
		"<select><option>one<option>two</select>", "<div><b>bold to the end of the div</div>",
		"<a href=x>a link left open", "<br/><img src=x /><a name=\"n\"/>",
		"<script>document.write('<div><div><div>')</script>",
	};

	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		char *page = repeat(pages[i], 400), *flat = flatten(page);
		char what[128];

		snprintf(what, sizeof what, "400 times '%.40s' is left alone", pages[i]);
		tap_str(strcmp(flat, page) == 0 ? "same" : flat, "same", what);
		free(flat);
		free(page);
	}
}

/* An element dropped below the depth takes the content it hides with it. */
static void
test_hidden(void)
{
	char *divs = repeat("<div>", 300);
	char *page = xasprintf("%s<p>shown</p><select><option>menu</option></select>"
	    "<div style=\"color: red; Display: None\">print only</div><span hidden>skip</span>"
	    "<div class=\"hidden x\">also shown</div><title>tab</title><p>end</p>", divs);
	char *t = text_of(page);

	tap_str(t, "shown also shown end", "a hidden element's content goes with it");
	free(t);
	free(page);
	free(divs);
}

int
main(void)
{
	tap_init();
	test_deep();
	test_implied();
	test_hidden();
	return tap_done();
}
