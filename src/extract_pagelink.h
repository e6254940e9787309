/*
 * extract_pagelink: is a link one of the story's own pages?  A lower
 * layer, beside extract_dom.h: the story's pager (extract_storypager.c)
 * collects such links, and 上一篇 / 下一篇 (extract_nav.c) refuses them.
 *
 * A link is a page of the story at page when its URL says so (the same
 * directory and the page's file with _N or -N before its extension:
 * content_1234_2.html; the same file with page=N in the query; the
 * page's path with /N after it) and its text agrees: the number N,
 * 第N页, or a pager's word (下一页, 尾页, Next), or rel=next / prev.  A
 * link whose text asks for the whole story (全文, 单页阅读) is the story on
 * one page when its URL starts as the page's does (content_1234_all.html,
 * ?page=all).  A title never is either: a 下一篇 stays a 下一篇.
 */
#ifndef KANBAO_EXTRACT_PAGELINK_H
#define KANBAO_EXTRACT_PAGELINK_H

#include "extract_dom.h"

enum pagelink { PAGELINK_NONE, PAGELINK_PAGE, PAGELINK_WHOLE };

/* What anchor a (its absolute url) is to the page at c->url; for a
 * PAGELINK_PAGE, *number (when not NULL) gets its page number. */
enum pagelink story_page_link(const struct ctx *c, struct hnode *a, const char *url, int *number);

/* What a link reading t may be, by its words alone: PAGELINK_PAGE for a
 * number or a pager's word, PAGELINK_WHOLE for 全文. */
enum pagelink pager_text(const char *t);

/* The number link has as a page of the story whose page is at page (1:
 * the story's first page), by the URLs alone; 0 when none.  Pure text. */
int url_page_of(const char *page, const char *link);
/* The page number the URL of a further page carries itself (_2 of
 * content_1234_2.html, page=2), or 1. */
int url_own_page(const char *url);

#endif
