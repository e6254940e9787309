/* unit_extract_unseen18zh: the kinds of layout the eighteenth Chinese
 * blind round (unseen18zh-*) found wanting: an old ASP or .NET CMS's
 * field line printing what it prints in a field left blank (作者：佚名,
 * 文章来源：本站原创); a county office's story closed by the writer's mark
 * and the name alone (文/图 NAME), over its 编辑 / 审核 line; a Bootstrap
 * CMS's tag line whose tag ends in 阅读 (标签：世界读书日,全民阅读) over the
 * 上一篇 / 下一篇 lines; an old ASP CMS's prev / next links whose title
 * attribute is the tooltip's title line alone (title="文章标题：TITLE"). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_dom.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define P1 "<p>9月2日，县职工技能大赛电工项目决赛在县职业教育中心实训基地举行，来自全县18家企业的36名电工同台竞技。</p>"
#define P2 "<p>本次决赛分为理论知识和实际操作两部分，实操环节重点考察选手的规范操作和安全意识。</p>"
#define P3 "<p>县总工会相关负责人表示，今年的职工技能大赛共设7个项目，全县有2100余名职工参加了初赛。</p>"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>县总工会举办职工技能大赛电工项目决赛</title></head>" \
	"<body><h1>县总工会举办职工技能大赛电工项目决赛</h1>"
#define FIELDS(author, source) HEAD "<div class=\"info\">文章来源：" source "&nbsp;&nbsp;作者：" author \
	"&nbsp;&nbsp;更新时间：2024-9-3 10:25:41</div><div class=\"content\">" P1 P2 P3 "</div></body></html>"

static void
blank_fields(void)
{
	test_author_is(FIELDS("佚名", "县总工会宣教部"), NULL,
	    "作者：佚名 is a field left blank: no author");
	test_source_is(FIELDS("佚名", "本站原创"), NULL, "... and 文章来源：本站原创 no source");
	test_author_is(FIELDS("易振东", "本站原创"), "易振东", "... while a name under the label stays");
	test_source_is(FIELDS("易振东", "县总工会宣教部"), "县总工会宣教部", "... and so does an office as the source");
	test_source_is(FIELDS("易振东", "本站原创摄影部"), "本站原创摄影部",
	    "... and a value only opening with the blank word");
}

#define CLOSED(line) HEAD "<div class=\"content\">" P1 P2 P3 line "<p>编辑：蓝海燕　审核：韦丽萍</p></div></body></html>"

static void
closing_writer_mark(void)
{
	test_author_is(CLOSED("<p>文/图 蒙秀琳</p>"), "蒙秀琳",
	    "文/图 NAME closing the text credits the writer");
	test_body_count(CLOSED("<p>文/图 蒙秀琳</p>"), 3, "... and is no paragraph of the text");
	test_author_is(CLOSED("<p>文/蒙秀琳</p>"), "蒙秀琳", "... and so does 文/NAME");
	test_gives(credit_line_names, "文／图 蒙秀琳 覃月英", "蒙秀琳 覃月英", "... two names after a full-width mark");
	test_gives(credit_line_names, "文/青岑晚报记者 石蕾", "石蕾", "... a role after the mark still read as one");
	test_author_is(CLOSED("<p>文/图 两种形式的作品均可投稿，截止日期为5月31日。</p>"), NULL,
	    "... while a sentence after the mark names nobody");
	test_body_count(CLOSED("<p>文/图 两种形式的作品均可投稿，截止日期为5月31日。</p>"), 4,
	    "... and stays in the text");
}

#define STORY "<html><head><meta charset=\"utf-8\"><title>流动图书车开进石岭村</title></head>" \
	"<body><h1>流动图书车开进石岭村</h1><div class=\"content\">" P1 P2 P3 "</div>"
#define PREVNEXT "<div class=\"pn\"><div>上一篇：<a href=\"/news/212.html\">县图书馆举办古籍里的桐枫专题讲座</a></div>" \
	"<div>下一篇：<a href=\"/news/221.html\">少儿阅览室小小图书管理员招募啦</a></div></div></body></html>"

static void
tag_line_heads_nothing(void)
{
	tap_int(test_story_related(xstrdup(STORY "<div class=\"tags\">标签：<a href=\"/tag/1\">世界读书日</a>,"
	    "<a href=\"/tag/2\">全民阅读</a></div>" PREVNEXT)), 0,
	    "a tag ending in 阅读 in the 标签： line heads no related list");
	tap_int(test_story_related(xstrdup(STORY "<div class=\"tags\">关键词：<a href=\"/tag/2\">全民阅读</a></div>" PREVNEXT)), 0,
	    "... nor in a 关键词： line");
	tap_int(test_story_related(xstrdup(STORY "<div class=\"hd\"><a href=\"/tag/2\">推荐阅读</a></div>" PREVNEXT)), 2,
	    "... while a linked 推荐阅读 alone on its line still heads the links under it");
}

static void
tooltip_title_line(void)
{
	test_gives(tooltip_title, "文章标题：县总工会开展工会送清凉慰问活动", "县总工会开展工会送清凉慰问活动",
	    "a tooltip of the title line alone gives the title past 文章标题：");
	test_gives(tooltip_title, "新闻标题: 全县基层工会主席培训班开班", "全县基层工会主席培训班开班",
	    "... past 新闻标题 and an ASCII colon too");
	test_gives(tooltip_title, "标题党：网络乱象何时休", "标题党：网络乱象何时休",
	    "... while a title opening with the word stays whole");
	test_gives(tooltip_title, "标题：一个标题里的冒号", "标题：一个标题里的冒号",
	    "... and so does one opening with 标题： alone, as a headline may");
	test_gives(tooltip_title, "Title: IX ruling upheld", "Title: IX ruling upheld",
	    "... and a Latin one is no label");
}

int
main(void)
{
	blank_fields();
	closing_writer_mark();
	tag_line_heads_nothing();
	tooltip_title_line();
	return tap_done();
}
