/*
 * extract_int: what the extract*.c files share.  Not a public interface.
 *
 * Extraction first flattens the document into segments: runs of inline
 * text between block boundaries, in document order.  Every element gets
 * the range of segments below it (info[]), so "the text of this element"
 * and its link density are sums over a range, not new walks.
 */
#ifndef KANBAO_EXTRACT_INT_H
#define KANBAO_EXTRACT_INT_H

#include <time.h>

#include "extract.h"
#include "html.h"
#include "util.h"

struct seg {
	char *text;		/* cleaned */
	xmlNodePtr node;	/* the first text node of the run */
	xmlNodePtr block;	/* the nearest block element holding it */
	int chars, link_chars;	/* non-space characters, those inside <a> */
	int punct;		/* sentence punctuation outside links */
};

struct elinfo {
	size_t first, end;	/* segments [first, end) lie below */
	double score;
	int headline_links;	/* headline-like anchors below */
	int list_scored;	/* this element was weighed as a list */
	int block;		/* starts a new line (html_is_block, not br) */
};

struct img_ref {
	xmlNodePtr node;
	size_t seg;		/* the segment index it precedes */
};

/* Elements the byline search wants, noted during the segment walk so that
 * it needs no walk of its own. */
struct nodelist {
	xmlNodePtr *v;
	size_t n, cap;
};

void nodelist_push(struct nodelist *l, xmlNodePtr n);

struct ctx {
	xmlDocPtr doc;
	xmlNodePtr root;
	const char *url;
	time_t fetched;
	struct seg *segs;
	size_t nsegs, capsegs;
	struct elinfo *info;
	size_t ninfo, capinfo;
	struct img_ref *imgs;
	size_t nimgs, capimgs;
	struct nodelist times;		/* <time> elements */
	struct nodelist marked;		/* rel/itemprop/class naming author or datePublished */
	struct nodelist ldjson;		/* <script type="application/ld+json"> */
	size_t *prefix_chars, *prefix_links;	/* sums over segs[0..i) */
	xmlNodePtr body_node;	/* NULL when there is no article body */
	struct body_part {	/* the body's runs of segments, in order: the */
		size_t first, end;	/* container, or the blocks of a story */
	} *parts;		/* split into siblings */
	size_t nparts;
	size_t title_seg;	/* segment of the headline, or nsegs */
	struct page *page;
	const struct site_rule *rule;	/* per-host overrides, or NULL */
};

/* extract.c */
struct elinfo *el_info(struct ctx *c, xmlNodePtr n);
int visible(const struct ctx *c, xmlNodePtr n);
size_t range_chars(const struct ctx *c, size_t first, size_t end);
size_t range_links(const struct ctx *c, size_t first, size_t end);

/* extract_meta.c */
void extract_title(struct ctx *c);
void extract_meta(struct ctx *c);
void extract_tags(struct ctx *c);
int is_meta_line(const char *s);
int is_noise_line(const char *s);

/* extract_links.c */
char *resolve_url(const struct ctx *c, const char *href);
/* An anchor's full title and absolute URL (new strings); -1 when it is
 * no link (no href, javascript:, empty). */
int anchor_link(const struct ctx *c, xmlNodePtr a, char **title, char **url);
void extract_prev_next(struct ctx *c);
void extract_related(struct ctx *c);
void extract_headlines(struct ctx *c);
int is_related_heading(const char *s);
int is_nav_label(const char *s);

/* extract_site.c */
void site_remove(struct ctx *c);
void site_apply(struct ctx *c);

#endif
