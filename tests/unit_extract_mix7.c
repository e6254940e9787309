/* unit_extract_mix7: the rules of the seventh blind round (tests/data/
 * unseen7mix-*), on small pages written for each: a 快讯 of two sentences
 * under a labelled byline beside a long sidebar stays an article. */
#include "config.h"

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
	test_doc(&c, b.s);
	find_body(&c);
	extract_headlines(&c);
	decide_kind(&c);
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

int
main(void)
{
	flash_beside_sidebar();
	return tap_done();
}
