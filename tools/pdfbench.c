/*
 * passend-pdfbench [N [LOGO.png]]: renders a TLV and its decision letter
 * N times (default 200) and prints the milliseconds per document, for
 * ./dev bench. No database: the documents come from values only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "arena.h"
#include "tlvdoc.h"

static const char advice_body[] =
    "Daan is een jongen van negen jaar met een ontwikkelingsperspectief "
    "dat duidelijk afwijkt van dat van zijn leeftijdgenoten. Uit het "
    "psychologisch onderzoek blijkt een disharmonisch intelligentieprofiel "
    "met een zwakke verwerkingssnelheid en een sterk verbaal begrip.\n"
    "De school heeft twee jaar lang extra ondersteuning geboden: een "
    "eigen leerlijn voor rekenen, dagelijkse begeleiding in een kleine "
    "groep en een ambulant begeleider. Het OPP laat zien dat de doelen "
    "ondanks deze inzet niet zijn gehaald.\n"
    "Daan heeft een kleine groep nodig, met een voorspelbare dag, een "
    "leerkracht die zijn gedrag vroeg herkent en specialistische "
    "begeleiding bij het plannen van zijn werk. Dat kan de school met de "
    "middelen van de basisondersteuning niet bieden.\n"
    "Advies: een toelaatbaarheidsverklaring voor het speciaal "
    "basisonderwijs, voor twee schooljaren, met een evaluatie na het "
    "eerste jaar.";

int
main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 200, i;
	struct tlv_doc t = {
		.swv_name = "Samenwerkingsverband Passend Onderwijs De Vallei",
		.swv_lines = { "Stationsplein 12", "6711 AB Ede",
		    "info@swv-devallei.nl", "0318 123 456" },
		.swv_city = "Ede",
		.issued = true,
		.number = "TLV-2026-00042", .code = "7K3M-Q9TX-H2WD",
		.check_url = "https://passend.example.nl/tlv/controle",
		.pupil = "Zeynep Şahin", .birth_date = "2016-05-14",
		.school = "Basisschool De Regenboog",
		.kind = "so", .category = "midden",
		.start = "2027-08-01", .end = "2029-07-31",
		.duration_reason = "Twee schooljaren: de ondersteuningsbehoefte "
		    "is blijvend, een evaluatie volgt na het eerste jaar.",
		.category_reason = "Intensieve begeleiding in een kleine groep.",
		.receivers = "De Horizon, school voor speciaal onderwijs",
		.decided_by = "Mr. A. de Beslisser", .decided_on = "2026-11-23",
		.advices = {
		    { "Drs. P. Orthopedagoog", "Orthopedagoog", "2026-11-10",
		      advice_body },
		    { "L. Willems", "Arts", "2026-11-12", advice_body },
		},
	};
	struct arena a = { 0 };
	unsigned char *pdf, *logo = NULL;
	size_t len, tlvlen = 0, letterlen = 0;
	struct timespec t0, t1;
	double ms;

	if (argc > 2 && argv[2][0] != '\0') {
		FILE *fp = fopen(argv[2], "rb");
		long sz;

		if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 ||
		    (sz = ftell(fp)) <= 0 || fseek(fp, 0, SEEK_SET) != 0 ||
		    (logo = malloc((size_t)sz)) == NULL ||
		    fread(logo, 1, (size_t)sz, fp) != (size_t)sz) {
			perror(argv[2]);
			return 1;
		}
		fclose(fp);
		t.logo = logo, t.logolen = (size_t)sz, t.logotype = "image/png";
	}
	if (n < 1)
		n = 1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < n; i++) {
		if (tlvdoc_tlv(&a, &t, &pdf, &len) != 0)
			return fprintf(stderr, "tlv failed\n"), 1;
		tlvlen = len;
		if (tlvdoc_letter(&a, &t, &pdf, &len) != 0)
			return fprintf(stderr, "letter failed\n"), 1;
		letterlen = len;
		arena_reset(&a);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ms = ((double)(t1.tv_sec - t0.tv_sec) * 1e3 +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e6) / (2.0 * n);
	printf("bench tlv_pdf ms=%.2f documents=%d tlv_bytes=%zu "
	    "letter_bytes=%zu goal_ms<10:%s\n", ms, 2 * n, tlvlen, letterlen,
	    ms < 10 ? "met" : "MISSED");
	if (argc > 3) {
		/* the last letter, to look at */
		FILE *fp = fopen(argv[3], "wb");

		if (fp == NULL || tlvdoc_letter(&a, &t, &pdf, &len) != 0 ||
		    fwrite(pdf, 1, len, fp) != len || fclose(fp) != 0)
			return perror(argv[3]), 1;
		if (tlvdoc_tlv(&a, &t, &pdf, &len) != 0)
			return 1;
		fp = fopen(arena_printf(&a, "%s.tlv.pdf", argv[3]), "wb");
		if (fp == NULL || fwrite(pdf, 1, len, fp) != len ||
		    fclose(fp) != 0)
			return 1;
	}
	arena_free(&a);
	free(logo);
	return 0;
}
