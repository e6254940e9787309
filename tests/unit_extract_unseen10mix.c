/* unit_extract_unseen10mix: the kinds of layout the tenth mixed blind
 * round (unseen10mix-*) found wanting: a lead figure of no cover class
 * above the story's block, past a share bar; a half of the day named
 * before the time (下午 03:21:45, 晚上7:45); 【記者NAME／PLACE報導】 opening
 * the text; a 报道 label in a cell of its own beside its name; a related
 * card's age in English (3 weeks ago); a print edition's note and a
 * reporter's e-mail address closing the text. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_linkbox.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>Ferry pier to close for repairs</title></head><body><h1>Ferry pier to close for repairs</h1>"
#define P1 "<p>The ferry pier at Bluefields will close for six weeks from June 1 while its deck and railings are replaced.</p>"
#define P2 "<p>Ferries will use the old fish market jetty in the meantime, the port authority said on Friday.</p>"
#define P3 "<p>The work, which costs about $4 million, was delayed last year when the first tender was cancelled.</p>"
#define BODY_OPEN "<div class=\"story-text\">"
#define BODY BODY_OPEN P1 P2 P3 "</div>"

/* Runs the story's parts up to the pictures on html: the count and the
 * first picture's address. */
static void
pictures_are(const char *html, long want, const char *src, const char *what)
{
	struct ctx c;

	test_story(&c, html);
	extract_images(&c);
	tap_int((long)c.page->nimages, want, what);
	if (src != NULL)
		tap_str(c.page->nimages ? c.page->images[0].src : NULL, src, "... and it is the lead picture");
	test_doc_free(&c);
}

static void
lead_figure(void)
{
	pictures_are(HEAD "<figure class=\"media media--lead\"><img src=\"/img/pier.jpg\" alt=\"The pier\">"
	    "<figcaption>The Bluefields pier on Thursday. — Photo by author</figcaption></figure>" BODY "</body></html>",
	    1, "http://unit.test/img/pier.jpg", "a <figure> with its caption just above the story's block is its lead picture");
	pictures_are(HEAD "<div class=\"field-image\"><img src=\"/img/pier.jpg\" alt=\"\"><div class=\"image-caption\">"
	    "<p>The pier on Thursday.</p><p class=\"photo-credit\">Kareem Lynch/Photographer</p></div></div>" BODY
	    "</body></html>", 1, "http://unit.test/img/pier.jpg",
	    "... so is a block of a picture and a caption's class, of any class of its own");
	pictures_are(HEAD "<div class=\"featured\"><a href=\"/img/pier-full.jpg\"><img src=\"/img/pier.jpg\" alt=\"\"></a>"
	    "<p class=\"wp-caption-text\">The pier.</p></div><div class=\"share\"><a href=\"/s\">Facebook</a> "
	    "<a href=\"/w\">WhatsApp</a></div>" BODY "</body></html>", 1, "http://unit.test/img/pier.jpg",
	    "... past a share bar between the picture and the text");
	pictures_are(HEAD "<div class=\"promo\"><img src=\"/img/a.jpg\" alt=\"\"><img src=\"/img/b.jpg\" alt=\"\">"
	    "<p class=\"caption\">Two pictures.</p></div>" BODY "</body></html>", 0, NULL,
	    "a block of two pictures above the text is no lead figure");
	pictures_are(HEAD "<figure><img src=\"/img/market.jpg\" alt=\"\"><figcaption>The fish market.</figcaption></figure>"
	    "<div class=\"more\"><a href=\"/a/1\">Fish market jetty reopens after two years of repairs</a> "
	    "<a href=\"/a/2\">Port authority names its new harbour master</a></div>" BODY "</body></html>",
	    0, NULL, "... but not past a box of links longer than a share bar");
}

static void
date_is(const char *in, const char *want)
{
	char *got = extract_date(in, 0);

	tap_str(got, want, in);
	free(got);
}

static void
half_day_before(void)
{
	date_is("發佈日期：2024/5/3 下午 03:21:45", "2024-05-03T15:21:45");
	date_is("2024年5月3日 晚上7:45", "2024-05-03T19:45");
	date_is("2024/5/3 上午 12:05:00", "2024-05-03T00:05:00");
	date_is("2024年5月3日 中午12:30", "2024-05-03T12:30");
	date_is("2024年5月3日 中午1:10", "2024-05-03T13:10");
	date_is("2024年5月3日 下午15:20", "2024-05-03T15:20");
	date_is("2024年5月3日 下午召开会议", "2024-05-03");
}

