/*
 * ui_picture: a story's pictures in the reader, fetched in the
 * background and drawn in the boxes the layout keeps for them.
 *
 * When a story is laid out (ui_layout), each picture of its blocks with
 * a src is fetched by the reader's fetcher (FETCH_PICTURE: any type,
 * through the cache as pages are); the text is on screen at once, and
 * the layout keeps a box of ui_picture_rows() blank rows above each
 * caption, so a picture that arrives only fills its box and no line
 * moves.  What arrives is decoded once and kept scaled down to what the
 * screen can show of it (picture_scale.h), not as the fetched bytes, so
 * no frame and no scroll step decodes it again; a screen grown larger
 * than it was kept for fetches it again (from the cache) and decodes it
 * for that.  The story's pictures together keep at most half the memory
 * budget (ui_hist.c); past it, a picture is its caption.  A picture that
 * fails (the network, a bomb, a truncated or lying file)
 * gives its box back: the story is laid out again without it, its place
 * kept (u->relayout), and the caption stands alone as with `images
 * none`.  A story left cancels its pictures.  I (ui_comfort.c) shows or
 * hides them for the session.  A story fetched ahead (ui_prefetch.c)
 * has its first picture fetched and held (ui_picture_ahead.c): its
 * opening takes those bytes after its first frame, or the job still
 * bringing them.
 * No curses here: ui_picture_draw.c draws the cells, ui_graphics.c
 * writes the pixels of a sixel or kitty terminal.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "picture.h"
#include "picture_kitty.h"
#include "picture_scale.h"
#include "picture_sixel.h"
#include "term_cell.h"
#include "ui_int.h"

#define MAX_PICTURES 32		/* of a story fetched; the rest: captions */
#define MIN_ROWS 8		/* a screen shorter keeps no boxes */

enum pic_state { PIC_WAIT, PIC_READY, PIC_FAILED };

struct ui_pic {
	struct ui *u;
	size_t block;		/* page->blocks[block] is the picture */
	enum pic_state state;
	struct fetch_job *job;	/* while it is fetched (again, to grow) */
	struct picture *kept;	/* decoded and scaled to the screen */
	struct picture_cells *cells;
	int cols, rows, colors;	/* what cells were made for */
	unsigned width, height;	/* its pixels, as the file has them */
	unsigned asked_w, asked_h;	/* the largest it was decoded for */
	unsigned serial;	/* the session's number of it: kitty's id */
	char *seq;		/* its pixels' escape sequence, for ... */
	size_t seqlen;
	struct picture_band band;	/* ... this band */
};

struct ui_pictures {
	int shown;		/* the session's: I */
	const struct page *page;	/* whose pictures these are */
	char *url;
	struct ui_pic *v;
	size_t n;
};

static unsigned serials;	/* the pictures that arrived this session */

struct ui_pictures *
ui_pictures_new(int mode)
{
	struct ui_pictures *p = xcalloc(1, sizeof *p);

	p->shown = mode != PICTURE_NONE;
	return p;
}

/* Cancels and forgets the pictures held. */
static void
forget(struct ui *u)
{
	struct ui_pictures *p = u->pictures;

	for (size_t i = 0; i < p->n; i++) {
		if (!ui_picture_ahead_leave(u, &p->v[i]) && p->v[i].job != NULL)
			fetcher_cancel(u->fetcher, p->v[i].job);
		picture_free(p->v[i].kept);
		free(p->v[i].seq);
		picture_cells_free(p->v[i].cells);
	}
	free(p->v);
	free(p->url);
	p->v = NULL;
	p->url = NULL;
	p->n = 0;
	p->page = NULL;
}

void
ui_pictures_free(struct ui *u)
{
	if (u->pictures == NULL)
		return;
	forget(u);
	ui_picture_ahead_free(u);
	free(u->pictures);
	u->pictures = NULL;
}

int
ui_picture_rows(const struct ui *u)
{
	int rows = ui_content_rows(u);

	return rows >= MIN_ROWS && u->opts.ambi_width == 1 ? rows / 2 : 0;
}

/* The n bytes at s decoded and scaled to what a box of cols x rows cells
 * shows, or NULL.  The one place a picture is decoded: a line in the
 * trace says so. */
static struct picture *
decode_kept(struct ui *u, const void *s, size_t n, int cols, int rows, unsigned *width,
    unsigned *height)
{
	struct picture *decoded = picture_decode(s, n, NULL), *kept;
	unsigned w, h;
	int cell_w, cell_h;

	ui_trace(u, 0, "decode", decoded != NULL ? "ok" : "failed");
	if (decoded == NULL)
		return NULL;
	term_cell_keep(&cell_w, &cell_h);
	*width = decoded->width;
	*height = decoded->height;
	picture_keep_size(decoded->width, decoded->height, cols, rows, cell_w, cell_h, &w, &h);
	if (w >= decoded->width || h >= decoded->height)
		return decoded;
	kept = picture_scale(decoded, w, h);
	picture_free(decoded);
	return kept;
}

/* Would the story's pictures, with kept in pic's place, hold more than
 * half the memory budget?  A picture is kept at most at the screen's
 * size, so this takes a story of many pictures on a huge screen. */
static int
over_budget(const struct ui *u, const struct ui_pic *pic, const struct picture *kept)
{
	const struct ui_pictures *p = u->pictures;
	size_t total = (size_t)kept->width * kept->height * 4;

	for (size_t i = 0; i < p->n; i++)
		if (&p->v[i] != pic && p->v[i].kept != NULL)
			total += (size_t)p->v[i].kept->width * p->v[i].kept->height * 4;
	return total > ui_hist_budget(u) / 2;
}

/* A picture's bytes arrived, or did not: the first time, or again for a
 * larger screen (grow). */
static void
picture_done(void *ctx, struct fetch_done *d)
{
	struct ui_pic *pic = ctx;
	struct picture *kept = NULL;
	struct ui *u = pic->u;
	unsigned width = 0, height = 0;

	pic->job = NULL;
	if (d->ok && picture_cells_ready())
		kept = decode_kept(u, fetched_bytes(&d->result), fetched_len(&d->result), u->cols,
		    ui_picture_rows(u), &width, &height);
	if (kept != NULL && over_budget(u, pic, kept)) {
		picture_free(kept);
		kept = NULL;
	}
	if (kept == NULL && pic->kept != NULL)
		return;		/* it stays as large as it was */
	if (kept == NULL) {
		pic->state = PIC_FAILED;	/* its box goes: the caption alone */
		u->relayout = 1;
		ui_trace(u, 0, "picture", "failed");
		return;
	}
	picture_free(pic->kept);
	picture_cells_free(pic->cells);
	free(pic->seq);
	pic->kept = kept;
	pic->cells = NULL;
	pic->seq = NULL;
	pic->width = width;
	pic->height = height;
	if (kept->width > pic->asked_w || kept->height > pic->asked_h) {
		pic->asked_w = kept->width;
		pic->asked_h = kept->height;
	}
	pic->serial = ++serials ? serials : ++serials;	/* never 0; kitty's new picture */
	pic->state = PIC_READY;
	u->dirty = 1;
	ui_trace(u, 0, "picture", "ok");
}

/* The pictures of v's story, fetched when it is not the story they are. */
void
ui_pictures_sync(struct ui *u, const struct view *v)
{
	struct ui_pictures *p = u->pictures;
	const struct page *pg = v != NULL && v->kind == VIEW_PAGE ? v->page : NULL;

	if (pg == p->page && pg != NULL && p->url != NULL && v->url != NULL &&
	    strcmp(p->url, v->url) == 0)
		return;
	forget(u);
	if (pg == NULL || pg->kind != PAGE_ARTICLE || !p->shown)
		return;
	p->page = pg;
	p->url = xstrdup(v->url != NULL ? v->url : "");
	p->v = xcalloc(MAX_PICTURES, sizeof *p->v);
	for (size_t i = 0; i < pg->nblocks && p->n < MAX_PICTURES; i++) {
		const struct block *b = &pg->blocks[i];
		struct ui_pic *pic;

		if (b->type != BLOCK_IMG || b->src == NULL || *b->src == '\0')
			continue;
		pic = &p->v[p->n++];
		pic->u = u;
		pic->block = i;
		pic->state = PIC_WAIT;
		if (!ui_picture_ahead_take(u, b->src, picture_done, pic, &pic->job))
			pic->job = fetcher_start(u->fetcher, b->src, FETCH_PICTURE, picture_done, pic);
	}
}

static struct ui_pic *
find(const struct ui *u, size_t block)
{
	const struct ui_pictures *p = u->pictures;

	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].block == block)
			return &p->v[i];
	return NULL;
}

