/*
 * Changing a trajectory definition one piece at a time, for the form
 * builder in the admin pages. The functions change a parsed definition
 * in place; arrays that grow are copied into the arena. None of them
 * checks the result: the caller writes the definition with
 * trajdef_json and parses it again, so whatever the builder allows,
 * the rules of the file format still hold.
 */
#ifndef PASSEND_FORMEDIT_H
#define PASSEND_FORMEDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "formdef.h"

struct arena;

struct fd_pos {
	size_t	sec, idx;
};

bool	fe_section_find(const struct trajdef *, const char *key, size_t *sec);
bool	fe_field_find(const struct trajdef *, const char *key,
	    struct fd_pos *);

/* Replaces the section or field at the place, or appends it there. */
void	fe_section_put(struct arena *, struct trajdef *, size_t sec,
	    const struct fd_section *);
void	fe_field_put(struct arena *, struct trajdef *, struct fd_pos,
	    const struct fd_field *);

void	fe_section_remove(struct trajdef *, size_t sec);
void	fe_field_remove(struct trajdef *, struct fd_pos);

/*
 * One place up (dir < 0) or down. A field at the edge of its section
 * goes to the neighbouring section. False at the edge of the form.
 */
bool	fe_section_move(struct trajdef *, size_t sec, int dir);
bool	fe_field_move(struct arena *, struct trajdef *, struct fd_pos, int dir);

/* The first field shown only on an answer to the field key; NULL: none. */
const struct fd_field *fe_dependent(const struct trajdef *, const char *key);

/* [a-z0-9_]{1,40}, with a letter first if letter_first. */
bool	fe_key_ok(const char *, bool letter_first);

/*
 * A key made from a label: "Wat is de vraag?" gives "wat_is_de_vraag".
 * Letters lose their accents; the key starts with a letter, has at
 * most 40 characters and, when taken(ctx, key) says so, gets "_2",
 * "_3", ... NULL if a hundred are taken.
 */
const char *fe_key(struct arena *, const char *label,
	    bool (*taken)(const void *ctx, const char *key), const void *ctx);

#endif
