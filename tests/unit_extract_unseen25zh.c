/* unit_extract_unseen25zh: the kinds of layout the twenty-fifth Chinese
 * blind round (unseen25zh-*) found wanting, all of regional offices'
 * sites: a 地方志 office's 史话 closing with the writer's bracketed note
 * under its footnotes, and a 相关史话 box; a 科协's 科普 piece opening
 * with its credits (出品 / 作者 / 审核), under a 相关科普 box; a 广播电视报
 * programme story under a 往期节目 box. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#ifndef BASE_CHECK
#include "extract_kinhead.h"
#include "extract_signnote.h"
#endif
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "http://unit.test/fzsh/2025/1128/1207.html"

#define HEAD(title) "<html><head><meta charset=\"utf-8\"><title>" title "</title></head><body>"
#define P1 "<p>资水出雪峰山，过临湘县境一百二十里，两岸渡口旧有十三处，白石渡是其中最古老的一处。</p>"
#define P2 "<p>康熙五十八年，白石村乡绅捐田二十亩，以田租供渡夫工食，白石渡由此成为义渡。</p>"
#define P3 "<p>2019年12月，全长486米的白石渡大桥建成通车，渡口停止摆渡，渡船的船桨捐给了县档案馆。</p>"
#define FIRST "资水出雪峰山，过临湘县境一百二十里，两岸渡口旧有十三处，白石渡是其中最古老的一处。"
#define LAST "2019年12月，全长486米的白石渡大桥建成通车，渡口停止摆渡，渡船的船桨捐给了县档案馆。"
#define STORY(head, tail) HEAD("白石渡口三百年") \
	"<h1>白石渡口三百年</h1><div class=\"info\">发布时间：2025-11-28 09:12</div>" \
	"<div class=\"content\">" head P1 P2 P3 tail "</div>"
#define PAGE(head, tail) STORY(head, tail) "</body></html>"

static void
writer_notes(void)
{
#ifndef BASE_CHECK
	tap_ok(is_writer_note("（作者系临湘县地方志编纂中心副主任）"), "（作者系OFFICE TITLE） is a writer's note");
	tap_ok(is_writer_note("（作者单位：青岚学院历史系）"), "... and so （作者单位：OFFICE）");
	tap_ok(!is_writer_note("作者系临湘县地方志编纂中心副主任，多年从事地方史研究。"),
	    "... a sentence with no bracket is none");
	tap_ok(!is_writer_note("（作者系化名）据当事人回忆，渡船曾两次翻覆。"),
	    "... and so a note a sentence goes on after");
#endif
	page_body_is(PAGE("", "<p style=\"text-align:right\">（作者系临湘县地方志编纂中心副主任）</p>"), 3, FIRST, LAST,
	    "the writer's bracketed note closing a 史话 is no story text");
	page_body_is(PAGE("", "<p>作者系临湘县地方志编纂中心副主任，多年从事地方史研究。</p>"), 4, FIRST,
	    "作者系临湘县地方志编纂中心副主任，多年从事地方史研究。", "... a sentence about the writer stays");
	page_body_is(PAGE("", "<p style=\"text-align:right\">（震情监测预报处）</p>"), 4, FIRST, "（震情监测预报处）",
	    "... and so a department's name alone in brackets, a release's own close");
}

static void
credits_over_text(void)
{
	page_body_is(PAGE("<p>出品：青岚市科协</p>", ""), 3, FIRST, LAST,
	    "a 科普 piece's 出品：OFFICE credit over the text is no story text");
	page_body_is(PAGE("<p>出品方表示，这部纪录片将于明年春天在全市影院上映。</p>", ""), 4,
	    "出品方表示，这部纪录片将于明年春天在全市影院上映。", LAST, "... a sentence opening 出品方 stays");
}

#define REL_PAGE(head) STORY("", "") "<div class=\"rel\"><h3>" head "</h3><ul>" \
	"<li><a href=\"/fzsh/2025/0912/1153.html\">资水木排的最后一程</a></li>" \
	"<li><a href=\"/fzsh/2025/0627/1098.html\">临湘古驿道考略</a></li>" \
	"</ul></div></body></html>"

#define RELATED_IS(head, want, what) test_page_related_count(REL_PAGE(head), PAGE_URL, (want), (what))

static void
related_heads(void)
{
#ifndef BASE_CHECK
	tap_ok(is_kin_noun_heading("相关史话", strlen("相关史话")), "相关 and a two-character noun heads a related list");
	tap_ok(!is_kin_noun_heading("相关附件", strlen("相关附件")), "... but 相关附件 none");
	tap_ok(!is_kin_noun_heading("相关部门表示", strlen("相关部门表示")), "... and a longer line none");
#endif
	RELATED_IS("相关史话", 2, "a 地方志 office's 相关史话 under the story is its related list");
	RELATED_IS("相关科普", 2, "... and so a 科协's 相关科普");
	RELATED_IS("往期节目", 2, "... and a programme's 往期节目, its series' earlier shows");
	RELATED_IS("往期专版", 0, "... a county paper's 往期专版, its earlier pages, none");
	RELATED_IS("相關連結", 0, "... and 相關連結, links out, none");
	RELATED_IS("相关附件", 0, "... 相关附件 heads files, no stories");
	RELATED_IS("相关单位", 0, "... and 相关单位 offices");
}

int
main(void)
{
	writer_notes();
	credits_over_text();
	related_heads();
	return tap_done();
}
