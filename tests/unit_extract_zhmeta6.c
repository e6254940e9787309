/* unit_extract_zhmeta6: byline fields and closing lines on small Chinese
 * pages, the kinds of layout the sixth Chinese blind round (unseen6zh-*)
 * found wanting: a credit of roles and names inside a line of other
 * fields, 撰稿單位 as a source, a 免责声明 of any length, a closing
 * "（单位 供稿）". */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>菜场改造</title></head><body><h1>老菜场改造这一年</h1>"
#define ZH1 "<p>凌晨四点半，桐溪菜市场的卸货区已经亮起了灯，摊主们把一筐筐蔬菜搬上摊位，开始了新一天的忙碌。</p>"
#define ZH2 "<p>今年3月起，这座建于上世纪90年代的老菜场开始分区改造，改造期间不停业，商户轮流搬进临时摊位经营。</p>"
#define STORY "<div class=\"content\">" ZH1 ZH2

static void
value_is(const char *line, const char *const *labels, const char *want, const char *what)
{
	char *got = find_labelled(line, labels);

	tap_str(got, want, what);
	free(got);
}

static void
sources(void)
{
	value_is("2024-07-19 15:46来源：南屿财经网记者 柯文涛 实习生 钟语桐", source_labels, "南屿财经网",
	    "a source ends where an outlet's reporter is credited, spans run together (南屿财经网记者 NAME)");
	value_is("来源：江潮新闻记者站", source_labels, "江潮新闻记者站",
	    "... only a role with a name after it: a 记者站 is a source");
	value_is("發布日期：113-09-12 撰稿單位：衛生局 點閱次數：1086", source_labels, "衛生局",
	    "撰稿單位 (the office that wrote a release) is its source");
}

static void
credits_in_meta_line(void)
{
	test_author_is(HEAD "<div class=\"byline\"><span>2024-07-19 15:46</span><span>来源：南屿财经网</span>"
	    "<span>记者 柯文涛 实习生 钟语桐</span></div>" STORY "</div></body></html>",
	    "柯文涛 钟语桐", "reporter and intern credited in a span run into the source's: both names");
	test_author_is(HEAD "<div class=\"meta\">溪城晚报 2024年06月03日 07:15 　文/图 本报记者 庞一鸣 　"
	    "<a href=\"#\">打印</a> <a href=\"#\">纠错</a></div>" STORY "</div></body></html>",
	    "庞一鸣", "本报记者 NAME inside a line of outlet and date names the author, not the links after");
	test_author_is(HEAD "<div class=\"meta\">溪城晚报 2024年06月03日 07:15</div>" STORY
	    "<p>记者 庞一鸣 摄</p></div></body></html>",
	    NULL, "a role and name in a line with no field of a byline credits no author here");
}

static void
closing_lines(void)
{
	struct ctx c;

	tap_ok(is_noise_line("免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实，"
	    "对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考。"),
	    "a 免责声明 is a notice however long it runs");
	tap_ok(!is_noise_line("他说，合同里的免责声明写得很清楚：因不可抗力造成的损失，双方各自承担，这一条在签约时就反复确认过，后来也没有争议，大家都认可这个安排，村里的合作社也照此办理了两年多。"),
	    "... a sentence that only mentions one is none");
	tap_ok(is_meta_line("（县人大办 供稿）"), "a bracketed \"（OFFICE 供稿）\" is a byline's line");
	tap_ok(is_meta_line("(镇党政办供稿)"), "... in ASCII brackets, run together");
	tap_ok(!is_meta_line("（详见附件）"), "... a bracketed note is none");
	test_story(&c, HEAD STORY "<p>（县人大办 供稿）</p></div></body></html>");
	tap_int((long)c.page->body.n, 2, "a closing \"（县人大办 供稿）\" is no paragraph of the story");
	test_doc_free(&c);
}

int
main(void)
{
	sources();
	credits_in_meta_line();
	closing_lines();
	return tap_done();
}
