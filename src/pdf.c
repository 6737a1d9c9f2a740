#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>

#include "log.h"
#include "pdf.h"

#define A4_W		595.28f
#define A4_H		841.89f
#define MARGIN		56.7f		/* 2 cm */
#define BOTTOM		70.0f		/* the footer sits below this */
#define LABEL_W		150.0f
#define TEXT_SIZE	10.0f

/* Tried in this order: Dutch stays WinAnsi, a rarer letter finds its own. */
static const char *const encodings[] = {
	"WinAnsiEncoding", "CP1250", "CP1254", "CP1257", "ISO8859-16",
	"ISO8859-3", "ISO8859-4", "ISO8859-10", "ISO8859-13", "ISO8859-14",
	"CP1258",
};
#define NENC	(sizeof(encodings) / sizeof(encodings[0]))

enum face { REGULAR, BOLD, NFACE };
static const char *const faces[NFACE] = { "Helvetica", "Helvetica-Bold" };

/* Which encoding, and which byte in it, draws a character: built once. */
struct code {
	uint16_t	 u;
	uint8_t		 enc, byte;
};
static struct code	 codes[NENC * 224];
static size_t		 ncodes;

struct glyph {
	uint16_t	 u;
	uint8_t		 enc, byte;
	float		 w;		/* at size 1 */
};

struct pdf {
	struct arena	*arena;
	HPDF_Doc	 doc;
	HPDF_Page	 page;
	HPDF_Font	 font[NFACE][NENC];
	const char	*footer;
	float		 y;
	int		 npages;
	bool		 failed;
};

static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *arg)
{
	struct pdf *p = arg;

	if (p != NULL)
		p->failed = true;
	log_error("libharu error 0x%04x (%u)", (unsigned)error,
	    (unsigned)detail);
}

static int
code_cmp(const void *a, const void *b)
{
	return (int)((const struct code *)a)->u - (int)((const struct code *)b)->u;
}

/* Every character the fonts have, from the encodings' own tables. */
static int
codes_build(void)
{
	static uint8_t seen[65536 / 8];
	HPDF_Doc doc;
	size_t e;
	unsigned b;

	if (ncodes > 0)
		return 0;
	if ((doc = HPDF_New(on_error, NULL)) == NULL)
		return -1;
	for (e = 0; e < NENC; e++) {
		HPDF_Encoder enc = HPDF_GetEncoder(doc, encodings[e]);
		HPDF_Font font = HPDF_GetFont(doc, faces[REGULAR], encodings[e]);

		if (enc == NULL || font == NULL)
			break;
		for (b = 0x20; b <= 0xff; b++) {
			HPDF_UNICODE u = HPDF_Encoder_GetUnicode(enc, (HPDF_UINT16)b);

			if (u < 0x20 || (u >= 0x7f && u < 0xa0) ||
			    (seen[u / 8] & (1u << (u % 8))) ||
			    (u != 0x20 && HPDF_Font_GetUnicodeWidth(font, u) <= 0))
				continue;
			seen[u / 8] |= (uint8_t)(1u << (u % 8));
			codes[ncodes++] = (struct code){ u, (uint8_t)e, (uint8_t)b };
		}
	}
	HPDF_Free(doc);
	if (e < NENC)
		return ncodes = 0, -1;
	qsort(codes, ncodes, sizeof(codes[0]), code_cmp);
	return 0;
}

static HPDF_Font
font(struct pdf *p, enum face f, unsigned enc)
{
	if (p->font[f][enc] == NULL)
		p->font[f][enc] = HPDF_GetFont(p->doc, faces[f], encodings[enc]);
	return p->font[f][enc];
}

/* One code point from UTF-8; a broken sequence reads as U+FFFD. */
static uint32_t
utf8_next(const unsigned char **s)
{
	const unsigned char *c = *s;
	uint32_t u;
	int n, i;

	if (c[0] < 0x80)
		return *s += 1, c[0];
	if ((c[0] & 0xe0) == 0xc0)
		u = c[0] & 0x1f, n = 1;
	else if ((c[0] & 0xf0) == 0xe0)
		u = c[0] & 0x0f, n = 2;
	else if ((c[0] & 0xf8) == 0xf0)
		u = c[0] & 0x07, n = 3;
	else
		return *s += 1, 0xfffd;
	for (i = 1; i <= n; i++) {
		if ((c[i] & 0xc0) != 0x80)
			return *s += i, 0xfffd;
		u = u << 6 | (c[i] & 0x3f);
	}
	*s += n + 1;
	return u;
}

