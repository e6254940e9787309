/* unit_html: the element and attribute tests every walk of extraction asks. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "tap.h"
#include "util.h"

static const char page[] =
	"<html><body>"
	"<div id=a CLASS=\"Article-AUTHOR byline\" data-x=1>x</div>"
	"<abbr id=b class=nav>y</abbr><article id=c class=\"\">z</article>"
	"<b id=d>b</b><br id=e><blockquote id=f>q</blockquote><big id=g>g</big>"
	"<section id=h style=\"color: red; DISPLAY: NONE\">s</section>"
	"<span id=i hidden>h</span><strong id=j style=\"display:none\">t</strong>"
	"<select id=k><option>o</option></select><svg id=l></svg><samp id=m>m</samp>"
	"</body></html>";

/* The element whose id is id. */
static struct hnode *
by_id(struct hnode *root, const char *id)
{
	for (struct hnode *n = root; n != NULL; n = html_next(n, root, 1)) {
		char *v = html_attr(n, "id");
		int found = v != NULL && strcmp(v, id) == 0;

		free(v);
		if (found)
			return n;
	}
	return NULL;
}

static void
test_names(struct hnode *root)
{
	tap_ok(html_is(by_id(root, "b"), "abbr") && !html_is(by_id(root, "b"), "a") &&
	    !html_is(by_id(root, "b"), "article"), "abbr is abbr, not a or article");
	tap_ok(html_is(by_id(root, "c"), "article") && !html_is(by_id(root, "c"), "abbr"),
	    "article is article, not abbr");
	tap_ok(!html_is(by_id(root, "c")->children, "article"), "a text node is no element");
	tap_ok(html_is_block(by_id(root, "e")) && html_is_block(by_id(root, "f")) &&
	    html_is_block(by_id(root, "a")), "br, blockquote and div are blocks");
	tap_ok(!html_is_block(by_id(root, "d")) && !html_is_block(by_id(root, "g")) &&
	    !html_is_block(by_id(root, "b")), "b, big and abbr are not");
	tap_ok(html_is_hidden(by_id(root, "k")) && html_is_hidden(by_id(root, "l")),
	    "select and svg are hidden");
	tap_ok(!html_is_hidden(by_id(root, "m")) && !html_is_hidden(by_id(root, "b")),
	    "samp and abbr are not");
	tap_ok(html_is_hidden(by_id(root, "h")) && html_is_hidden(by_id(root, "i")) &&
	    html_is_hidden(by_id(root, "j")), "display: none in any case, and hidden, hide");
}

static void
test_attrs(struct hnode *root)
{
	struct hnode *a = by_id(root, "a");

	tap_ok(html_attr_has(a, "class", "author") && html_attr_has(a, "class", "Article") &&
	    html_attr_has(a, "class", "BYLINE"), "a class holds words whatever their case");
	tap_ok(html_attr_has(a, "CLASS", "author"), "an attribute is found whatever its name's case");
	tap_ok(!html_attr_has(a, "class", "authors") && !html_attr_has(a, "class", "bylines") &&
	    !html_attr_has(a, "class", "nav"), "but not a longer word, or another");
	tap_ok(!html_attr_has(a, "data", "1") && html_attr_has(a, "data-x", "1"),
	    "an attribute is matched by its whole name");
	tap_ok(html_attr_has(by_id(root, "c"), "class", "") &&
	    !html_attr_has(by_id(root, "c"), "class", "a"), "an empty class holds only the empty word");
	tap_ok(!html_attr_has(by_id(root, "d"), "class", ""), "no attribute holds nothing");
}

/* Text joined from inline pieces keeps the space between them, and
 * html_text_add hands over a piece with its edges. */
static void
test_text(void)
{
	static const char h[] = "<html><body><h1 id=t>\n  Foo<span>bar</span> <em>baz</em>"
	    "<i> qux </i>end<span>s</span><br>line</h1></body></html>";
	struct hdoc *d = html_parse(h, strlen(h), "http://a.test/");
	struct hnode *r = d ? html_root(d) : NULL, *t = r ? by_id(r, "t") : NULL;
	struct buf b = {0};
	char *s;

	if (!tap_ok(t != NULL, "the headline page parses")) {
		html_free(d);
		return;
	}
	s = html_text(t);
	tap_ok(strcmp(s, "Foobar baz qux ends line") == 0,
	    "the space between inline elements is kept, none is added within a word");
	free(s);
	for (struct hnode *k = t->children; k != NULL; k = k->next)
		if (html_is(k, "i"))
			html_text_add(&b, k);
	tap_ok(b.s != NULL && strcmp(b.s, " qux ") == 0, "a piece keeps its edges' spaces");
	buf_free(&b);
	html_free(d);
}

int
main(void)
{
	struct hdoc *doc;
	struct hnode *root;

	tap_init();
	doc = html_parse(page, strlen(page), "http://a.test/");
	root = doc ? html_root(doc) : NULL;
	if (!tap_ok(root != NULL, "the page parses"))
		return tap_done();
	test_names(root);
	test_attrs(root);
	test_text();
	html_free(doc);
	return tap_done();
}
