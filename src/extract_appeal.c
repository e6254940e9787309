/*
 * extract_appeal: the outlet's appeal closing a story, set under each of
 * its stories: to fund it ("The Fenwick Ledger is a nonprofit newsroom
 * funded by readers like you. ... become a member today.", a Ghost
 * callout card or a Newspack line) or to follow it on a channel ("Follow
 * The Oreke Herald on WhatsApp for the latest news").  Asked only of
 * the story's last paragraph, as extract_tail.c's news_ask_tail.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_dom.h"
#include "extract_find.h"
#include "extract_appeal.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

#define APPEAL_MAX_CHARS 240	/* of "NAME is a nonprofit newsroom funded by readers
				 * like you. If this story helped you ..., become a member today." */

/* how an outlet asks its readers to fund it */
static const char *const fund_asks[] = {"funded by readers", "supported by readers",
	"funded by our readers", "supported by our readers", "become a member", "Become a member",
	"become a supporter", "Become a supporter", "make a donation", "Make a donation",
	"support our journalism", "Support our journalism", "support local journalism",
	"Support local journalism", "donate today", "Donate today", NULL};

int
appeal_tail(struct ctx *c, const struct seg *s)
{
	char *site;
	const char *at;
	int yes = 0;

	if (s->chars < 30 || s->chars > APPEAL_MAX_CHARS)
		return 0;
	/* "Follow NAME on WhatsApp": the call opens on the outlet's name */
	if (!str_starts(s->text, "Follow ") && find_any(s->text, fund_asks) == NULL)
		return 0;
	site = meta_content(c, "property", "og:site_name");
	if (site != NULL && strlen(site) >= 4 && (at = strstr(s->text, site)) != NULL)
		yes = str_starts(s->text, "Follow ") ? at == s->text + 7 && find_any(at, channel_words) != NULL :
		    find_any(s->text, fund_asks) != NULL;
	free(site);
	return yes;
}

#define MARK_MAX_CHARS 4	/* of a callout card's emoji, "💌", or "* * *" */

/* Is s a short line of signs and pictographs alone (a callout card's
 * emoji, left when its appeal went; a closing "* * *")?  It says
 * nothing; a line with a letter or a digit ("-30-", "Ends") is no such
 * line. */
int
mark_tail(const struct seg *s)
{
	const char *t = s->text;
	uint32_t cp;
	size_t k;

	if (s->chars == 0 || s->chars > MARK_MAX_CHARS)
		return 0;
	for (; *t != '\0'; t += k) {
		if ((unsigned char)*t < 0x80) {
			if (isalnum((unsigned char)*t))
				return 0;
			k = 1;
			continue;
		}
		if ((k = utf8_decode(t, 4, &cp)) == 0)
			return 0;
		if (!(cp >= 0x2000 && cp <= 0x2BFF) && cp < 0x1F000)
			return 0;
	}
	return 1;
}