/* The text as glyphs; a character no encoding has is drawn as "?". */
static struct glyph *
glyphs(struct pdf *p, enum face f, const char *text, size_t *n)
{
	const unsigned char *s = (const unsigned char *)text;
	struct glyph *g = arena_alloc(p->arena, (strlen(text) + 1) *
	    sizeof(*g));
	struct code key = { 0 }, *c;
	uint32_t u;

	*n = 0;
	while (*s != '\0') {
		u = utf8_next(&s);
		if (u == '\t')
			u = ' ';
		if (u == '\r')
			continue;
		if (u == '\n') {
			g[(*n)++] = (struct glyph){ '\n', 0, '\n', 0 };
			continue;
		}
		key.u = u <= 0xffff ? (uint16_t)u : 0;
		c = bsearch(&key, codes, ncodes, sizeof(codes[0]), code_cmp);
		if (c == NULL)
			c = bsearch(&(struct code){ '?', 0, 0 }, codes, ncodes,
			    sizeof(codes[0]), code_cmp);
		g[*n] = (struct glyph){ c->u, c->enc, c->byte, 0 };
		g[*n].w = (float)HPDF_Font_GetUnicodeWidth(font(p, f, c->enc),
		    c->u) / 1000.0f;
		(*n)++;
	}
	return g;
}

struct line {
	size_t		 start, end;
};

/* Breaks at spaces, within a word only when it is wider than the line. */
static size_t
wrap(const struct glyph *g, size_t n, float width, struct line **out,
    struct arena *a)
{
	struct line *l = arena_alloc(a, (n + 1) * sizeof(*l));
	size_t nl = 0, start = 0, i, space;
	float w;

	while (start < n || nl == 0) {
		w = 0;
		space = 0;
		for (i = start; i < n && g[i].u != '\n'; i++) {
			if (g[i].u == ' ')
				space = i;
			if (w + g[i].w > width && i > start) {
				if (space > start)
					i = space;
				break;
			}
			w += g[i].w;
		}
		l[nl++] = (struct line){ start, i };
		if (i < n && (g[i].u == ' ' || g[i].u == '\n'))
			i++;
		start = i;
		if (start == n)
			break;
	}
	*out = l;
	return nl;
}

static void
show(struct pdf *p, enum face f, float size, float x, float y,
    const struct glyph *g, size_t start, size_t end)
{
	char *buf = arena_alloc(p->arena, end - start + 1);
	size_t i, j;

	HPDF_Page_BeginText(p->page);
	HPDF_Page_MoveTextPos(p->page, x, y);
	for (i = start; i < end; i = j) {
		size_t k = 0;

		for (j = i; j < end && g[j].enc == g[i].enc; j++)
			buf[k++] = (char)g[j].byte;
		buf[k] = '\0';
		HPDF_Page_SetFontAndSize(p->page, font(p, f, g[i].enc), size);
		HPDF_Page_ShowText(p->page, buf);
	}
	HPDF_Page_EndText(p->page);
}

static void
text_at(struct pdf *p, enum face f, float size, float x, float y,
    const char *text)
{
	size_t n;
	struct glyph *g = glyphs(p, f, text, &n);

	show(p, f, size, x, y, g, 0, n);
}

