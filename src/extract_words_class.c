/*
 * extract_words_class: the class and id words of page furniture and of a
 * story's own blocks (its lead, cover, captions, photo sets), which
 * extract_dom.c and the parts match within a word (wp-caption-text).
 * Declared in extract_words.h; split out of extract_words.c as it grew.
 * Every list ends with NULL.
 */
#include "config.h"

#include "extract_words.h"

/* class words of a post's cover picture, set in a block of its own before
 * the story's container (a column's title image, a blog's featured image) */
const char *const cover_classes[] = {"TitleImage", "title-image", "title_image", "cover-image",
	"cover_image", "post-cover", "article-cover", "featured-image", "featured_image",
	"post-thumbnail", "lead-image", "lead-photo",
	/* a live page's poster over its headline, a long post's top picture */
	"live-cover", "live_cover", "toppic", "top-pic", "top_pic",
	/* a news CMS's picture box over the text (div.news_pic) */
	"news_pic", "news-pic", "article_pic", "article-pic", NULL};

/* class words of a picture itself that mark it a post's featured image:
 * WordPress core prints wp-post-image on every theme's featured picture */
const char *const cover_img_classes[] = {"wp-post-image", NULL};

/* attributes of a picture's address read only behind a placeholder src
 * (extract_lazysrc.c): a Next.js writing site's, an old blog host's, an
 * old forum's lazy loader's bare original= beside its loading.gif */
const char *const behind_placeholder_attrs[] = {"data-original-src", "real_src", "original", NULL};

/* class words (within a word: wp-caption-text) of a picture's caption
 * and of its credit line beside it (photographer, photo-credit) */
const char *const caption_classes[] = {"caption", "photographer", "photo-credit", "photo_credit",
	"image-credit", "image_credit", NULL};

/* class and id words (within a word: gallery-embed) of a set of photos
 * shown one at a time inside a story: its captions and counter ("1 of
 * 4") are the pictures', not the story's */
const char *const gallery_classes[] = {"gallery", "carousel", "slideshow", NULL};

/* class and id words of an author's picture or of the box about the
 * author (作者简介) set after a column: no picture of the story */
const char *const author_box_classes[] = {"avatar", "author-card", "author-box", "authorbox",
	"author_box", "author-bio", "author-info", "author-intro", "author-profile",
	"author-image", NULL};	/* author-image: a blog's sidebar picture of its owner (Hexo NexT) */
/* ... of those, the box about the writer set after the story (a theme's
 * "NAME covers the Assembly for PAPER" under the text): furniture, no
 * line of the story.  Not author-info, which a theme's byline wears. */
const char *const author_bio_classes[] = {"author-box", "authorbox", "author_box", "author-bio", NULL};

/* a QR code's box: its class and id words, and how its caption starts
 * (a photo's caption may say 市民扫码乘车: it starts otherwise) */
const char *const qr_classes[] = {"qrcode", "qr-code", "qr_code", "erweima", "ewm", NULL};

/* class words (within a word: wbicon, iconfont, W_ficon) of an icon
 * font's glyph: its letter is a picture to the reader, no text */
const char *const icon_classes[] = {"icon", NULL};

/* how the class or id word of a media player set into a story ends
 * (video-player, default-player, jwplayer): its title and running time
 * are the player's, not the story's.  The word "player" alone, or
 * "player-stats", names a sports story's own text. */
const char *const player_classes[] = {"player", NULL};

/* class words (within a word) of a blockquote set large as a pull quote
 * (td_pull_quote, pullquote, pull-quote): its text repeats the story's */
const char *const pull_quote_classes[] = {"pullquote", "pull-quote", "pull_quote", NULL};

/* class words (within a word) of the element naming a story's source:
 * a portal's provider is the outlet a syndicated story came from */
const char *const source_classes[] = {"source", "provider",
	/* the news service an Indian daily credits: <span class="agency">TNN</span> */
	"agency",
	/* the paper an evening daily's info line names bare:
	 * <span class="wb_from">岚州晚报</span> (news_from, art-from) */
	"from", NULL};

/* class and id words of a story's lead (standfirst, chapo; sapo, as
 * Vietnamese papers' CMSes name it: detail-sapo, article__sapo; teaser,
 * as TYPO3's news extension names it: div.teaser-text right before the
 * text, asked only of the block right before the body's) */
const char *const lead_classes[] = {"chapo", "standfirst", "lead", "summary", "digest", "intro", "abstract",
	"sapo", "teaser", NULL};

/* class and id words of page furniture */
const char *const furniture_classes[] = {"footer", "comment", "nav", "menu", "sidebar", "share", "copyright",
	"breadcrumb", "related", "recommend", NULL};

/* class, id or component words of a byline's block: a name alone on a
 * line in it is the author's (extract_byline.c) */
const char *const byline_classes[] = {"byline", "contributor", NULL};

/* class words of a byline's element that holds the author's title or
 * role beside the name (author-title, author-role): not the name */
const char *const author_title_classes[] = {"title", "role", "job", "position", NULL};
/* class and id words of a list of tags printed as words, no links
 * (extract_tagitems.c: <ul class="tag-container">) */
const char *const tag_list_classes[] = {"tags", "tag-", "-tag", "_tag", NULL};
/* class words that hold "author" and mark no writer: a rights line's
 * (<p class="authority">本文禁止转载或摘编</p>), a login's
 * (extract_authority.c) */
const char *const author_word_classes[] = {"authorit", "authoriz", "authoris", NULL};

/* class and id words of what a related list never runs on into: a
 * carousel, a sidebar, the comments */
const char *const related_stops[] = {"carousel", "swiper", "slider", "slick",
	"sidebar", "comment", "footer", "copyright", NULL};
/* ... but a slide of a carousel the list is read from is one of its
 * cards (a theme's "Similar Posts" carousel of carousel-item cards) */
const char *const slide_classes[] = {"carousel-item", "swiper-slide", "slick-slide", "splide__slide",
	"owl-item", NULL};
