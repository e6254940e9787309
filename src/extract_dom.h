/*
 * extract_dom: the document as extraction sees it, and the facts about
 * its elements that every part asks.  Not a public interface: only the
 * extract*.c files include it.
 *
 * Extraction first flattens the document into segments: runs of inline
 * text between block boundaries, in document order (extract_seg.c).
 * Every element gets the range of segments below it (info[]), so "the
 * text of this element" and its link density are sums over a range, not
 * new walks (extract_dom.c).  The parts (extract_parts.h) build on these
 * and on the words of extract_words.h, never on each other.
 */
#ifndef KANBAO_EXTRACT_DOM_H
#define KANBAO_EXTRACT_DOM_H

#include <stdint.h>
#include <time.h>

#include "extract.h"
#include "arena.h"
#include "html.h"
#include "util.h"

/* One for every run of text: a page of 16 MiB may have 600,000.  The
 * nearest block element holding it is seg_block's, not kept here. */
struct seg {
	const char *text;	/* cleaned; in the page's arena (texts) */
	struct hnode *node;	/* the first text node of the run */
	int chars, link_chars;	/* non-space characters, those inside <a> */
	int punct;		/* sentence punctuation outside links */
};

/* One for every visible element: 16 bytes, as a page of 16 MiB may have
 * a million elements.  Segment numbers fit 32 bits:
 * a page is at most 16 MiB, and a segment holds a character at least;
 * so does a count of anchors, each of 3 bytes at least. */
struct elinfo {
	uint32_t first, end;	/* segments [first, end) lie below */
	uint32_t headline_links : 27;	/* headline-like anchors below */
	uint32_t heading_links : 2;	/* those inside a heading, up to 3 */
	uint32_t list_scored : 1;	/* this element was weighed as a list */
	uint32_t block : 1;	/* starts a new line (html_is_block, not br) */
	uint32_t headline_anchor : 1;	/* a headline-like anchor (extract_list.c) */
	/* the body's weighing (extract_body.c) in sixths: a segment's score
	 * reaches its block whole, the parent's by half and the next by a
	 * third, so sixths add up exactly */
	uint32_t score6;
};

struct img_ref {
	struct hnode *node;
	size_t seg;		/* the segment index it precedes */
};

/* Elements the byline search wants, noted during the segment walk so that
 * it needs no walk of its own. */
struct nodelist {
	struct hnode **v;
	size_t n, cap;
};

struct ctx {
	struct hdoc *doc;
	xmlDocPtr dom;		/* libxml2's, for a site rule's XPath; else NULL */
	struct hnode *root;
	const char *url;
	char *base;	/* the page's <base href>, absolute, or NULL: links
			 * resolve against it, as a browser's do; owned */
	time_t fetched;
	struct seg *segs;
	size_t nsegs, capsegs;
	struct arena texts;	/* the segments' texts, freed together */
	struct elinfo *info;
	size_t ninfo, capinfo;
	struct img_ref *imgs;
	size_t nimgs, capimgs;
	struct nodelist times;		/* <time> elements */
	struct nodelist marked;		/* rel/itemprop/class naming author, source or datePublished */
	struct nodelist ldjson;		/* <script type="application/ld+json"> */
	struct hnode *title_tag;	/* the page's first <title>, or NULL */
	/* sums over segs[0..i): a page of 16 MiB has fewer characters
	 * than 2^32, and these are two numbers for every segment */
	uint32_t *prefix_chars, *prefix_links;
	struct hnode *body_node;	/* NULL when there is no article body */
	struct body_part {	/* the body's runs of segments, in order: the */
		size_t first, end;	/* container, or the blocks of a story */
	} *parts;		/* split into siblings */
	size_t nparts;
	size_t title_seg;	/* segment of the headline, or nsegs */
	size_t list_rows_in_body;	/* the list's rows that share the body's */
	size_t list_plain_in_body;	/* segments, and their plain characters */
	size_t *body_segs;	/* the segments body[] holds, in order */
	size_t tail_seg;	/* the first closing line cut as the outlet's, or 0 */
	size_t *image_segs;	/* the segment each of page->images precedes */
	struct page *page;
	const struct site_rule *rule;	/* per-host overrides, or NULL */
};

/* Adds n at the end of l (grown as needed; l->v is owned). */
void nodelist_push(struct nodelist *l, struct hnode *n);