void
pdf_page(struct pdf *p)
{
	char num[32];

	p->page = HPDF_AddPage(p->doc);
	HPDF_Page_SetSize(p->page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
	p->npages++;
	p->y = A4_H - MARGIN;
	HPDF_Page_SetRGBFill(p->page, 0.35f, 0.35f, 0.35f);
	text_at(p, REGULAR, 8, MARGIN, BOTTOM - 30, p->footer);
	snprintf(num, sizeof(num), "pagina %d", p->npages);
	text_at(p, REGULAR, 8, A4_W - MARGIN - HPDF_Page_TextWidth(p->page,
	    num), BOTTOM - 30, num);
	HPDF_Page_SetRGBFill(p->page, 0, 0, 0);
}

static void
need(struct pdf *p, float h)
{
	if (p->y - h < BOTTOM)
		pdf_page(p);
}

struct pdf *
pdf_new(struct arena *a, const char *title, const char *footer)
{
	struct pdf *p;

	if (codes_build() != 0)
		return NULL;
	p = arena_zalloc(a, sizeof(*p));
	p->arena = a;
	p->footer = arena_strdup(a, footer);
	if ((p->doc = HPDF_New(on_error, p)) == NULL)
		return NULL;
	HPDF_SetCompressionMode(p->doc, HPDF_COMP_ALL);
	HPDF_SetInfoAttr(p->doc, HPDF_INFO_TITLE, title);
	HPDF_SetInfoAttr(p->doc, HPDF_INFO_CREATOR, "Passend");
	pdf_page(p);
	return p;
}

void
pdf_free(struct pdf *p)
{
	if (p != NULL && p->doc != NULL)
		HPDF_Free(p->doc);
}

/* Lines of text from the top of the page down, at most width wide. */
static void
flow(struct pdf *p, enum face f, float size, float x, float width,
    const char *text)
{
	size_t n, nl, i;
	struct glyph *g = glyphs(p, f, text, &n);
	struct line *l;

	nl = wrap(g, n, width / size, &l, p->arena);
	for (i = 0; i < nl; i++) {
		need(p, size * 1.45f);
		p->y -= size * 1.45f;
		show(p, f, size, x, p->y + size * 0.3f, g, l[i].start, l[i].end);
	}
}

void
pdf_letterhead(struct pdf *p, const char *name, const char *const *lines,
    size_t nlines, const void *logo, size_t logolen, const char *logotype)
{
	float top = p->y, bottom;
	size_t i;

	if (logo != NULL && logolen > 0) {
		bool failed = p->failed;
		HPDF_Image img = strcmp(logotype, "image/png") == 0 ?
		    HPDF_LoadPngImageFromMem(p->doc, logo, (HPDF_UINT)logolen) :
		    HPDF_LoadJpegImageFromMem(p->doc, logo, (HPDF_UINT)logolen);

		if (img != NULL) {
			float w = (float)HPDF_Image_GetWidth(img);
			float h = (float)HPDF_Image_GetHeight(img);
			float s = 56.0f / h;

			if (w * s > 170.0f)
				s = 170.0f / w;
			HPDF_Page_DrawImage(p->page, img, A4_W - MARGIN - w * s,
			    top - h * s, w * s, h * s);
		} else {
			/* a logo libharu cannot read leaves the letter without */
			HPDF_ResetError(p->doc);
			p->failed = failed;
		}
	}
	flow(p, BOLD, 13, MARGIN, 300, name);
	HPDF_Page_SetRGBFill(p->page, 0.3f, 0.3f, 0.3f);
	for (i = 0; i < nlines; i++)
		if (lines[i] != NULL && lines[i][0] != '\0')
			flow(p, REGULAR, 9, MARGIN, 300, lines[i]);
	HPDF_Page_SetRGBFill(p->page, 0, 0, 0);
	bottom = top - 64.0f;
	if (p->y > bottom)
		p->y = bottom;
	p->y -= 24.0f;
}

void
pdf_title(struct pdf *p, const char *text)
{
	need(p, 60);
	HPDF_Page_SetRGBFill(p->page, 0.0f, 0.19f, 0.42f);
	flow(p, BOLD, 17, MARGIN, A4_W - 2 * MARGIN, text);
	HPDF_Page_SetRGBFill(p->page, 0, 0, 0);
	p->y -= 10.0f;
}

void
pdf_heading(struct pdf *p, const char *text)
{
	need(p, 50);		/* not alone at the foot of a page */
	p->y -= 8.0f;
	flow(p, BOLD, 11.5f, MARGIN, A4_W - 2 * MARGIN, text);
	p->y -= 2.0f;
}

void
pdf_text(struct pdf *p, const char *text)
{
	flow(p, REGULAR, TEXT_SIZE, MARGIN, A4_W - 2 * MARGIN, text);
	p->y -= 5.0f;
}

void
pdf_small(struct pdf *p, const char *text)
{
	HPDF_Page_SetRGBFill(p->page, 0.3f, 0.3f, 0.3f);
	flow(p, REGULAR, 8.5f, MARGIN, A4_W - 2 * MARGIN, text);
	HPDF_Page_SetRGBFill(p->page, 0, 0, 0);
	p->y -= 4.0f;
}

void
pdf_gap(struct pdf *p)
{
	p->y -= 10.0f;
}

/* A label and its value side by side, as many lines as the longer. */
void
pdf_field(struct pdf *p, const char *label, const char *value)
{
	const float lh = TEXT_SIZE * 1.45f, vw = A4_W - 2 * MARGIN - LABEL_W;
	size_t nk, nv, nlk, nlv, i;
	struct glyph *k = glyphs(p, BOLD, label, &nk);
	struct glyph *v = glyphs(p, REGULAR, value != NULL ? value : "", &nv);
	struct line *lk, *lv;

	nlk = wrap(k, nk, (LABEL_W - 10) / TEXT_SIZE, &lk, p->arena);
	nlv = wrap(v, nv, vw / TEXT_SIZE, &lv, p->arena);
	for (i = 0; i < nlk || i < nlv; i++) {
		need(p, lh);
		p->y -= lh;
		if (i < nlk)
			show(p, BOLD, TEXT_SIZE, MARGIN, p->y + 3, k, lk[i].start,
			    lk[i].end);
		if (i < nlv)
			show(p, REGULAR, TEXT_SIZE, MARGIN + LABEL_W, p->y + 3, v,
			    lv[i].start, lv[i].end);
	}
	p->y -= 3.0f;
}

/* The document's bytes in the arena; -1 when libharu reported an error. */
int
pdf_finish(struct pdf *p, unsigned char **out, size_t *len)
{
	HPDF_UINT32 size, got, n;

	if (p->failed || HPDF_SaveToStream(p->doc) != HPDF_OK)
		return -1;
	size = HPDF_GetStreamSize(p->doc);
	*out = arena_alloc(p->arena, size > 0 ? size : 1);
	for (got = 0; got < size; got += n) {
		HPDF_STATUS st;

		n = size - got;
		st = HPDF_ReadFromStream(p->doc, *out + got, &n);
		if ((st != HPDF_OK && st != HPDF_STREAM_EOF) || n == 0)
			return -1;
	}
	*len = size;
	return p->failed ? -1 : 0;
}