int
ui_picture_box(void *arg, size_t block)
{
	struct ui *u = arg;
	const struct ui_pic *pic = find(u, block);

	return pic != NULL && pic->state != PIC_FAILED ? ui_picture_rows(u) : 0;
}

int
ui_pictures_shown(const struct ui *u)
{
	return u->pictures->shown;
}

void
ui_pictures_show(struct ui *u, int shown)
{
	u->pictures->shown = shown;
	forget(u);
}

/* A box of cols x rows cells would show pic larger than it is kept (the
 * screen grew): its bytes are fetched again (the cache has them) and
 * decoded for it; meanwhile it is drawn from what is kept. */
static void
grow(struct ui *u, struct ui_pic *pic, int cols, int rows)
{
	const struct block *b = &u->pictures->page->blocks[pic->block];
	unsigned w, h;
	int cell_w, cell_h;

	term_cell_keep(&cell_w, &cell_h);
	picture_keep_size(pic->width, pic->height, cols, rows, cell_w, cell_h, &w, &h);
	if (pic->job != NULL || (w <= pic->asked_w + 1 && h <= pic->asked_h + 1))
		return;
	pic->asked_w = w;	/* asked once: a failure is not asked again */
	pic->asked_h = h;
	pic->job = fetcher_start(u->fetcher, b->src, FETCH_PICTURE, picture_done, pic);
}

const struct picture_cells *
ui_picture_cells(struct ui *u, size_t block, int cols, int rows, int colors)
{
	struct ui_pic *pic = find(u, block);

	if (pic == NULL || pic->state != PIC_READY)
		return NULL;
	if (pic->cells != NULL && pic->cols == cols && pic->rows == rows && pic->colors == colors)
		return pic->cells;
	grow(u, pic, cols, rows);
	picture_cells_free(pic->cells);
	pic->cells = picture_cells(pic->kept, cols, rows, (enum picture_colors)colors);
	pic->cols = cols;
	pic->rows = rows;
	pic->colors = colors;
	return pic->cells;
}

int
ui_picture_fit(struct ui *u, size_t block, int cell_w, int cell_h, int *cols, int *rows,
    unsigned *serial)
{
	const struct ui_pic *pic = find(u, block);

	if (pic == NULL || pic->state != PIC_READY)
		return -1;
	*serial = pic->serial;
	return picture_fit(pic->width, pic->height, cell_w, cell_h, cols, rows);
}

const char *
ui_picture_pixels(struct ui *u, size_t block, const struct picture_band *b, size_t *len)
{
	struct ui_pic *pic = find(u, block);
	struct buf seq;

	if (pic == NULL || pic->state != PIC_READY)
		return NULL;
	if (pic->seq != NULL && memcmp(&pic->band, b, sizeof *b) == 0) {
		*len = pic->seqlen;
		return pic->seq;
	}
	free(pic->seq);
	grow(u, pic, b->cols, b->rows);
	memset(&seq, 0, sizeof seq);
	if (picture_sixel(&seq, pic->kept, b) != 0)
		buf_free(&seq);
	pic->seqlen = seq.len;
	pic->seq = seq.len > 0 ? buf_steal(&seq) : NULL;
	pic->band = *b;
	*len = pic->seqlen;
	return pic->seq;
}

void
ui_picture_pixels_keep(struct ui *u, const size_t *placed, size_t n)
{
	struct ui_pictures *p = u->pictures;

	for (size_t i = 0; i < p->n; i++) {
		size_t k = 0;

		while (k < n && placed[k] != p->v[i].block)
			k++;
		if (k == n) {
			free(p->v[i].seq);
			p->v[i].seq = NULL;
		}
	}
}

int
ui_picture_kitty(struct ui *u, size_t block, const struct picture_band *b, int transmit,
    struct buf *out)
{
	struct ui_pic *pic = find(u, block);

	if (pic == NULL || pic->state != PIC_READY || pic->serial != b->id)
		return -1;
	grow(u, pic, b->cols, b->rows);
	if (transmit)
		picture_kitty_transmit(out, pic->kept, pic->serial);
	picture_kitty_place(out, pic->kept->width, pic->kept->height, b);
	return 0;
}

int
ui_picture_alive(const struct ui *u, unsigned serial)
{
	const struct ui_pictures *p = u->pictures;

	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].state == PIC_READY && p->v[i].serial == serial)
			return 1;
	return 0;
}
