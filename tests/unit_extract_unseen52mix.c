/* unit_extract_unseen52mix: the kinds of layout the fifty-second mixed
 * blind round (unseen52mix-*) found wanting: a county media centre's
 * story reposted on a self-media platform, its closing credit line giving
 * each writer under a role with its own colon (记者：NAME 通讯员：NAME);
 * a town's news board on forum software (PHPWind, Discuz!), the poster's
 * name in a card beside the post in the first floor's row. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>石湾镇</title></head><body>"
#define H1 "<h1>石湾镇启动冬季水利设施维修工程</h1>"
#define P1 "<p>11月20日，石湾镇冬季水利设施维修工程正式启动，计划在明年春耕前完成全镇十四处山塘和泵站的清淤加固。</p>"
#define P2 "<p>镇水利站组织技术人员逐村排查，梳理出需要维修的渠道和闸门二十余处，并建立了问题清单和完成时限。</p>"
#define P3 "<p>下一步，该镇将加强施工质量监督，确保工程按期完工，为明年农业生产打好基础。</p>"
#define STORY(credit) HEAD H1 "<div class=\"article\">" P1 P2 P3 "<p>" credit "</p></div></body></html>"

static void
role_with_its_colon(void)
{
	test_author_is(STORY("记者：沈语桐 通讯员：邱明远"), "沈语桐 邱明远",
	    "a second writer under a role with its own colon (记者：A 通讯员：B) is a writer too");
	test_gives(label_names, "沈语桐　实习生：邱明远", "沈语桐 邱明远",
	    "... after a wide blank, under 实习生");
	test_author_is(STORY("记者：沈语桐 编辑：胡晓岚"), "沈语桐",
	    "... another label (编辑：) after the name adds no writer");
	test_gives(label_names, "沈语桐 摄影：邱明远", "沈语桐",
	    "... nor a photographer's label (摄影：), no role of credit");
}

#define FHEAD "<html><head><title>石湾镇冬季水利设施维修工程启动 - 镇务公开 - 石湾论坛</title></head><body>" \
	"<div class=\"bread_crumb\"><a href=\"/\">首页</a> &gt; <a href=\"/thread.php?fid=3\">镇务公开</a></div>"
#define CARD(uid, name) "<td class=\"floor_left\"><div class=\"face\"><a href=\"/index.php?m=space&amp;uid=" uid \
	"\"><img src=\"/avatar/" uid ".jpg\"></a></div><div class=\"name\"><a href=\"/index.php?m=space&amp;uid=" \
	uid "\">" name "</a></div><div class=\"level\">管理员</div></td>"
#define POST "<td class=\"box_inner\"><div class=\"tips\">发布于：2016-11-21 09:12</div>" \
	"<h1 class=\"read_h1\">石湾镇冬季水利设施维修工程启动</h1><div class=\"editor_content\">" P1 P2 P3 "</div></td>"
#define REPLY "<table class=\"floor_table\"><tr>" CARD("77", "河边老陈") \
	"<td class=\"box_inner\"><div class=\"editor_content\">支持，村口那条渠早该修了。</div></td></tr></table>"
#define FOOT "<div class=\"footer\">Powered by phpwind</div></body></html>"

static void
poster_card(void)
{
	test_author_is(FHEAD "<table class=\"floor_table\"><tr>" CARD("3", "石湾镇政府办") POST "</tr></table>"
	    REPLY FOOT, "石湾镇政府办",
	    "a forum floor's card beside the post names its poster, a link to the member's page");
	test_author_is(FHEAD "<table class=\"floor_table\"><tr><td class=\"pls\"><div class=\"authi\">"
	    "<a href=\"space-uid-3.html\">石湾镇政府办</a></div></td><td class=\"plc\"><table><tr><td class=\"t_f\">"
	    P1 P2 P3 "</td></tr></table></td></tr></table>" REPLY FOOT, "石湾镇政府办",
	    "... the post's text in a table of its own inside the floor's cell");
	test_author_is(FHEAD "<table class=\"floor_table\"><tr>" POST "</tr></table>" REPLY FOOT, NULL,
	    "... a reply's card in a later floor names no one");
	test_author_is(FHEAD "<div class=\"side\">最新会员：<a href=\"/index.php?m=space&amp;uid=90\">阿杭</a></div>"
	    "<table class=\"floor_table\"><tr>" POST "</tr></table>" FOOT, NULL,
	    "... nor a member's link outside the post's row");
}

int
main(void)
{
	role_with_its_colon();
	poster_card();
	return tap_done();
}