static void
lenticular_credit(void)
{
	test_author_is("<html><head><title>堤防加高 汛期前完工</title></head><body><h1>堤防加高 汛期前完工</h1>"
	    "<div class=\"news_content\">【記者陳冠廷／瑞穗報導】富源溪堤防加高工程目前進度已達八成，預計五月底前完工，"
	    "趕在汛期來臨前發揮防洪效果。<br><br>富源溪去年受颱風豪雨影響，溪水一度逼近堤頂，村民連夜搶收文旦與稻作。<br><br>"
	    "鄉長今天陪同分署人員視察工地，她說村民等這座堤防等了很多年。</div></body></html>", "陳冠廷",
	    "【記者NAME／PLACE報導】 opening the text credits the reporter, as 〔記者…〕 does");
	test_author_is("<html><head><title>長者中心擴建</title></head><body><h1>長者中心擴建</h1>"
	    "<div class=\"content\"><p>【葵青社區報訊】石蔭長者鄰舍中心擴建工程下月動工，社會福利署撥款約一千二百萬元。</p>"
	    "<p>中心主任表示，石蔭及安蔭一帶六十五歲以上居民已超過九千人。</p><p>工程期間中心會暫時遷往社區會堂。</p>"
	    "</div></body></html>", NULL, "... an outlet's 【…報訊】 credits no one");
}

static void
bare_report_label(void)
{
	test_author_is("<html><head><title>渔村码头重建</title></head><body><h1>渔村码头重建 渔民盼雨季前完工</h1>"
	    "<div class=\"meta\"><div class=\"field\"><div class=\"field__label\">报道</div><div class=\"field__item\">许雅婷"
	    "</div></div><div class=\"field\"><div class=\"field__label\">摄影</div><div class=\"field__item\">郑国伟</div>"
	    "</div></div><div class=\"body\"><p>（哥打丁宜3日讯）柔佛河口丹绒巴拉渔村的公共码头重建工程本月中旬展开，耗资约280万令吉。</p>"
	    "<p>渔民协会主席今日接受访问时说，现有码头的木板和木桩多处腐朽。</p><p>负责工程的州渔业局官员表示，新码头长约150米。</p>"
	    "</div></body></html>", "许雅婷", "a 报道 label standing alone in its cell credits the name in the next (a CMS's inline field)");
}

static void
snippet_is(const char *line, const char *title, const char *want, const char *what)
{
	char *got = item_snippet(line, "", title, NULL);

	tap_str(got, want, what);
	free(got);
}

static void
card_age(void)
{
	snippet_is("How to line a water pan on a budget 3 weeks ago", "How to line a water pan on a budget", NULL,
	    "a related card's age in English (3 weeks ago) is no snippet");
	snippet_is("County gives drip kits to farmers 1 month ago", "County gives drip kits to farmers", NULL,
	    "... nor is \"1 month ago\"");
	snippet_is("Fishers count losses Fishers at the lake say the catch has halved in two years",
	    "Fishers count losses", "Fishers at the lake say the catch has halved in two years",
	    "... while a snippet beside its title stays");
}

static void
closing_notes(void)
{
	struct ctx c;

	tap_ok(is_noise_line("Published in The Frontier Ledger, May 4th, 2024"),
	    "a print edition's note (Published in PAPER, DATE) is a notice");
	tap_ok(!is_noise_line("Published in 1998, the report found the river's flow had halved."),
	    "... a sentence of the story opening alike is none");
	tap_ok(!is_noise_line("Published in The Lancet in 2023"), "... nor is a line naming no paper before a comma");
	tap_ok(is_noise_line("renee.haughton@windwardsentinel.example"), "an e-mail address alone on its line is a notice");
	tap_ok(!is_noise_line("Write to the desk at news@sentinel.example with tips."),
	    "... an address inside a sentence is none");
	tap_ok(!is_noise_line("@harbourmaster"), "... nor is a handle");
	test_story(&c, HEAD BODY_OPEN P1 P2 P3 "<p><em>Published in The Frontier Ledger, May 4th, 2024</em></p>"
	    "<p><em><strong>renee.haughton@sentinel.example</strong></em></p></div></body></html>");
	tap_int((long)c.page->body.n, 3, "... so a story ends on its own last paragraph");
	test_doc_free(&c);
}

int
main(void)
{
	lead_figure();
	half_day_before();
	lenticular_credit();
	bare_report_label();
	card_age();
	closing_notes();
	return tap_done();
}
