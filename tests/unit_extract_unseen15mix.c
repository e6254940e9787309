/* unit_extract_unseen15mix: the kinds of layout the fifteenth mixed
 * blind round (unseen15mix-*) found wanting: a South-east Asian paper's
 * clock with its zone's letters (7:00 AM MYT, 10:30 WIB); an old news
 * site's info line opening with the reporter in brackets before the date
 * (【本報記者NAME】　發佈日期：…). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

static void
sea_zones(void)
{
	char *d = date_find("Tuesday, 12 Nov 2024 7:00 AM MYT", 0, DATE_ZONE);

	tap_str(d, "2024-11-12T07:00+08:00", "MYT is eight hours east of UTC");
	free(d);
	d = date_find("Senin, 11 November 2024 10:30 WIB", 0, DATE_ZONE);
	tap_str(d, "2024-11-11T10:30+07:00", "WIB is seven");
	free(d);
	d = date_find("Tuesday, 12 Nov 2024 7:00 AM MYTH", 0, DATE_ZONE);
	tap_str(d, "2024-11-12T07:00", "... but a word that starts with the letters names no zone");
	free(d);
}

#define ZHEAD "<html><head><meta charset=\"utf-8\"><title>宗親會捐建抽水站</title></head>" \
	"<body><table><tr><td class=\"newstitle\">宗親會捐建抽水站</td></tr><tr><td class=\"newsinfo\">"
#define ZTEXT "　　瀏覽：836 次</td></tr><tr><td class=\"newstext\">" \
	"<p>本報訊：宗親會捐建的防洪抽水站，昨日上午舉行落成典禮，市長親臨剪綵，並代表市政府致贈感謝狀。</p>" \
	"<p>聖羅莎區地勢低窪，每逢颱風季節即淹水成災，去年颱風過境時，區內逾八百戶民宅受淹。</p>" \
	"<p>市長感謝僑社長年對地方的支持，他說，新抽水站每小時可排水三千立方米。</p></td></tr></table></body></html>"

static void
bracketed_field(void)
{
	test_author_is(ZHEAD "【本報記者施明輝】　發佈日期：2024-10-22" ZTEXT, "施明輝",
	    "a role and a name in brackets before the date credit the name");
	test_author_is(ZHEAD "[记者 王敏] 2024-10-22" ZTEXT, "王敏", "... in square brackets before a bare date too");
	test_author_is(ZHEAD "【記者手記】　發佈日期：2024-10-22" ZTEXT, NULL, "... but a reporter's column (記者手記) names no one");
	test_author_is(ZHEAD "【本報記者施明輝】的一天" ZTEXT, NULL, "... nor do brackets before words");
}

int
main(void)
{
	sea_zones();
	bracketed_field();
	return tap_done();
}
