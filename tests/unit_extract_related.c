/* unit_extract_related: the related list alone, on small pages written for
 * each rule: what heads a list, where the list ends, and when cards with
 * no heading are the story's related list. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "tap.h"

#define STORY "<h1>青溪县春耕提前十天</h1><div class=\"content\"><p>青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里，指导农户整地育秧。</p>" \
	"<p>站长周明远说，今年的早稻品种换成了抗倒伏的新种，亩产有望提高一成，农户们都很期待。</p>" \
	"<p>据了解，全县已备好化肥两千吨，农机五百台，确保春耕生产有序进行，不误农时。</p></div>"
#define ITEMS "<li><a href=\"/r/1.html\">青溪县春耕备耕工作全面展开</a></li>" \
	"<li><a href=\"/r/2.html\">全县农机手培训班今日开班</a></li>" \
	"<li><a href=\"/r/3.html\">白鹭湾湿地迎来越冬候鸟</a></li>"
#define OTHER "<ul><li><a href=\"/o/1.html\">县领导调研农村公路建设情况</a></li>" \
	"<li><a href=\"/o/2.html\">青溪县召开春季森林防火会议</a></li></ul>"
#define CARD(n, title) "<div class=\"card\"><a href=\"/c/" #n ".html\"><img src=\"/i/" #n ".jpg\" alt=\"\"></a>" \
	"<div class=\"txt\"><a href=\"/c/" #n ".html\">" title "</a><p>记者从县里获悉，这项工作已经全面铺开。</p></div></div>"
#define CARDS CARD(1, "青溪县春耕备耕工作全面展开") CARD(2, "全县农机手培训班今日开班") \
	CARD(3, "白鹭湾湿地迎来越冬候鸟")

static struct ctx c;

static void
related_of(const char *after)
{
	char *html = xasprintf("<html><head><title>青溪县春耕提前十天_青溪新闻网</title></head>"
	    "<body><div class=\"main\">%s%s</div></body></html>", STORY, after);

	test_doc(&c, html);
	find_body(&c);
	extract_title(&c);
	extract_body(&c);
	extract_related(&c);
	free(html);
}

/* Checks the number of items and the first one's URL path, and frees. */
static void
related_are(size_t n, const char *first, const char *what)
{
	char *url = first ? xasprintf("http://unit.test%s", first) : NULL;

	if (!tap_int((long)c.page->related.n, (long)n, what))
		for (size_t i = 0; i < c.page->related.n; i++)
			printf("#   item: %s %s\n", c.page->related.v[i].title, c.page->related.v[i].url);
	if (first != NULL)
		tap_str(c.page->related.n ? c.page->related.v[0].url : NULL, url, what);
	free(url);
	test_doc_free(&c);
}

static void
headings(void)
{
	related_of("<div class=\"xg\"><div class=\"tit\"><a href=\"/tj/\"><span>推荐阅读</span></a>"
	    "<a class=\"more\" href=\"/tj/\">更多&gt;&gt;</a></div><ul>" ITEMS "</ul></div>");
	related_are(3, "/r/1.html", "a heading that is a link heads the list");
	related_of("<div class=\"box\"><h3>相关视频</h3><ul>" ITEMS "</ul></div>");
	related_are(3, "/r/1.html", "a TV station's 相关视频 heads the list");
	related_of("<div class=\"box\"><h3>相關視頻</h3><ul>" ITEMS "</ul></div>");
	related_are(3, "/r/1.html", "相關視頻 heads the list");
	related_of("<table><tr><td class=\"relnews\"><b>相關新聞</b><br><a href=\"/r/1.html\">青洲舊區商戶憂施工影響生意</a><br>"
	    "<a href=\"/r/2.html\">工務局：全澳行人道年內再擴十處</a><br></td></tr></table>");
	related_are(2, "/r/1.html", "links on lines of their own (<br>) under the heading in one cell are all items");

	related_of("<section><h2><a href=\"/topics/harbor/\">Related Coverage</a></h2><ul>"
	    "<li><a href=\"/r/1.html\">Ferry terminal reopens after rebuild</a></li>"
	    "<li><a href=\"/r/2.html\">Harbor grant approved by the state</a></li></ul></section>");
	related_are(2, "/r/1.html", "an English one too");

	related_of("<div class=\"tit\"><a href=\"/tj/\">相关新闻</a><a href=\"/tj/more\">更多</a></div><ul>" ITEMS "</ul>");
	related_are(3, "/r/1.html", "a linked heading beside its 更多 link");

	related_of("<div class=\"menu\"><a href=\"/\">首页</a><a href=\"/xg/\">相关新闻</a><a href=\"/gy/\">关于</a></div>"
	    "<ul>" ITEMS "</ul>");
	related_are(0, NULL, "a link in a menu is no heading");

	related_of("<div class=\"tools\"><ul><li><a href=\"/w/links\">What links here</a></li>"
	    "<li><a href=\"/w/changes\">Related changes</a></li>" ITEMS "</ul></div>");
	related_are(0, NULL, "a link in a list of links is no heading");

	related_of("<div class=\"hd\"><h3>相关新闻</h3><div class=\"clear\"></div></div><ul>" ITEMS "</ul>");
	related_are(3, "/r/1.html", "an empty clearing div beside the heading ends no box");

	related_of("<div class=\"rec\"><div class=\"ctrl\"><div class=\"hd\">为您推荐</div>"
	    "<ul class=\"tabs\"><li><span>推荐</span></li><li><span>娱乐</span></li></ul></div>"
	    "<div class=\"news\"><ul>" ITEMS "</ul></div></div>");
	related_are(3, "/r/1.html", "a strip of tabs belongs to the heading");
}

