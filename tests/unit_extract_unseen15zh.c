/* unit_extract_unseen15zh: the kinds of layout the fifteenth Chinese
 * blind round (unseen15zh-*) found wanting: a bureau's news page closing
 * its story with the writer's mark as a label (（文/图：NAME　通讯员：NAME）),
 * the writer of text and pictures named before the correspondent. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>五一假期乡村旅游持续升温</title></head>" \
	"<body><h1>五一假期乡村旅游持续升温</h1><div class=\"info\">发布时间：2024年05月06日 10:20　" \
	"信息来源：柳川市文化广电和旅游局</div><div class=\"content\">"
#define P1 "<p>“五一”假期，我市乡村旅游持续升温，全市共接待游客86.4万人次，同比增长18.7%，旅游收入5.12亿元。</p>"
#define P2 "<p>假期期间，花溪村、上坪古寨、青竹湾等乡村旅游点人气旺盛，花溪村42家民宿连续五天满房。</p>"
#define P3 "<p>市文化广电和旅游局有关负责人表示，下一步将持续推进乡村旅游提质升级，培育一批精品民宿。</p>"
#define TAIL "</div><div class=\"editor\">责任编辑：蒋宁</div></body></html>"

static void
writer_mark_label(void)
{
	test_author_is(HEAD P1 P2 P3 "<p>（文/图：周晓岚　通讯员：谭亮）</p>" TAIL, "周晓岚",
	    "the writer's mark as a label (文/图：NAME) names the author before the correspondent");
	test_author_is(HEAD P1 P2 P3 "<p>（图/文：周晓岚）</p>" TAIL, "周晓岚",
	    "... and so does 图/文：NAME alone");
	test_author_is(HEAD P1 P2 P3 "<p>（通讯员：谭亮）</p>" TAIL, "谭亮",
	    "... while a correspondent credited alone is still the author");
	test_author_is(HEAD P1 P2 "<p>展览分文/图两个展区，共展出老照片和手稿三百余件。</p>" P3 TAIL, NULL,
	    "... and a writer's mark in a sentence, without its colon, names no one");
}

int
main(void)
{
	writer_mark_label();
	return tap_done();
}
