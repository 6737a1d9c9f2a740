#include <string.h>

#include "pdf.h"
#include "tlvdoc.h"

static bool
set(const char *s)
{
	return s != NULL && s[0] != '\0';
}

/* A label inside a sentence: "het speciaal onderwijs (SO)". */
static char *
lower_first(struct arena *a, const char *s)
{
	char *c = arena_strdup(a, s);

	if (c[0] >= 'A' && c[0] <= 'Z')
		c[0] = (char)(c[0] - 'A' + 'a');
	return c;
}

static struct pdf *
start(struct arena *a, const struct tlv_doc *t, const char *title,
    const char *footer)
{
	struct pdf *p = pdf_new(a, title, arena_printf(a, "%s · %s",
	    t->swv_name, footer));

	if (p == NULL)
		return NULL;
	pdf_letterhead(p, t->swv_name, t->swv_lines, 4, t->logo, t->logolen,
	    t->logotype);
	return p;
}

static int
finish(struct pdf *p, unsigned char **out, size_t *len)
{
	int rc;

	if (p == NULL)
		return -1;
	rc = pdf_finish(p, out, len);
	pdf_free(p);
	return rc;
}

static void
pupil_fields(struct pdf *p, struct arena *a, const struct tlv_doc *t)
{
	pdf_field(p, "Leerling", t->pupil);
	pdf_field(p, "Geboortedatum", tlv_long_date(a, t->birth_date));
	pdf_field(p, "Aangevraagd door", t->school);
}

static void
reasons(struct pdf *p, const struct tlv_doc *t)
{
	pdf_heading(p, "Motivering van de duur");
	pdf_text(p, t->duration_reason);
	if (set(t->category)) {
		pdf_heading(p, "Motivering van de bekostigingscategorie");
		pdf_text(p, t->category_reason);
	}
}

int
tlvdoc_tlv(struct arena *a, const struct tlv_doc *t, unsigned char **out,
    size_t *len)
{
	struct pdf *p = start(a, t, arena_printf(a, "Toelaatbaarheidsverklaring"
	    " %s", t->number), t->number);

	if (p == NULL)
		return -1;
	pdf_title(p, "Toelaatbaarheidsverklaring");
	pdf_field(p, "Nummer", t->number);
	if (set(t->extends))
		pdf_field(p, "Verlenging van", t->extends);
	pupil_fields(p, a, t);
	pdf_gap(p);
	pdf_field(p, "Soort onderwijs", tlv_kind_label(t->kind));
	if (set(t->category))
		pdf_field(p, "Bekostigingscategorie",
		    tlv_category_label(t->category));
	pdf_field(p, "Geldig van", tlv_long_date(a, t->start));
	pdf_field(p, "Geldig tot en met", tlv_long_date(a, t->end));
	pdf_field(p, "Bedoeld voor", set(t->receivers) ? t->receivers :
	    "Geen school aangewezen: elke school van deze soort");
	pdf_gap(p);
	pdf_field(p, "Besluit van", tlv_long_date(a, t->decided_on));
	pdf_field(p, "Namens", arena_printf(a, "%s, %s", t->swv_name,
	    t->decided_by));
	reasons(p, t);
	pdf_heading(p, "Echtheid controleren");
	pdf_text(p, arena_printf(a, "Ga naar %s en vul het nummer %s en de "
	    "controlecode %s in. U ziet dan of deze toelaatbaarheidsverklaring "
	    "echt is en nu geldig, en verder niets.", t->check_url, t->number,
	    t->code));
	pdf_field(p, "Controlecode", t->code);
	pdf_gap(p);
	pdf_small(p, "Met deze verklaring kan de leerling worden ingeschreven op "
	    "een school voor de genoemde soort onderwijs, binnen de genoemde "
	    "periode. De ontvangende school bevestigt de plaatsing aan het "
	    "samenwerkingsverband.");
	return finish(p, out, len);
}

