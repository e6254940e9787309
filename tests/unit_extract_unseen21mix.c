/* unit_extract_unseen21mix: the kinds of layout the twenty-first mixed
 * blind round (unseen21mix-*) found wanting: a Macau district site in Big5
 * written by a CP950 tool (文／NAME: the ／ that glibc's BIG5-HKSCS
 * lacks). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

/* what charset_to_utf8 makes of bytes declared Big5 */
static void
big5_is(const char *bytes, const char *want, const char *what)
{
	size_t n;
	char *s = charset_to_utf8(bytes, strlen(bytes), "big5", &n, NULL);

	tap_str(s, want, what);
	free(s);
}

/* a stray lead byte (A1) before a byte no pair ends in ('0'), in a page
 * long enough for one stray byte to be a typo: the lead is lost, the '0'
 * and the text after it kept */
static void
lone_lead(void)
{
	struct buf b = {0}, w = {0};
	char *s;
	size_t n;

	for (int i = 0; i < 120; i++) {
		buf_adds(&b, "\xb5\x6f\xa7\x47");
		buf_adds(&w, "發佈");
	}
	buf_adds(&b, "\xa1" "0\xb5\x6f\xa7\x47");
	buf_adds(&w, "\xef\xbf\xbd" "0發佈");
	s = charset_to_utf8(b.s, b.len, "big5", &n, NULL);
	tap_str(s, w.s, "but a lead byte before no trail byte is still lost, the next byte kept");
	free(s);
	free(b.s);
	free(w.s);
}

static void
cp950_pairs(void)
{
	/* 文／梁嘉敏 發佈 in Big5 as CP950 writes it */
	big5_is("\xa4\xe5\xa1\xfe\xb1\xe7\xb9\xc5\xb1\xd3 \xb5\x6f\xa7\x47",
	    "文／梁嘉敏 發佈", "a Big5 ／ (A1FE) HKSCS lacks is read as plain Big5 reads it");
	big5_is("\xa5\x78\xa5\x5f" "A240\xa2\x40", "台北A240＼", "... ＼ (A240) too");
	lone_lead();
}

#define SHEAD "<html><head><meta charset=\"utf-8\"><title>街市改建期間臨時攤檔安排</title></head><body>" \
	"<article><h1>街市改建期間臨時攤檔安排</h1><ul><li>發佈日期：2025年04月11日</li></ul>"
#define SPARTS "<div class=\"news-content\"><section><p>望廈街市將於五月一日起閉館進行改建，工程為期約兩年，改建期間將設置臨時街市。</p>" \
	"<p>本會上週舉行居民座談會，逾八十名坊眾出席，不少長者表示臨時街市的營業時間太短。</p></section>" \
	"<figure><img src=\"/a.jpg\" alt=\"臨時街市\"><figcaption>臨時街市將設於休憩區。</figcaption></figure>" \
	"<section><p>在街市經營菜檔逾二十年的蔡伯表示，臨時街市位置較偏，擔心熟客流失，希望當局加設指示牌。</p>" \
	"<p>另有攤販指，臨時攤位面積比原來細小，冷藏設備不足，夏天鮮肉和海產難以保存。</p></section></div></article></body></html>"
#define SUMMARY(s) SHEAD "<div class=\"news-summary\">" s "</div>" SPARTS
#define LEAD(s) SHEAD "<p class=\"summary\">" s "</p><div class=\"text\">" \
	"<p>望廈街市將於五月一日起閉館進行改建，工程為期約兩年，改建期間將設置臨時街市，提供約四十個攤位。</p>" \
	"<p>本會上週舉行居民座談會，逾八十名坊眾出席，不少長者表示臨時街市的營業時間太短，下班後難以買菜。</p>" \
	"<p>在街市經營菜檔逾二十年的蔡伯表示，臨時街市位置較偏，擔心熟客流失，希望當局加設指示牌。</p></div></article></body></html>"
#define ABSTRACT "坊眾反映臨時街市營業時間太短，希望當局延長至晚上八時，並增設冷藏設備，本會將向當局反映。"

static void
labelled_summaries(void)
{
	test_body_count(SUMMARY("<strong>摘要：</strong>" ABSTRACT), 5,
	    "a summary box labelled 摘要： over a story in sections is no body");
	test_body_count(SUMMARY("【導讀】" ABSTRACT), 5, "... nor one labelled 【導讀】");
	test_body_count(SUMMARY(ABSTRACT), 6, "but an unlabelled lead over it still leads the story");
	test_body_count(LEAD("摘要：" ABSTRACT), 3, "a lead of the lead's class labelled 摘要： is no body");
	test_body_count(LEAD(ABSTRACT), 4, "but an unlabelled one still leads");
	test_body_count(LEAD("摘要性的報告指出，" ABSTRACT), 4, "... and so does one opening on a longer word");
}

int
main(void)
{
	cp950_pairs();
	labelled_summaries();
	return tap_done();
}
