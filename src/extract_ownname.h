/*
 * extract_ownname: the outlet a story is its own site's, named where no
 * label says 来源: the site's name (og:site_name) alone on the line under
 * the headline, as a news app's share page prints it; or the paper a
 * 本报 credit (本报记者, 本报讯) means, which <title> names at its end.
 */
#ifndef KANBAO_EXTRACT_OWNNAME_H
#define KANBAO_EXTRACT_OWNNAME_H

#include "extract_dom.h"

/* og:site_name, of CJK characters, opening a short line between the
 * headline and the body's block (潮声新闻 2024-09-01 18:02 阅读 4.6万), new,
 * or NULL; not the text's first sentence opening on the name. */
char *og_site_shown(struct ctx *c);

/* The paper <title>'s last part names (HEADLINE--澄溪报: CJK characters
 * ending in 报 after a separator), or its first, or the whole <title>
 * when it is the paper's name alone (青漪日报), when a line between the
 * headline and the text's first credits 本报, new, or NULL. */
char *own_paper_titled(const struct ctx *c);

#endif
