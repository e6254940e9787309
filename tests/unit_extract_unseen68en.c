/* unit_extract_unseen68en: the kinds of layout the sixty-eighth English
 * blind round (unseen68en-*) found wanting: a blog host's <time> whose
 * microdata content copy gives the date in another form than its
 * datetime (Write.as: "2026-12-05 09:12:44 +0000 UTC" beside
 * "…T09:12:44Z"); a public agency's post whose JSON-LD author is a
 * GovernmentOrganization (a police department's safety update on a
 * neighbourhood network); a forum's post whose writer only microdata
 * names (NodeBB's itemprop="author" Person with its name in a <meta>);
 * the same forum's tag row under the headline, far above the text; an
 * agency's "More from Harlow Creek Police Department" over its other
 * posts, longer than a heading's usual 32 characters. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Rink reopens</title>"
#define H1 "<h1>Rink reopens Saturday after compressor repair</h1>"
#define P1 "<p>The arena will reopen to the public on Saturday morning, three weeks after a compressor " \
	"failure melted the ice in the middle of the season.</p>"
#define P2 "<p>Crews finished replacing the main compressor on Wednesday, and the ice plant has been " \
	"running since then with the last coat laid overnight.</p>"
#define P3 "<p>Public skating starts at ten on Saturday, and minor hockey practices will resume on " \
	"Monday on the usual schedule.</p>"
#define STORY "<div class=\"content\">" P1 P2 P3 "</div>"

#define TIMED(attrs) HEAD "</head><body><article>" H1 "<time class=\"dt-published\" " attrs \
	" itemprop=\"datePublished\">5 December 2026</time>" STORY "</article></body></html>"

static void
time_datetime_first(void)
{
	test_published_is(TIMED("datetime=\"2026-12-05T09:12:44Z\" content=\"2026-12-05 09:12:44 +0000 UTC\""),
	    "2026-12-05T09:12:44Z",
	    "a <time>'s datetime outranks its microdata content copy");
	test_published_is(HEAD "</head><body><article>" H1 "<span itemprop=\"datePublished\" "
	    "content=\"2026-12-05T09:12:44+00:00\">5 December 2026</span>" STORY "</article></body></html>",
	    "2026-12-05T09:12:44+00:00",
	    "... a <span> with only a content attribute keeps giving it");
}

#define LD(type, name) HEAD "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"," \
	"\"@type\":\"SocialMediaPosting\",\"headline\":\"Rink reopens\",\"author\":{\"@type\":\"" type "\"," \
	"\"name\":\"" name "\"}}</script></head><body><article>" H1 STORY "</article></body></html>"

static void
agency_ld_author(void)
{
	test_author_is(LD("GovernmentOrganization", "Harrow Vale Police Department"),
	    "Harrow Vale Police Department",
	    "JSON-LD's GovernmentOrganization author is the agency posting its notice");
	test_author_is(LD("NewsMediaOrganization", "Harrow Vale Gazette"), NULL,
	    "... a news outlet's organization stays no author");
	test_author_is(LD("Organization", "Harrow Vale Rink Society"), NULL,
	    "... nor a plain Organization's");
}

#define MICRO(type) HEAD "</head><body><div itemscope itemtype=\"https://schema.org/DiscussionForumPosting\">" \
	"<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/" type "\"><meta itemprop=\"name\" " \
	"content=\"marguerite.tollefsen\"></div>" H1 STORY "</div></body></html>"

static void
microdata_person_author(void)
{
	test_author_is(MICRO("Person"), "marguerite.tollefsen",
	    "microdata's itemprop=author Person names the post's writer");
	test_author_is(MICRO("Organization"), NULL,
	    "... an Organization so marked is the publisher, no author");
	test_author_is(HEAD "</head><body><article>" H1 STORY "<footer><span itemprop=\"author\" itemscope "
	    "itemtype=\"https://schema.org/Person\"><meta itemprop=\"name\" content=\"site-editor\"></span>"
	    "</footer></article></body></html>", NULL,
	    "... nor a Person marked after the text (a theme's login)");
}

#define TAGROW(before, between) HEAD "</head><body>" before "<article>" H1 between \
	"<div class=\"stats\"><span>4 posters</span></div><div class=\"tools\"><a href=\"/login\">Log in " \
	"to reply</a></div><div class=\"poster\"><a href=\"/user/m\">marguerite</a> <span>wrote</span>" \
	"</div><div class=\"when\"><span>Edited</span></div>" STORY "</article></body></html>"
#define TAGLINKS "<div class=\"tags tag-list\"><a href=\"/tags/arena\">arena</a> " \
	"<a href=\"/tags/recreation\">recreation</a> <a href=\"/tags/council\">council</a></div>"

static void
tags_under_headline(void)
{
	char *joined = NULL;

	test_story_tags(TAGROW("", TAGLINKS), ", ", &joined);
	tap_str(joined, "arena, recreation, council",
	    "a tag row between the headline and a far-off text is the story's tags");
	free(joined);
	joined = NULL;
	test_story_tags(TAGROW("<nav>" TAGLINKS "</nav>", ""), ", ", &joined);
	tap_str(joined, "", "... a row of tag links above the headline is the site's");
	free(joined);
}

#define MOREFROM(heading) HEAD "</head><body><article>" H1 STORY "</article><section><h2>" heading \
	"</h2><ul><li><a href=\"/agency-post/road-closure-on-fircrest-avenue/\">Road closure on Fircrest " \
	"Avenue for water main repair</a></li><li><a href=\"/agency-post/coffee-with-a-cop-at-the-bakery/\">" \
	"Coffee with a Cop at the Millrace Bakery</a></li><li><a href=\"/agency-post/lock-it-or-lose-it/\">" \
	"Lock it or lose it: car prowls downtown</a></li></ul></section></body></html>"
#define URL "https://nextdoor.example/agency-post/package-thefts/"

static void
long_more_from(void)
{
	test_page_related_count(MOREFROM("More from Harlow Creek Police Department"), URL, 3,
	    "\"More from\" a long proper name heads a related list");
	test_page_related_count(MOREFROM("More from the residents who called in about the thefts"), URL, 0,
	    "... a long \"More from\" sentence heads none");
}

int
main(void)
{
	time_datetime_first();
	agency_ld_author();
	microdata_person_author();
	tags_under_headline();
	long_more_from();
	return tap_done();
}
