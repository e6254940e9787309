/* unit_extract_mix7: the rules of the seventh blind round (tests/data/
 * unseen7mix-*), on small pages written for each: a 快讯 of two sentences
 * under a labelled byline beside a long sidebar stays an article; a 专题
 * page's titled blocks of headlines are one list; a homepage's top story
 * leads its "Latest" river; a related item's date and category lines are
 * no snippet; an author archive's one <h1> names the list. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "tap.h"
#include "util.h"

static const char *const items[] = {"县图书馆暑期少儿阅读营开始报名", "城南菜市场改造后重新开业",
	"县消防救援大队开展高层建筑演练", "全县中考6月22日开考", "县里新增3处便民充电站"};

/* The kind of a page: head, a sidebar of n headlines, then the end. */
static enum page_kind
kind_of(const char *head, int n)
{
	struct buf b = {0};
	struct ctx c;
	enum page_kind kind;

	buf_adds(&b, head);
	buf_adds(&b, "<div class=\"right\"><h3>最新快讯</h3><ul>");
	for (int i = 0; i < n; i++)
		buf_addf(&b, "<li><span>0%d:%02d</span><a href=\"/kx/%d.html\">%s</a></li>", 9 - i / 10, i, i,
		    items[i % 5]);
	buf_adds(&b, "</ul></div></body></html>");
	test_list(&c, b.s);
	kind = c.page->kind;
	test_doc_free(&c);
	buf_free(&b);
	return kind;
}

#define FLASH "<p>6月14日上午，经过三个月的维修加固，城东大桥正式恢复双向通车。" \
	"绕行的8路、12路公交车同日起恢复原线路运行。</p>"

#define HEAD "<html><head><title>城东大桥维修完工 今起恢复双向通车_快讯_澄江网</title></head><body>" \
	"<div class=\"left\"><h1>城东大桥维修完工 今起恢复双向通车</h1>"

/* Two sentences under a headline <title> confirms and a 来源 line, beside
 * thirty headlines: a story whatever the sidebar weighs.  Without the
 * labelled line the same text stays what the list outweighs. */
static void
flash_beside_sidebar(void)
{
	tap_ok(kind_of(HEAD "<div class=\"info\"><span>2024-06-14 09:12</span><span>来源：澄江日报</span></div>"
	    "<div class=\"content\">" FLASH "</div></div>", 30) == PAGE_ARTICLE,
	    "a 快讯 under a labelled byline beside thirty headlines is an article");
	tap_ok(kind_of(HEAD "<div class=\"info\"><span>2024-06-14 09:12</span><span>编辑：韦思琪</span></div>"
	    "<div class=\"content\">" FLASH "</div></div>", 30) == PAGE_ARTICLE,
	    "an editor's label makes the byline too");
	tap_ok(kind_of(HEAD "<div class=\"content\">" FLASH "</div></div>", 30) == PAGE_LIST,
	    "no byline under the headline: the list outweighs it");
}

/* A banner, an intro, then four blocks each a heading over dated
 * headlines: under a <title> that says 专题 they are one list, in order;
 * under a portal's name they stay apart (unit_extract_list's
 * blocks_apart), the biggest alone. */
static void
topic_blocks(void)
{
	static const char *const heads[] = {"要闻动态", "乡镇行动", "产业发展", "媒体聚焦"};
	struct buf b = {0};
	struct ctx c;

	for (int pass = 0; pass < 2; pass++) {
		buf_addf(&b, "<html><head><title>%s</title></head><body><div class=\"banner\"><h1>聚焦乡村振兴 "
		    "共绘青禾新景</h1></div><div class=\"intro\"><p>今年以来，青禾县以和美乡村建设为抓手，一村一策推进"
		    "乡村振兴。本网推出专题，记录各乡镇的新探索、新变化。</p></div><div class=\"main\">",
		    pass ? "青禾新闻网" : "聚焦乡村振兴 共绘青禾新景_专题_青禾新闻网");
		for (int k = 0; k < 4; k++) {
			buf_addf(&b, "<div class=\"zt-block\"><div class=\"hd\"><h3>%s</h3><a href=\"/zt/%d/\">更多</a></div>"
			    "<ul>", heads[k], k);
			for (int i = 0; i < 5 + (k == 0); i++)
				buf_addf(&b, "<li><a href=\"/zt/%d/%d.html\">%s%s</a><span>2024-06-%02d</span></li>",
				    k, i, items[(k + i) % 5], heads[k], 20 - i);
			buf_adds(&b, "</ul></div>");
		}
		buf_adds(&b, "<div class=\"zt-block pics\"><h3>图说</h3><img src=\"/p.jpg\" alt=\"茶园\"></div>"
		    "</div></body></html>");
		test_list(&c, b.s);
		tap_ok(c.page->kind == PAGE_LIST, pass ? "a portal's blocks: a list" : "a 专题 page: a list");
		tap_int((long)c.page->headlines.n, pass ? 6 : 21,
		    pass ? "a portal's blocks stay apart" : "a 专题 page's four blocks are one list");
		if (!pass && c.page->headlines.n == 21) {
			tap_str(c.page->headlines.v[0].url, "http://unit.test/zt/0/0.html", "in order: the first");
			tap_str(c.page->headlines.v[20].url, "http://unit.test/zt/3/4.html", "in order: the last");
		}
		test_doc_free(&c);
		b.len = 0;
	}
	buf_free(&b);
}

/* A homepage: a top story card in a section of its own, then a section
 * whose heading "Latest" opens it over the river, then a Most read rail.
 * The top story leads the river's list; the rail is no part of it. */
