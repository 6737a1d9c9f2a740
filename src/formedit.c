#include <string.h>

#include "arena.h"
#include "formedit.h"

#define FE_KEY_MAX	40

bool
fe_section_find(const struct trajdef *d, const char *key, size_t *sec)
{
	size_t s;

	for (s = 0; s < d->nsections; s++)
		if (strcmp(d->sections[s].key, key) == 0) {
			*sec = s;
			return true;
		}
	return false;
}

bool
fe_field_find(const struct trajdef *d, const char *key, struct fd_pos *pos)
{
	size_t s, i;

	for (s = 0; s < d->nsections; s++)
		for (i = 0; i < d->sections[s].nfields; i++)
			if (strcmp(d->sections[s].fields[i].key, key) == 0) {
				pos->sec = s;
				pos->idx = i;
				return true;
			}
	return false;
}

void
fe_section_put(struct arena *a, struct trajdef *d, size_t sec,
    const struct fd_section *s)
{
	struct fd_section *l;

	if (sec < d->nsections) {
		d->sections[sec] = *s;
		return;
	}
	l = arena_alloc(a, (d->nsections + 1) * sizeof(*l));
	memcpy(l, d->sections, d->nsections * sizeof(*l));
	l[d->nsections++] = *s;
	d->sections = l;
}

/* f at pos.idx, moving the fields from there one place down. */
static void
field_insert(struct arena *a, struct trajdef *d, struct fd_pos pos,
    const struct fd_field *f)
{
	struct fd_section *s = &d->sections[pos.sec];
	struct fd_field *l = arena_alloc(a, (s->nfields + 1) * sizeof(*l));

	memcpy(l, s->fields, pos.idx * sizeof(*l));
	l[pos.idx] = *f;
	memcpy(l + pos.idx + 1, s->fields + pos.idx,
	    (s->nfields - pos.idx) * sizeof(*l));
	s->fields = l;
	s->nfields++;
}

void
fe_field_put(struct arena *a, struct trajdef *d, struct fd_pos pos,
    const struct fd_field *f)
{
	if (pos.idx < d->sections[pos.sec].nfields)
		d->sections[pos.sec].fields[pos.idx] = *f;
	else
		field_insert(a, d, pos, f);
}

void
fe_section_remove(struct trajdef *d, size_t sec)
{
	memmove(d->sections + sec, d->sections + sec + 1,
	    (d->nsections - sec - 1) * sizeof(*d->sections));
	d->nsections--;
}

void
fe_field_remove(struct trajdef *d, struct fd_pos pos)
{
	struct fd_section *s = &d->sections[pos.sec];

	memmove(s->fields + pos.idx, s->fields + pos.idx + 1,
	    (s->nfields - pos.idx - 1) * sizeof(*s->fields));
	s->nfields--;
}

bool
fe_section_move(struct trajdef *d, size_t sec, int dir)
{
	size_t to = dir < 0 ? sec - 1 : sec + 1;
	struct fd_section t;

	if ((dir < 0 && sec == 0) || (dir > 0 && to >= d->nsections))
		return false;
	t = d->sections[sec];
	d->sections[sec] = d->sections[to];
	d->sections[to] = t;
	return true;
}

bool
fe_field_move(struct arena *a, struct trajdef *d, struct fd_pos pos, int dir)
{
	struct fd_section *s = &d->sections[pos.sec];
	struct fd_field f = s->fields[pos.idx], *l = s->fields;
	struct fd_pos to;

	if (dir < 0 && pos.idx > 0) {
		l[pos.idx] = l[pos.idx - 1];
		l[pos.idx - 1] = f;
		return true;
	}
	if (dir > 0 && pos.idx + 1 < s->nfields) {
		l[pos.idx] = l[pos.idx + 1];
		l[pos.idx + 1] = f;
		return true;
	}
	/* Over the edge of the section: last of the one above, first below. */
	if ((dir < 0 && pos.sec == 0) ||
	    (dir > 0 && pos.sec + 1 >= d->nsections))
		return false;
	to.sec = dir < 0 ? pos.sec - 1 : pos.sec + 1;
	to.idx = dir < 0 ? d->sections[to.sec].nfields : 0;
	fe_field_remove(d, pos);
	field_insert(a, d, to, &f);
	return true;
}

const struct fd_field *
fe_dependent(const struct trajdef *d, const char *key)
{
	size_t s, i;

	for (s = 0; s < d->nsections; s++)
		for (i = 0; i < d->sections[s].nfields; i++) {
			const struct fd_field *f = &d->sections[s].fields[i];

			if (f->show_field != NULL &&
			    strcmp(f->show_field, key) == 0)
				return f;
		}
	return NULL;
}

bool
fe_key_ok(const char *s, bool letter_first)
{
	size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_");

	return n >= 1 && n <= FE_KEY_MAX && s[n] == '\0' &&
	    (!letter_first || (*s >= 'a' && *s <= 'z'));
}

/*
 * U+00C0..U+00FF (UTF-8 C3 80..C3 BF) without their accents; '_' for
 * the few that are no letter.
 */
static const char latin1[] =
    "aaaaaaaceeeeiiiidnooooo_ouuuuy_s"
    "aaaaaaaceeeeiiiidnooooo_ouuuuy_y";

const char *
fe_key(struct arena *a, const char *label,
    bool (*taken)(const void *, const char *), const void *ctx)
{
	char base[FE_KEY_MAX + 1], *key;
	const unsigned char *p;
	size_t n = 0;
	int i;
	char c;

	for (p = (const unsigned char *)label; *p != '\0' && n < FE_KEY_MAX;
	    p++) {
		if (*p >= 'A' && *p <= 'Z')
			c = (char)(*p - 'A' + 'a');
		else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
			c = (char)*p;
		else if (*p == 0xc3 && p[1] >= 0x80 && p[1] <= 0xbf)
			c = latin1[*++p - 0x80];
		else
			c = '_';
		/* Other characters of more bytes: one separator. */
		while (*p >= 0xc0 && (p[1] & 0xc0) == 0x80)
			p++;
		if (c == '_' && (n == 0 || base[n - 1] == '_'))
			continue;
		if (n == 0 && c >= '0' && c <= '9') {
			base[n++] = 'v';
			base[n++] = '_';
			if (n >= FE_KEY_MAX)
				break;
		}
		base[n++] = c;
	}
	while (n > 0 && base[n - 1] == '_')
		n--;
	if (n == 0)
		memcpy(base, "veld", n = 4);
	base[n] = '\0';
	if (!taken(ctx, base))
		return arena_strdup(a, base);
	/* Room for "_99" within the 40 characters. */
	if (n > FE_KEY_MAX - 3)
		n = FE_KEY_MAX - 3;
	while (n > 0 && base[n - 1] == '_')
		n--;
	for (i = 2; i < 100; i++) {
		key = arena_printf(a, "%.*s_%d", (int)n, base, i);
		if (!taken(ctx, key))
			return key;
	}
	return NULL;
}
