/* unit_extract_nav: 上一篇 / 下一篇 alone, on small pages written for each
 * rule: where a label's link may be, when a label says none, and what is
 * no label at all. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"

#define STORY "<h1>青溪县春耕提前十天</h1><div class=\"content\"><p>青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里，指导农户整地育秧。</p>" \
	"<p>站长周明远说，今年的早稻品种换成了抗倒伏的新种，亩产有望提高一成，农户们都很期待。</p></div>"
#define RELATED "<div class=\"xgxw\"><div class=\"hd\">相关新闻</div><ul>" \
	"<li><a href=\"/r/1.html\">青溪县春耕备耕工作全面展开</a></li>" \
	"<li><a href=\"/r/2.html\">全县农机手培训班开班</a></li></ul></div>"
#define URL(path) "http://unit.test" path

static struct ctx c;

static void
nav_of(const char *before, const char *after)
{
	char *html = xasprintf("<html><body>%s%s%s</body></html>", before, STORY, after);

	test_doc(&c, html);
	extract_prev_next(&c);
	free(html);
}

/* Checks prev and next (NULL: none) and frees the page. */
static void
nav_is(const char *prev_url, const char *next_url, const char *what)
{
	char *w = xasprintf("%s: 上一篇", what);

	tap_str(c.page->prev ? c.page->prev->url : NULL, prev_url, w);
	free(w);
	w = xasprintf("%s: 下一篇", what);
	tap_str(c.page->next ? c.page->next->url : NULL, next_url, w);
	free(w);
	test_doc_free(&c);
}

/* A page's <base href> is where its relative links start, as in a
 * browser: a forum's thread under /bbs/ names http://bbs.example/. */
static void
base_href(void)
{
	static const char html[] = "<html><head><base href=\"http://bbs.unit.test/\"></head><body>"
	    STORY "<p><img src=\"data/attachment/a.jpg\" alt=\"老粮站\" width=\"600\" height=\"400\"></p>"
	    "<p>下一篇：<a href=\"thread-2-1-1.html\">青溪县召开春季森林防火会议</a></p></body></html>";
	struct extract_input in = {.bytes = html, .len = sizeof html - 1,
	    .url = "http://unit.test/news/a/page.html"};
	struct page *p = extract_bytes(&in);

	tap_str(p->next ? p->next->url : NULL, "http://bbs.unit.test/thread-2-1-1.html",
	    "a link resolves against <base href>");
	tap_str(p->nimages ? p->images[0].src : NULL, "http://bbs.unit.test/data/attachment/a.jpg",
	    "a picture too");
	page_free(p);
}

static void
empty_label(void)
{
	nav_of("", "<div class=\"pn\"><p>上一篇：<a href=\"/n/1.html\">青溪县召开春耕动员大会</a></p>"
	    "<p>下一篇：</p></div>" RELATED);
	nav_is(URL("/n/1.html"), NULL, "an empty 下一篇： is none, not the related list's first link");

	nav_of("", "<table><tr><td>上一篇：</td></tr><tr><td>下一篇：</td></tr></table>"
	    "<table><tr><td><a href=\"/l/1.html\">县领导调研农村公路建设情况</a></td></tr>"
	    "<tr><td><a href=\"/l/2.html\">白鹭湾湿地迎来越冬候鸟</a></td></tr></table>");
	nav_is(NULL, NULL, "empty cells borrow no link from the table after them");

	nav_of("", "<div class=\"pn\"><span>上一篇：</span><div class=\"t\"></div></div>"
	    "<div class=\"ad\"><a href=\"/ad/1.html\">春季家电以旧换新补贴活动</a> 详见公告</div>");
	nav_is(NULL, NULL, "a block after an empty label that is not just its link");
}

static void
link_places(void)
{
	nav_of("", "<div class=\"tip\">阅读下一篇</div><h4><a href=\"/n/2.html\">全县农机手培训班开班</a></h4>"
	    "<p>培训班为期五天，学员将学习农机驾驶和保养。</p>");
	nav_is(NULL, URL("/n/2.html"), "a label alone in its block: the next block's one link");

	nav_of("", "<table><tr><td>上一篇：</td><td><a href=\"/n/1.html\">青溪县召开春耕动员大会</a></td></tr>"
	    "<tr><td>下一篇：</td><td><a href=\"/n/2.html\">全县农机手培训班开班</a></td></tr></table>");
	nav_is(URL("/n/1.html"), URL("/n/2.html"), "a label and its link in sibling cells");

	nav_of("", "<p>上一篇：没有了 下一篇：<a href=\"/n/2.html\">全县农机手培训班开班</a></p>");
	nav_is(NULL, URL("/n/2.html"), "two labels on one line");

	nav_of("", "<div class=\"pn\"><a href=\"/n/1.html\">上一篇：青溪县召开春耕动员大会</a>"
	    "<a href=\"/n/2.html\">下一篇：全县农机手培训班开班</a></div>");
	tap_str(c.page->prev ? c.page->prev->title : NULL, "青溪县召开春耕动员大会",
	    "a label inside the link is cut from its title");
	nav_is(URL("/n/1.html"), URL("/n/2.html"), "labels inside the links");
}

