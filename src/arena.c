/* A chain of blocks; allocation bumps a pointer. Out of memory aborts:
 * a worker that cannot allocate cannot answer anyway, and the supervisor
 * starts a fresh one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

#define ARENA_BLOCK	(16 * 1024)
#define ARENA_ALIGN	16

struct arena_block {
	struct arena_block *next;
	size_t size, off;
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

static void *
xmalloc(size_t n)
{
	void *p = malloc(n);

	if (p == NULL) {
		fputs("passend: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b = a->head;
	size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);

	if (need < n)
		abort();
	if (b == NULL || b->size - b->off < need) {
		size_t size = need > ARENA_BLOCK ? need : ARENA_BLOCK;

		b = xmalloc(sizeof(*b) + size);
		b->size = size;
		b->off = 0;
		b->next = a->head;
		a->head = b;
	}
	b->off += need;
	a->used += need;
	return b->data + b->off - need;
}

void *
arena_zalloc(struct arena *a, size_t n)
{
	return memset(arena_alloc(a, n), 0, n);
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return s == NULL ? NULL : arena_strndup(a, s, strlen(s));
}

char *
arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
	struct arena_block *b = a->head;
	size_t room = b != NULL ? b->size - b->off : 0;
	va_list cp;
	int n;
	char *p;

	/* Format once into the free tail of the block; again only if short. */
	va_copy(cp, ap);
	n = vsnprintf(room > 0 ? (char *)b->data + b->off : NULL, room, fmt,
	    cp);
	va_end(cp);
	if (n < 0)
		abort();
	if ((size_t)n < room)	/* room is whole ARENA_ALIGN units: the tail */
		return arena_alloc(a, (size_t)n + 1);
	p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

/* Keeps the newest block for the next request; frees the rest. */
void
arena_reset(struct arena *a)
{
	struct arena_block *b, *next;

	if (a->head == NULL)
		return;
	for (b = a->head->next; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head->next = NULL;
	a->head->off = 0;
	if (a->head->size > ARENA_BLOCK) {
		free(a->head);
		a->head = NULL;
	}
	a->used = 0;
}

void
arena_free(struct arena *a)
{
	struct arena_block *b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
	a->used = 0;
}
