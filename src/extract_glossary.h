/*
 * extract_glossary: the heading of a glossary box closing a story.
 */
#ifndef EXTRACT_GLOSSARY_H
#define EXTRACT_GLOSSARY_H

/* Is s the short heading of a glossary box after the story, "Words in
 * This Story" (a learners' news site's convention), "Michif words in this
 * story"?  The box's terms and meanings are no body, and nothing of the
 * story follows them.  A sentence naming the story's words ("The words
 * in this story were checked by Elders.") is none, and so is "Glossary"
 * alone: a technical post's glossary of terms opens its text. */
int is_glossary_head(const char *s);

#endif
