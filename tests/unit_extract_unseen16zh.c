/* unit_extract_unseen16zh: the kinds of layout the sixteenth Chinese
 * blind round (unseen16zh-*) found wanting: a county bureau's news page
 * (教育局, 交警大队) naming the writer's unit before the writer under
 * one author's label (作者：县教师发展中心 贺明轩, 作者：宣传科 龙启航). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>县教育局举办青年教师教学基本功大赛</title></head>" \
	"<body><h1>县教育局举办青年教师教学基本功大赛</h1><div class=\"info\">"
#define INFO_END "　来源：县教育局　发布时间：2024年11月15日</div><div class=\"content\">"
#define P1 "<p>为促进青年教师专业成长，11月12日至14日，全县青年教师教学基本功大赛在县实验中学举行。</p>"
#define P2 "<p>大赛设置教学设计、课堂展示、粉笔字书写和即兴演讲四个环节，全面考查青年教师的教学基本功。</p>"
#define P3 "<p>经过激烈角逐，最终评出一等奖24名、二等奖41名、三等奖55名，优秀选手将参加全市比赛。</p>"
#define TAIL "</div><div class=\"editor\">责任编辑：孔晓楠</div></body></html>"
#define PAGE(author) HEAD author INFO_END P1 P2 P3 TAIL

static void
office_before_name(void)
{
	test_author_is(PAGE("作者：县教师发展中心 贺明轩"), "贺明轩",
	    "a unit longer than a name (县教师发展中心) before the name is the writer's office, no author");
	test_author_is(PAGE("作者：宣传科 龙启航"), "龙启航",
	    "... and so is a press office by its word (宣传科), short as it is");
	test_author_is(PAGE("作者：县公安局交警大队宣传科　龙启航"), "龙启航",
	    "... and a press office at the end of its unit's name");
	test_author_is(PAGE("作者：县教师发展中心"), "县教师发展中心",
	    "... while a unit named alone, with no name after it, is still the author");
	test_author_is(PAGE("作者：王中心 贺明轩"), "王中心 贺明轩",
	    "... and a name ending in a unit's word (王中心) is a name, one of two");
	test_author_is(PAGE("作者：欧阳志科 贺明轩"), "欧阳志科 贺明轩",
	    "... and so is a four-character name (欧阳志科)");
}

int
main(void)
{
	office_before_name();
	return tap_done();
}