/* extract_seg.c: fills segs, info, imgs and the node lists; frees them. */
void build_segments(struct ctx *c);
void ctx_free(struct ctx *c);
/* The text of the page's <title>, new, or NULL. */
char *title_tag_text(const struct ctx *c);
/* The nearest block element holding segment s's text, or NULL. */
struct hnode *seg_block(const struct ctx *c, const struct seg *s);

/* extract_dom.c */
/* n's info record, or NULL (a hidden element, a node not an element).
 * Inline, as visible: every walk asks for every node. */
static inline struct elinfo *
el_info(struct ctx *c, struct hnode *n)
{
	size_t i = n != NULL ? n->info : 0;

	return i > 0 && i <= c->ninfo ? &c->info[i - 1] : NULL;
}

/* The score of e, one of c's info records (extract_body.c weighs them). */
static inline double
el_score(const struct elinfo *e)
{
	return e->score6 / 6.0;
}

/* Should a walk go below n?  The segment walk entered exactly the visible
 * elements and gave each an info record, so later walks need not weigh
 * names and styles again. */
static inline int
visible(const struct ctx *c, struct hnode *n)
{
	if (n->type != XML_ELEMENT_NODE)
		return n->type != XML_COMMENT_NODE;
	if (n == c->root)
		return 1;
	return el_info((struct ctx *)c, n) != NULL;
}
size_t range_chars(const struct ctx *c, size_t first, size_t end);
size_t range_links(const struct ctx *c, size_t first, size_t end);
/* Do links hold at least tenths/10 of the text of segments [first, end)? */
int link_dense(const struct ctx *c, size_t first, size_t end, int tenths);
/* footer, nav, aside, header, or a class or id naming page furniture */
int is_boilerplate_block(struct hnode *n);
/* A short box opening with a profile's heading (人物简介 over a bio and
 * a picture), holding no part of the story's container: about a person,
 * no part of the story. */
int profile_box(struct ctx *c, struct hnode *n);
int is_paragraph(struct hnode *n);		/* p, pre, blockquote, h1-h6, ... */
/* n a paragraph, or a wrapper of one paragraph and nothing else, two
 * levels deep at most (div.story-intro > p)? */
int lone_paragraph(struct hnode *n);
int is_heading(struct hnode *n);		/* h1-h6 */
/* img, and the components AMP and MIP pages write for one (amp-img,
 * mip-img); inline, as is_anchor */
static inline int
is_picture(struct hnode *n)
{
	return html_is(n, "img") || html_is(n, "mip-img") || html_is(n, "amp-img");
}
struct hnode *first_block(struct hnode *n);	/* the first block child, or NULL */
int contains_node(struct hnode *outer, struct hnode *inner);
/* a, and the component a MIP page writes for a link (mip-link); inline,
 * as html_is: the segment walk asks it of every element */
static inline int
is_anchor(struct hnode *n)
{
	return html_is(n, "a") || html_is(n, "mip-link");
}
struct hnode *enclosing_anchor(struct hnode *n);
int count_links(struct hnode *n, int max);	/* anchors with href below n, up to max */

char *resolve_url(const struct ctx *c, const char *href);
char *anchor_url(const struct ctx *c, struct hnode *a);	/* NULL: no href */
int same_page(const struct ctx *c, const char *url);
/* The full title of an anchor: its card's headline, or its title
 * attribute when the text is cut. */
char *full_title(struct hnode *a);
/* A link's title attribute as written (raw), cleaned: a tooltip of
 * labelled fields on several lines (文章标题：TITLE\r\n作    者：…) gives
 * its first line's value, the title; new, or NULL when empty. */
char *tooltip_title(const char *raw);
/* tooltip_title of a's title attribute, or NULL. */
char *link_title(struct hnode *a);
/* An anchor's full title and absolute URL (new strings); -1 when it is
 * no link (no href, javascript:, empty). */
int anchor_link(const struct ctx *c, struct hnode *a, char **title, char **url);
/* A pager's link (上一页, 尾页, Next page ») or a "more" link (查看更多):
 * no headline says these. */
int says_pager(const char *t);
/* The text of anchor a when it reads as a headline's (six characters,
 * no pager's words), new, or NULL; and that as a test. */
char *headline_anchor_text(struct hnode *a);
int is_headline_anchor(struct hnode *a);
/* Do the links below n, one or more, all lead to one place (a card's
 * picture and its headline link the same story)? */
