#ifndef KANBAO_EXTRACT_OWNLABEL_H
#define KANBAO_EXTRACT_OWNLABEL_H

#include <stddef.h>

#include "extract_dom.h"

char *own_element_label(const struct ctx *c, size_t i, const char *const *labels, int names);

#endif
