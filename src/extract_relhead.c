/*
 * extract_relhead: which text heads a related list, for extract_related.c:
 * a short line of the related words (extract_label.c, is_related_heading),
 * as plain text or as the link that titles its line or its box (<a><span>
 * 推荐阅读</span></a>, a tab leading nowhere in a strip of them), not an
 * item of a list or a menu.  Element facts only (extract_dom.h,
 * extract_linkbox.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_authorlink.h"
#include "extract_dom.h"
#include "extract_find.h"
#include "extract_linkbox.h"
#include "extract_relhead.h"
#include "extract_words.h"
#include "text.h"

static int
is_list(struct hnode *n)
{
	return html_is(n, "ul") || html_is(n, "ol") || html_is(n, "dl") || html_is(n, "table");
}

/* Does the link a lead nowhere (no href, #, javascript:): a tab that
 * switches a box's view, no item of a list? */
static int
leads_nowhere(struct hnode *a)
{
	const char *href = html_attr_raw(a, "href");

	return href == NULL || *href == '\0' || *href == '#' || strncmp(href, "javascript:", 11) == 0;
}

/* The strip of tabs whose item the heading is (<ul><li><a href="#">相關
 * 文章</a></li><li><a href="#">更多文章</a></li></ul> over a theme's related
 * cards): the whole strip titles the box.  Otherwise the heading itself. */
struct hnode *
tab_strip(struct hnode *heading)
{
	struct hnode *a = enclosing_anchor(heading), *b;

	if (a == NULL || !leads_nowhere(a) || (b = block_above(a)) == NULL || !html_is(b, "li") ||
	    b->parent == NULL || !is_list(b->parent))
		return heading;
	return b->parent;
}

/* The text node n in an anchor heads a list when the link is the line's
 * heading (<div><a><span>推荐阅读</span></a><a>更多</a></div>), not a
 * call to read on in a teaser's last line. */
static int
linked_heading(const struct ctx *c, struct hnode *a, const char *t)
{
	struct hnode *b = block_above(a);
	struct elinfo *e = b ? el_info((struct ctx *)c, b) : NULL;

	if (e == NULL || range_chars(c, e->first, e->end) > 30 || starts_any(t, related_cta))
		return 0;
	/* a tag of the story's tag line (标签：世界读书日,全民阅读) heads nothing */
	if (e->first < c->nsegs && starts_any(c->segs[e->first].text, tag_labels) != NULL)
		return 0;
	/* a tab leading nowhere in a strip of them titles its box */
	if (html_is(b, "li") && leads_nowhere(a))
		return 1;
	/* one item of a list or a menu of links (<li><a>Related changes</a></li>)
	 * is no heading; a heading and its 更多 link are two */
	for (struct hnode *n = a; n != b; n = n->parent) {
		int kin = 0;

		for (struct hnode *k = n->parent->children; k != NULL; k = k->next)
			kin += k->type == XML_ELEMENT_NODE && same_kind(k, n);
		if (kin >= 3)
			return 0;
	}
	return !html_is(b, "li") && !html_is(b, "dd");
}

/* The bytes of blank opening raw: spaces, and the no-break spaces an old
 * table site sets before a heading in a coloured cell ("&nbsp;其他消息"). */
static size_t
blank_lead(const char *raw)
{
	size_t lead = 0;

	for (;;) {
		lead += strspn(raw + lead, " \t\r\n");
		if (!str_starts(raw + lead, "\xC2\xA0"))
			return lead;
		lead += 2;
	}
}

/* Does the short text raw (len bytes) open with 其他新 (其他新闻, 其它新聞:
 * the paper's other stories after the text, a Vietnamese paper's Tin
 * khác) or 其他消息 (a Hong Kong or Taiwan site's, 消息 its news), or say
 * "Other news" (a portal's English edition)?  Tested by
 * length first, not among related_hints: 其 starts words of most
 * sentences (其中, 尤其 holds it too), and "Other news outlets ..." is a
 * sentence. */
static int
other_news(const char *raw, size_t len)
{
	static const char *const other_en[] = {"Other news", "Other News", "OTHER NEWS", NULL};
	size_t lead = blank_lead(raw);

	return (len >= lead + 12 && len <= lead + 18 &&
	    (str_starts(raw + lead, "其他新") || str_starts(raw + lead, "其它新") ||
	    str_starts(raw + lead, "其他消息") || str_starts(raw + lead, "其它消息"))) ||
	    (len >= lead + 10 && len <= lead + 11 && starts_any(raw + lead, other_en) != NULL);
}

/* Is the short text raw a bilingual heading whose second half, after a
 * slash, is other_news ("Aħbarijiet oħra / Other news", a Maltese or
 * Welsh council's two tongues)?  is_related_heading reads either half. */
static int
other_news_after_slash(const char *raw, size_t len)
{
	const char *half = len <= 60 ? strstr(raw, " / ") : NULL;

	return half != NULL && (size_t)(half - raw) + 3 < len &&
	    other_news(half + 3, len - (size_t)(half + 3 - raw));
}

/* Does the short text raw open with 其他 (其他會務新聞: is_other_kind_heading
 * reads the rest)?  Tested by length first, as other_news is. */
static int
other_kind(const char *raw, size_t len)
{
	size_t lead = blank_lead(raw);

	return len >= lead + 15 && len <= lead + 24 &&
	    (str_starts(raw + lead, "其他") || str_starts(raw + lead, "其它"));
}

