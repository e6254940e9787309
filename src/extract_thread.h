/* extract_thread: a script-built forum's server copy in <noscript>, and a
 * thread's opening post; see extract_thread.c. */
#ifndef KANBAO_EXTRACT_THREAD_H
#define KANBAO_EXTRACT_THREAD_H

#include "extract_dom.h"

/* Shows (renames to a div) each <noscript> in the body that holds the
 * page's story: a headline (<h1> or <h2>) and paragraphs of at least
 * NOSCRIPT_STORY_CHARS characters.  Within it, a thread (two or more
 * sibling <article>s, each opening with an unlinked heading, the
 * poster's name, with only <hr>s and blanks between) keeps its first
 * post, the story; the replies are dropped.  Call before
 * build_segments. */
void unhide_noscript_story(struct ctx *c);

#endif
