#include "pages.h"

static const struct route routes[] = {
	{ METHOD_GET, "/leerlingen", pupil_list, PERM_PUPIL,
	    &pupil_filter_form, NULL },
	{ METHOD_GET, "/leerlingen/nieuw", pupil_new_page, PERM_PUPIL,
	    NULL, NULL },
	{ METHOD_POST, "/leerlingen/nieuw", pupil_create, PERM_PUPIL,
	    &pupil_form, pupil_new_page },
	{ METHOD_GET, "/leerlingen/inzage", access_search, PERM_ADMIN,
	    &access_search_form, NULL },
	{ METHOD_GET, "/leerlingen/%d/inzage.xlsx", access_export, PERM_ADMIN,
	    NULL, NULL },
	{ METHOD_GET, "/leerlingen/%d", pupil_page, PERM_PUPIL, NULL, NULL },
	{ METHOD_GET, "/leerlingen/%d/bewerken", pupil_edit_page, PERM_PUPIL,
	    NULL, NULL },
	{ METHOD_POST, "/leerlingen/%d/bewerken", pupil_update, PERM_PUPIL,
	    &pupil_form, pupil_edit_page },
	{ METHOD_POST, "/leerlingen/%d/overschrijven", pupil_transfer,
	    PERM_PUPIL, &transfer_form, NULL },
	{ METHOD_POST, "/leerlingen/%d/dossiers", dossier_start, PERM_PUPIL,
	    &start_form, pupil_page },
	{ METHOD_GET, "/signaleringen", signal_list, PERM_DOSSIER,
	    &signal_filter_form, NULL },
	{ METHOD_GET, "/dossiers", dossier_list, PERM_DOSSIER,
	    &dossier_filter_form, NULL },
	{ METHOD_GET, "/dossiers/export.xlsx", dossier_export_xlsx,
	    PERM_DOSSIER, &dossier_filter_form, NULL },
	{ METHOD_GET, "/dossiers/export.csv", dossier_export_csv, PERM_DOSSIER,
	    &dossier_filter_form, NULL },
	{ METHOD_GET, "/dossiers/%d", dossier_page, PERM_DOSSIER, NULL, NULL },
	{ METHOD_GET, "/dossiers/%d/invullen", answers_page, PERM_DOSSIER,
	    NULL, NULL },
	{ METHOD_POST, "/dossiers/%d/invullen", answers_save, PERM_DOSSIER,
	    &answers_form, answers_page },
	{ METHOD_POST, "/dossiers/%d/stap", step_take, PERM_DOSSIER,
	    &step_form, dossier_page },
	{ METHOD_POST, "/dossiers/%d/opmerking", comment_add, PERM_DOSSIER,
	    &comment_form, dossier_page },
	{ METHOD_POST, "/dossiers/%d/toewijzen", assign_add, PERM_STAFF,
	    &assign_form, dossier_page },
	{ METHOD_POST, "/dossiers/%d/toewijzingen/%d/verwijderen",
	    assign_remove, PERM_STAFF, NULL, NULL },
	{ METHOD_GET, "/dossiers/%d/documenten/nieuw", document_new_page,
	    PERM_DOSSIER, &document_pick_form, NULL },
	{ METHOD_POST, "/dossiers/%d/documenten", document_add, PERM_DOSSIER,
	    &document_form, document_new_page },
	{ METHOD_GET, "/dossiers/%d/documenten/%d", document_get, PERM_DOSSIER,
	    NULL, NULL },
	{ METHOD_POST, "/dossiers/%d/documenten/%d/verwijderen",
	    document_remove, PERM_DOSSIER, NULL, NULL },
	{ METHOD_GET, "/dossiers/%d/delen", share_page, PERM_DOSSIER,
	    NULL, NULL },
	{ METHOD_POST, "/dossiers/%d/delen", share_create, PERM_DOSSIER,
	    &share_form, share_page },
	{ METHOD_POST, "/dossiers/%d/delen/%d/intrekken", share_revoke,
	    PERM_DOSSIER, NULL, NULL },
	/* Guests: the literal paths before the link's token. */
	{ METHOD_GET, "/gast", guest_info, PERM_PUBLIC, NULL, NULL },
	{ METHOD_GET, "/gast/dossier", guest_dossier, PERM_GUEST, NULL, NULL },
	{ METHOD_GET, "/gast/documenten/%d", document_get_shared, PERM_GUEST,
	    NULL, NULL },
	{ METHOD_POST, "/gast/afsluiten", guest_close, PERM_GUEST, NULL, NULL },
	{ METHOD_GET, "/gast/%s", guest_link_page, PERM_PUBLIC, NULL, NULL },
	{ METHOD_POST, "/gast/%s", guest_login, PERM_PUBLIC, &guest_code_form,
	    guest_link_page },
	{ METHOD_POST, "/gast/%s/code", guest_code_resend, PERM_PUBLIC, NULL,
	    NULL },
};

int
main(int argc, char **argv)
{
	static const struct app app = {
		"passend-dossier", routes, sizeof(routes) / sizeof(routes[0])
	};

	return app_main(argc, argv, &app);
}