static void
own_block(void)
{
	related_of("<div class=\"tj\"><h3>相关阅读</h3></div>"
	    "<div class=\"item\"><a href=\"/r/1.html\">青溪县春耕备耕工作全面展开</a></div>"
	    "<div class=\"item\"><a href=\"/r/2.html\">全县农机手培训班今日开班</a></div>"
	    "<div class=\"swiper-container\"><div class=\"slide\"><a href=\"/p/1.html\">组图：青溪油菜花开满山坡</a></div></div>"
	    "<div class=\"side\"><div class=\"item\"><a href=\"/h/1.html\">青溪县召开春季森林防火会议</a></div></div>");
	related_are(2, "/r/1.html", "sibling items end before a carousel");

	related_of("<h2>Related</h2><div class=\"rel\"><a href=\"/r/1.html\">District raises pay for bus drivers</a></div>"
	    "<div class=\"rel\"><a href=\"/r/2.html\">Residents ask for a crossing guard</a></div>"
	    "<div id=\"comments\"><form><p>By commenting you agree to our <a href=\"/legal/terms\">Terms of Use</a> "
	    "and <a href=\"/legal/privacy\">Privacy Policy</a>.</p></form></div>");
	related_are(2, "/r/1.html", "and before the comment form's legal links");

	related_of("<div class=\"box\"><div class=\"hd\">相关新闻</div><div class=\"bd\"><ul></ul></div></div>"
	    "<div class=\"box\"><div class=\"hd\">图片新闻</div><div class=\"bd\">" OTHER "</div></div>");
	related_are(0, NULL, "an empty box with a heading has no items");

	related_of("<section><h3>Related</h3><div class=\"items\"></div></section>"
	    "<section><div class=\"label\">Trending now</div>" OTHER "</section>");
	related_are(0, NULL, "the walk stops at the next box's title");
}

static void
headless(void)
{
	related_of("<p class=\"editor\">责任编辑：孟凡</p><div class=\"cards\">" CARDS "</div>");
	related_are(3, "/c/1.html", "cards right after the story are its related list");
	related_of("<div class=\"cards\">" CARDS "</div>");
	tap_str(c.page->related.n ? c.page->related.v[0].snippet : NULL, "记者从县里获悉，这项工作已经全面铺开。",
	    "a card's snippet");
	related_are(3, "/c/1.html", "with their snippets");

	related_of(OTHER);
	related_are(0, NULL, "a list of bare links is not");

	related_of("<div class=\"hot\"><div class=\"hd\">热点排行</div><div class=\"cards\">" CARDS "</div></div>");
	related_are(0, NULL, "nor cards under another heading");

	related_of("<div class=\"swiper\">" CARDS "</div>");
	related_are(0, NULL, "nor a carousel");

	related_of("<div class=\"ads\">"
	    "<div class=\"ad\"><a href=\"https://ads.example/1\"><img src=\"/a.jpg\"><span>Homeowners are switching to this roof</span></a></div>"
	    "<div class=\"ad\"><a href=\"https://ads.example/2\"><img src=\"/b.jpg\"><span>The garden tool every retiree needs</span></a></div>"
	    "<div class=\"ad\"><a href=\"https://ads.example/3\"><img src=\"/c.jpg\"><span>Compare this year's best hearing aids</span></a></div></div>");
	related_are(0, NULL, "nor cards that lead off the site");
}

