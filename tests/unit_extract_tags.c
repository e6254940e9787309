/* unit_extract_tags: tags after a label, as words or as links, and links
 * marked rel="tag". */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "tap.h"

#define BODY "<h1>青溪县春耕提前十天</h1><div class=\"content\"><p>青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里，指导农户整地育秧。</p>" \
	"<p>站长周明远说，今年的早稻品种换成了抗倒伏的新种，亩产有望提高一成，农户们都很期待。</p></div>"

static struct ctx c;

static void
tags_of(const char *after)
{
	char *html = xasprintf("<html><head><title>青溪县春耕提前十天_青溪新闻网</title></head>"
	    "<body>%s%s</body></html>", BODY, after);

	test_doc(&c, html);
	find_body(&c);
	extract_title(&c);
	extract_tags(&c);
	free(html);
}

static void
tags_are(const char *a, const char *b, const char *what)
{
	tap_ok(c.page->tags.n == 2 && strcmp(c.page->tags.v[0], a) == 0 &&
	    strcmp(c.page->tags.v[1], b) == 0, what);
	test_doc_free(&c);
}

int
main(void)
{
	tap_init();
	tags_of("<p>标签：春耕 农技</p>");
	tags_are("春耕", "农技", "words after 标签：");
	tags_of("<p>关键词：春耕，农技</p>");
	tags_are("春耕", "农技", "words split by a full-width comma");
	tags_of("<div><span>标签：</span><a href=\"/t/1\">春耕</a><a href=\"/t/2\">农技</a></div>");
	tags_are("春耕", "农技", "links after a label in a span of its own");
	tags_of("<p><a rel=\"tag\" href=\"/t/1\">春耕</a> <a rel=\"tag\" href=\"/t/2\">农技</a>"
	    " <a rel=\"category tag\" href=\"/c/1\">本地</a></p>");
	tags_are("春耕", "农技", "rel=tag links, not rel=\"category tag\"");
	tags_of("<p>本文标签较多，不一一列出。</p>");
	tap_int((long)c.page->tags.n, 0, "标签 without a colon is no label");
	test_doc_free(&c);
	return tap_done();
}
