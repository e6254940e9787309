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
	{
		const char *html = "<html><head><title>Registry worries landlords</title>"
		    "<meta property=\"article:tag\" content=\"Housing\"><meta property=\"article:tag\" content=\"City Hall\">"
		    "</head><body>" BODY "</body></html>";

		test_doc(&c, html);
		find_body(&c);
		extract_title(&c);
		extract_tags(&c);
		tags_are("Housing", "City Hall", "a page that shows no tags: its article:tag metas");
		test_doc(&c, "<html><head><meta property=\"article:tag\" content=\"Hidden\"></head><body>" BODY
		    "<p>标签：春耕 农技</p></body></html>");
		find_body(&c);
		extract_title(&c);
		extract_tags(&c);
		tags_are("春耕", "农技", "tags the page shows come before its metas");
	}
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
	/* a box of tag links under the story, without a label */
	tags_of("<div class=\"article-tags\"><a href=\"/tag/1\">#春耕</a><a href=\"/tag/2\">#农技</a></div>");
	tags_are("春耕", "农技", "a tag box's hash tags, without the #");
	tags_of("<div class=\"asset-tags\"><h4>Tags</h4><ul><li><a href=\"/t?k=1\">春耕</a></li>"
	    "<li><a href=\"/t?k=2\">农技</a></li><li><a href=\"/tags\">Show more</a></li></ul></div>");
	tags_are("春耕", "农技", "a tag box's links, not its more link");
	/* a tag menu's toggle: its label in an element of its own, then the
	 * menu repeating the first tag */
	tags_of("<div class=\"article-tags\"><a href=\"/tag/1\"><span>Filed to:</span><span>春耕</span></a>"
	    "<div class=\"menu\"><a href=\"/tag/1\">春耕</a><a href=\"/tag/2\">农技</a></div></div>");
	tags_are("春耕", "农技", "a toggle's label in its own element is no part of its tag, and the tag comes once");
	tags_of("<div class=\"article-tags\"><a href=\"/tag/1\">Route 9: bypass</a>"
	    "<a href=\"/tag/2\">农技</a></div>");
	tags_are("Route 9: bypass", "农技", "... a colon inside one run of text is the tag's own");
	tags_of("<div class=\"more\"><p>其他新闻</p><ul><li><a href=\"/1\">春耕</a></li></ul></div>"
	    "<div class=\"f1\"></div><div class=\"f2\"></div><div class=\"f3\"></div><div class=\"f4\"><p>本站地址</p><p>联系电话</p></div>"
	    "<div class=\"f5\"><p>友情链接</p><p>网站地图</p></div><div class=\"tagcloud\"><a href=\"/t/1\">天气</a></div>");
	tap_int((long)c.page->tags.n, 0, "a tag cloud far below the story is none");
	test_doc_free(&c);
	/* English local papers */
	tags_of("<div class=\"story-topics\"><h3>Topics</h3><ul><li><a href=\"/topics/1\">Research</a></li>"
	    "<li><a href=\"/topics/2\">Agriculture</a></li></ul></div>");
	tags_are("Research", "Agriculture", "a topics box under its Topics heading");
	tags_of("<div class=\"storyTopics\"><span>Topics</span> <a href=\"/topic/1\">Water Cut</a> "
	    "<a href=\"/topic/2\">BMC</a></div>");
	tags_are("Water Cut", "BMC", "a topics box whose label has no colon");
	tags_of("<div class=\"tpc\"><span>Topics:</span> <a href=\"/topic/1\">Brennan County</a> "
	    "<a href=\"/topic/2\">Jails</a></div>");
	tags_are("Brennan County", "Jails", "links after Topics:");
	tags_of("<div class=\"tag-list\"><span>Follow</span><ul><li><a href=\"/all-about/1\">Buses</a></li>"
	    "<li><a href=\"/all-about/2\">Wexbridge County Council</a></li></ul></div>");
	tags_are("Buses", "Wexbridge County Council", "an English tag of three words and 24 letters is a tag");
	tags_of("<div class=\"tag-list\"><a href=\"/t/1\">Buses</a><a href=\"/t/2\">Council votes to close the Tanfield bus station for half a year</a>"
	    "<a href=\"/t/3\">Tanfield</a></div>");
	tags_are("Buses", "Tanfield", "a headline among the tags is none");
	tags_of("<div data-component=\"tags\" class=\"ssr-x1\"><h2>Related topics</h2><ul><li><a href=\"/t/1\">Flooding</a></li>"
	    "<li><a href=\"/t/2\">Road closures</a></li></ul></div>");
	tags_are("Flooding", "Road closures", "a box whose data-component names tags, on a page of components");
	return tap_done();
}
