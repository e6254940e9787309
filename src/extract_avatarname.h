/* extract_avatarname: see extract_avatarname.c. */
#ifndef KANBAO_EXTRACT_AVATARNAME_H
#define KANBAO_EXTRACT_AVATARNAME_H

#include "extract_dom.h"

/* The writer an author chip under the headline shows: an avatar picture
 * (a class naming an avatar on it or a few levels above), then a name
 * alone on its line, then a line that is a date alone.  New, or NULL. */
char *avatar_name_author(const struct ctx *c);

#endif