static void
advice(struct pdf *p, struct arena *a, const struct tlv_advice *v, int n)
{
	pdf_page(p);
	pdf_title(p, arena_printf(a, "Bijlage %d: advies van de %s deskundige",
	    n, n == 1 ? "eerste" : "tweede"));
	pdf_field(p, "Deskundige", v->name);
	pdf_field(p, "Beroep", v->profession);
	pdf_field(p, "Ondertekend op", tlv_long_date(a, v->signed_on));
	pdf_gap(p);
	pdf_text(p, v->body);
}

int
tlvdoc_letter(struct arena *a, const struct tlv_doc *t, unsigned char **out,
    size_t *len)
{
	struct pdf *p = start(a, t, "Besluit toelaatbaarheidsverklaring",
	    t->issued ? arena_printf(a, "besluit %s", t->number) :
	    "besluit op de aanvraag");
	const char *where = set(t->swv_city) ? t->swv_city : t->swv_name;
	int i;

	if (p == NULL)
		return -1;
	pdf_text(p, arena_printf(a, "Aan de ouders of verzorgers van %s, "
	    "via %s", t->pupil, t->school));
	pdf_gap(p);
	pdf_text(p, arena_printf(a, "%s, %s", where,
	    tlv_long_date(a, t->decided_on)));
	pdf_field(p, "Betreft", "Besluit op de aanvraag van een "
	    "toelaatbaarheidsverklaring");
	pupil_fields(p, a, t);
	pdf_gap(p);
	pdf_text(p, "Geachte ouder of verzorger,");
	pdf_text(p, arena_printf(a, "%s heeft bij %s %s aangevraagd voor %s. "
	    "Twee deskundigen hebben over de aanvraag geadviseerd. Hun adviezen "
	    "zijn bij deze brief gevoegd.", t->school, t->swv_name,
	    set(t->extends) ? arena_printf(a, "een verlenging van "
	    "toelaatbaarheidsverklaring %s", t->extends) :
	    "een toelaatbaarheidsverklaring", t->pupil));
	if (t->issued) {
		pdf_text(p, arena_printf(a, "Wij hebben besloten een "
		    "toelaatbaarheidsverklaring af te geven voor het %s%s%s. De "
		    "verklaring heeft nummer %s en is geldig van %s tot en met "
		    "%s.", lower_first(a, tlv_kind_label(t->kind)),
		    set(t->category) ? ", bekostigingscategorie " : "",
		    set(t->category) ? lower_first(a,
		    tlv_category_label(t->category)) : "", t->number,
		    tlv_long_date(a, t->start), tlv_long_date(a, t->end)));
		reasons(p, t);
	} else {
		pdf_text(p, "Wij hebben besloten geen toelaatbaarheidsverklaring "
		    "af te geven.");
		pdf_heading(p, "Motivering");
		pdf_text(p, t->refusal_reason);
	}
	pdf_heading(p, "Bent u het niet eens met dit besluit?");
	pdf_text(p, arena_printf(a, "Dan kunt u binnen zes weken na de datum "
	    "van deze brief bezwaar maken. Stuur een brief met uw naam en "
	    "adres, de datum, het besluit waartegen u bezwaar maakt en waarom, "
	    "en uw handtekening aan %s%s%s. Voordat wij over uw bezwaar "
	    "beslissen, vragen wij advies aan de Landelijke Bezwaaradvies"
	    "commissie Toelaatbaarheidsverklaringen (LBT), tenzij wij u "
	    "volledig gelijk geven.", t->swv_name, set(t->swv_lines[0]) ?
	    ", " : "", set(t->swv_lines[0]) ? arena_printf(a, "%s, %s",
	    t->swv_lines[0], t->swv_lines[1] != NULL ? t->swv_lines[1] : "") :
	    ""));
	pdf_gap(p);
	pdf_text(p, "Met vriendelijke groet,");
	pdf_text(p, arena_printf(a, "%s\nnamens %s", t->decided_by,
	    t->swv_name));
	for (i = 0; i < 2; i++)
		if (t->advices[i].name != NULL)
			advice(p, a, &t->advices[i], i + 1);
	return finish(p, out, len);
}
