/* extract_signnote: a bracketed line that signs a story off and is no
 * story text; see extract_signnote.c. */
#ifndef KANBAO_EXTRACT_SIGNNOTE_H
#define KANBAO_EXTRACT_SIGNNOTE_H

/* Is s a bracketed note of who the writer is, "（作者系OFFICE副主任）",
 * "（作者单位：OFFICE）"? */
int is_writer_note(const char *s);

#endif
