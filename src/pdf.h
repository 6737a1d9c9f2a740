/*
 * A4 documents with libharu: a letterhead, headings, wrapped paragraphs
 * and label–value rows, flowing over as many pages as they need.
 *
 * Text is UTF-8. The PDF's standard fonts (Helvetica) carry one 8-bit
 * encoding each, so every character is drawn from the first of a list of
 * Latin encodings that has it: Dutch text stays in WinAnsi, and names
 * such as Şahin or Łukasz come from the Turkish or Central European
 * one, without embedding a font file in every document.
 */
#ifndef PASSEND_PDF_H
#define PASSEND_PDF_H

#include <stddef.h>

#include "arena.h"

struct pdf;

struct pdf	*pdf_new(struct arena *, const char *title,
		    const char *footer);
void		 pdf_free(struct pdf *);
void		 pdf_letterhead(struct pdf *, const char *name,
		    const char *const *lines, size_t nlines,
		    const void *logo, size_t logolen, const char *logotype);
void		 pdf_title(struct pdf *, const char *);
void		 pdf_heading(struct pdf *, const char *);
void		 pdf_text(struct pdf *, const char *);
void		 pdf_small(struct pdf *, const char *);
void		 pdf_field(struct pdf *, const char *label, const char *value);
void		 pdf_gap(struct pdf *);
void		 pdf_page(struct pdf *);
int		 pdf_finish(struct pdf *, unsigned char **, size_t *);

#endif
