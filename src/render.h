/* Templates (parsed once per process, HTML auto-escaping on) and responses. */
#ifndef PASSEND_RENDER_H
#define PASSEND_RENDER_H

#include "request.h"

int	 render_init(void);
void	 render_free(void);
NEOERR	*render_request_config(HDF *);
char	*render_string(struct req *, const char *tmpl);
void	 render_response(struct req *, int status);
void	 req_write_head(struct req *, int status, const char *ctype);

#endif
