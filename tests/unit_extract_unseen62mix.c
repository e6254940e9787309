/* unit_extract_unseen62mix: the kinds of layout the sixty-second mixed
 * blind round (unseen62mix-*) found wanting: a county media centre's
 * bracketed credit closing a platform article that names the centre
 * before its first role (（榆溪县融媒体中心 记者 NAME 通讯员 NAME）). */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>光伏</title></head><body>"
#define H1 "<h1>岭头村光伏电站并网发电</h1>"
#define P1 "<p>11月28日上午，岭头村的村级光伏电站正式并网发电，这是全县山区建成的第一座村集体电站。</p>"
#define P2 "<p>电站建在村北一片撂荒多年的石坡上，由衔接资金和村集体自筹资金共同建设，历时五个多月。</p>"
#define STORY(credit) HEAD H1 "<div class=\"text\">" P1 P2 "<p>" credit "</p></div></body></html>"

static void
office_opened_credit(void)
{
	test_author_is(STORY("（榆溪县融媒体中心 记者 甘雨桐 通讯员 罗立新）"), "甘雨桐 罗立新",
	    "a bracketed credit's office before its first role is no name: the writers after it are");
	test_body_count(STORY("（榆溪县融媒体中心 记者 甘雨桐 通讯员 罗立新）"), 2,
	    "that credit is the byline, no line of the story");
	test_author_is(STORY("（记者 甘雨桐 通讯员 罗立新）"), "甘雨桐 罗立新",
	    "near miss: a bracketed credit opening with its role reads as before");
	test_author_is(STORY("（榆溪县融媒体中心 甘雨桐）"), NULL,
	    "near miss: an office with a name and no role is left alone");
	test_body_count(STORY("（榆溪县融媒体中心 甘雨桐）"), 3,
	    "near miss: that line stays a line of the story");
}

int
main(void)
{
	office_opened_credit();
	return tap_done();
}
