/* unit_extract_headmeta: the writer named only in the head's metas
 * (author, dc:creator, parsely-author) and the marked elements that are
 * no writer's name (follow buttons, counters, times): rules measured on
 * Readability's test pages, where kanbao's author was compared with
 * Readability's byline; each written here on a small page of its own. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "tap.h"

#define HEAD "<html><head><title>Footbridge vote in Harrow Valley</title>"
#define BODY_OPEN "</head><body><h1>Footbridge vote in Harrow Valley</h1>"
#define EN1 "<p>The Harrow Valley town council voted on Tuesday night to build a footbridge over Mill Creek, ending a long debate.</p>"
#define EN2 "<p>The bridge will link the Orchard Street neighborhood with the middle school, a walk that now means a long detour.</p>"
#define EN3 "<p>Work is to start in the spring and the council expects the bridge to open before the next school year begins.</p>"
#define STORY "<div class=\"content\">" EN1 EN2 EN3 "</div></body></html>"

static void
head_metas(void)
{
	test_author_is(HEAD "<meta name=\"author\" content=\"Dana Whitcomb\">" BODY_OPEN STORY,
	    "Dana Whitcomb", "a page that shows no byline: the author meta names the writer");
	test_author_is(HEAD "<meta property=\"dc:creator twitter:site_name\" content=\"Marta Lindqvist\">"
	    BODY_OPEN STORY, "Marta Lindqvist", "dc:creator among a property's several names");
	test_author_is(HEAD "<meta name=\"parsely-author\" content=\"Jonah Reyes\">" BODY_OPEN STORY,
	    "Jonah Reyes", "parsely-author, an analytics meta many news CMSs write");
	test_author_is(HEAD "<meta name=\"author\" content=\"Bradley Kuhn (https://example.org/bk/)\">"
	    BODY_OPEN STORY, "Bradley Kuhn", "a name before a parenthesis");
	test_author_is(HEAD "<meta name=\"author\" content=\"Maple Grove Credit Union\">" BODY_OPEN STORY,
	    NULL, "a body's name (…Union) is no writer");
	test_author_is(HEAD "<meta name=\"author\" content=\"Newsdesk\">" BODY_OPEN STORY,
	    NULL, "a desk is no writer");
	test_author_is(HEAD "<meta name=\"author\" content=\"the editorial team of the Courier\">" BODY_OPEN
	    STORY, NULL, "a phrase is no name");
	test_author_is(HEAD "<meta name=\"description\" content=\"Dana Whitcomb\">" BODY_OPEN STORY,
	    NULL, "another meta's name is no writer");
	test_author_is(HEAD "<meta name=\"author\" content=\"Dana Whitcomb\">" BODY_OPEN
	    "<p class=\"byline\">By Colin Ashby</p>" STORY,
	    "Colin Ashby", "the byline the page shows beats the meta");
}

static void
marked_widgets(void)
{
	test_author_is(HEAD BODY_OPEN "<div class=\"sig\"><span class=\"tweet-authors\">"
	    "<a href=\"https://twitter.com/x\">Follow @dwhitcomb</a></span></div>" STORY,
	    NULL, "a follow button in an authors' class is no name");
	test_author_is(HEAD BODY_OPEN "<div class=\"sig\"><span class=\"author-views\">人氣(23925)</span></div>"
	    STORY, NULL, "a view counter in an author's class is no name");
	test_author_is(HEAD BODY_OPEN "<div class=\"sig\"><span class=\"desc-authors\">1 mars 2019 à 15:20</span></div>"
	    STORY, NULL, "a time in an authors' class is no name");
	test_author_is(HEAD BODY_OPEN "<div class=\"sig\"><span class=\"author\">Nicolas Perrin —</span></div>"
	    STORY, "Nicolas Perrin", "a dash the theme sets after the name is cut");
	test_author_is(HEAD BODY_OPEN "<div class=\"sig\"><span class=\"author\">Jean-Luc Marchetti</span></div>"
	    STORY, "Jean-Luc Marchetti", "a hyphen inside a name stays");
	test_author_is(HEAD BODY_OPEN "<p class=\"signature\">Par <span itemprop=\"author\"><a href=\"/journaliste/marie-lefort/\">"
	    "Marie Lefort</a> (avec Paul Girard et Anne Roux)</span></p>" STORY, "Marie Lefort",
	    "a remark in parentheses after the marked name (avec ...) is cut");
	test_author_is(HEAD BODY_OPEN "<div class=\"sig\"><span class=\"author\">Dana Whitcomb (Reuters)</span></div>"
	    STORY, "Dana Whitcomb", "... and so is an agency in parentheses");
	test_author_is(HEAD BODY_OPEN "<div class=\"sig\"><span class=\"author\">Robert (Bob) Dunmore</span></div>"
	    STORY, "Robert (Bob) Dunmore", "a parenthesis inside the name stays");
}

static void
head_dates(void)
{
	test_published_is(HEAD "<meta name=\"parsely-pub-date\" content=\"2024-04-20T04:20:00Z\">" BODY_OPEN
	    STORY, "2024-04-20T04:20:00Z", "parsely-pub-date dates a page that shows no date");
	test_published_is(HEAD "<meta name=\"DC.date.issued\" content=\"2024-04-20\">" BODY_OPEN STORY,
	    "2024-04-20", "Dublin Core's date of issue");
	test_published_is(HEAD "<meta name=\"DC.date.modified\" content=\"2024-04-20\">" BODY_OPEN STORY,
	    NULL, "Dublin Core's date of change is no publication");
	test_published_is(HEAD "<meta property=\"article:published_time\" content=\"2024-12-07T12:43:39Z\">" BODY_OPEN
	    "<div class=\"date-source\"><time>Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC</time></div>"
	    STORY, "2024-12-06T22:00Z",
	    "a meta that holds the update's time: the publication the update's line opens with stands");
	test_published_is(HEAD "<meta property=\"article:published_time\" content=\"2025-03-14T10:32:00+08:00\">"
	    BODY_OPEN "<div class=\"meta\"><span>Updated: 2025-03-14 10:32</span></div>"
	    "<figure><img src=\"/a.jpg\"><figcaption>The ferry pier on March 13, 2025.</figcaption></figure>" STORY,
	    "2025-03-14T10:32:00+08:00", "... but an update's line of its own that the meta names stands over a caption's day");
}

static void
byline_then_time(void)
{
	test_author_is(HEAD BODY_OPEN "<div class=\"sig-line\"><span>By <a href=\"/people/erin\">Erin Caldwell</a></span> "
	    "<span class=\"stamp\">March 18 at 3:57 PM</span></div>" STORY,
	    "Erin Caldwell", "a byline run on into its time: the name ends at the month");
	test_author_is(HEAD BODY_OPEN "<div class=\"sig-line\"><span>By Anna May Holt</span></div>" STORY,
	    "Anna May Holt", "a month's name inside a name, no day after it, stays");
}

int
main(void)
{
	tap_init();
	head_metas();
	marked_widgets();
	head_dates();
	byline_then_time();
	return tap_done();
}