/* a feed's cards under a heading div: a picture link and a linked <h2>
 * to the same story, then a line of spans (account, age, comments) */
#define FEED(n, title, foot) "<div class=\"item\"><a href=\"/f/" #n "\"><img src=\"/i/" #n ".jpg\" alt=\"\"></a>" \
	"<div class=\"info\"><h2><a href=\"/f/" #n "\">" title "</a></h2><p class=\"foot\">" foot "</p></div></div>"

static void
feed_cards(void)
{
	related_of("<div class=\"rec\"><div class=\"rec-title\">相关推荐</div>"
	    FEED(1, "老旧小区里的口袋公园变身记", "<span>城市漫步</span><span>2天前</span><span>37</span>")
	    FEED(2, "柏舟市今年将新建社区食堂五十家", "<span>乡土记录者</span><span>1.2万评论</span>")
	    FEED(3, "阳台种菜火了这些蔬菜最好养", "<span>生活家</span><span>2024-04-05</span><span>58</span>")
	    "</div>");
	tap_str(c.page->related.n ? c.page->related.v[0].snippet : NULL, NULL,
	    "an account, an age and a count run together are no snippet");
	tap_str(c.page->related.n > 1 ? c.page->related.v[1].snippet : NULL, NULL,
	    "nor an account and 1.2万评论");
	tap_str(c.page->related.n > 2 ? c.page->related.v[2].date : NULL, "2024-04-05",
	    "a date run into a count (2024-04-0558) is the date");
	related_are(3, "/f/1", "a card's linked <h2> is its headline, not the next section");

	/* a government page's 相关文件： label with its link on its line, then
	 * 上一篇 / 下一篇 */
	related_of("<div class=\"xgwj\">相关文件：<a href=\"/zfwj/7712001.html\">关于印发促进民营经济发展若干措施的通知</a></div>"
	    "<div class=\"page\"><p>上一篇：<a href=\"/zcjd/1.html\">农村生活垃圾分类管理办法解读</a></p>"
	    "<p>下一篇：<a href=\"/zcjd/2.html\">图解县2024年民生实事项目</a></p></div>");
	related_are(1, "/zfwj/7712001.html", "the links on a 相关文件： line are its items, not the next lines'");
}

/* A blog's and a chain paper's cards: a kicker before the headline, the
 * date in a <time> run into a reading time after the excerpt. */
static void
cards_with_kicker_and_time(void)
{
	related_of("<aside><h2>Read more</h2>"
	    "<article class=\"post-card\"><a href=\"/r/1.html\"><div class=\"tag\">Transport</div><h2>Ferry fares to rise 8% in June</h2>"
	    "<div class=\"excerpt\">The island run will cost more for a car and driver.</div></a>"
	    "<footer><time datetime=\"2024-05-10\">May 10, 2024</time><span>3 min read</span></footer></article>"
	    "<article class=\"post-card\"><a href=\"/r/2.html\"><div class=\"tag\">Schools</div><h2>Four more portables for West End</h2>"
	    "<div class=\"excerpt\">Enrolment is up by 90 students this year.</div></a>"
	    "<footer><time datetime=\"2024-05-07\">May 7, 2024</time><span>4 min read</span></footer></article></aside>");
	tap_str(c.page->related.n ? c.page->related.v[0].snippet : NULL,
	    "The island run will cost more for a car and driver.", "a card's kicker, date and reading time are no snippet");
	tap_str(c.page->related.n ? c.page->related.v[0].date : NULL, "2024-05-10", "its <time> is its date");
	test_doc_free(&c);
	related_of("<div class=\"package\"><h3>Related stories</h3><div class=\"card\"><div class=\"kicker\">AGRICULTURE</div>"
	    "<h3><a href=\"/r/1.html\">Pistachio prices fall as pumping costs rise</a></h3></div>"
	    "<div class=\"card\"><div class=\"kicker\">LOCAL</div><h3><a href=\"/r/2.html\">Reservoir is nearly full again</a></h3></div></div>");
	tap_str(c.page->related.n ? c.page->related.v[0].snippet : NULL, NULL, "a kicker over the headline is no snippet");
	test_doc_free(&c);
	related_of("<div class=\"links\"><h2>Related Links</h2><ul><li><a href=\"/r/1.pdf\">2024-25 District Calendar (PDF)</a></li>"
	    "<li><a href=\"/r/2.html\">School Locator for families</a></li></ul></div>");
	tap_str(c.page->related.n ? c.page->related.v[0].date : (char *)"none", NULL, "a school year in the title is no date");
	test_doc_free(&c);
}

