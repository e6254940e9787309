/* unit_extract_unseen22zh: the kinds of layout the twenty-second Chinese
 * blind round (unseen22zh-*) found wanting, all of regional news media:
 * a 区融媒 page's QR box whose caption ends "关注“ACCOUNT”" on a line of
 * its own; a 县报 专版's closing （本版图片由OFFICE提供）; a 地方新闻网
 * 评论 column's 相关评论 box after the piece; a 体育 gallery's byline of
 * spans run together ("文/图 澄溪网记者 欧阳晴川 宓远评论(12)"): a compound
 * surname's name of four, and a count's field right after the last name;
 * the 评论 column's 【导语】 box of its own class right before the text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_credmark.h"
#include "extract_words.h"
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "http://unit.test/news/2025/10/21/1.html"

#define HEAD(title) "<html><head><meta charset=\"utf-8\"><title>" title "</title></head><body>"
#define P1 "<p>今年我区计划新建10个口袋公园，首批15个候选点位经区城建局、各街道实地踏勘后确定，现向社会公开征集意见。</p>"
#define P2 "<p>据了解，此次候选点位多为城市边角地、闲置地和拆违腾退地块，面积在300至2000平方米之间，主要分布在老城片区。</p>"
#define P3 "<p>投票结束后，区城建局将综合投票结果、用地条件和建设成本，确定首批建设点位并于年底前开工建设。</p>"
#define STORY(tail) HEAD("口袋公园选址方案出炉 邀您投票") \
	"<h1>口袋公园选址方案出炉 邀您投票</h1><div class=\"info\">2025-10-21 16:48</div>" \
	"<div class=\"content\">" P1 P2 P3 tail "</div></body></html>"
#define LAST "投票结束后，区城建局将综合投票结果、用地条件和建设成本，确定首批建设点位并于年底前开工建设。"

static void
follow_calls(void)
{
	tap_ok(is_follow_call("关注“桐湾发布”"), "关注“NAME” alone is a follow call");
	tap_ok(is_follow_call("关注“桐湾发布”微信公众号"), "... and so with the account's kind after it");
	tap_ok(!is_follow_call("关注“一老一小”问题，我区今年新增养老床位300张"),
	    "... a sentence opening on 关注“…” is none");
	tap_ok(!is_follow_call("关注“”"), "... nor an empty name");
	page_body_is(STORY("<div class=\"qr\"><img src=\"/qr.jpg\"><p>长按识别二维码<br>关注“桐湾发布”</p></div>"),
	    3, NULL, LAST, "a QR box's 关注“NAME” line closes no story");
	page_body_is(STORY("<p>关注“一老一小”问题，我区今年还将新增养老床位300张、托育托位200个，建成社区食堂12家。</p>"),
	    4, NULL, "关注“一老一小”问题，我区今年还将新增养老床位300张、托育托位200个，建成社区食堂12家。",
	    "... while a paragraph opening on 关注“…” stays");
}

static void
picture_notes(void)
{
	tap_ok(is_picture_note("（本版图片由石门坎村提供）"), "（本版图片由NAME提供） is a picture note");
	tap_ok(is_picture_note("(图片均由县文旅局提供)"), "... in ASCII brackets too");
	tap_ok(!is_picture_note("（以上数据由县统计局提供）"), "... a note of data is no picture note");
	tap_ok(!is_picture_note("图片由石门坎村提供"), "... nor one outside brackets");
	page_body_is(STORY("<p align=\"right\">（本版图片由石门坎村提供）</p>"), 3, NULL, LAST,
	    "a 专版's closing picture note is no body");
}

#define REL_PAGE(head) HEAD("“夜市经济”别只盯着流量") "<h1>“夜市经济”别只盯着流量</h1>" \
	"<div class=\"info\">2025年08月05日 10:02　来源：汀洲新闻网</div><div class=\"content\">" P1 P2 P3 "</div>" \
	"<div class=\"xg\"><h3>" head "</h3><ul>" \
	"<li><span>2025-07-18</span><a href=\"/pinglun/2025-07/18/content_87902.htm\">“地摊经济”回归，城市管理如何接招</a></li>" \
	"<li><span>2025-06-30</span><a href=\"/pinglun/2025-06/30/content_87615.htm\">让“烟火气”与“文明范”相得益彰</a></li>" \
	"</ul></div></body></html>"

static void
opinion_related(void)
{
	struct page *p = test_page_of(REL_PAGE("相关评论"), PAGE_URL);

	tap_int((long)p->related.n, 2, "a 相关评论 box after an opinion piece is its related list");
	page_free(p);
	p = test_page_of(REL_PAGE("评论排行"), PAGE_URL);
	tap_int((long)p->related.n, 0, "... a 评论排行 box is none");
	page_free(p);
}

#define BY_PAGE(by) HEAD("千舟竞渡龙舟邀请赛鸣锣开赛") "<h1>千舟竞渡龙舟邀请赛鸣锣开赛</h1>" \
	"<div class=\"info\"><span>澄溪网</span><span>2025/05/31 18:26</span><span>" by "</span>" \
	"<span><a href=\"#c\">评论(<b>12</b>)</a></span></div><div class=\"content\">" P1 P2 P3 "</div></body></html>"

/* Is s a count's field and nothing more? */
static int
is_count_field(const char *s)
{
	return *s != '\0' && count_field_at(s) == strlen(s);
}

