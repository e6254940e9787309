/* unit_extract_unseen9zh: the kinds of layout the ninth Chinese blind
 * round (unseen9zh-*) found wanting: an interview's turns in bold, a
 * guest's 人物简介 box, a live page's counts run into its source, a
 * 评论员 byline of a role alone, a 制图 credit, a headline spaced out. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>专访岚溪县县长周明远</title></head><body><h1>专访岚溪县县长周明远</h1>"
#define ZH1 "<p>初夏时节，岚溪县云雾山上茶香四溢。近年来，这个山区县把一片茶叶做成了带动四万多名群众增收的大产业。</p>"
#define ZH2 "<p>茶山夜市、采茶体验、茶园民宿，县里都在试。关键是把路修好、把厕所建好、把服务标准定下来。</p>"
#define ZH3 "<p>希望在外打工的年轻人愿意回来。茶山要有人守，也要有人创新，只要产业兴旺了，乡村自然就有了人气。</p>"

static void
interview_turns(void)
{
	test_gives(label_value, "您到岚溪工作已经三年，最初对这里的茶产业是什么印象？", NULL,
	    "a label's line going on past a comma to a question's end is a speaker's turn, no name");
	test_gives(label_value, "周明远，第一次上云雾山，我看到的是好山好水。", NULL,
	    "... or to a sentence's end");
	test_gives(label_value, "王敏，李华", "王敏", "... a comma between names stays a byline's");
	test_body_count(HEAD "<div class=\"info\"><span>记者 沈若溪</span></div><div class=\"content\">" ZH1
	    "<p><strong>记者：</strong>您到岚溪工作已经三年，最初对这里的茶产业是什么印象？</p>" ZH2
	    "<p><strong>记者：</strong>对未来五年，您最大的期待是什么？</p>" ZH3 "</div></body></html>", 5,
	    "... and a paragraph of the story");
	test_author_is(HEAD "<div class=\"info\"><span>记者 沈若溪</span></div><div class=\"content\">" ZH1
	    "<p><strong>记者：</strong>您到岚溪工作已经三年，最初对这里的茶产业是什么印象？</p>" ZH2 ZH3 "</div></body></html>",
	    "沈若溪", "... and the byline's reporter is the author");
}

#define BIO "周明远，1976年生，岚州人，研究生学历，现任岚溪县委副书记、县长。曾任岚州市农业农村局副局长、青岚镇党委书记。"

static void
profile_box_out(void)
{
	struct ctx c;

	test_story(&c, HEAD "<div class=\"article\"><div class=\"rw\"><img src=\"https://img.test/guest.jpg\" alt=\"周明远\">"
	    "<div><h4>人物简介</h4><p>" BIO "</p></div></div>"
	    "<div class=\"content\">" ZH1 ZH2 ZH3 "</div></div></body></html>");
	tap_int((long)c.page->body.n, 3, "a box opening with 人物简介 (a guest's bio of two sentences) is no part of the story");
	tap_ok(!test_body_has(&c, BIO), "... its bio stays out");
	extract_images(&c);
	tap_int((long)c.page->nimages, 0, "... and its picture is the guest's, not the story's");
	test_doc_free(&c);
}

static void
glued_count(void)
{
	test_gives(label_value, "岚溪县融媒体中心12.6万人参与", "岚溪县融媒体中心",
	    "a live page's audience count glued on (12.6万人参与) ends a value");
	test_gives(label_value, "岚溪日报326评论", "岚溪日报", "... as a comment count does");
	test_gives(label_value, "岚溪12345热线", "岚溪12345热线", "... a number inside a name is none");
}

#define PL "<html><head><title>以绣花功夫答好城市更新这道题</title></head><body><h1>以绣花功夫答好城市更新这道题</h1>"

static void
commentator_signs(void)
{
	test_author_is(PL "<div class=\"info\">本报评论员&nbsp;&nbsp;2024-06-18 06:40&nbsp;&nbsp;来源：岚州日报</div>"
	    "<div class=\"content\">" ZH1 ZH2 ZH3 "</div></body></html>",
	    "本报评论员", "a commentator's role signing alone under the headline (本报评论员) is the author");
	test_author_is(PL "<div class=\"info\">本报评论员</div><div class=\"content\">" ZH1 ZH2 ZH3 "</div></body></html>",
	    "本报评论员", "... alone on its line too");
	test_author_is(PL "<div class=\"content\">" ZH1 "<p>本报评论员认为，城市更新要久久为功，不能一蹴而就。</p>" ZH2 ZH3
	    "</div></body></html>", NULL, "... not a sentence of the story");
}

static void
graphic_credit(void)
{
	tap_ok(is_meta_line("制图：岚溪县融媒体中心"), "a graphic's 制图：NAME is a byline's line");
	test_gives(label_value, "韩冰制图：李青", "韩冰", "... and its label ends the value before it");
	test_body_count(HEAD "<div class=\"content\">" ZH1 ZH2 ZH3 "<p style=\"text-align:right\">制图：岚溪县融媒体中心</p>"
	    "</div></body></html>", 3, "... no paragraph of the story");
}

/* a live page: the intro in a box of its own, the updates in a list
 * joined to it as the story, the editor credited after the list */
