#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "csrf.h"
#include "log.h"
#include "render.h"

#define TCACHE_MAX	64

/*
 * Parse trees are kept per process and rendered against each request's
 * HDF by swapping cs->hdf (c-stack-guide 1.4). The escape mode and the
 * load path are read at parse time, from parse_hdf.
 */
static struct {
	const char	*name;
	CSPARSE		*cs;
} tcache[TCACHE_MAX];
static size_t ntcache;
static HDF *parse_hdf;

int
render_init(void)
{
	NEOERR *err;

	if ((err = hdf_init(&parse_hdf)) != STATUS_OK ||
	    (err = render_request_config(parse_hdf)) != STATUS_OK) {
		nerr_log_error(err);
		nerr_ignore(&err);
		return -1;
	}
	return 0;
}

void
render_free(void)
{
	size_t i;

	for (i = 0; i < ntcache; i++) {
		tcache[i].cs->hdf = parse_hdf;
		cs_destroy(&tcache[i].cs);
	}
	ntcache = 0;
	if (parse_hdf != NULL)
		hdf_destroy(&parse_hdf);
}

/* Settings every HDF gets before ClearSilver looks at it. */
NEOERR *
render_request_config(HDF *hdf)
{
	NEOERR *err;

	if ((err = hdf_set_value(hdf, "Config.VarEscapeMode", "html")) ||
	    (err = hdf_set_value(hdf, "Config.TimeFooter", "0")) ||
	    (err = hdf_set_value(hdf, "Config.WhiteSpaceStrip", "0")) ||
	    (err = hdf_set_value(hdf, "Config.DebugEnabled", "0")) ||
	    (err = hdf_set_value(hdf, "Config.CompressionEnabled", "0")) ||
	    (err = hdf_set_value(hdf, "Config.Upload.Unlink", "1")) ||
	    (err = hdf_set_value(hdf, "Config.Upload.TmpDir",
	    config_str("Paths.Tmp", "/var/tmp"))) ||
	    (err = hdf_set_value(hdf, "hdf.loadpaths.0",
	    config_str("Paths.Templates", TEMPLATEDIR))))
		return nerr_pass(err);
	return STATUS_OK;
}

static CSPARSE *
tmpl_get(const char *name)
{
	CSPARSE *cs = NULL;
	NEOERR *err;
	size_t i;

	for (i = 0; i < ntcache; i++)
		if (strcmp(tcache[i].name, name) == 0)
			return tcache[i].cs;
	if (ntcache == TCACHE_MAX) {	/* full: start over */
		for (i = 0; i < ntcache; i++) {
			tcache[i].cs->hdf = parse_hdf;
			cs_destroy(&tcache[i].cs);
		}
		ntcache = 0;
	}
	if ((err = cs_init(&cs, parse_hdf)) != STATUS_OK ||
	    (err = cgi_register_strfuncs(cs)) != STATUS_OK ||
	    (err = cs_parse_file(cs, name)) != STATUS_OK) {
		log_error("template %s does not parse", name);
		nerr_log_error(err);
		nerr_ignore(&err);
		if (cs != NULL)
			cs_destroy(&cs);
		return NULL;
	}
	tcache[ntcache].name = name;
	tcache[ntcache++].cs = cs;
	return cs;
}

static NEOERR *
append(void *ctx, char *s)
{
	return string_append(ctx, s);
}

/* Renders into a malloc'ed string the caller frees; NULL on failure. */
static char *
render_tmpl(HDF *hdf, const char *name)
{
	CSPARSE *cs = tmpl_get(name);
	STRING out;
	NEOERR *err;

	if (cs == NULL)
		return NULL;
	string_init(&out);
	cs->hdf = hdf;
	err = cs_render(cs, &out, append);
	cs->hdf = parse_hdf;
	if (err != STATUS_OK) {
		log_error("template %s does not render", name);
		nerr_log_error(err);
		nerr_ignore(&err);
		string_clear(&out);
		return NULL;
	}
	if (out.buf == NULL)
		return strdup("");
	return out.buf;
}

