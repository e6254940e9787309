/* extract_source: the outlet a story names unlabelled; see extract_source.c. */
#ifndef KANBAO_EXTRACT_SOURCE_H
#define KANBAO_EXTRACT_SOURCE_H

#include "extract_dom.h"

/* Is n marked as the source alone (class="source"), not as the author? */
int is_source_mark(struct hnode *n);
/* A short bare name in an element of class "source" between the headline
 * and the body, new, or NULL. */
char *marked_source(struct ctx *c);
/* Is name, of CJK characters alone, the site's own: the whole <title> (an
 * app's share page titles itself with its name) or a whole part of it?
 * An outlet marking its own name as a story's author is its source. */
int names_own_site(const struct ctx *c, const char *name);
int names_site_account(const struct ctx *c, const char *name);
int names_source(const struct ctx *c, const char *name);
/* The site's name, a whole part of <title>, opening or closing a short
 * line between the headline and the body, new, or NULL. */
char *shown_site_source(struct ctx *c);
/* The paper whose e-paper the page is, as <title> names it before its
 * mark (柘江日报数字报-HEADLINE gives 柘江日报), new, or NULL. */
char *epaper_source(const struct ctx *c);
/* The body a release's metadata list names after a bare "From:" term, new,
 * or NULL. */
char *issuer_source(const struct ctx *c, const struct meta_win *w);
/* The sender a wire release's closing "SOURCE NAME" line in w names, new,
 * or NULL. */
char *release_sender(const struct ctx *c, const struct meta_win *w);
/* The source "来自：" labels in a short line of a story's fields that
 * labels its author too (Discuz's 原作者: NAME | 来自: PAPER), new, or
 * NULL: alone, or in a sentence, 来自 labels nothing. */
char *from_field_source(const char *line);
/* from_field_source of the first line of w that gives one. */
char *portal_from_source(const struct ctx *c, const struct meta_win *w);

#endif