#define SIDEBAR_UP 4	/* levels from a heading's text up to its sidebar */

/* Is raw a newsroom's "Other Press Releases" in a sidebar (a site-wide
 * list of the latest, beside every release), not under the release? */
static int
sidebar_releases(struct hnode *n, const char *raw)
{
	if (starts_any(raw + strspn(raw, " \t\r\n"), release_list_words) == NULL)
		return 0;
	for (int up = 0; n != NULL && n->type != XML_DOCUMENT_NODE && up <= SIDEBAR_UP; up++, n = n->parent)
		if (n->type == XML_ELEMENT_NODE && (html_attr_has_any(n, "class", related_stops) ||
		    html_is(n, "aside")))
			return 1;
	return 0;
}

/* Does the heading h hold, beside the text node n, only elements of a
 * lang of their own and blanks: the heading said again in a second
 * tongue (<h2>More News <span lang="iu">ᑐᓴᒐᒃᓴᑦ</span></h2>, as a
 * bilingual council's or hamlet's page prints each heading)?  Then n's
 * words are read alone. */
static int
second_tongue_beside(struct hnode *h, struct hnode *n)
{
	int other = 0;

	for (struct hnode *k = h->children; k != NULL; k = k->next) {
		if (k == n)
			continue;
		if (k->type == XML_ELEMENT_NODE && html_has_attr(k, "lang")) {
			other = 1;
			continue;
		}
		if (k->type != XML_TEXT_NODE || k->content == NULL ||
		    ((const char *)k->content)[strspn((const char *)k->content, " \t\r\n")] != '\0')
			return 0;
	}
	return other;
}

/* The text node at n as a related heading? */
int
text_is_related_heading(const struct ctx *c, struct hnode *n)
{
	char *t;
	int r;
	struct hnode *a;

	const char *raw = (const char *)n->content;
	size_t len;

	if (n->type != XML_TEXT_NODE || raw == NULL || (len = strlen(raw)) > 200)
		return 0;
	/* most text is no heading: look for a hint before building anything
	 * (a heading ending in "... may interest you" has its own, and one
	 * ending in " news", "More council news", too: "Other newsletters"
	 * holds the word but is none) */
	while (len > 0 && strchr(" \t\r\n", raw[len - 1]) != NULL)
		len--;
	if (find_any(raw, related_hints) == NULL &&
	    !(len > 3 && len <= 60 && strncasecmp(raw + len - 4, " you", 4) == 0) &&
	    !(len > 5 && len <= 60 && strncmp(raw + len - 5, " news", 5) == 0) && !other_news(raw, len) &&
	    !other_kind(raw, len) && !other_news_after_slash(raw, len))
		return 0;
	if (sidebar_releases(n, raw))
		return 0;
	/* a heading whose name is a link runs on past its text node: "More
	 * in <a>Town Board</a>" is read whole */
	t = html_text(n->parent != NULL && is_heading(n->parent) && !second_tongue_beside(n->parent, n) ?
	    n->parent : n);
	r = *t != '\0' && is_related_heading(t) &&
	    ((a = enclosing_anchor(n)) == NULL || linked_heading(c, a, t));
	free(t);
	return r;
}

int
heads_topics(struct hnode *n)
{
	char *t = html_text(n);
	int yes = starts_any(t, topic_headings) != NULL;

	free(t);
	return yes;
}

int
text_says(const struct hnode *n, const char *label)
{
	const char *t = (const char *)n->content;
	size_t lt, ll;

	if (n->type != XML_TEXT_NODE || t == NULL)
		return 0;
	t += strspn(t, " \t\r\n");
	label += strspn(label, " \t\r\n");
	lt = trim_end(t, strlen(t));
	ll = trim_end(label, strlen(label));
	return lt == ll && strncmp(t, label, ll) == 0;
}

#define CARD_IDEOGRAPHS_MIN 8	/* of a Chinese headline, more than a tag's */

/* Does the link's title hold eight ideographs, a Chinese headline's
 * length (假期出行 这5个服务区充电桩最多), more than a tag's (共享厨房)? */
static int
ideograph_headline(struct hnode *a)
{
	char *t = full_title(a);
	int n = 0;

	for (const unsigned char *p = (const unsigned char *)t; *p && n < CARD_IDEOGRAPHS_MIN; p++)
		n += *p >= 0xE4 && *p <= 0xE9;	/* a lead byte of U+4000-U+9FFF */
	free(t);
	return n >= CARD_IDEOGRAPHS_MIN;
}

int
text_card_run(const struct ctx *c, struct hnode *heading, struct hnode *a)
{
	struct hnode *b;

	if (c->body_node == NULL || !is_anchor(a) || !contains_node(c->body_node, heading) ||
	    (b = html_next_element(a)) == NULL || !same_kind(a, b))
		return 0;
	return ideograph_headline(a) && ideograph_headline(b);
}

int
story_target(struct hnode *n)
{
	char *first = NULL;
	int one = 1;

	for (struct hnode *a = n; a != NULL && one; a = html_next(a, n, 1)) {
		char *href;

		if (!is_anchor(a) || (href = html_attr(a, "href")) == NULL)
			continue;
		if (card_meta_url(href))
			free(href);	/* the card's writer or kicker */
		else if (first == NULL)
			first = href;
		else {
			one = strcmp(first, href) == 0;
			free(href);
		}
	}
	one = one && first != NULL;
	free(first);
	return one;
}
