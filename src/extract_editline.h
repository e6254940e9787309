/* extract_editline: a post's date line with its change note; see
 * extract_editline.c. */
#ifndef KANBAO_EXTRACT_EDITLINE_H
#define KANBAO_EXTRACT_EDITLINE_H

/* Is s a post's date (and time) followed only by a bracketed note of a
 * later change: "2026-11-28, 09:14 PM (這篇文章最後修改於: … 由 NAME.)"? */
int is_dated_edit_line(const char *s);

#endif
