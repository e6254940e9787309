/* unit_extract_unseen49mix: the kinds of layout the forty-ninth mixed
 * blind round (unseen49mix-*) found wanting: a bilingual council's Joomla
 * 4 pager showing "Sebelumnya / Prev" after the hidden title; a Newsmag
 * card's category link over its headline read as a related story; a
 * Drupal 7 image field's caption, a field of its own before the body
 * field, read as the story's first line. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_authorlink.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Drains</title></head><body>"
#define H1 "<h1>Council to clear clogged drains ahead of monsoon peak</h1>"
#define P1 "<p>The municipal council will begin a two-week drain clearing operation in the housing " \
	"estate on Monday, following complaints of flash floods after heavy rain earlier this month.</p>"
#define P2 "<p>The council president said three kilometres of monsoon drains and roadside culverts " \
	"would be cleared of silt, rubbish and overgrown vegetation.</p>"
#define P3 "<p>Residents can report blocked drains or flooding through the council's app or its " \
	"hotline at any hour of the day.</p>"
#define STORY HEAD H1 "<div class=\"story-body\">" P1 P2 P3 "</div>"

#define JPAGER(prev, next) STORY "<nav class=\"pagenavigation\"><span class=\"pagination\">" \
	"<a class=\"previous\" href=\"/en/409-hawker-complex\" rel=\"prev\"><span class=\"visually-hidden\">" \
	"Previous article: New hawker complex opens in the old town</span><span class=\"icon-chevron-left\">" \
	"</span> <span aria-hidden=\"true\">" prev "</span></a>" \
	"<a class=\"next\" href=\"/en/415-tax-counters\" rel=\"next\"><span class=\"visually-hidden\">" \
	"Next article: Tax counters open on Saturdays</span><span aria-hidden=\"true\">" next "</span> " \
	"<span class=\"icon-chevron-right\"></span></a></span></nav></body></html>"

static void
label_pair_pager(void)
{
	test_nav_is(JPAGER("Sebelumnya / Prev", "Seterusnya / Next"),
	    "New hawker complex opens in the old town", "Tax counters open on Saturdays",
	    "a bilingual pager's label pair after the hidden title is no part of it");
	test_nav_is(JPAGER("Prev", "Past / Present / Next"),
	    "New hawker complex opens in the old town", "Tax counters open on SaturdaysPast / Present / Next",
	    "... three words and two slashes are no pair");
	test_nav_is(STORY "<a href=\"/en/415-timetable\" rel=\"next\">Ferry timetable: Today / Next</a>"
	    "</body></html>", NULL, "Ferry timetable: Today / Next",
	    "... a title ending so in its own text keeps it");
}

#define CARD(k, u, t) "<div class=\"td_module_related_posts\"><div class=\"td-module-image\"><a href=\"" u \
	"\"><img src=\"/th.jpg\" alt=\"\"></a>" k "</div><h3 class=\"entry-title\"><a href=\"" u "\">" t \
	"</a></h3></div>"
#define KICK(u) "<a href=\"" u "\" class=\"td-post-category\">Province</a>"
#define GRID(k1) STORY "<div class=\"td_block_related_posts\"><h4>You may also like</h4><div class=\"row\">" \
	CARD(k1, "/2025/12/28/budget-passed/", "Municipality passes budget for water and roads") \
	CARD("", "/2025/12/19/scheme-stalls/", "Drinking water scheme stalls after contractor walks off") \
	CARD("", "/2025/12/11/rural-water-funds/", "Province allocates funds for rural water projects") \
	"</div></div></body></html>"

static void
card_kicker(void)
{
	tap_int(card_meta_url("https://paper.example/category/province/"), 1,
	    "a blog's section archive is a card's kicker, no story");
	tap_int(card_meta_url("https://paper.example/tag/drinking-water/"), 0,
	    "... a tag's archive is not taken (a box of tags heads a related list)");
	tap_int(card_meta_url("https://paper.example/category/news/2026/0112/story.html"), 0,
	    "... a story under an archive base, a digit after it, is one");
	test_page_related_count(GRID(KICK("/category/province/")), TEST_URL, 3,
	    "a card's category link over its headline is no related story");
	test_page_related_count(GRID(KICK("/category/news/2025/1230/market-day.html")), TEST_URL, 4,
	    "... a story's link there is one");
}

#define FIELD(cls, text) "<div class=\"field " cls "\"><div class=\"field-items\"><div class=\"field-item\">" \
	text "</div></div></div>"
#define NODE(cls) HEAD H1 "<div class=\"node\"><div class=\"content\">" \
	FIELD("field-name-field-image", "<img src=\"/files/drains.jpg\" alt=\"Clogged drain\">") \
	FIELD(cls, "Provincial Health Secretary K.M. Dissanayake opens the dialysis unit at Nilagala Base " \
	"Hospital. Picture by Nilanthi Perera") FIELD("field-name-body", P1 P2 P3) "</div></div></body></html>"

static void
image_field_caption(void)
{
	test_page_body_is(NODE("field-name-field-image-caption"), TEST_URL, 3, NULL, NULL,
	    "an image field's caption, a field of its own before the body, is the picture's");
	test_page_body_is(NODE("field-name-field-standfirst"), TEST_URL, 4, NULL, NULL,
	    "... a field of no caption's class there is the story's lead and stays");
}

int
main(void)
{
	label_pair_pager();
	card_kicker();
	image_field_caption();
	return tap_done();
}