/* A link that holds its story's date in a <time> of its own: the title
 * is the headline alone, the date the item's. */
static void
time_in_link(void)
{
	related_of("<div class=\"more\"><h3>相关新闻</h3><ul>"
	    "<li><a href=\"/r/1.html\"><span>青溪县春耕备耕工作全面展开</span><time>2025.03.28</time></a></li>"
	    "<li><a href=\"/r/2.html\"><span>全县农机手培训班今日开班</span><time datetime=\"2025-03-20\">3月20日</time></a></li>"
	    "</ul></div>");
	tap_str(c.page->related.n ? c.page->related.v[0].title : NULL, "青溪县春耕备耕工作全面展开",
	    "a <time> inside the link is not part of its title");
	tap_str(c.page->related.n ? c.page->related.v[0].date : NULL, "2025.03.28", "... it is the item's date");
	tap_str(c.page->related.n ? c.page->related.v[0].snippet : NULL, NULL, "... and no snippet");
	tap_str(c.page->related.n > 1 ? c.page->related.v[1].title : NULL, "全县农机手培训班今日开班",
	    "a <time> before its datetime is cut too");
	test_doc_free(&c);
	test_doc(&c, "<html><body><p><a href=\"/2025/03/22/p/\"><time>2025年3月22日</time><time>2025年3月23日</time>"
	    "</a></p></body></html>");
	{
		struct hnode *a = c.root;
		char *t;

		while (a != NULL && !html_is(a, "a"))
			a = html_next(a, c.root, 1);
		t = a != NULL ? full_title(a) : NULL;
		tap_str(t, "2025年3月22日2025年3月23日", "a link of two dates (published, updated) keeps them");
		free(t);
	}
	test_doc_free(&c);
}

/* "More News" alone over the cards after an item heads its related list,
 * where a news site's section ("More Local News") stays none; a card's
 * read-on link to its own page is no part of its snippet. */
