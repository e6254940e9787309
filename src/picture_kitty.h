/*
 * picture_kitty: the kitty graphics protocol's sequences for a picture
 * that is sent to the terminal once and then only placed.
 *
 * A picture is transmitted once under its id (a=t: its RGBA, as kanbao
 * keeps it, picture_scale.h), and each frame places a band of it (a=p:
 * the source rectangle of the band's rows in the picture's pixels, shown
 * on cols x n cells), under one placement id (p=1), so a new placement
 * replaces the one before.  A placement that went is deleted alone
 * (d=i: the picture stays with the terminal); a picture forgotten is
 * deleted with its data (d=I).  All ask for no reply (q=2) and leave the
 * cursor where it was (C=1).  Pure: the sequences are appended to a
 * struct buf; only printable ASCII between their ESCs.
 */
#ifndef KANBAO_PICTURE_KITTY_H
#define KANBAO_PICTURE_KITTY_H

#include "picture.h"
#include "util.h"

/* pic's pixels under id (not 0), in chunks as the protocol wants. */
void picture_kitty_transmit(struct buf *out, const struct picture *pic, unsigned id);

/* Band b (b->id, its rows first .. first + n - 1 of b->rows) of the
 * width x height picture transmitted, at the cursor. */
void picture_kitty_place(struct buf *out, unsigned width, unsigned height,
    const struct picture_band *b);

/* The placement of id deleted; with its data too when forget. */
void picture_kitty_delete(struct buf *out, unsigned id, int forget);

#endif