/* For e-mail bodies: the request's HDF, the result in the arena. */
char *
render_string(struct req *r, const char *tmpl)
{
	char *s = render_tmpl(r->hdf, tmpl), *copy;

	if (s == NULL)
		return NULL;
	copy = arena_strdup(r->arena, s);
	free(s);
	return copy;
}

static const struct {
	int		 status;
	const char	*title;
	const char	*text;
} errors[] = {
	{ 400, "Ongeldig verzoek", "Uw browser stuurde een verzoek dat wij "
	    "niet kunnen verwerken. Ga terug en probeer het opnieuw." },
	{ 403, "Geen toegang", "U heeft geen toegang tot deze pagina, of het "
	    "formulier was verlopen. Ga terug, laad de pagina opnieuw en "
	    "probeer het nog eens." },
	{ 404, "Pagina niet gevonden", "Deze pagina bestaat niet (meer). "
	    "Controleer het adres of ga naar de startpagina." },
	{ 405, "Ongeldig verzoek", "Deze pagina kan op deze manier niet "
	    "worden opgevraagd." },
	{ 409, "Gegevens gewijzigd", "Iemand anders heeft deze gegevens "
	    "intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging "
	    "nogmaals in." },
	{ 413, "Bestand of formulier te groot", "Wat u verstuurde is groter "
	    "dan is toegestaan." },
	{ 503, "Tijdelijk niet beschikbaar", "Passend is op dit moment niet "
	    "bereikbaar. Probeer het over een paar minuten opnieuw." },
	{ 500, "Er ging iets mis", "Er ging bij ons iets mis. Probeer het "
	    "later opnieuw. Blijft het misgaan, neem dan contact op met de "
	    "beheerder en noem de referentie hieronder." },
};

