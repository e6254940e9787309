/*
 * extract_teaser: a teaser card's lines (a related grid's excerpts).
 */
#ifndef KANBAO_EXTRACT_TEASER_H
#define KANBAO_EXTRACT_TEASER_H

#include "extract_dom.h"

/* Is part p a grid of teaser cards: each a small element opening on one
 * linked heading over a date or an excerpt, two cards at least, and no
 * other line? */
int teaser_grid(const struct ctx *c, const struct body_part *p);

#endif
