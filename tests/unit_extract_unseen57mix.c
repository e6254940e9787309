/* unit_extract_unseen57mix: the kinds of layout the fifty-seventh mixed
 * blind round (unseen57mix-*) found wanting: a wire dateline whose
 * bracket of writers stands after a space, or holds bare names with no
 * role (人民网长沙12月5日电 （谭丽）…, the way a portal's local channel
 * prints it); an old table site's related list printing its bullet
 * inside each link (<a>· 标题</a>). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>石桥镇图书馆--频道</title></head><body>"
#define H1 "<h1>石桥镇老粮站变身乡村图书馆</h1>"
#define INFO "<div class=\"info\">2026年12月05日08:12 | 来源：某网－某频道</div>"
#define P2 "<p>老粮站闲置已有十多年。今年春天，石桥镇把粮站的两栋仓库改造成乡村图书馆，保留了原有的木梁和青砖墙。</p>"
#define P3 "<p>图书馆由镇综合文化站负责日常管理，与县图书馆实行通借通还，开放8个月来累计接待读者2.3万人次。</p>"
#define WIREPAGE(lead) HEAD H1 INFO "<div class=\"txt_con\"><p>" lead "走进石桥镇，一座上世纪七十年代建成的老粮站，" \
	"如今成了村民读书看报的好去处。</p>" P2 P3 "</div></body></html>"

static void
wire_bracket(void)
{
	test_gives(dateline_credit, "人民网长沙12月5日电 （谭丽）走进石桥镇，一座老粮站成了图书馆。", "谭丽",
	    "a wire dateline's bracket after a space holds its writer's bare name");
	test_gives(dateline_credit, "新华社北京5月3日电 （记者 王晓明、李蓉）记者从有关部门获悉。", "王晓明 李蓉",
	    "... or roles and names, after a space");
	test_gives(dateline_credit, "中新网5月3日电（张立、欧阳晨）记者从有关部门获悉。", "张立 欧阳晨",
	    "... bare names right after 日电 too");
	test_gives(dateline_credit, "中新网5月3日电 （综合报道）据外媒报道，当地出现降雪。", NULL,
	    "... a desk's word in the bracket (综合报道) is no writer");
	test_gives(dateline_credit, "中新网5月3日电 （图）当地出现降雪。", NULL,
	    "... nor is one character");
	test_gives(dateline_credit, "本报讯（谭丽）走进石桥镇，一座老粮站成了图书馆。", NULL,
	    "... a paper's own 讯 with a bare name is left as it was");
	test_author_is(WIREPAGE("人民网长沙12月5日电 （谭丽）"), "谭丽",
	    "the first paragraph's wire dateline credits the page's author");
	test_author_is(WIREPAGE("12月5日，"), NULL,
	    "... a paragraph with no dateline credits none");
}

static char *
bulletless(const char *s)
{
	char *t = xstrdup(s);

	cut_lead_bullet(t);
	return t;
}

#define RELPAGE(a, b, c) HEAD H1 INFO "<div class=\"txt_con\"><p>12月5日，走进石桥镇，一座上世纪七十年代建成的老粮站，" \
	"如今成了村民读书看报的好去处。</p>" P2 P3 "</div><table class=\"about\"><tr><td class=\"about_title\">相关文章</td></tr>" \
	"<tr><td><a href=\"/show.aspx?id=11\">" a "</a></td><td class=\"date\">2026-11-12</td></tr>" \
	"<tr><td><a href=\"/show.aspx?id=12\">" b "</a></td><td class=\"date\">2026-10-16</td></tr>" \
	"<tr><td><a href=\"/show.aspx?id=13\">" c "</a></td><td class=\"date\">2026-09-03</td></tr>" \
	"</table></body></html>"

static void
first_related_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, TEST_URL);

	tap_str(p->related.n > 0 ? p->related.v[0].title : NULL, want, what);
	page_free(p);
}

static void
bulleted_links(void)
{
	test_gives(bulletless, "· 渔鼓《白鹭洲》入选市级非遗展演剧目", "渔鼓《白鹭洲》入选市级非遗展演剧目",
	    "a list's bullet opening a link's text is no part of its title");
	test_gives(bulletless, "» Pool extends opening hours", "Pool extends opening hours",
	    "... a guillemet's too");
	test_gives(bulletless, "中国·青石文化节开幕", "中国·青石文化节开幕",
	    "... a mark inside a title stays");
	test_gives(bulletless, "·", "·", "... a link of the mark alone is left whole");
	first_related_is(RELPAGE("・ 渔鼓《白鹭洲》入选市级非遗展演剧目", "・ 巡演首站在柳塘乡开演",
	    "・ 我县开展非遗传承人口述史记录工作"), "渔鼓《白鹭洲》入选市级非遗展演剧目",
	    "a 相关文章 table's bulleted links are titled without the bullet");
	first_related_is(RELPAGE("中国·青石文化节开幕", "巡演首站在柳塘乡开演", "我县开展非遗传承人口述史记录工作"),
	    "中国·青石文化节开幕", "... a title with a mark inside is kept whole");
}

int
main(void)
{
	wire_bracket();
	bulleted_links();
	return tap_done();
}
