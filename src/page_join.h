/*
 * page_join: the pages of a story in several pages made one story (pure).
 * The first page keeps its title, byline, 上一篇 / 下一篇 and related list;
 * the bodies, blocks and images follow each other in page order, and
 * `pages` lists the pages joined.
 */
#ifndef KANBAO_PAGE_JOIN_H
#define KANBAO_PAGE_JOIN_H

struct page;

/* Appends b's body, blocks and images to a, the lead b repeats from a's
 * top left out, and b's pages to a's pages; b is used up (freed). */
void page_join(struct page *a, struct page *b);

/* a's body, blocks, images and pages become those of w, the whole story
 * on one page (全文); w is used up. */
void page_join_whole(struct page *a, struct page *w);

#endif