int one_target(struct hnode *n);
/* Is a a headline link of four words or more, not a tag's one or two? */
int headline_link(struct hnode *a);
/* The content of the first <meta attr=value> in <head>, or NULL. */
char *meta_content(struct ctx *c, const char *attr, const char *value);
/* The title the page declares in <meta> (Dublin Core, Open Graph, ...). */
char *declared_title(struct ctx *c);

/* Evidence of prose: a segment's, and the sentences' of [first, end)
 * however deep they lie (an element's score reaches only a few levels). */
double seg_score(const struct seg *s);
double prose_score(const struct ctx *c, size_t first, size_t end);
/* Does element n (its info e) hold one of the page's pictures? */
int holds_image(const struct ctx *c, struct hnode *n, const struct elinfo *e);
/* extract_adlabel.c: is img an advertisement's, in a slot whose first
 * line is an ad label (Advertisement / Publicidad)? */
int ad_picture(struct hnode *img);
/* extract_caption.c: does segment i lie in a picture's or a video's
 * caption (figcaption, class "caption" in a word: video-caption)? */
int seg_in_caption(const struct ctx *c, size_t i);
/* a <dl> right after a picture or holding one: its caption and credit */
int picture_list(struct hnode *dl);
/* Is segment i the caption of a lead picture set apart from the story's
 * text: outside the block that holds the story's first paragraph (a
 * figure between the byline and the text's section)?  The picture's,
 * no line of the story; a caption inside the text's block is a line.
 * lead, when not SIZE_MAX, is the segment of the one line read before
 * it: a standfirst in a block of its own, outside the caption's and the
 * text's (a commune's chapô, the figure, then the text), else no. */
int lead_caption_apart(const struct ctx *c, size_t i, size_t lead);
/* Is segment i such a caption where the body now stands: before its
 * first line, or after its first when that is a standfirst? */
int lead_caption_here(const struct ctx *c, size_t i);
/* Does the element before n hold a picture and nothing to read (an image
 * field, its caption a field of its own after it)? */
int picture_before(struct ctx *c, struct hnode *n);
/* Does a picture stand right before segment i (the text under it, most
 * often its caption)? */
int after_picture(const struct ctx *c, size_t i);
/* Does text open with img's alt text (20 bytes at least), as a caption
 * repeating it does? */
int text_repeats_alt(const char *text, struct hnode *img);
/* At least three pictures, as many as sentences: captions, not a story. */
int gallery(const struct ctx *c, const struct elinfo *e);
/* Is img a picture of the story: not an icon, not a linked banner or a
 * card's thumbnail (linked to a page, not to a picture file)? */
int image_is_content(struct hnode *img);
/* Is n inside a set of photos shown one at a time: a class or id named
 * gallery, carousel or slideshow a few levels up, below <body>? */
int in_slideshow(struct hnode *n);
/* Does the element hold one sentence of a story's length (50 plain
 * characters and a mark of punctuation in one line)? */
int holds_sentence(const struct ctx *c, const struct elinfo *e);
/* Does the space-separated list of names in v hold name?  <meta
 * property="og:title twitter:title"> declares both. */
int names_hold(const char *v, const char *name);
/* Is n box, or below it by depth levels at most? */
int node_within(struct hnode *n, struct hnode *box, int depth);
/* A URL of a document to download: .doc, .xlsx, .pdf, .zip ... */
int is_attachment(const char *url);
/* Does a link in segment i lead to such a document (附件)? */
int seg_has_attachment(struct ctx *c, size_t i);

/* The segments where byline fields live: the headline and what follows
 * it, and the end of the body.  The middle of a long body is skipped, so
 * a page of a million paragraphs costs no more here than a short one. */
#define META_TAIL 24	/* segments read up to the end of the body and past */

struct meta_win {
	size_t first, end, gap_from, gap_to;
	size_t title;		/* where unlabelled dates may start */
};

struct meta_win meta_window(const struct ctx *c);

/* extract_authorcard.c: does c->marked.v[i] hold a marked element of its
 * own that reads as the author's name alone (an author card: the name's
 * element beside a line about the author)?  Then that one names the
 * author, not the whole card. */
int marked_card(const struct ctx *c, size_t i);
/* The name an account's card in segments [first, end) links to, beside
 * its follow button (岚溪发布 … + 关注): new, or NULL. */
char *follow_card_author(const struct ctx *c, size_t first, size_t end);
size_t win_next(const struct meta_win *w, size_t i);

#endif
