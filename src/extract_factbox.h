/* extract_factbox: a fact box set into a story; see extract_factbox.c. */
#ifndef KANBAO_EXTRACT_FACTBOX_H
#define KANBAO_EXTRACT_FACTBOX_H

#include <stddef.h>

#include "extract_dom.h"

/* The end of the fact box whose heading is segment i ("Quick facts" over
 * a list, in a box of their own), within a part ending at part_end; i
 * when segment i heads none. */
size_t factbox_end(struct ctx *c, size_t i, size_t part_end);

#endif
