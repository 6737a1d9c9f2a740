/* One line per event on stderr (journald under systemd). Never pass
 * passwords, tokens or dossier text. */
#ifndef PASSEND_LOG_H
#define PASSEND_LOG_H

void	log_init(const char *program);
void	log_set_ref(const char *);
void	log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_error(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif
