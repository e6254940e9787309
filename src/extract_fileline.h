/* extract_fileline: two lines a press office sets at the head of its
 * statement's text that are no lines of it; see extract_fileline.c. */
#ifndef KANBAO_EXTRACT_FILELINE_H
#define KANBAO_EXTRACT_FILELINE_H

/* Is s a file's download link, "Download the signed statement (PDF, 186
 * KB)": opening on a download word, short, and naming a file's kind and
 * size in brackets?  extract_body.c leaves it out before the story's
 * first line only: a notice's attachment line closing it stays. */
int is_file_download_line(const char *s);

/* Is s a notice line ("For immediate release", "MEDIA STATEMENT") with
 * the date alone after a bar, a dash or a colon ("For immediate release |
 * 12/11/2026")?  Used by extract_label.c's is_noise_line. */
int is_dated_notice(const char *s);

#endif