static void
not_labels(void)
{
	nav_of("<ul class=\"zt\"><li><a href=\"/zt/1.html\">【专访上篇】青溪村的路是怎么修通的</a></li>"
	    "<li><a href=\"/zt/2.html\">【专访下篇】青溪村的茶叶卖到了省城</a></li></ul>",
	    "<div class=\"pn\">上一篇：<a href=\"/n/1.html\">青溪县召开春耕动员大会</a><br>下一篇：没有了</div>");
	nav_is(URL("/n/1.html"), NULL, "上篇 / 下篇 inside a menu link's title are no labels");

	nav_of("<h3>专访（下篇）</h3><p><a href=\"/zt/2.html\">青溪村的茶叶卖到了省城</a></p>", "");
	nav_is(NULL, NULL, "nor inside a heading's words");

	nav_of("", "<h5>上一篇文章與下一篇文章</h5><ul><li>上一篇：<a href=\"/n/1.html\">青溪县召开春耕动员大会</a></li>"
	    "<li>下一篇：<a href=\"/n/2.html\">全县农机手培训班开班</a></li></ul>");
	nav_is(URL("/n/1.html"), URL("/n/2.html"), "a heading that names both labels decides nothing");
}

static void
english(void)
{
	nav_of("", "<div class=\"post-nav\"><div class=\"prev\"><span>Previous article</span> "
	    "<a href=\"/n/1.html\">Town clerk starts taking dock permits</a></div>"
	    "<div class=\"next\"><span>Next article</span></div></div>"
	    "<section><h3>Related</h3><ul><li><a href=\"/r/1.html\">Swim lessons open for July</a></li>"
	    "<li><a href=\"/r/2.html\">Beach parking fees stay the same</a></li></ul></section>");
	nav_is(URL("/n/1.html"), NULL, "English labels; an empty Next article is none");

	nav_of("", "<h3>Previous articles by this author</h3><ul><li><a href=\"/a/1.html\">Ferry terminal reopens</a></li>"
	    "<li><a href=\"/a/2.html\">Harbor grant approved</a></li></ul>");
	nav_is(NULL, NULL, "Previous articles is no label");

	nav_of("", "<div><a rel=\"prev\" href=\"/n/1.html\">&larr; Previous story</a> "
	    "<a rel=\"next\" href=\"/n/2.html\">Next story &rarr;</a></div>");
	tap_str(c.page->next ? c.page->next->title : NULL, "Next story →",
	    "a link that is only a label and an arrow keeps its text");
	nav_is(URL("/n/1.html"), URL("/n/2.html"), "links that are only labels");

	nav_of("", "<nav class=\"post-navigation\"><a rel=\"prev\" href=\"/n/1.html\"><span class=\"meta-nav\">Previous</span> "
	    "<span class=\"post-title\">Quarry Road culvert to be replaced</span></a> <a rel=\"next\" href=\"/n/2.html\">"
	    "<span class=\"meta-nav\">Next</span> <span class=\"post-title\">Next year's school budget goes to a vote</span></a></nav>");
	tap_str(c.page->prev ? c.page->prev->title : NULL, "Quarry Road culvert to be replaced",
	    "a rel=prev link's own word Previous, in an element of its own, is no part of the title");
	tap_str(c.page->next ? c.page->next->title : NULL, "Next year's school budget goes to a vote",
	    "Next as its own word goes; the title's Next year stays");
	test_doc_free(&c);

	nav_of("", "<section class=\"item-pagination\"><a class=\"item-pagination-link--prev\" href=\"/n/1.html\">"
	    "<div>Previous</div><h2>Quarry Road culvert to be replaced</h2></a><a class=\"item-pagination-link--next\" "
	    "href=\"/n/2.html\"><div>Next</div><h2>Ice-out on Lake Arrow</h2></a></section>");
	nav_is(URL("/n/1.html"), URL("/n/2.html"), "a link without rel holding Previous or Next in an element "
	    "of its own, then a title");
	nav_of("", "<div class=\"carousel\"><a href=\"/g/2.html\"><span>Next</span> <span>&rsaquo;</span></a></div>");
	nav_is(NULL, NULL, "a Next link with no title after its word is no story's");
}

int
main(void)
{
	tap_init();
	empty_label();
	link_places();
	not_labels();
	english();
	/* the link's title, not its label's words */
	nav_of("<ul class=\"bm\"><li><a href=\"/p/1.htm\">全省春季农业生产现场会召开</a></li>"
	    "<li><a href=\"/p/3.htm\">石门水库完成汛前安全检查</a></li></ul>",
	    "<table><tr><td><a href=\"/p/1.htm\">上一篇</a></td><td><a href=\"/p/3.htm\">下一篇</a></td></tr></table>");
	tap_str(c.page->prev ? c.page->prev->title : NULL, "全省春季农业生产现场会召开",
	    "a link that is only 上一篇 takes its title from another link to the story");
	tap_str(c.page->next ? c.page->next->title : NULL, "石门水库完成汛前安全检查", "下一篇 too");
	test_doc_free(&c);
	nav_of("", "<nav><a href=\"/p/1.htm\" rel=\"prev\"><span>Previous</span> <span>Previous post:</span> "
	    "<span>River bridge to get new paint</span></a></nav>");
	tap_str(c.page->prev ? c.page->prev->title : NULL, "River bridge to get new paint",
	    "an icon's word before the label goes with it");
	test_doc_free(&c);
	base_href();
	return tap_done();
}
