/* extract_covnote: a bilingual outlet's note in its two tongues closing
 * a story, and a live blog's sign-off; see extract_covnote.c. */
#ifndef KANBAO_EXTRACT_COVNOTE_H
#define KANBAO_EXTRACT_COVNOTE_H

#include "extract_dom.h"

/* Is s a note offering the story in its other language, that tongue's
 * sentence first ("Mae'r stori hon ar gael yn Gymraeg hefyd. This story
 * is also available in Welsh.")? */
int lang_note_tail(const struct seg *s);

/* Is s a live blog's sign-off, "That's all from us" alone or "We're
 * closing our live coverage here ..."?  Asked of every line. */
int is_live_signoff(const char *s);

#endif