static void
more_news_cards(void)
{
	related_of("<div class=\"more-news\"><h3>More News</h3><ul>" ITEMS "</ul></div>");
	related_are(3, "/r/1.html", "More News alone heads the list");
	related_of("<div class=\"more-news\"><h3>More Local News</h3><ul>" ITEMS "</ul></div>");
	related_are(0, NULL, "near miss: a news section's More Local News heads none");
	related_of("<div class=\"more-news\"><h3>More council news</h3><ul>" ITEMS "</ul></div>");
	related_are(3, "/r/1.html", "More council news heads the list");
	related_of("<div class=\"more-news\"><h3>More local news</h3><ul>" ITEMS "</ul></div>");
	related_are(0, NULL, "near miss: nor does More local news");
	related_of("<div class=\"bulletin\"><h2>In Other News</h2><ul>" ITEMS "</ul></div>");
	related_are(3, "/r/1.html", "a bulletin's In Other News heads the list");
	related_of("<div class=\"bulletin\"><h2>In other news from the county</h2><ul>" ITEMS "</ul></div>");
	related_are(0, NULL, "near miss: not a longer line opening so");
	related_of("<div class=\"more\"><h3>相关新闻</h3><div class=\"card\"><a href=\"/c/1.html\">青溪县春耕备耕工作全面展开</a>"
	    "<p>记者从县里获悉，这项工作已经全面铺开。</p><a href=\"/c/1.html\">阅读全文 →</a></div>"
	    "<div class=\"card\"><a href=\"/c/2.html\">全县农机手培训班今日开班</a>"
	    "<a href=\"/c/2.html\">首批学员五十人在县农机站学习新式插秧机的操作和保养。</a></div></div>");
	tap_str(c.page->related.n ? c.page->related.v[0].snippet : NULL, "记者从县里获悉，这项工作已经全面铺开。",
	    "a card's read-on link to its own page is no snippet");
	tap_str(c.page->related.n > 1 ? c.page->related.v[1].snippet : NULL,
	    "首批学员五十人在县农机站学习新式插秧机的操作和保养。",
	    "near miss: an excerpt set in a link to the page stays the snippet");
	test_doc_free(&c);
	/* a theme's title attribute labelling the title the link shows whole */
	related_of("<div class=\"more\"><h3>相关新闻</h3><ul>"
	    "<li><a href=\"/r/1.html\" title=\"Permalink to: Ferry timetable changes for the wet season\">"
	    "Ferry timetable changes for the wet season</a></li>"
	    "<li><a href=\"/r/2.html\" title=\"Clinic opens a second maternity ward in Gizo\">"
	    "Clinic opens a second maternity…</a></li></ul></div>");
	tap_str(c.page->related.n ? c.page->related.v[0].title : NULL, "Ferry timetable changes for the wet season",
	    "a title attribute labelling the shown title (Permalink to:) is no title");
	tap_str(c.page->related.n > 1 ? c.page->related.v[1].title : NULL,
	    "Clinic opens a second maternity ward in Gizo", "near miss: a text cut from the attribute gives it");
	test_doc_free(&c);
	/* a card's picture link first, titled with a label before the title
	 * its heading link shows; its read-on link repeats the title */
	related_of("<div class=\"more\"><h3>相关新闻</h3>"
	    "<div class=\"card\"><a href=\"/r/1.html\" title=\"Read the article: Ferry timetable changes for the wet season\">"
	    "<img src=\"/i/1.jpg\" alt=\"\"></a><h4><a href=\"/r/1.html\">Ferry timetable changes for the wet season</a></h4>"
	    "<p>Boats leave an hour earlier from February, the port office said today.</p>"
	    "<p><a href=\"/r/1.html\">Read more …<span> Ferry timetable changes for the wet season</span></a></p></div>"
	    "<div class=\"card\"><a href=\"/r/2.html\" title=\"Clinic opens a second maternity ward\">"
	    "<img src=\"/i/2.jpg\" alt=\"\"></a><h4><a href=\"/r/2.html\">Clinic opens a second maternity ward Gizo Daily</a></h4>"
	    "</div></div>");
	tap_str(c.page->related.n ? c.page->related.v[0].title : NULL, "Ferry timetable changes for the wet season",
	    "a picture link's labelled title gives way to the title the card shows");
	tap_str(c.page->related.n ? c.page->related.v[0].snippet : NULL,
	    "Boats leave an hour earlier from February, the port office said today.",
	    "a read-on link repeating the title is no snippet");
	tap_str(c.page->related.n > 1 ? c.page->related.v[1].title : NULL, "Clinic opens a second maternity ward",
	    "near miss: a picture link's title that is the headline stays");
	test_doc_free(&c);
}

int
main(void)
{
	tap_init();
	headings();
	own_block();
	headless();
	feed_cards();
	/* an item's date printed in English is its date, not its snippet */
	related_of("<div class=\"jp\"><h3>Related</h3><div><h4><a href=\"/r/1.html\">Bake sale pushes clock fund past halfway</a></h4>"
	    "<p>November 14, 2023</p></div><div><h4><a href=\"/r/2.html\">Library roof repair finished early</a></h4>"
	    "<p>June 2, 2023</p></div></div>");
	tap_str(c.page->related.n ? c.page->related.v[0].date : NULL, "2023-11-14", "an English date is the item's date");
	tap_str(c.page->related.n ? c.page->related.v[0].snippet : NULL, NULL, "and not its snippet");
	test_doc_free(&c);
	related_of("<div class=\"links-block\"><h2>More on this story</h2><ul><li><a href=\"/r/1.html\">Villages cut off as "
	    "river bursts banks</a></li><li><a href=\"/r/2.html\">Extra pumps brought in</a></li></ul></div>");
	related_are(2, "/r/1.html", "More on this story heads the list");
	related_of("<section class=\"more\"><h2>More storm coverage</h2><ul><li><a href=\"/r/1.html\">What to expect from "
	    "the wind warning</a></li><li><a href=\"/r/2.html\">Utility adds storm crews</a></li></ul></section>");
	related_are(2, "/r/1.html", "More ... coverage heads the list");
	cards_with_kicker_and_time();
	time_in_link();
	more_news_cards();
	return tap_done();
}
