/* extract_ownlabel: a field's label in an element of its own, no colon,
 * its value in the element after it; see extract_ownlabel.c. */
#ifndef KANBAO_EXTRACT_OWNLABEL_H
#define KANBAO_EXTRACT_OWNLABEL_H

#include <stddef.h>

#include "extract_dom.h"

/* The value after one of labels when segment i's line opens on it in an
 * element of its own (<span>作者</span><a>郑海燕</a>): every name it
 * credits when names is set, else the value; new, or NULL. */
char *own_element_label(const struct ctx *c, size_t i, const char *const *labels, int names);
/* Is segment i a block its class calls a label (Drupal's field__label),
 * the next segment its sibling block, the value?  Its end is the colon. */
int label_block(const struct ctx *c, size_t i);

#endif
