#include <stdio.h>
#include <string.h>

#include "crypto.h"
#include "tlv_rules.h"

/* Crockford's base 32: no I, L, O or U to misread. */
static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const char *
tlv_kind_label(const char *kind)
{
	if (kind == NULL)
		return "";
	if (strcmp(kind, "sbo") == 0)
		return "Speciaal basisonderwijs (SBO)";
	if (strcmp(kind, "so") == 0)
		return "Speciaal onderwijs (SO)";
	if (strcmp(kind, "vso") == 0)
		return "Voortgezet speciaal onderwijs (VSO)";
	return kind;
}

const char *
tlv_category_label(const char *category)
{
	if (category == NULL)
		return "";
	if (strcmp(category, "laag") == 0)
		return "Laag (categorie 1)";
	if (strcmp(category, "midden") == 0)
		return "Midden (categorie 2)";
	if (strcmp(category, "hoog") == 0)
		return "Hoog (categorie 3)";
	return category;
}

/* "2027-08-01" as "1 augustus 2027"; anything else as it came. */
char *
tlv_long_date(struct arena *a, const char *iso)
{
	static const char *const months[12] = { "januari", "februari",
	    "maart", "april", "mei", "juni", "juli", "augustus", "september",
	    "oktober", "november", "december" };
	int y, m, d;
	char end;

	if (iso == NULL)
		return arena_strdup(a, "");
	if (sscanf(iso, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3 || m < 1 ||
	    m > 12 || d < 1 || d > 31)
		return arena_strdup(a, iso);
	return arena_printf(a, "%d %s %d", d, months[m - 1], y);
}

int
tlv_code_new(char out[TLV_CODE_LEN + 1])
{
	unsigned char rnd[12];
	size_t i, o = 0;

	if (crypto_random(rnd, sizeof(rnd)) != 0)
		return -1;
	for (i = 0; i < sizeof(rnd); i++) {
		if (i == 4 || i == 8)
			out[o++] = '-';
		out[o++] = alphabet[rnd[i] & 31];
	}
	out[o] = '\0';
	return 0;
}

/*
 * A code as someone typed it: any case, spaces or dashes anywhere, O for
 * 0 and I or L for 1, as Crockford allows. False when it cannot be one.
 */
bool
tlv_code_norm(const char *in, char out[TLV_CODE_LEN + 1])
{
	size_t n = 0, o = 0;
	char c;

	for (; *in != '\0'; in++) {
		c = *in;
		if (c == ' ' || c == '-')
			continue;
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c == 'O')
			c = '0';
		else if (c == 'I' || c == 'L')
			c = '1';
		if (c == '\0' || strchr(alphabet, c) == NULL || n == 12)
			return false;
		if (n == 4 || n == 8)
			out[o++] = '-';
		out[o++] = c;
		n++;
	}
	out[o] = '\0';
	return n == 12;
}
