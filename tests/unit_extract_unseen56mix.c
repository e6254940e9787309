/* unit_extract_unseen56mix: the kinds of layout the fifty-sixth mixed
 * blind round (unseen56mix-*) found wanting: a blog engine's plain
 * <meta name="date"> in ISO 8601 with its seconds and zone (Dotclear's
 * post head) telling the moment the byline shows to the minute; a
 * portal CMS's line under the story, "NAME 發表於 DATE" (PHP-Fusion's
 * news footer); a vBulletin thread's first post, its poster's card a
 * link to member.php?u=N beside the post. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD(meta) "<html><head><meta charset=\"utf-8\">" meta "<title>河堤步道完工</title></head><body>"
#define STORY "<div class=\"post\"><h2 class=\"post-title\">河堤步道完工</h2>" \
	"<p class=\"post-info\">由 <a href=\"/about\">張小雯</a> 於 2026年11月18日 09:05</p>" \
	"<div class=\"post-content\"><p>南岸河堤步道十一月中旬完工，全長一點二公里，沿途新設三處休息亭與夜間照明，" \
	"里民傍晚散步不必再走車道。</p><p>社區發展協會表示，步道兩旁的樹苗由國小學童認養，每月第一個星期六" \
	"會一同澆水、清理落葉。</p></div></div></body></html>"

static void
zoned_date_meta(void)
{
	test_published_is(HEAD("<meta name=\"date\" content=\"2026-11-18T09:05:00+08:00\">") STORY,
	    "2026-11-18T09:05:00+08:00",
	    "a <meta name=\"date\"> with seconds and zone tells the byline's minute whole");
	test_published_is(HEAD("<meta name=\"date\" content=\"2026-11-18T09:05:00\">") STORY,
	    "2026-11-18T09:05",
	    "... one without a zone leaves the byline's date as shown");
}

#define FP(n) "<p>第" n "段：本會長者中心上週六下午在禮堂舉行冬日茶聚，一百二十多位區內長者參加，義工協助佈置場地、派發茶點。</p>"
#define FBODY "<html><head><meta charset=\"utf-8\"><title>茶聚</title></head><body><table><tr><td class=\"capmain\">" \
	"冬日茶聚</td></tr></table><table><tr><td class=\"main-body\"><div>" FP("一") FP("二") FP("三") FP("四") \
	FP("五") FP("六") "</div></td></tr>"

static void
posted_on_label(void)
{
	test_published_is(FBODY "<tr><td class=\"news-footer\"><a href=\"profile.php?lookup=7\">黃嘉欣</a> 發表於 "
	    "2026-12-01 10:30 &middot; <a href=\"news_cats.php?cat_id=3\">長者服務</a> &middot; 286 次閱讀</td></tr>"
	    "</table></body></html>", "2026-12-01T10:30",
	    "\"NAME 發表於 DATE\" under a long story dates it");
	test_published_is(FBODY "</table><div class=\"comment\"><p>陳小明 發表於 2026-12-02 08:00</p><p>多謝"
	    "街坊會！</p></div></body></html>", NULL,
	    "... a comment's 發表於 under a story of no date dates nothing");
}

#define VBPOST(card) "<html><head><title>早市恢复 - 青梅镇论坛</title></head><body><table><tr>" \
	"<td class=\"alt2\">" card "<div>注册日期: 2011-04</div></td><td class=\"alt1\">" \
	"<div><strong>早市恢复</strong></div><div id=\"post_message_1\">各位街坊：镇东老街的早市从本周六起恢复，" \
	"时间是每天早上五点半到九点，摊位费全免，到社区服务站登记即可。<br /><br />摊位一共六十四个，沿老街两边排开，" \
	"卖菜、卖豆腐、卖早点的分区摆放，靠桥头的留给外村老人。</div></td></tr></table></body></html>"

static void
vb_member_card(void)
{
	test_author_is(VBPOST("<a class=\"bigusername\" href=\"member.php?u=1203\">老街阿明</a>"), "老街阿明",
	    "a vBulletin post's card links its poster to member.php?u=N");
	test_author_is(VBPOST("<a href=\"memberlist.php\">会员列表</a>"), NULL,
	    "... the forum's member list names no one");
}

int
main(void)
{
	zoned_date_meta();
	posted_on_label();
	vb_member_card();
	return tap_done();
}
