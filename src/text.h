/* Byte-level text checks that every input passes before anything else. */
#ifndef PASSEND_TEXT_H
#define PASSEND_TEXT_H

#include <stdbool.h>
#include <stddef.h>

bool	 utf8_valid(const char *, size_t);
size_t	 utf8_chars(const char *);
bool	 text_has_control(const char *, bool allow_newlines);
char	*text_trim(char *);
void	 text_lower_ascii(char *);
void	 url_encode(const char *, char *out);	/* out: 3 * strlen + 1 */

#endif