static void
run_together(void)
{
	struct page *p;

	tap_ok(is_count_field("评论(12)") && is_count_field("阅读 3200") && is_count_field("浏览：86次") &&
	    is_count_field("阅读量：1.2万") && is_count_field("跟帖 46"),
	    "评论(12), 阅读 3200, 浏览：86次, 阅读量：1.2万 and 跟帖 46 are a count's field");
	tap_ok(!is_count_field("评论员") && !is_count_field("点击查看") && !is_count_field("阅读()"),
	    "... 评论员, 点击查看 and 阅读() are none");
	tap_ok(count_field_at("浏览 3521跟帖 46") == strlen("浏览 3521"), "... and a count ends at its digits");
	p = test_page_of(BY_PAGE("文/图 澄溪网记者 欧阳晴川 宓远"), PAGE_URL);
	tap_str(p->author, "欧阳晴川 宓远", "a compound surname's name of four, and a name run into 评论(12)");
	page_free(p);
	p = test_page_of(BY_PAGE("文/图 澄溪网记者 程书远 宓远"), PAGE_URL);
	tap_str(p->author, "程书远 宓远", "... and so with a name of three");
	page_free(p);
	p = test_page_of(BY_PAGE("文/图 澄溪网记者 程书远 本站原创"), PAGE_URL);
	tap_str(p->author, "程书远", "... while 本站原创, four with no compound surname, is no name");
	page_free(p);
}

#define LEAD_PAGE(box) HEAD("“夜市经济”别只盯着流量") "<h1>“夜市经济”别只盯着流量</h1>" \
	"<div class=\"info\">2025年08月05日 10:02　来源：汀洲新闻网</div><div class=\"left\">" \
	"<div class=\"pl_daoyu\">" box "夜市热闹起来是好事，但热闹之后靠什么留住人，值得多想一步。</div>" \
	"<div class=\"pl_content\">" P1 P2 P3 "</div></div></body></html>"

static void
labelled_leads(void)
{
	struct page *p = test_page_of(LEAD_PAGE("<b>【导语】</b>"), PAGE_URL);

	tap_int((long)p->body.n, 4, "a box opening on 【导语】 right before the text is its lead");
	tap_str(p->body.n > 0 ? p->body.v[0] : NULL, "【导语】夜市热闹起来是好事，但热闹之后靠什么留住人，值得多想一步。",
	    "... and its first line");
	page_free(p);
	p = test_page_of(LEAD_PAGE(""), PAGE_URL);
	tap_int((long)p->body.n, 3, "... one of no label nor a lead's class stays out");
	page_free(p);
	p = test_page_of(LEAD_PAGE("<b>【导读】</b>"), PAGE_URL);
	tap_int((long)p->body.n, 3, "... and so does a CMS's 【导读】 box (unseen21mix)");
	page_free(p);
}

int
main(void)
{
	follow_calls();
	picture_notes();
	opinion_related();
	run_together();
	labelled_leads();
	return tap_done();
}