static void
top_story_leads(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><head><title>The Millbrook Ledger</title></head><body><div class=\"home-top\">"
	    "<section class=\"top-story\"><article class=\"card\"><a href=\"/top.html\"><img src=\"/top.jpg\" "
	    "alt=\"Houses by the river\"></a><h2><a href=\"/top.html\">Flood buyout offers go out to 41 "
	    "homeowners</a></h2><p>The county will pay pre-flood value; owners have 90 days.</p></article></section>"
	    "<section class=\"latest\"><h2>Latest</h2><ul class=\"river\">");
	for (int i = 0; i < 8; i++)
		buf_addf(&b, "<li><a href=\"/news/%d.html\"><h3>Story number %d of the river today</h3></a>"
		    "<time datetime=\"2024-06-14T%02d:00:00-04:00\">%d AM</time></li>", i, i, 9 - i, 9 - i);
	buf_adds(&b, "</ul></section><aside class=\"most-read\"><h2>Most read</h2><ol>");
	for (int i = 0; i < 5; i++)
		buf_addf(&b, "<li><a href=\"/popular/%d.html\">A popular story number %d</a></li>", i, i);
	buf_adds(&b, "</ol></aside></div></body></html>");
	test_list(&c, b.s);
	tap_int((long)c.page->headlines.n, 9, "the river's eight and the top story");
	if (c.page->headlines.n > 1) {
		tap_str(c.page->headlines.v[0].url, "http://unit.test/top.html", "the top story leads");
		tap_str(c.page->headlines.v[1].url, "http://unit.test/news/0.html", "then the river");
	}
	test_doc_free(&c);
	buf_free(&b);
}

#define POST "<p>The Harlan Falls Planning Board voted 4-1 Tuesday night to allow a 64-unit apartment " \
	"building on the former lumber lot on Mill Street, ending a year of hearings.</p><p>The four-story " \
	"building will set aside 16 units for households earning less than 60 percent of the median.</p>" \
	"<p>Neighbors who oppose the project have 30 days to appeal the decision to the zoning board.</p>"
#define RELATED(n, title, date, more) "<div class=\"rp-post\"><h4><a href=\"/2024/rp" #n "/\">" title \
	"</a></h4><p class=\"rp-date\">" date "</p>" more "</div>"

/* A WordPress related-posts box: each item its linked title, its date on
 * a line and 'In "Local News"' under it.  The date dates the item and
 * the category line is its metadata: no snippet.  A summary after the
 * date stays the snippet, without the date. */
static void
related_context(void)
{
	struct ctx c;

	test_doc(&c, "<html><head><title>Planning board approves apartments</title></head><body><article>"
	    "<h1>Planning board approves apartments</h1><div class=\"entry-content\">" POST
	    "<div class=\"related-posts\"><h3>Related</h3>"
	    RELATED(1, "Kessler Lumber hearing continued to June", "May 22, 2024", "<p>In \"Local News\"</p>")
	    RELATED(2, "Riverbend trims a floor from Mill Street plan", "April 3, 2024",
	    "<p>The developer cut the building to four stories after the March hearing.</p>")
	    "</div></div></article></body></html>");
	find_body(&c);
	extract_title(&c);
	extract_body(&c);
	extract_related(&c);
	tap_int((long)c.page->related.n, 2, "two related posts");
	if (c.page->related.n == 2) {
		tap_str(c.page->related.v[0].date, "2024-05-22", "the first dated by its line");
		tap_ok(c.page->related.v[0].snippet == NULL, "its date and 'In \"Local News\"' are no snippet");
		tap_str(c.page->related.v[1].snippet,
		    "The developer cut the building to four stories after the March hearing.",
		    "a summary after the date is the snippet, without the date");
	}
	test_doc_free(&c);
}

/* The title of a list page of six story cards under head. */
static char *
list_title(const char *head)
{
	struct buf b = {0};
	struct ctx c;
	char *t;

	buf_adds(&b, "<html><head><title>Marisol Vega, Author at The Ashford Record</title>"
	    "<meta property=\"og:title\" content=\"Marisol Vega, Author at The Ashford Record\"></head><body>");
	buf_adds(&b, head);
	buf_adds(&b, "<div class=\"cards\">");
	for (int i = 0; i < 6; i++)
		buf_addf(&b, "<article class=\"card\"><h2><a href=\"/2024/story-%d/\">County jail story number %d "
		    "of the archive</a></h2><p>A summary of the story, one sentence long.</p><time datetime="
		    "\"2024-06-%02dT08:00:00-05:00\">June %d, 2024</time></article>", i, i, 13 - i, 13 - i);
	buf_adds(&b, "</div></body></html>");
	test_list(&c, b.s);
	extract_title(&c);
	t = xstrdup(c.page->kind == PAGE_LIST && c.page->title ? c.page->title : "(no list)");
	test_doc_free(&c);
	buf_free(&b);
	return t;
}

/* An author's archive: "Articles by NAME" in its one <h1> over the cards,
 * <title> and og:title "NAME, Author at SITE".  The heading names the
 * list; of two <h1>, neither does, and the declared title stays. */
static void
archive_heading(void)
{
	char *t = list_title("<header><a href=\"/\">The Ashford Record</a></header>"
	    "<h1 class=\"page-title\">Articles by Marisol Vega</h1>");

	tap_str(t, "Articles by Marisol Vega", "an author archive's <h1> is the list's title");
	free(t);
	t = list_title("<h1>Articles by Marisol Vega</h1><h1>Most Popular</h1>");
	tap_str(t, "Marisol Vega, Author at The Ashford Record", "two <h1>: neither names the list");
	free(t);
}

int
main(void)
{
	flash_beside_sidebar();
	topic_blocks();
	top_story_leads();
	related_context();
	archive_heading();
	return tap_done();
}