/* What a redirect after a POST may ask the next page to say: ?m=<key>. */
static const struct {
	const char	*key;
	const char	*text;
} notices[] = {
	{ "uitgelogd", "U bent uitgelogd." },
	{ "wachtwoord", "Uw wachtwoord is ingesteld. U kunt nu inloggen." },
	{ "opgeslagen", "De wijzigingen zijn opgeslagen." },
	{ "uitgenodigd", "De uitnodiging is verstuurd." },
	{ "rol-toegevoegd", "De rol is toegevoegd." },
	{ "rol-verwijderd", "De rol is verwijderd." },
	{ "eigen-beheer", "U kunt uw eigen rol als beheerder niet verwijderen." },
	{ "2fa-hersteld", "De tweestapsverificatie is uitgezet. De gebruiker "
	    "stelt die bij de volgende keer inloggen opnieuw in." },
	{ "overgeschreven", "De leerling staat nu bij uw school ingeschreven." },
	{ "stap", "De stap is gezet." },
	{ "gedaan", "Deze stap was al gezet; er is niets dubbel gedaan." },
	{ "opmerking", "De opmerking staat op de tijdlijn." },
	{ "toegewezen", "De persoon is aan het dossier toegewezen." },
	{ "verwijderd", "De toewijzing is verwijderd." },
	{ "advies-getekend", "Deze deskundige heeft het advies al ondertekend "
	    "en blijft daarom aan het dossier verbonden." },
	{ "besloten", "Het besluit is vastgelegd. De school krijgt bericht." },
	{ "ouders", "Vastgelegd: de ouders zijn over het besluit geïnformeerd." },
	{ "bezwaar", "Het bezwaar is geregistreerd, met de termijnen die "
	    "daarbij horen." },
	{ "ondertekend", "Uw advies is ondertekend. Het kan niet meer "
	    "veranderen." },
	{ "betrokken", "De deskundige staat als betrokken bij deze leerling "
	    "en kan over deze leerling niet adviseren." },
	{ "document", "Het document is toegevoegd." },
	{ "document-dubbel", "Dit bestand was al toegevoegd; het staat er "
	    "één keer." },
	{ "document-verwijderd", "Het document is verwijderd." },
	{ "gedeeld", "De uitnodiging is verstuurd: de link en de code gaan "
	    "in twee aparte e-mails." },
	{ "ingetrokken", "Het delen is ingetrokken. De gast kan het dossier "
	    "niet meer zien." },
	{ "code-verstuurd", "Er is een nieuwe code naar uw e-mailadres "
	    "gestuurd." },
	{ "code-net", "Er is net al een code gestuurd. Kijk in uw e-mail, "
	    "ook bij ongewenste e-mail, of vraag over een minuut een nieuwe "
	    "aan." },
	{ "afgesloten", "U bent afgemeld. Open de link uit de uitnodiging om "
	    "het dossier opnieuw te bekijken." },
	{ "beantwoord", "Het antwoord is verstuurd en staat op de tijdlijn." },
	{ "uit-bericht", "Het dossier is gemaakt. Het bericht staat op de "
	    "tijdlijn; vul nu de gegevens aan." },
	{ "notitie", "De notitie staat op de tijdlijn." },
	{ "gesloten", "Het bericht is gesloten." },
	{ "heropend", "Het bericht is heropend." },
	{ "formulier-nieuw", "Het formulier is ingelezen als nieuwe versie. "
	    "Nieuwe dossiers krijgen deze versie; lopende dossiers houden "
	    "de hunne." },
	{ "formulier-gelijk", "Dit formulier is gelijk aan de huidige versie; "
	    "er is niets veranderd." },
	{ "gepubliceerd", "Het concept is gepubliceerd als nieuwe versie. "
	    "Nieuwe dossiers krijgen deze versie; lopende dossiers houden "
	    "de hunne." },
	{ "concept-gelijk", "Het concept was gelijk aan de huidige versie; "
	    "er is geen nieuwe versie gemaakt." },
	{ "concept-weg", "Het concept is weggegooid. Het formulier is "
	    "ongewijzigd." },
	{ "geen-concept", "Er is geen concept (meer): het is intussen "
	    "gepubliceerd of weggegooid." },
	{ "verlenging", "De verlenging is aangemaakt met de antwoorden van de "
	    "vorige aanvraag. Werk ze bij waar nodig en dien de aanvraag in." },
	{ "geplaatst", "De plaatsing is bevestigd. Het samenwerkingsverband "
	    "ziet dit in het dossier." },
	{ "niet-wijzigbaar", "De antwoorden van dit dossier kunnen in deze "
	    "fase niet (meer) door u worden gewijzigd." },
};

/* The SWV's name as its beheerder set it; the configured one without a database. */
static const char *
site_name(struct req *r)
{
	struct dbres res;

	if (r->swv_name == NULL && r->db->my != NULL &&
	    DB_QUERY(r->db, r->arena, &res, "SELECT name, logo_type"
	    " FROM organisations WHERE type = 'swv' ORDER BY id LIMIT 1") == 0 &&
	    res.nrows == 1) {
		r->swv_name = db_val(&res, 0, "name");
		r->swv_logo = db_val(&res, 0, "logo_type") != NULL;
	}
	return r->swv_name != NULL ? r->swv_name : config_str("Site.Name", "Passend");
}

