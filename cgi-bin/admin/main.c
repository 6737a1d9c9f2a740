#include "admin.h"

static int
overview(struct req *r)
{
	req_set(r, "Page.title", "Beheer");
	return req_page(r, "admin/index.cs");
}

static const struct route routes[] = {
	{ METHOD_GET, "/beheer", overview, PERM_ADMIN, NULL, NULL },
	{ METHOD_GET, "/beheer/organisaties", org_list, PERM_ADMIN,
	    &org_filter_form, NULL },
	{ METHOD_GET, "/beheer/organisaties/nieuw", org_new_page, PERM_ADMIN,
	    NULL, NULL },
	{ METHOD_POST, "/beheer/organisaties/nieuw", org_create, PERM_ADMIN,
	    &org_form, org_new_page },
	{ METHOD_GET, "/beheer/organisaties/%d", org_edit_page, PERM_ADMIN,
	    NULL, NULL },
	{ METHOD_POST, "/beheer/organisaties/%d", org_update, PERM_ADMIN,
	    &org_form, org_edit_page },
	{ METHOD_GET, "/beheer/gebruikers", user_list, PERM_ADMIN,
	    &user_filter_form, NULL },
	{ METHOD_GET, "/beheer/gebruikers/nieuw", user_new_page, PERM_ADMIN,
	    NULL, NULL },
	{ METHOD_POST, "/beheer/gebruikers/nieuw", user_create, PERM_ADMIN,
	    &user_form, user_new_page },
	{ METHOD_GET, "/beheer/gebruikers/%d", user_edit_page, PERM_ADMIN,
	    NULL, NULL },
	{ METHOD_POST, "/beheer/gebruikers/%d", user_update, PERM_ADMIN,
	    &user_form, user_edit_page },
	{ METHOD_POST, "/beheer/gebruikers/%d/rollen", role_add, PERM_ADMIN,
	    &role_form, user_edit_page },
	{ METHOD_POST, "/beheer/gebruikers/%d/rollen/%d/verwijderen",
	    role_remove, PERM_ADMIN, NULL, NULL },
	{ METHOD_POST, "/beheer/gebruikers/%d/uitnodigen", user_invite,
	    PERM_ADMIN, NULL, NULL },
	{ METHOD_POST, "/beheer/gebruikers/%d/2fa-herstellen", user_reset_2fa,
	    PERM_ADMIN, NULL, NULL },
	{ METHOD_GET, "/beheer/formulieren", form_list, PERM_ADMIN, NULL,
	    NULL },
	{ METHOD_POST, "/beheer/formulieren", form_import, PERM_ADMIN,
	    &form_import_form, form_list },
	{ METHOD_GET, "/beheer/formulieren/%d", form_page, PERM_ADMIN, NULL,
	    NULL },
	{ METHOD_GET, "/beheer/formulieren/%d/export.json", form_export,
	    PERM_ADMIN, NULL, NULL },
	{ METHOD_GET, "/beheer/formulieren/%d/versies/%d", form_version_page,
	    PERM_ADMIN, NULL, NULL },
	{ METHOD_GET, "/beheer/formulieren/%d/versies/%d/export.json",
	    form_version_export, PERM_ADMIN, NULL, NULL },
	{ METHOD_POST, "/beheer/formulieren/%d/actief", form_active, PERM_ADMIN,
	    &form_active_form, form_page },
	{ METHOD_POST, "/beheer/formulieren/%d/concept", draft_create,
	    PERM_ADMIN, NULL, NULL },
	{ METHOD_GET, "/beheer/formulieren/%d/concept", draft_page, PERM_ADMIN,
	    NULL, NULL },
	{ METHOD_POST, "/beheer/formulieren/%d/concept/publiceren",
	    draft_publish, PERM_ADMIN, &draft_form, draft_page },
	{ METHOD_POST, "/beheer/formulieren/%d/concept/weggooien",
	    draft_discard, PERM_ADMIN, &draft_form, draft_page },
	{ METHOD_GET, "/beheer/formulieren/%d/concept/sectie-toevoegen",
	    section_page, PERM_ADMIN, NULL, NULL },
	{ METHOD_POST, "/beheer/formulieren/%d/concept/sectie-toevoegen",
	    section_save, PERM_ADMIN, &draft_section_form, section_page },
	{ METHOD_GET, "/beheer/formulieren/%d/concept/secties/%s",
	    section_page, PERM_ADMIN, NULL, NULL },
	{ METHOD_POST, "/beheer/formulieren/%d/concept/secties/%s",
	    section_save, PERM_ADMIN, &draft_section_form, section_page },
	{ METHOD_POST, "/beheer/formulieren/%d/concept/secties/%s/actie",
	    section_act, PERM_ADMIN, &draft_action_form, draft_page },
	{ METHOD_GET, "/beheer/formulieren/%d/concept/secties/%s/vraag-toevoegen",
	    question_new_page, PERM_ADMIN, NULL, NULL },
	{ METHOD_POST, "/beheer/formulieren/%d/concept/secties/%s/vraag-toevoegen",
	    question_create, PERM_ADMIN, &draft_question_form,
	    question_new_page },
	{ METHOD_GET, "/beheer/formulieren/%d/concept/vragen/%s",
	    question_edit_page, PERM_ADMIN, NULL, NULL },
	{ METHOD_POST, "/beheer/formulieren/%d/concept/vragen/%s",
	    question_update, PERM_ADMIN, &draft_question_form,
	    question_edit_page },
	{ METHOD_POST, "/beheer/formulieren/%d/concept/vragen/%s/actie",
	    question_act, PERM_ADMIN, &draft_action_form, draft_page },
	{ METHOD_GET, "/beheer/auditlog", audit_list, PERM_ADMIN,
	    &audit_filter_form, NULL },
};

int
main(int argc, char **argv)
{
	static const struct app app = {
		"passend-admin", routes, sizeof(routes) / sizeof(routes[0])
	};

	return app_main(argc, argv, &app);
}
