/*
 * unit_html_tree: kanbao's tree of a page is libxml2's DOM of it, node for
 * node: the same elements, attributes, texts and comments in the same
 * places.  html_parse_both builds ours from the parser's events and
 * lets libxml2 build its own from the same text.  Checked on pages made to
 * try the places where a DOM builder decides (text beside comments and
 * scripts, text after </html>, attributes without values, nesting past
 * the DOM's depth) and on every HTML fixture.  With file arguments, checks
 * those instead.
 */
#include "config.h"

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "html.h"
#include "tap.h"
#include "util.h"

static int
kept(const xmlNode *x)
{
	return x != NULL && (x->type == XML_ELEMENT_NODE || x->type == XML_TEXT_NODE ||
	    x->type == XML_CDATA_SECTION_NODE || x->type == XML_COMMENT_NODE ||
	    x->type == XML_PI_NODE);
}

static xmlNodePtr
next_kept(xmlNodePtr x)
{
	while (x != NULL && !kept(x))
		x = x->next;
	return x;
}

static int
same_str(const xmlChar *a, const xmlChar *b)
{
	return strcmp(a ? (const char *)a : "", b ? (const char *)b : "") == 0;
}

static int
same_attrs(xmlNodePtr x, const struct hnode *h)
{
	const struct hattr *a = h->attrs;

	for (xmlAttrPtr p = x->properties; p != NULL; p = p->next, a = a->next) {
		xmlChar *v = p->children ? xmlNodeListGetString(p->doc, p->children, 1) : NULL;
		int same = a != NULL && same_str(p->name, a->name) && same_str(v, a->value);

		xmlFree(v);
		if (!same)
			return 0;
	}
	return a == NULL;
}

/* Is the tree below h the DOM below x?  On a difference, *where is the
 * DOM node that differs. */
static int
same_tree(xmlNodePtr x, const struct hnode *h, xmlNodePtr *where)
{
	xmlNodePtr xc = next_kept(x->children);
	const struct hnode *hc = h->children;

	for (; xc != NULL && hc != NULL; xc = next_kept(xc->next), hc = hc->next) {
		*where = xc;
		if (xc->type != hc->type || hc->parent != h)
			return 0;
		if (xc->type == XML_ELEMENT_NODE || xc->type == XML_PI_NODE) {
			if (!same_str(xc->name, hc->name))
				return 0;
		}
		if (xc->type == XML_ELEMENT_NODE) {
			if (!same_attrs(xc, hc) || !same_tree(xc, hc, where))
				return 0;
		} else if (!same_str(xc->content, hc->content)) {
			return 0;
		}
	}
	*where = xc != NULL ? xc : x;
	return xc == NULL && hc == NULL;
}

static void
check(const char *what, const char *html, size_t len)
{
	xmlDocPtr dom = NULL;
	struct hdoc *tree = html_parse_both(html, len, NULL, &dom);
	xmlNodePtr where = NULL;
	int same;

	if (dom == NULL || xmlDocGetRootElement(dom) == NULL) {
		tap_ok(tree == NULL, what);
		xmlFreeDoc(dom);
		html_free(tree);
		return;
	}
	same = tree != NULL && same_tree((xmlNodePtr)dom, &tree->top, &where);
	if (!tap_ok(same, what) && where != NULL)
		fprintf(stderr, "# differs at line %ld: <%s> %.60s\n", xmlGetLineNo(where),
		    where->name ? (const char *)where->name : "",
		    where->content ? (const char *)where->content : "");
	xmlFreeDoc(dom);
	html_free(tree);
}

static void
check_str(const char *what, const char *html)
{
	check(what, html, strlen(html));
}

/* A page nested depth elements deep: past the DOM's 256, html_parse
 * reads it again made shallow, and so must the DOM beside it. */
static void
check_deep(size_t depth)
{
	struct buf b = {0};
	char *what = xasprintf("%zu nested <div>s", depth);

	buf_adds(&b, "<html><body>");
	for (size_t i = 0; i < depth; i++)
		buf_adds(&b, "<div>a");
	buf_adds(&b, "end");
	check(what, b.s, b.len);
	buf_free(&b);
	free(what);
}

static void
test_made(void)
{
	check_str("texts beside comments join only where libxml2's do",
	    "<p>one <!-- c --> two<b>three</b>four &amp; five</p>");
	check_str("a comment before <html>, text after </html>",
	    "<!-- top --><!DOCTYPE html><html><head><title>T</title></head>"
	    "<body><p>x</p></body></html> after <p>more</p><!-- end -->");
	check_str("attributes: boolean, empty, without a value, entities",
	    "<form><input checked disabled class=\"\" data-x data-y='a&amp;b' "
	    "value=\"&lt;v&gt;\"><select><option selected>1</select></form>");
	check_str("a script's and a style's text",
	    "<head><script>var a = '<p>';</script><style>p{}</style>"
	    "<script type=\"application/ld+json\">{\"a\":1}</script></head><body>b</body>");
	check_str("a processing instruction and a CDATA section",
	    "<?xml version=\"1.0\"?><html><body><?php echo 1; ?><![CDATA[x]]>y</body></html>");
	check_str("tag soup: a <p> closed by a <div>, a <td> outside a table",
	    "<p>a<div>b</p>c</div><td>d<tr>e</table><li>f<li>g</ul>h");
	check_str("prefixed names: <o:p>, <fb:like>, and names a prefix cannot split",
	    "<p>a<o:p></o:p></p><fb:like href=x></fb:like><a0:nav><a0:ul><a0:li>i"
	    "</a0:li></a0:ul></a0:nav><x:>1</x:><:y>2</:y><a:1b>3</a:1b><a:b:c>4</a:b:c>"
	    "<a:_d>5</a:_d><a::e>6</a::e>");
	check_str("no elements at all", "just text");
	check_str("empty", "");
	check_deep(100);
	check_deep(300);
}

static const char *
srcdir(void)
{
	const char *d = getenv("SRCDIR");

	return d && *d ? d : ".";
}

/* A file as extraction gets it: in UTF-8 from whatever charset it is in. */
static void
check_file(const char *path)
{
	size_t len, ulen;
	char *bytes = read_file(path, 1 << 24, &len), *owned;
	const char *utf8;

	if (!tap_ok(bytes != NULL, path))
		return;
	utf8 = charset_utf8_view(bytes, len, NULL, &ulen, NULL, &owned);
	check(path, utf8, ulen);
	free(owned);
	free(bytes);
}

int
main(int argc, char **argv)
{
	char *pattern = xasprintf("%s/tests/data/*.html", srcdir());
	glob_t g;

	tap_init();
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			check_file(argv[i]);
		free(pattern);
		return tap_done();
	}
	test_made();
	if (tap_ok(glob(pattern, 0, NULL, &g) == 0, "the fixtures are found")) {
		for (size_t i = 0; i < g.gl_pathc; i++)
			check_file(g.gl_pathv[i]);
		globfree(&g);
	}
	free(pattern);
	return tap_done();
}
