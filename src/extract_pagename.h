/*
 * extract_pagename: a notice's own heading under the page's name.
 */
#ifndef KANBAO_EXTRACT_PAGENAME_H
#define KANBAO_EXTRACT_PAGENAME_H

#include "extract_dom.h"

/* A site builder's page (Google Sites) titles itself "SITE - PAGE" and
 * shows PAGE (通告) as its <h1>; the notice on it has its own heading
 * just below, at the top of the text.  When no heading won the headline
 * (c->title_seg is nsegs), that heading is the headline: sets
 * c->page->title and c->title_seg. */
void page_name_title(struct ctx *c);

#endif
