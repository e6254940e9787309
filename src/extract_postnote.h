/* extract_postnote: notes a post or a reprint sets inside the story's
 * block that are no story text; see extract_postnote.c. */
#ifndef KANBAO_EXTRACT_POSTNOTE_H
#define KANBAO_EXTRACT_POSTNOTE_H

/* Is s a forum post's edit note, "本帖最后由 NAME 于 DATE 编辑"? */
int is_post_edit_note(const char *s);

/* Is s a bracketed note of the print edition the story ran in,
 * "（本文刊于《PAPER》DATE PAGE版）", "（原载《PAPER》…）"? */
int is_print_edition_note(const char *s);

/* The outlet a repost's opening note names, "转载自NAME", "本文转自：NAME"
 * (a line of that note alone, the name short and no sentence), new; or
 * NULL. */
char *repost_source(const char *s);

/* Is s such a note (no line of the story)? */
int is_repost_note(const char *s);

#endif
