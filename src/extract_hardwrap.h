/*
 * extract_hardwrap: a story typed out as a print page's or a PDF's lines.
 * An e-paper's text page or a county paper's site pastes the text as it
 * stood in the column: lines of one width parted by <br>, a paragraph
 * marked only by the indent (　　) opening its first line.
 */
#ifndef KANBAO_EXTRACT_HARDWRAP_H
#define KANBAO_EXTRACT_HARDWRAP_H

#include "extract_dom.h"

/* Joins each body line that a <br> opens with no indent, after a line of
 * about the text's full width, to the paragraph above it, when the body
 * holds at least two indented lines and two such runs on. */
void join_hard_wraps(struct ctx *c);

#endif
