/* unit_extract_unseen7zh: the kinds of layout the seventh Chinese blind
 * round (unseen7zh-*) found wanting: a government press release closing
 * with 完 and its date line, a transcript's speakers in bold, a 问政
 * page's letter and reply, MIP pages' custom tags, a slideshow's
 * counters. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>郊野公园复修</title></head><body><h1>局长视察郊野公园复修工作</h1>"
#define ZH1 "<p>环境局局长今日下午到鹭洲郊野公园，视察上月山火后的植林及山径复修工作，并与参与植树的义工交流。</p>"
#define ZH2 "<p>渔护署会继续监察植林区的树苗生长情况，并于今年秋冬季举办更多植树活动，欢迎市民报名参与。</p>"
#define STORY "<div class=\"content\">" ZH1 ZH2

static void
end_marks_zh(void)
{
	struct ctx c;

	tap_ok(is_end_mark("完"), "完 alone on its line ends a release");
	tap_ok(is_end_mark("（完）") && is_end_mark("-完-"), "... and in brackets or dashes");
	tap_ok(!is_end_mark("完成"), "... a word holding it is none");
	test_story(&c, HEAD STORY "<p>完</p><p>2024年5月3日（星期五）</p><p>香港时间15时20分</p></div></body></html>");
	tap_int((long)c.page->body.n, 2, "完 ends the story: it and the date lines after it are no paragraphs");
	test_doc_free(&c);
	test_byline(&c, HEAD "<div class=\"content\">" ZH1 ZH2 "<br>完<br><br>2024年5月3日（星期五）<br>香港時間15時20分</div></body></html>");
	tap_str(c.page->published, "2024-05-03T15:20+08:00",
	    "... and the date and time on the lines after it date the release, 香港時間 its zone");
	test_doc_free(&c);
}

static void
transcript_speakers(void)
{
	struct ctx c;

	tap_ok(!is_meta_line("青岚日报记者：请问今年水库安全度汛有哪些新的措施？"),
	    "a reporter's question in a transcript (记者：…？) is no byline's line");
	tap_ok(is_meta_line("记者：陆鸣"), "... a reporter's name is one");
	tap_ok(is_related_heading("往期发布会") && is_related_heading("往期回顾"),
	    "a series' 往期发布会 (往期回顾) heads a related list");
	test_story(&c, HEAD "<div class=\"content\"><p><strong>主持人：</strong>下面进入提问环节，请记者朋友提问前先介绍所在的新闻机构。</p>"
	    "<p><strong>青岚日报记者：</strong>请问今年水库安全度汛有哪些新的措施？</p>"
	    "<p><strong>甘慧琳：</strong>谢谢您的提问。今年我们给全市所有小型水库装上了雨水情监测设施，水位超过汛限时会自动预警。</p>"
	    "</div></body></html>");
	tap_str(c.page->author, NULL, "... it credits no author");
	tap_int((long)c.page->body.n, 3, "... and stays a paragraph of the transcript");
	test_doc_free(&c);
}

static void
slide_counters(void)
{
	struct ctx c;

	tap_ok(is_count_line("1/8") && is_count_line("12 / 12"), "a slide's counter alone (1/8) is a count's line");
	tap_ok(!is_count_line("9/8") && !is_count_line("1/8号") && !is_count_line("2024/05/03"),
	    "... not a number past its total, a date, nor a counter with words");
	test_story(&c, HEAD "<ul class=\"slides\"><li><span class=\"pnum\"><em>1</em>/2</span><p>" "清晨五点，雾还没散，六十七岁的渔民郑阿水已经把船摇出了港湾，他在白鹭湾打鱼四十多年。</p></li>"
	    "<li><span class=\"pnum\"><em>2</em>/2</span><p>收网时，郑阿水和老搭档林细妹配合默契，一个拉网，一个理网，几乎不用说话。</p></li></ul></body></html>");
	tap_int((long)c.page->body.n, 2, "... a photo story's counters are no paragraphs, its captions are");
	test_doc_free(&c);
	tap_ok(is_related_heading("图集推荐"), "a photo story's 图集推荐 heads a related list, as 更多图集 does");
	test_author_is(HEAD "<div class=\"ph-info\"><span>2024-07-22 17:05</span><span>摄影：孔令川</span>"
	    "<span>文字：孔令川 吕青</span></div>" STORY "</div></body></html>",
	    "孔令川 吕青", "a photo story's 文字：NAMES credits the authors, before its 摄影, spans run together");
	test_author_is(HEAD "<div class=\"ph-info\"><span>2024-07-22 17:05</span><span>摄影：孔令川</span></div>"
	    STORY "</div></body></html>", "孔令川", "... its 摄影 alone, the photographer");
}

static void
release_headline(void)
{
	struct ctx c;

	test_doc(&c, "<html><head><title>新聞公報：局長視察郊野公園復修工作</title></head><body>"
	    "<div id=\"PRHeadline\"><span id=\"PRHeadlineSpan\">局長視察郊野公園復修工作</span></div>"
	    "<div id=\"pressrelease\">" ZH1 ZH2 "</div></body></html>");
	find_body(&c);
	extract_title(&c);
	tap_str(c.page->title, "局長視察郊野公園復修工作",
	    "a headline in a span whose id says so, not <title> with its 新聞公報： label");
	test_doc_free(&c);
}

static void
component_pictures(void)
{
	struct ctx c;

	test_story(&c, HEAD "<div class=\"content\">" ZH1 "<p><mip-img layout=\"responsive\" width=\"640\" height=\"427\" "
	    "src=\"https://img.test/xt01.jpg\" alt=\"修缮后的戏台\"></mip-img></p>" ZH2 "</div></body></html>");
	extract_images(&c);
	tap_int((long)c.page->nimages, 1, "a MIP page's <mip-img> is a picture of the story");
	tap_str(c.page->nimages ? c.page->images[0].alt : NULL, "修缮后的戏台", "... with its alt");
	test_doc_free(&c);
	test_story(&c, HEAD "<div class=\"content\">" ZH1 ZH2 "</div><div class=\"xgtj\"><h3>相关推荐</h3><ul>"
	    "<li><mip-link href=\"/m/news/2024/0315/45512.html\"><p class=\"t\">澄湖古镇春季游客量同比增长四成</p>"
	    "<span class=\"d\">2024-03-15</span></mip-link></li>"
	    "<li><mip-link href=\"/m/news/2024/0302/45233.html\"><p class=\"t\">古镇河道清淤完成 摇橹船下月复航</p>"
	    "<span class=\"d\">2024-03-02</span></mip-link></li></ul></div></body></html>");
	extract_related(&c);
	tap_int((long)c.page->related.n, 2, "a MIP page's <mip-link> items are links: its related list");
	tap_str(c.page->related.n ? c.page->related.v[0].url : NULL, "http://unit.test/m/news/2024/0315/45512.html",
	    "... each with its href");
	test_doc_free(&c);
}

#define LETTER "<div class=\"letter\"><h3>来信内容</h3><div class=\"user\">网友：老住户　留言时间：2024-05-17 21:36</div>" \
	"<div class=\"text\"><p>东环路从二中到纺织厂宿舍这一段，十几盏路灯从春节后就一直不亮，到现在已经三个多月了，晚上来往的学生和下夜班的工人很多，希望尽快修好。</p></div></div>"
#define REPLY "<div class=\"reply\"><h3>回复内容</h3><div class=\"meta\">办理单位：县住建局　回复时间：2024-05-23 16:42:09</div>" \
	"<div class=\"text\"><p>经现场核查，该路段共有路灯14盏不亮，原因是排水沟施工时挖断了地下供电电缆，现已重新敷设。</p>" \
	"<p>目前14盏路灯已全部恢复照明，施工单位也已在排水沟沿线设置围挡和夜间警示灯，感谢您的关注和支持！</p></div></div>"

static void
letter_and_reply(void)
{
	struct ctx c;

	test_story(&c, "<html><head><title>路灯不亮</title></head><body><div class=\"detail\"><h2>关于东环路路灯长期不亮的问题</h2>"
	    LETTER REPLY "<div class=\"tip\">温馨提示：网友留言仅代表个人观点。</div></div></body></html>");
	tap_int((long)c.page->body.n, 5, "a 问政 page's letter and reply, side by side, are one story with their headings");
	tap_str(c.page->body.n ? c.page->body.v[0] : NULL, "来信内容", "... the letter first");
	tap_ok(!test_body_has(&c, "网友：老住户　留言时间：2024-05-17 21:36"), "... its who-and-when lines are bylines");
	test_doc_free(&c);
	test_story(&c, "<html><head><title>路灯不亮</title></head><body><div class=\"detail\"><h2>关于东环路路灯长期不亮的问题</h2>"
	    REPLY "<div class=\"letter\"><div class=\"text\">热线：12345</div></div></div></body></html>");
	tap_int((long)c.page->body.n, 2, "... a block of the same class with no sentence is no letter");
	test_doc_free(&c);
}

int
main(void)
{
	letter_and_reply();
	component_pictures();
	release_headline();
	slide_counters();
	end_marks_zh();
	transcript_speakers();
	return tap_done();
}
