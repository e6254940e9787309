/* extract_morefrom: "More from NAME" and "More news from the island"
 * over a related list; see extract_morefrom.c. */
#ifndef KANBAO_EXTRACT_MOREFROM_H
#define KANBAO_EXTRACT_MOREFROM_H

/* Is p (a heading's text) "More from NAME", "More news from NAME" (a
 * capital), or "More news from the island": a place named with "the"
 * and a word or two, no more? */
int more_from_heading(const char *p);

/* Is p "More from NAME" with NAME a proper name of capitals' words, up
 * to six ("More from Harlow Creek Police Department"): a heading, though
 * longer than a heading's usual 32 characters? */
int more_from_name(const char *p);

#endif