static void
set_common(struct req *r)
{
	const char *m = hdf_get_value(r->hdf, "Query.m", NULL);
	char token[64];
	size_t i;

	for (i = 0; m != NULL && i < sizeof(notices) / sizeof(notices[0]); i++)
		if (strcmp(m, notices[i].key) == 0)
			req_set(r, "Notice", notices[i].text);

	/* A page with a ticket (csrf.h) sets no cookie for a token. */
	if (hdf_get_value(r->hdf, "CSRF", NULL) == NULL &&
	    csrf_token(r, token, sizeof(token)) == 0)
		req_set(r, "CSRF", token);
	req_set(r, "Site.dev", config_dev() ? "1" : "0");
	req_set(r, "Site.name", site_name(r));
	if (r->swv_logo)
		req_set(r, "Site.logo", "1");
	req_set(r, "Page.path", r->path);
	req_set(r, "Page.ref", r->ref);
	if (r->sess.state == AUTH_GUEST)
		req_set(r, "Guest.name", r->sess.guest_name);
	if (r->sess.state == AUTH_FULL) {
		req_set(r, "User.name", r->user.name);
		if (r->user.rolemask & (1u << ROLE_ADMIN))
			req_set(r, "User.admin", "1");
		if (perm_check(PERM_DOSSIER, r->sess.state, r->user.rolemask) ==
		    PERM_OK)
			req_set(r, "User.dossiers", "1");
		if (perm_check(PERM_PUPIL, r->sess.state, r->user.rolemask) ==
		    PERM_OK)
			req_set(r, "User.pupils", "1");
		if (perm_check(PERM_RECEIVING, r->sess.state,
		    r->user.rolemask) == PERM_OK)
			req_set(r, "User.receiving", "1");
		if (perm_check(PERM_STAFF, r->sess.state, r->user.rolemask) ==
		    PERM_OK)
			req_set(r, "User.staff", "1");
	}
}

static void
write_body(struct req *r, int status, const char *ctype, const char *body)
{
	req_write_head(r, status, ctype);
	cgiwrap_write(body, (int)strlen(body));
}

/* A download, in pieces: it can be the size of a scanned report. */
static void
write_file(struct req *r, int status)
{
	char buf[65536];
	NEOERR *err;
	size_t n;

	req_write_head(r, status, r->body_type);
	while ((n = fread(buf, 1, sizeof(buf), r->body_file)) > 0)
		if ((err = cgiwrap_write(buf, (int)n)) != STATUS_OK) {
			nerr_ignore(&err);
			break;
		}
}

void
render_response(struct req *r, int status)
{
	HDF *own = NULL;
	char *body;
	size_t i;

	if (status == 303) {
		req_write_head(r, 303, "text/plain; charset=utf-8");
		return;
	}
	if (r->hdf != NULL && r->tmpl != NULL) {
		set_common(r);
		if ((body = render_tmpl(r->hdf, r->tmpl)) != NULL) {
			write_body(r, status, "text/html; charset=utf-8", body);
			free(body);
			return;
		}
		status = 500;
	}
	if (r->text != NULL) {
		write_body(r, status, "text/plain; charset=utf-8", r->text);
		return;
	}
	if (r->body != NULL) {
		req_write_head(r, status, r->body_type);
		cgiwrap_write(r->body, (int)r->body_len);
		return;
	}
	if (r->body_file != NULL) {
		write_file(r, status);
		return;
	}
	for (i = 0; i < sizeof(errors) / sizeof(errors[0]) - 1; i++)
		if (errors[i].status == status)
			break;
	/* Refused before ClearSilver parsed anything: a private HDF. */
	if (r->hdf == NULL && hdf_init(&own) == STATUS_OK &&
	    render_request_config(own) == STATUS_OK)
		r->hdf = own;
	if (r->hdf != NULL) {
		hdf_set_int_value(r->hdf, "Error.status", status);
		req_set(r, "Error.title", errors[i].title);
		req_set(r, "Error.text", errors[i].text);
		set_common(r);
		body = render_tmpl(r->hdf, "error.cs");
		if (own != NULL) {
			hdf_destroy(&own);
			r->hdf = NULL;
		}
		if (body != NULL) {
			write_body(r, status, "text/html; charset=utf-8", body);
			free(body);
			return;
		}
	}
	/* Even the error page failed: plain text. */
	req_write_head(r, status, "text/plain; charset=utf-8");
	cgiwrap_writef("%s\n\n%s\n\nReferentie: %s\n", errors[i].title,
	    errors[i].text, r->ref);
}