static void
editor_after_story(void)
{
	struct ctx c;

	test_story(&c,
	    "<html><head><title>直播｜2024岚溪半程马拉松鸣枪开跑</title></head><body><div class=\"live-head\"><div class=\"live-cover\"><img src=\"/live/2024/0616/cover.jpg\" alt=\"直播封面\"><span class=\"live-state end\">已结束</span></div><h1 class=\"live-title\">直播｜2024岚溪半程马拉松鸣枪开跑</h1><div class=\"live-meta\"><span class=\"live-start\">2024-06-16 07:00</span></div></div><div class=\"live-intro\"><p><b>直播介绍：</b>6月16日7时，2024岚溪半程马拉松在县体育中心鸣枪开跑。来自全国各地的8000名跑者将沿岚江、穿古镇、上茶山，感受岚溪的山水之美。岚溪融媒全程图文直播，敬请关注。</p></div><div class=\"live-bar\"><span class=\"refresh\">自动刷新 <i class=\"switch on\"></i></span><span class=\"order\"><a class=\"on\" href=\"#\">倒序</a> | <a href=\"#\">正序</a></span></div><div class=\"live-list\" id=\"zb\"><div class=\"live-item\"><div class=\"live-time\"><span>10:32</span></div><div class=\"live-txt\"><p>比赛关门时间到。本届赛事全部完赛跑者7612人，完赛率95.2%，赛道医疗站共处置轻微伤病42例，无重大伤病事件发生。</p><div class=\"live-ops\"><a href=\"#\" class=\"zan\">点赞</a><a href=\"#\" class=\"fx\">分享</a></div></div></div><div class=\"live-item\"><div class=\"live-time\"><span>09:58</span></div><div class=\"live-txt\"><p>女子组冠军产生！来自岚州市的选手许嘉宁以1小时16分08秒率先冲线，打破赛会纪录。</p><div class=\"live-ops\"><a href=\"#\" class=\"zan\">点赞</a><a href=\"#\" class=\"fx\">分享</a></div></div></div><div class=\"live-item\"><div class=\"live-time\"><span>09:21</span></div><div class=\"live-txt\"><p>男子组冠军产生！选手段浩然以1小时05分41秒夺得男子组冠军，这是他第二次在岚溪半马夺冠。</p><div class=\"live-ops\"><a href=\"#\" class=\"zan\">点赞</a><a href=\"#\" class=\"fx\">分享</a></div></div></div><div class=\"live-item\"><div class=\"live-time\"><span>08:15</span></div><div class=\"live-txt\"><p>领跑集团已通过15公里处的云雾茶山补给站，沿途茶农自发为跑者送上凉茶。</p><div class=\"live-ops\"><a href=\"#\" class=\"zan\">点赞</a><a href=\"#\" class=\"fx\">分享</a></div></div></div><div class=\"live-item\"><div class=\"live-time\"><span>07:00</span></div><div class=\"live-txt\"><p>发令枪响，2024岚溪半程马拉松正式开跑！8000名跑者从县体育中心出发。</p><div class=\"live-ops\"><a href=\"#\" class=\"zan\">点赞</a><a href=\"#\" class=\"fx\">分享</a></div></div></div></div><div class=\"live-editor\">责任编辑：胡晓</div></body></html>");
	extract_story_editor(&c);
	tap_int((long)c.nparts, 2, "(a live page's intro and its updates are joined as the story)");
	tap_str(c.page->editor, "胡晓", "the editor credited just past a story joined from blocks (a live page's updates) is read");
	test_doc_free(&c);
}

static void
others_heading(void)
{
	tap_ok(is_related_heading("TA的其他头条文章"), "a heading of the writer's other posts (TA的其他头条文章) heads a related list");
	tap_ok(is_related_heading("作者更多文章"), "... 作者更多文章 too");
	tap_ok(!is_related_heading("敬请关注系列评论员文章"), "... a line ending in 文章 without 其他 or 更多 is none");
	tap_ok(!is_related_heading("本版其他文章"), "... nor the paper's page's other stories (本版其他文章), no writer's");
}

#define OBIT_TEXT "<div class=\"con\"><p>我院原副院长林振华同志，因病医治无效，于2024年6月3日在岚州逝世，享年86岁。</p>" \
	"<p>林振华同志长期从事茶树品种选育和栽培技术研究，为我市茶产业发展作出了重要贡献。</p><p>特此讣告。</p></div>"

static void
spaced_heading(void)
{
	struct ctx c;

	test_doc(&c, "<html><head><title>讣告 - 岚州市农业科学研究院</title></head><body><div class=\"detail\">"
	    "<h2>讣&nbsp;&nbsp;告</h2><div class=\"info\">发布时间：2024-06-04 09:15</div>" OBIT_TEXT "</div></body></html>");
	find_body(&c);
	extract_title(&c);
	tap_str(c.page->title, "讣告", "a short heading spaced out for show (讣  告) that opens <title> before its separator is the headline");
	test_doc_free(&c);
	test_doc(&c, "<html><head><title>讣告</title></head><body><div class=\"nav\"><h2>通知</h2></div><div class=\"detail\">"
	    "<h2>讣 告</h2>" OBIT_TEXT "</div></body></html>");
	find_body(&c);
	extract_title(&c);
	tap_str(c.page->title, "讣告", "... (a <title> of the word alone gives it as before)");
	test_doc_free(&c);
	test_doc(&c, "<html><head><title>通知公告 - 岚州市农业科学研究院</title></head><body><div class=\"detail\">"
	    "<h2>通知</h2>" OBIT_TEXT "</div></body></html>");
	find_body(&c);
	extract_title(&c);
	tap_str(c.page->title, "通知公告", "... a longer word's head (通知 of 通知公告) is none");
	test_doc_free(&c);
}

static void
cover_pictures(void)
{
	struct ctx c;

	test_story(&c, "<html><head><title>直播｜岚溪半马开跑</title></head><body><div class=\"live-head\">"
	    "<div class=\"live-cover\"><img src=\"https://img.test/cover.jpg\" alt=\"直播封面\"><span>已结束</span></div>"
	    "<h1>直播｜岚溪半马开跑</h1><div class=\"meta\">2024-06-16 07:00</div></div><div class=\"intro\">" ZH1 ZH2 ZH3
	    "</div></body></html>");
	extract_images(&c);
	tap_int((long)c.page->nimages, 1, "a live page's poster in a cover's block just before its headline is the story's first picture");
	test_doc_free(&c);
	test_story(&c, "<html><head><title>端午去哪儿？岚溪古镇的水上集市</title></head><body><div class=\"art\">"
	    "<div class=\"main_toppic\"><img src=\"https://img.test/top.jpg\" alt=\"头图\"></div><div class=\"main_editor\">"
	    "<div class=\"title\">端午去哪儿？岚溪古镇的水上集市</div><div class=\"time\">发布于 2024-06-12 21:46</div>"
	    "<div class=\"text\">" ZH1 ZH2 ZH3 "</div><div class=\"read\">阅读 10万+</div></div></div></body></html>");
	extract_images(&c);
	tap_int((long)c.page->nimages, 1, "... a long post's top picture (toppic) just before its container too");
	test_doc_free(&c);
}

static void
icon_glyphs(void)
{
	struct ctx c;

	test_story(&c, HEAD "<div class=\"content\">" ZH1 ZH2 "<p>摆摊报名和活动详情可以看这里：<a href=\"http://t.cn/A6NqzR2b\">"
	    "<i class=\"wbicon\">O</i>网页链接</a></p>" ZH3 "</div></body></html>");
	tap_ok(test_body_has(&c, "摆摊报名和活动详情可以看这里：网页链接"),
	    "an icon font's glyph (<i class=\"wbicon\">O</i>) is no text of the line");
	test_doc_free(&c);
	test_story(&c, HEAD "<div class=\"content\">" ZH1 ZH2 "<p><span class=\"icon-tag\">热</span>茶山夜市每周三至周日开放。</p>" ZH3
	    "</div></body></html>");
	tap_ok(test_body_has(&c, "热茶山夜市每周三至周日开放。"), "... a CJK word in an icon's box is text");
	test_doc_free(&c);
}

int
main(void)
{
	interview_turns();
	profile_box_out();
	glued_count();
	commentator_signs();
	graphic_credit();
	editor_after_story();
	others_heading();
	spaced_heading();
	cover_pictures();
	icon_glyphs();
	return tap_done();
}
