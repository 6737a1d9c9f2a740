#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "formdef.h"
#include "perm.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static struct arena A;

/* JSON with ' for ": easier to read here; no test text needs a '. */
static char *
q(const char *s)
{
	char *p = arena_strdup(&A, s), *c;

	for (c = p; *c != '\0'; c++)
		if (*c == '\'')
			*c = '"';
	return p;
}

static char *
rep(const char *s, size_t n)
{
	size_t len = strlen(s), i;
	char *p = arena_alloc(&A, len * n + 1);

	for (i = 0; i < n; i++)
		memcpy(p + i * len, s, len);
	p[len * n] = '\0';
	return p;
}

#define WF_MIN	"{'states':[{'key':'a','label':'A','initial':true}]}"

/* A definition around these fields (one section) and a minimal workflow. */
static char *
with_fields(const char *fields)
{
	return q(arena_printf(&A, "{'key':'t','name':'T','sections':[{'key':"
	    "'s','title':'S','fields':[%s]}],'workflow':" WF_MIN "}", fields));
}

static char *
with_workflow(const char *wf)
{
	return q(arena_printf(&A, "{'key':'t','name':'T','sections':[{'key':"
	    "'s','title':'S','fields':[]}],'workflow':%s}", wf));
}

/* Two states and these transitions. */
static char *
with_transitions(const char *tr)
{
	return with_workflow(arena_printf(&A, "{'states':[{'key':'a','label':"
	    "'A','initial':true},{'key':'b','label':'B'},{'key':'z','label':"
	    "'Z','final':true}],'transitions':[%s]}", tr));
}

static void
ok_(const char *json, struct trajdef *d, int line)
{
	const char *err = NULL;

	if (trajdef_parse(&A, json, strlen(json), d, &err) != 0)
		fail_msg("line %d: rejected: %s\n%s", line, err, json);
}

static void
bad_(const char *json, const char *want, int line)
{
	struct trajdef d;
	const char *err = NULL;

	if (trajdef_parse(&A, json, strlen(json), &d, &err) == 0)
		fail_msg("line %d: accepted, wanted \"%s\"\n%s", line, want,
		    json);
	if (err == NULL || strstr(err, want) == NULL)
		fail_msg("line %d: error \"%s\", wanted \"%s\"", line,
		    err == NULL ? "(null)" : err, want);
	assert_null(d.sections);
	assert_int_equal(d.nstates, 0);
}

#define OK(json, d)	ok_((json), (d), __LINE__)
#define BAD(json, want)	bad_((json), (want), __LINE__)

static const char example[] =
"{\n"
"  'key': 'tlv',\n"
"  'name': 'Toelaatbaarheidsverklaring (S)BO/(V)SO',\n"
"  'sections': [\n"
"    { 'key': 'hulpvraag', 'title': 'Hulpvraag', 'instructions': 'Beschrijf de vraag.',\n"
"      'fields': [\n"
"        { 'key': 'vraag', 'type': 'textarea', 'label': 'Wat is de vraag?', 'help': 'Kort.', 'required': true, 'max': 4000 },\n"
"        { 'key': 'gewenst', 'type': 'choice', 'label': 'Gewenst type', 'required': true,\n"
"          'options': [ {'value': 'sbo', 'label': 'SBO'}, {'value': 'so', 'label': 'SO'} ] },\n"
"        { 'key': 'categorie', 'type': 'choice', 'label': 'Verwachte categorie',\n"
"          'options': [ {'value': 'laag', 'label': 'Laag'}, {'value': 'midden', 'label': 'Midden'} ],\n"
"          'show_if': {'field': 'gewenst', 'equals': 'so'} },\n"
"        { 'key': 'iq', 'type': 'number', 'label': 'IQ', 'min': 40, 'max': 160 },\n"
"        { 'key': 'toetsen', 'type': 'table', 'label': 'Toetsresultaten', 'rows': 8,\n"
"          'columns': [ {'key': 'toets', 'type': 'text', 'label': 'Toets', 'max': 100},\n"
"                       {'key': 'datum', 'type': 'date', 'label': 'Datum'} ] },\n"
"        { 'key': 'opp', 'type': 'file', 'label': 'OPP', 'required': true }\n"
"      ] }\n"
"  ],\n"
"  'workflow': {\n"
"    'states': [ {'key': 'concept', 'label': 'Concept', 'initial': true, 'school_edits': true},\n"
"                {'key': 'ingediend', 'label': 'Ingediend', 'signal_days': 10},\n"
"                {'key': 'afgerond', 'label': 'Afgerond', 'final': true} ],\n"
"    'transitions': [ {'key': 'indienen', 'label': 'Indienen', 'from': 'concept', 'to': 'ingediend',\n"
"                      'roles': ['school'], 'checks': ['complete'], 'notify': ['swv']} ]\n"
"  }\n"
"}\n";

/* Every type, every member, several sections: for the round trip. */
static const char rich[] =
"{'format':1,'key':'rijk_1','name':'Rijke definitie \xc3\xab',"
" 'sections':["
"  {'key':'een','title':'Een','instructions':'Regel 1\\nRegel 2\\tmet tab','fields':["
"   {'key':'naam','type':'text','label':'Naam','help':'Voor- en achternaam','required':true,'max':80},"
"   {'key':'kort','type':'text','label':'Kort'},"
"   {'key':'lang','type':'textarea','label':'Lang','max':20000},"
"   {'key':'getal','type':'number','label':'Getal','min':-5,'max':5},"
"   {'key':'alleen_min','type':'number','label':'Min','min':0},"
"   {'key':'alleen_max','type':'number','label':'Max','max':9223372036854775807},"
"   {'key':'vrij','type':'number','label':'Vrij'},"
"   {'key':'dag','type':'date','label':'Dag','required':true,'signal_days':14},"
"   {'key':'nu','type':'date','label':'Nu','signal_days':0},"
"   {'key':'soort','type':'choice','label':'Soort','options':[{'value':'a','label':'A'},{'value':'1_b','label':'B'}]},"
"   {'key':'ja','type':'yesno','label':'Ja?'}]},"
"  {'key':'twee','title':'Twee','fields':["
"   {'key':'meer','type':'multi','label':'Meer','required':true,'options':[{'value':'x','label':'X'},{'value':'y','label':'Y'}],"
"    'show_if':{'field':'soort','equals':'1_b'}},"
"   {'key':'tabel','type':'table','label':'Tabel','required':true,'rows':50,'show_if':{'field':'ja','equals':'nee'},'columns':["
"    {'key':'t','type':'text','label':'T','help':'h','required':true,'max':1000},"
"    {'key':'n','type':'number','label':'N','min':1},"
"    {'key':'d','type':'date','label':'D'},"
"    {'key':'c','type':'choice','label':'C','options':[{'value':'p','label':'P'}]}]},"
"   {'key':'bijlage','type':'file','label':'Bijlage','help':'PDF'}]},"
"  {'key':'leeg','title':'Leeg','fields':[]}],"
" 'workflow':{'states':["
"   {'key':'concept','label':'Concept','initial':true,'school_edits':true},"
"   {'key':'ingediend','label':'Ingediend','signal_days':365},"
"   {'key':'klaar','label':'Klaar','final':true,'signal_days':1}],"
"  'transitions':["
"   {'key':'indienen','label':'Indienen','from':'concept','to':'ingediend','roles':['school','beheerder'],"
"    'checks':['expert','complete','handler'],'notify':['assigned','school','swv'],'when':'no_rvz_approval'},"
"   {'key':'terug','label':'Terug','from':'ingediend','to':'concept','roles':['swv'],'notify':['rvz'],'when':'rvz_approval'},"
"   {'key':'af','label':'Af','from':'ingediend','to':'klaar','roles':['beslisser'],'notify':['school']}]}}";

static void
test_example(void **state)
{
	struct trajdef d;
	const struct fd_field *f;

	(void)state;
	OK(q(example), &d);
	assert_string_equal(d.key, "tlv");
	assert_string_equal(d.name, "Toelaatbaarheidsverklaring (S)BO/(V)SO");
	assert_int_equal(d.nsections, 1);
	assert_string_equal(d.sections[0].instructions, "Beschrijf de vraag.");
	assert_int_equal(d.sections[0].nfields, 6);
	f = trajdef_field(&d, "vraag");
	assert_non_null(f);
	assert_int_equal(f->type, FD_TEXTAREA);
	assert_true(f->required);
	assert_int_equal(f->max, 4000);
	assert_string_equal(f->help, "Kort.");
	f = trajdef_field(&d, "categorie");
	assert_string_equal(f->show_field, "gewenst");
	assert_string_equal(f->show_value, "so");
	assert_string_equal(f->help, "");
	f = trajdef_field(&d, "iq");
	assert_true(f->has_min && f->has_max);
	assert_int_equal(f->min_value, 40);
	assert_int_equal(f->max_value, 160);
	f = trajdef_field(&d, "toetsen");
	assert_int_equal(f->type, FD_TABLE);
	assert_int_equal(f->max, 8);
	assert_int_equal(f->ncolumns, 2);
	assert_int_equal(f->columns[0].max, 100);
	assert_int_equal(f->columns[1].type, FD_DATE);
	assert_null(trajdef_field(&d, "toets"));	/* columns are not fields */
	assert_null(trajdef_field(&d, "nope"));
	assert_int_equal(trajdef_field(&d, "opp")->type, FD_FILE);

	assert_int_equal(d.nstates, 3);
	assert_true(trajdef_state(&d, "concept")->initial);
	assert_true(trajdef_state(&d, "concept")->school_edits);
	assert_int_equal(trajdef_state(&d, "ingediend")->signal_days, 10);
	assert_true(trajdef_state(&d, "afgerond")->final);
	assert_null(trajdef_state(&d, "weg"));
	assert_int_equal(d.ntransitions, 1);
	assert_string_equal(d.transitions[0].from, "concept");
	assert_string_equal(d.transitions[0].to, "ingediend");
	assert_int_equal(d.transitions[0].roles, 1u << ROLE_SCHOOL);
	assert_int_equal(d.transitions[0].checks, 1u << WF_CHECK_COMPLETE);
	assert_int_equal(d.transitions[0].notify, 1u << WF_NOTIFY_SWV);
	assert_ptr_equal(trajdef_transition(&d, d.transitions[0].key),
	    &d.transitions[0]);
	assert_null(trajdef_transition(&d, "concept"));
}

static void
test_defaults(void **state)
{
	struct trajdef d;
	const struct fd_field *f;

	(void)state;
	OK(with_fields("{'key':'a','type':'text','label':'A'},"
	    "{'key':'b','type':'textarea','label':'B'},"
	    "{'key':'c','type':'number','label':'C'}"), &d);
	f = trajdef_field(&d, "a");
	assert_int_equal(f->max, 200);
	assert_false(f->required);
	assert_string_equal(f->help, "");
	assert_null(f->show_field);
	assert_null(f->show_value);
	assert_int_equal(trajdef_field(&d, "b")->max, 4000);
	f = trajdef_field(&d, "c");
	assert_false(f->has_min);
	assert_false(f->has_max);
	assert_string_equal(d.sections[0].instructions, "");
	assert_int_equal(d.ntransitions, 0);
	assert_int_equal(d.states[0].signal_days, 0);
	assert_false(d.states[0].final);
	assert_false(d.states[0].school_edits);
	/* Labels are stored trimmed. */
	OK(with_fields("{'key':'a','type':'text','label':'  A  ','help':' h\\n'}"),
	    &d);
	assert_string_equal(d.sections[0].fields[0].label, "A");
	assert_string_equal(d.sections[0].fields[0].help, "h");
}

static void
test_json_errors(void **state)
{
	struct trajdef d;
	const char *err;
	char *big;

	(void)state;
	BAD("", "ongeldige JSON");
	BAD("{\n\"key\": \"t\",\n\"name\": \"T\",\n}", "Regel 4: ongeldige JSON (");
	BAD("{\"key\": \"t\"} x", "Regel 1: ongeldige JSON");
	BAD("{\"key\": \"t\",\n\"key\": \"u\"}", "Regel 2: ongeldige JSON");
	BAD("[1, 2]", "Definitie: het bestand moet één JSON-object zijn");
	BAD("\"tekst\"", "ongeldige JSON");
	BAD("{\"key\": \"a\\u0000b\"}", "ongeldige JSON");
	/* Bounded before Jansson sees it. */
	big = rep(" ", 1024 * 1024 - 2);
	big[0] = '{';
	big[strlen(big) - 1] = '}';
	assert_int_equal(strlen(big), 1024 * 1024 - 2);
	BAD(big, "de eigenschap 'key' ontbreekt");
	big = arena_printf(&A, "{%s}", rep(" ", 1024 * 1024 - 1));
	BAD(big, "te groot");
	/* Jansson's error is copied: nothing points into freed memory. */
	assert_int_equal(trajdef_parse(&A, "{", 1, &d, &err), -1);
	assert_non_null(strstr(err, "Regel 1"));
}

static void
test_top(void **state)
{
	struct trajdef d;
	char *s;

	(void)state;
	s = with_fields("");
	OK(s, &d);
	assert_int_equal(d.nsections, 1);
	assert_int_equal(d.sections[0].nfields, 0);

	/* format: absent or 1. */
	OK(q("{'format':1,'key':'t','name':'T','sections':[{'key':'s','title':"
	    "'S','fields':[]}],'workflow':" WF_MIN "}"), &d);
	BAD(q("{'format':2,'key':'t','name':'T','sections':[{'key':'s','title':"
	    "'S','fields':[]}],'workflow':" WF_MIN "}"), "formaat 2 wordt niet");
	BAD(q("{'format':0,'key':'t'}"), "formaat 0");
	BAD(q("{'format':'1','key':'t'}"), "'format' moet een geheel getal");
	BAD(q("{'format':1.0,'key':'t'}"), "'format' moet een geheel getal");

	BAD(q("{'name':'T','sections':[],'workflow':{}}"),
	    "Definitie: de eigenschap 'key' ontbreekt.");
	BAD(q("{'key':5,'name':'T'}"), "'key' moet een tekst zijn");
	BAD(q("{'key':'Tlv','name':'T'}"), "'key' moet bestaan uit");
	BAD(q("{'key':'t'}"), "Definitie: de eigenschap 'name' ontbreekt.");
	BAD(q("{'key':'t','name':'  '}"), "Definitie: 'name' mag niet leeg zijn.");
	BAD(q("{'key':'t','name':'a\\nb'}"), "'name' moet op één regel staan");
	BAD(q("{'key':'t','name':'T'}"), "de eigenschap 'sections' ontbreekt");
	BAD(q("{'key':'t','name':'T','sections':{}}"),
	    "'sections' moet een lijst zijn");
	BAD(q("{'key':'t','name':'T','sections':[]}"),
	    "'sections' mag niet leeg zijn");
	BAD(q("{'key':'t','name':'T','sections':[{'key':'s','title':'S',"
	    "'fields':[]}]}"), "de eigenschap 'workflow' ontbreekt");
	BAD(q("{'key':'t','name':'T','nmae':'x'}"),
	    "Definitie: onbekende eigenschap 'nmae' (mogelijk: format, key, "
	    "name, sections, workflow).");
	/* A long unknown name is shortened in the message. */
	BAD(q(arena_printf(&A, "{'%s':1}", rep("x", 100))),
	    arena_printf(&A, "'%s…'", rep("x", 40)));
}

static void
test_labels(void **state)
{
	struct trajdef d;
	const char *l300 = rep("\xc3\xab", 300);	/* characters, not bytes */
	const char *l301 = rep("a", 301);
	const char *h2000 = rep("\xc3\xab", 2000);
	const char *h2001 = rep("a", 2001);

	(void)state;
	OK(q(arena_printf(&A, "{'key':'t','name':'%s','sections':[{'key':'s',"
	    "'title':'%s','instructions':'%s','fields':[{'key':'f','type':"
	    "'text','label':'%s','help':'%s'}]}],'workflow':{'states':[{'key':"
	    "'a','label':'%s','initial':true}]}}", l300, l300, h2000, l300,
	    h2000, l300)), &d);
	assert_string_equal(d.name, l300);
	BAD(q(arena_printf(&A, "{'key':'t','name':'%s'}", l301)),
	    "'name' is te lang: 301 tekens, hoogstens 300.");
	BAD(with_fields(arena_printf(&A, "{'key':'f','type':'text','label':"
	    "'%s'}", l301)), "Veld 'f': 'label' is te lang");
	BAD(with_fields(arena_printf(&A, "{'key':'f','type':'text','label':"
	    "'F','help':'%s'}", h2001)), "Veld 'f': 'help' is te lang: 2001");
	BAD(q(arena_printf(&A, "{'key':'t','name':'T','sections':[{'key':'s',"
	    "'title':'S','instructions':'%s','fields':[]}]}", h2001)),
	    "Sectie 's': 'instructions' is te lang");
	BAD(with_fields("{'key':'f','type':'text','label':''}"),
	    "Veld 'f': 'label' mag niet leeg zijn.");
	BAD(with_fields("{'key':'f','type':'text'}"),
	    "Veld 'f': de eigenschap 'label' ontbreekt.");
	BAD(with_fields("{'key':'f','type':'text','label':'a\\tb'}"),
	    "'label' moet op één regel staan");
	BAD(with_fields("{'key':'f','type':'text','label':'F','help':'a\\u0001'}"),
	    "'help' bevat stuurtekens");
	BAD(with_fields("{'key':'f','type':'text','label':['F']}"),
	    "'label' moet een tekst zijn");
	/* help may be empty; instructions may have newlines (see rich). */
	OK(with_fields("{'key':'f','type':'text','label':'F','help':''}"), &d);
}

static void
test_keys(void **state)
{
	static const struct {
		const char	*key;
		bool		 ok;
	} v[] = {
		{ "a", true }, { "a_1", true }, { "z9", true },
		{ "abcdefghijklmnopqrstuvwxyz_0123456789abc", true },	/* 40 */
		{ "abcdefghijklmnopqrstuvwxyz_0123456789abcd", false },	/* 41 */
		{ "", false }, { "1a", false }, { "_a", false }, { "A", false },
		{ "aB", false }, { "a-b", false }, { "a b", false },
		{ "\xc3\xab", false }, { "a.b", false },
	};
	struct trajdef d;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(v); i++) {
		char *tj = q(arena_printf(&A, "{'key':'%s','name':'T','sections':"
		    "[{'key':'s','title':'S','fields':[]}],'workflow':" WF_MIN "}",
		    v[i].key));
		char *sj = q(arena_printf(&A, "{'key':'t','name':'T','sections':"
		    "[{'key':'%s','title':'S','fields':[]}],'workflow':" WF_MIN
		    "}", v[i].key));
		char *fj = with_fields(arena_printf(&A, "{'key':'%s','type':"
		    "'date','label':'F'}", v[i].key));
		char *cj = with_fields(arena_printf(&A, "{'key':'t','type':"
		    "'table','label':'F','rows':1,'columns':[{'key':'%s','type':"
		    "'date','label':'C'}]}", v[i].key));
		char *stj = with_workflow(arena_printf(&A, "{'states':[{'key':"
		    "'%s','label':'A','initial':true}]}", v[i].key));
		char *trj = with_transitions(arena_printf(&A, "{'key':'%s',"
		    "'label':'L','from':'a','to':'b','roles':['swv']}", v[i].key));

		if (v[i].ok) {
			OK(tj, &d);
			assert_string_equal(d.key, v[i].key);
			OK(sj, &d);
			OK(fj, &d);
			OK(cj, &d);
			OK(stj, &d);
			OK(trj, &d);
		} else {
			BAD(tj, "Definitie: 'key' moet bestaan uit 1 tot en met "
			    "40 kleine letters (a-z), cijfers of _, en met een "
			    "letter beginnen.");
			BAD(sj, "Sectie 1: 'key' moet bestaan uit");
			BAD(fj, "Sectie 's', veld 1: 'key' moet bestaan uit");
			BAD(cj, "Veld 't', kolom 1: 'key' moet bestaan uit");
			BAD(stj, "Status 1: 'key' moet bestaan uit");
			BAD(trj, "Overgang 1: 'key' moet bestaan uit");
		}
	}
}

static void
test_sections(void **state)
{
	struct trajdef d;
	char *secs;
	int i;

	(void)state;
	secs = "";
	for (i = 0; i < 30; i++)
		secs = arena_printf(&A, "%s%s{'key':'s%d','title':'S','fields':[]}",
		    secs, i == 0 ? "" : ",", i);
	OK(q(arena_printf(&A, "{'key':'t','name':'T','sections':[%s],"
	    "'workflow':" WF_MIN "}", secs)), &d);
	assert_int_equal(d.nsections, 30);
	BAD(q(arena_printf(&A, "{'key':'t','name':'T','sections':[%s,{'key':"
	    "'s99','title':'S','fields':[]}],'workflow':" WF_MIN "}", secs)),
	    "Definitie: 'sections' heeft 31 elementen; hoogstens 30.");

	BAD(q("{'key':'t','name':'T','sections':[{'key':'s','title':'S',"
	    "'fields':[]},{'key':'s','title':'S2','fields':[]}]}"),
	    "Sectie 2: de sleutel 's' is al in gebruik door een andere sectie.");
	BAD(q("{'key':'t','name':'T','sections':[{'key':'s','fields':[]}]}"),
	    "Sectie 's': de eigenschap 'title' ontbreekt.");
	BAD(q("{'key':'t','name':'T','sections':[{'key':'s','title':'S'}]}"),
	    "Sectie 's': de eigenschap 'fields' ontbreekt.");
	BAD(q("{'key':'t','name':'T','sections':[{'key':'s','title':'S',"
	    "'fields':{}}]}"), "Sectie 's': 'fields' moet een lijst zijn");
	BAD(q("{'key':'t','name':'T','sections':[{'key':'s','title':'S',"
	    "'fields':[],'intro':'x'}]}"),
	    "Sectie 's': onbekende eigenschap 'intro' (mogelijk: key, title, "
	    "instructions, fields).");
	BAD(q("{'key':'t','name':'T','sections':['s']}"),
	    "Sectie 1: moet een object zijn");
	BAD(q("{'key':'t','name':'T','sections':[{'title':'S','fields':[]}]}"),
	    "Sectie 1: de eigenschap 'key' ontbreekt.");
}

static void
test_field_counts(void **state)
{
	struct trajdef d;
	char *secs;
	int i;

	(void)state;
	/* 300 fields over 10 sections is the most. */
	secs = "";
	for (i = 0; i < 10; i++) {
		char *fl = "";
		int j;

		for (j = 0; j < 30; j++)
			fl = arena_printf(&A, "%s%s{'key':'f%d','type':'yesno',"
			    "'label':'F'}", fl, j == 0 ? "" : ",", i * 30 + j);
		secs = arena_printf(&A, "%s%s{'key':'s%d','title':'S','fields':"
		    "[%s]}", secs, i == 0 ? "" : ",", i, fl);
	}
	OK(q(arena_printf(&A, "{'key':'t','name':'T','sections':[%s],"
	    "'workflow':" WF_MIN "}", secs)), &d);
	assert_non_null(trajdef_field(&d, "f299"));
	BAD(q(arena_printf(&A, "{'key':'t','name':'T','sections':[%s,{'key':"
	    "'x','title':'X','fields':[{'key':'f300','type':'yesno','label':"
	    "'F'}]}],'workflow':" WF_MIN "}", secs)),
	    "Sectie 'x': te veel velden: het formulier mag er hoogstens 300 "
	    "hebben.");
}

static void
test_fields(void **state)
{
	struct trajdef d;
	size_t i;

	(void)state;
	for (i = 0; i < FD__MAX; i++)
		assert_non_null(fd_type_keys[i]);
	assert_null(fd_type_keys[FD__MAX]);

	/* Unique across the whole form, also across sections. */
	BAD(with_fields("{'key':'a','type':'date','label':'A'},"
	    "{'key':'a','type':'date','label':'B'}"),
	    "Sectie 's', veld 2: de sleutel 'a' is al in gebruik door een "
	    "ander veld.");
	BAD(q("{'key':'t','name':'T','sections':[{'key':'s','title':'S',"
	    "'fields':[{'key':'a','type':'date','label':'A'}]},{'key':'u',"
	    "'title':'U','fields':[{'key':'a','type':'date','label':'A'}]}]}"),
	    "Sectie 'u', veld 1: de sleutel 'a' is al in gebruik");
	BAD(with_fields("{'key':'a','type':'getal','label':'A'}"),
	    "Veld 'a': onbekend type 'getal' (mogelijk: text, textarea, number, "
	    "date, choice, multi, yesno, file, table).");
	BAD(with_fields("{'key':'a','type':'Text','label':'A'}"),
	    "onbekend type 'Text'");
	BAD(with_fields("{'key':'a','label':'A'}"),
	    "Veld 'a': de eigenschap 'type' ontbreekt.");
	BAD(with_fields("{'key':'a','type':1,'label':'A'}"),
	    "Veld 'a': 'type' moet een tekst zijn");
	BAD(with_fields("'a'"), "Sectie 's', veld 1: moet een object zijn");
	BAD(with_fields("{'key':'a','type':'date','label':'A','lable':'B'}"),
	    "Veld 'a': onbekende eigenschap 'lable' (mogelijk: key, type, "
	    "label, help, required, show_if, signal_days).");
	BAD(with_fields("{'key':'a','type':'text','label':'A','options':[]}"),
	    "Veld 'a': 'options' hoort niet bij type 'text'.");
	BAD(with_fields("{'key':'a','type':'date','label':'A','max':5}"),
	    "Veld 'a': 'max' hoort niet bij type 'date'.");
	BAD(with_fields("{'key':'a','type':'text','label':'A',"
	    "'signal_days':5}"), "'signal_days' hoort niet bij type 'text'.");
	BAD(with_fields("{'key':'a','type':'date','label':'A',"
	    "'signal_days':366}"), "Veld 'a': 'signal_days' moet een geheel "
	    "getal van 0 tot en met 365 zijn.");
	BAD(with_fields("{'key':'a','type':'date','label':'A',"
	    "'signal_days':'7'}"), "'signal_days' moet een geheel getal");
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'d','type':'date','label':'D',"
	    "'signal_days':1}]}"), "Veld 't', kolom 'd': een kolom kan geen "
	    "'signal_days' hebben.");
	BAD(with_fields("{'key':'a','type':'textarea','label':'A','min':5}"),
	    "'min' hoort niet bij type 'textarea'.");
	BAD(with_fields("{'key':'a','type':'number','label':'A','rows':5}"),
	    "'rows' hoort niet bij type 'number'.");
	BAD(with_fields("{'key':'a','type':'yesno','label':'A','columns':[]}"),
	    "'columns' hoort niet bij type 'yesno'.");
	BAD(with_fields("{'key':'a','type':'file','label':'A','max':1}"),
	    "'max' hoort niet bij type 'file'.");
	BAD(with_fields("{'key':'a','type':'date','label':'A','required':1}"),
	    "Veld 'a': 'required' moet true of false zijn.");
	BAD(with_fields("{'key':'a','type':'date','label':'A','required':'ja'}"),
	    "'required' moet true of false zijn.");
	OK(with_fields("{'key':'a','type':'date','label':'A','required':false}"),
	    &d);
	assert_false(d.sections[0].fields[0].required);
}

static void
test_max(void **state)
{
	static const struct {
		const char	*type;
		long long	 max;
		bool		 ok;
	} v[] = {
		{ "text", 0, false }, { "text", 1, true }, { "text", 1000, true },
		{ "text", 1001, false }, { "text", -1, false },
		{ "textarea", 0, false }, { "textarea", 1, true },
		{ "textarea", 20000, true }, { "textarea", 20001, false },
	};
	struct trajdef d;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(v); i++) {
		char *s = with_fields(arena_printf(&A, "{'key':'a','type':'%s',"
		    "'label':'A','max':%lld}", v[i].type, v[i].max));

		if (v[i].ok) {
			OK(s, &d);
			assert_int_equal(d.sections[0].fields[0].max, v[i].max);
		} else
			BAD(s, arena_printf(&A, "Veld 'a': 'max' moet een geheel "
			    "getal van 1 tot en met %d zijn.",
			    strcmp(v[i].type, "textarea") == 0 ? 20000 : 1000));
	}
	BAD(with_fields("{'key':'a','type':'text','label':'A','max':10.5}"),
	    "'max' moet een geheel getal van 1 tot en met 1000 zijn.");
	BAD(with_fields("{'key':'a','type':'text','label':'A','max':'10'}"),
	    "'max' moet een geheel getal");
}

static void
test_number(void **state)
{
	struct trajdef d;
	const struct fd_field *f;

	(void)state;
	OK(with_fields("{'key':'a','type':'number','label':'A','min':5,'max':5}"),
	    &d);
	f = &d.sections[0].fields[0];
	assert_true(f->has_min && f->has_max);
	assert_int_equal(f->min_value, 5);
	assert_int_equal(f->max_value, 5);
	OK(with_fields("{'key':'a','type':'number','label':'A',"
	    "'min':-9223372036854775808,'max':9223372036854775807}"), &d);
	f = &d.sections[0].fields[0];
	assert_true(f->min_value < 0 && f->max_value > 0);
	OK(with_fields("{'key':'a','type':'number','label':'A','max':-3}"), &d);
	f = &d.sections[0].fields[0];
	assert_false(f->has_min);
	assert_true(f->has_max);
	assert_int_equal(f->max_value, -3);
	BAD(with_fields("{'key':'a','type':'number','label':'A','min':6,'max':5}"),
	    "Veld 'a': 'min' (6) is groter dan 'max' (5).");
	BAD(with_fields("{'key':'a','type':'number','label':'A','min':1.5}"),
	    "Veld 'a': 'min' moet een geheel getal zijn.");
	BAD(with_fields("{'key':'a','type':'number','label':'A','max':true}"),
	    "Veld 'a': 'max' moet een geheel getal zijn.");
	BAD(with_fields("{'key':'a','type':'number','label':'A','max':"
	    "9223372036854775808}"), "ongeldige JSON");
}

static char *
options(int n)
{
	char *s = "";
	int i;

	for (i = 0; i < n; i++)
		s = arena_printf(&A, "%s%s{'value':'v%d','label':'V'}", s,
		    i == 0 ? "" : ",", i);
	return s;
}

static void
test_options(void **state)
{
	static const struct {
		const char	*value;
		bool		 ok;
	} v[] = {
		{ "a", true }, { "1", true }, { "_", true }, { "0_a", true },
		{ "abcdefghijklmnopqrstuvwxyz_0123456789abc", true },	/* 40 */
		{ "abcdefghijklmnopqrstuvwxyz_0123456789abcd", false },
		{ "", false }, { "A", false }, { "a-b", false }, { "a b", false },
	};
	struct trajdef d;
	const char *const types[] = { "choice", "multi" };
	size_t i, t;

	(void)state;
	for (t = 0; t < NELEM(types); t++) {
		OK(with_fields(arena_printf(&A, "{'key':'a','type':'%s','label':"
		    "'A','options':[%s]}", types[t], options(1))), &d);
		assert_int_equal(d.sections[0].fields[0].noptions, 1);
		OK(with_fields(arena_printf(&A, "{'key':'a','type':'%s','label':"
		    "'A','options':[%s]}", types[t], options(50))), &d);
		assert_int_equal(d.sections[0].fields[0].noptions, 50);
		assert_string_equal(d.sections[0].fields[0].options[49].value,
		    "v49");
		BAD(with_fields(arena_printf(&A, "{'key':'a','type':'%s','label':"
		    "'A','options':[%s]}", types[t], options(51))),
		    "Veld 'a': 'options' heeft 51 elementen; hoogstens 50.");
		BAD(with_fields(arena_printf(&A, "{'key':'a','type':'%s','label':"
		    "'A','options':[]}", types[t])),
		    "Veld 'a': 'options' mag niet leeg zijn.");
		BAD(with_fields(arena_printf(&A, "{'key':'a','type':'%s','label':"
		    "'A'}", types[t])),
		    "Veld 'a': de eigenschap 'options' ontbreekt.");
	}
	for (i = 0; i < NELEM(v); i++) {
		char *s = with_fields(arena_printf(&A, "{'key':'a','type':'choice',"
		    "'label':'A','options':[{'value':'x','label':'X'},{'value':"
		    "'%s','label':'V'}]}", v[i].value));

		if (v[i].ok) {
			OK(s, &d);
			assert_string_equal(d.sections[0].fields[0].options[1].value,
			    v[i].value);
		} else
			BAD(s, "Veld 'a', optie 2: 'value' moet bestaan uit 1 tot "
			    "en met 40 kleine letters (a-z), cijfers of _.");
	}
	BAD(with_fields("{'key':'a','type':'multi','label':'A','options':["
	    "{'value':'x','label':'X'},{'value':'x','label':'Y'}]}"),
	    "Veld 'a', optie 'x': deze waarde komt twee keer voor.");
	BAD(with_fields("{'key':'a','type':'choice','label':'A','options':["
	    "{'value':'x','label':''}]}"),
	    "Veld 'a', optie 'x': 'label' mag niet leeg zijn.");
	BAD(with_fields("{'key':'a','type':'choice','label':'A','options':["
	    "{'value':'x'}]}"), "Veld 'a', optie 'x': de eigenschap 'label' "
	    "ontbreekt.");
	BAD(with_fields(arena_printf(&A, "{'key':'a','type':'choice','label':"
	    "'A','options':[{'value':'x','label':'%s'}]}", rep("a", 301))),
	    "optie 'x': 'label' is te lang");
	BAD(with_fields("{'key':'a','type':'choice','label':'A','options':["
	    "{'value':'x','label':'X','default':true}]}"),
	    "Veld 'a', optie 'x': onbekende eigenschap 'default' (mogelijk: "
	    "value, label).");
	BAD(with_fields("{'key':'a','type':'choice','label':'A','options':["
	    "'x']}"), "Veld 'a', optie 1: moet een object zijn");
	BAD(with_fields("{'key':'a','type':'choice','label':'A','options':["
	    "{'value':1,'label':'X'}]}"), "'value' moet een tekst zijn");
}

static char *
columns(int n)
{
	char *s = "";
	int i;

	for (i = 0; i < n; i++)
		s = arena_printf(&A, "%s%s{'key':'c%d','type':'text','label':"
		    "'C'}", s, i == 0 ? "" : ",", i);
	return s;
}

static void
test_table(void **state)
{
	static const struct {
		const char	*type;
		bool		 ok;
	} ct[] = {
		{ "text", true }, { "number", true }, { "date", true },
		{ "choice", true }, { "textarea", false }, { "multi", false },
		{ "yesno", false }, { "file", false }, { "table", false },
	};
	struct trajdef d;
	const struct fd_field *f;
	size_t i;

	(void)state;
	OK(with_fields(arena_printf(&A, "{'key':'t','type':'table','label':'T',"
	    "'rows':1,'columns':[%s]}", columns(1))), &d);
	f = &d.sections[0].fields[0];
	assert_int_equal(f->max, 1);
	assert_int_equal(f->ncolumns, 1);
	assert_int_equal(f->columns[0].max, 200);
	OK(with_fields(arena_printf(&A, "{'key':'t','type':'table','label':'T',"
	    "'rows':50,'columns':[%s]}", columns(20))), &d);
	f = &d.sections[0].fields[0];
	assert_int_equal(f->max, 50);
	assert_int_equal(f->ncolumns, 20);
	BAD(with_fields(arena_printf(&A, "{'key':'t','type':'table','label':'T',"
	    "'rows':1,'columns':[%s]}", columns(21))),
	    "Veld 't': 'columns' heeft 21 elementen; hoogstens 20.");
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':1,"
	    "'columns':[]}"), "Veld 't': 'columns' mag niet leeg zijn.");
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':1}"),
	    "Veld 't': de eigenschap 'columns' ontbreekt.");
	BAD(with_fields(arena_printf(&A, "{'key':'t','type':'table','label':'T',"
	    "'rows':0,'columns':[%s]}", columns(1))),
	    "Veld 't': 'rows' moet een geheel getal van 1 tot en met 50 zijn.");
	BAD(with_fields(arena_printf(&A, "{'key':'t','type':'table','label':'T',"
	    "'rows':51,'columns':[%s]}", columns(1))),
	    "'rows' moet een geheel getal van 1 tot en met 50 zijn.");
	BAD(with_fields(arena_printf(&A, "{'key':'t','type':'table','label':'T',"
	    "'columns':[%s]}", columns(1))),
	    "Veld 't': de eigenschap 'rows' ontbreekt.");
	BAD(with_fields(arena_printf(&A, "{'key':'t','type':'table','label':'T',"
	    "'rows':2,'max':2,'columns':[%s]}", columns(1))),
	    "Veld 't': 'max' hoort niet bij type 'table'.");

	for (i = 0; i < NELEM(ct); i++) {
		const char *extra = strcmp(ct[i].type, "choice") == 0 ||
		    strcmp(ct[i].type, "multi") == 0 ?
		    ",'options':[{'value':'a','label':'A'}]" : "";
		char *s = with_fields(arena_printf(&A, "{'key':'t','type':'table',"
		    "'label':'T','rows':2,'columns':[{'key':'c','type':'%s',"
		    "'label':'C'%s}]}", ct[i].type, extra));

		if (ct[i].ok) {
			OK(s, &d);
			assert_string_equal(fd_type_keys[
			    d.sections[0].fields[0].columns[0].type], ct[i].type);
		} else
			BAD(s, arena_printf(&A, "Veld 't', kolom 'c': type '%s' "
			    "kan niet in een tabel; gebruik text, number, date of "
			    "choice.", ct[i].type));
	}
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'score','type':'getal','label':'S'}]}"),
	    "Veld 't', kolom 'score': onbekend type 'getal' (mogelijk: text, "
	    "number, date, choice).");
	/* Columns: unique within their table, free across tables and fields. */
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'c','type':'date','label':'C'},{'key':'c',"
	    "'type':'text','label':'D'}]}"),
	    "Veld 't', kolom 'c': deze sleutel komt twee keer voor in de tabel.");
	OK(with_fields("{'key':'c','type':'date','label':'C'},"
	    "{'key':'t','type':'table','label':'T','rows':2,'columns':[{'key':"
	    "'c','type':'date','label':'C'}]},{'key':'u','type':'table','label':"
	    "'U','rows':2,'columns':[{'key':'c','type':'date','label':'C'}]}"),
	    &d);
	/* Column rules are the field rules. */
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'c','type':'text','label':'C','max':1001}]}"),
	    "Veld 't', kolom 'c': 'max' moet een geheel getal van 1 tot en met "
	    "1000 zijn.");
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'c','type':'number','label':'C','min':2,"
	    "'max':1}]}"), "Veld 't', kolom 'c': 'min' (2) is groter");
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'c','type':'choice','label':'C'}]}"),
	    "Veld 't', kolom 'c': de eigenschap 'options' ontbreekt.");
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'c','type':'text'}]}"),
	    "Veld 't', kolom 'c': de eigenschap 'label' ontbreekt.");
	BAD(with_fields("{'key':'y','type':'yesno','label':'Y'},{'key':'t',"
	    "'type':'table','label':'T','rows':2,'columns':[{'key':'c','type':"
	    "'text','label':'C','show_if':{'field':'y','equals':'ja'}}]}"),
	    "Veld 't', kolom 'c': een kolom kan geen 'show_if' hebben.");
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'c','type':'text','label':'C','breed':1}]}"),
	    "Veld 't', kolom 'c': onbekende eigenschap 'breed' (mogelijk: key, "
	    "type, label, help, required, max).");
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'c','type':'date','label':'C','max':1}]}"),
	    "Veld 't', kolom 'c': 'max' hoort niet bij type 'date'.");
	OK(with_fields("{'key':'t','type':'table','label':'T','rows':2,"
	    "'columns':[{'key':'c','type':'date','label':'C','required':true,"
	    "'help':'dd'}]}"), &d);
	assert_true(d.sections[0].fields[0].columns[0].required);
}

static void
test_show_if(void **state)
{
	struct trajdef d;
	const char *ch = "{'key':'k','type':'choice','label':'K','options':["
	    "{'value':'a','label':'A'},{'value':'b','label':'B'}]}";
	const char *yn = "{'key':'y','type':'yesno','label':'Y'}";

	(void)state;
	OK(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':{'field':'k','equals':'b'}}", ch)), &d);
	assert_string_equal(d.sections[0].fields[1].show_field, "k");
	assert_string_equal(d.sections[0].fields[1].show_value, "b");
	OK(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':{'field':'y','equals':'ja'}}", yn)), &d);
	OK(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':{'field':'y','equals':'nee'}}", yn)), &d);
	/* A chain, and a field in a later section. */
	OK(q(arena_printf(&A, "{'key':'t','name':'T','sections':[{'key':'s',"
	    "'title':'S','fields':[%s,{'key':'k2','type':'choice','label':'K',"
	    "'options':[{'value':'x','label':'X'}],'show_if':{'field':'y',"
	    "'equals':'ja'}}]},{'key':'u','title':'U','fields':[{'key':'f',"
	    "'type':'file','label':'F','show_if':{'field':'k2','equals':'x'}}]}],"
	    "'workflow':" WF_MIN "}", yn)), &d);

	BAD(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':{'field':'y','equals':'Ja'}}", yn)),
	    "Veld 'f': 'equals' moet \"ja\" of \"nee\" zijn, want 'y' is een "
	    "ja/nee-veld.");
	BAD(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':{'field':'k','equals':'c'}}", ch)),
	    "Veld 'f': 'equals' moet een van de waarden van 'k' zijn; 'c' is er "
	    "geen.");
	BAD(with_fields("{'key':'f','type':'choice','label':'F','options':["
	    "{'value':'a','label':'A'}],'show_if':{'field':'f','equals':'a'}}"),
	    "Veld 'f': 'show_if' verwijst naar het veld zelf.");
	BAD(with_fields(arena_printf(&A, "{'key':'f','type':'text','label':"
	    "'F','show_if':{'field':'k','equals':'a'}},%s", ch)),
	    "Veld 'f': 'show_if' verwijst naar veld 'k', dat later in het "
	    "formulier staat; een veld kan alleen afhangen van een eerder veld.");
	/* Two fields depending on each other: the first is caught. */
	BAD(with_fields("{'key':'a','type':'yesno','label':'A','show_if':{"
	    "'field':'b','equals':'ja'}},{'key':'b','type':'yesno','label':'B',"
	    "'show_if':{'field':'a','equals':'ja'}}"),
	    "Veld 'a': 'show_if' verwijst naar veld 'b', dat later");
	BAD(with_fields("{'key':'f','type':'text','label':'F','show_if':{"
	    "'field':'nergens','equals':'a'}}"),
	    "Veld 'f': 'show_if' verwijst naar veld 'nergens', dat niet bestaat.");
	BAD(with_fields("{'key':'t','type':'table','label':'T','rows':1,"
	    "'columns':[{'key':'c','type':'choice','label':'C','options':[{"
	    "'value':'a','label':'A'}]}]},{'key':'f','type':'text','label':'F',"
	    "'show_if':{'field':'c','equals':'a'}}"), "dat niet bestaat");
	BAD(with_fields("{'key':'m','type':'multi','label':'M','options':[{"
	    "'value':'a','label':'A'}]},{'key':'f','type':'text','label':'F',"
	    "'show_if':{'field':'m','equals':'a'}}"),
	    "Veld 'f': 'show_if' kan alleen verwijzen naar een veld van type "
	    "choice of yesno; 'm' is van type multi.");
	BAD(with_fields("{'key':'x','type':'text','label':'X'},{'key':'f',"
	    "'type':'text','label':'F','show_if':{'field':'x','equals':'a'}}"),
	    "'x' is van type text.");
	BAD(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':{'field':'k'}}", ch)),
	    "Veld 'f': de eigenschap 'equals' ontbreekt.");
	BAD(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':{'equals':'a'}}", ch)),
	    "Veld 'f': de eigenschap 'field' ontbreekt.");
	BAD(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':{'field':'k','equals':'a','not':true}}", ch)),
	    "Veld 'f': onbekende eigenschap 'not' (mogelijk: field, equals).");
	BAD(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':'k'}", ch)), "Veld 'f': 'show_if' moet een object");
	BAD(with_fields(arena_printf(&A, "%s,{'key':'f','type':'text','label':"
	    "'F','show_if':{'field':'k','equals':1}}", ch)),
	    "'equals' moet een tekst zijn");
}

static void
test_states(void **state)
{
	struct trajdef d;
	char *st = "";
	int i;

	(void)state;
	for (i = 0; i < 50; i++)
		st = arena_printf(&A, "%s%s{'key':'s%d','label':'S'%s}", st,
		    i == 0 ? "" : ",", i, i == 7 ? ",'initial':true" : "");
	OK(with_workflow(arena_printf(&A, "{'states':[%s]}", st)), &d);
	assert_int_equal(d.nstates, 50);
	assert_true(d.states[7].initial);
	BAD(with_workflow(arena_printf(&A, "{'states':[%s,{'key':'x','label':"
	    "'X'}]}", st)), "Workflow: 'states' heeft 51 elementen; hoogstens "
	    "50.");
	BAD(with_workflow("{'states':[]}"), "Workflow: 'states' mag niet leeg");
	BAD(with_workflow("{}"), "Workflow: de eigenschap 'states' ontbreekt.");
	BAD(with_workflow("[]"), "Workflow: moet een object zijn");
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':true}],"
	    "'statussen':[]}"), "Workflow: onbekende eigenschap 'statussen' "
	    "(mogelijk: states, transitions).");
	BAD(with_workflow("{'states':[{'key':'a','label':'A'}]}"),
	    "Workflow: geen beginstatus; geef precies één status \"initial\": "
	    "true.");
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':true},"
	    "{'key':'b','label':'B','initial':true}]}"),
	    "Status 'b': er is al een beginstatus ('a'); er mag er maar één "
	    "zijn.");
	OK(with_workflow("{'states':[{'key':'a','label':'A','initial':true},"
	    "{'key':'b','label':'B','initial':false}]}"), &d);
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':true},"
	    "{'key':'a','label':'B'}]}"),
	    "Status 2: de sleutel 'a' is al in gebruik door een andere status.");
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':true,"
	    "'final':true}]}"),
	    "Status 'a': een status kan niet tegelijk begin- en eindstatus zijn.");
	BAD(with_workflow("{'states':[{'key':'a','initial':true}]}"),
	    "Status 'a': de eigenschap 'label' ontbreekt.");
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':1}]}"),
	    "Status 'a': 'initial' moet true of false zijn.");
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':true,"
	    "'school_edits':'ja'}]}"), "'school_edits' moet true of false zijn.");
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':true,"
	    "'eind':true}]}"), "Status 'a': onbekende eigenschap 'eind' "
	    "(mogelijk: key, label, initial, final, school_edits, signal_days).");
	OK(with_workflow("{'states':[{'key':'a','label':'A','initial':true,"
	    "'signal_days':0}]}"), &d);
	assert_int_equal(d.states[0].signal_days, 0);
	OK(with_workflow("{'states':[{'key':'a','label':'A','initial':true,"
	    "'signal_days':365}]}"), &d);
	assert_int_equal(d.states[0].signal_days, 365);
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':true,"
	    "'signal_days':366}]}"), "Status 'a': 'signal_days' moet een geheel "
	    "getal van 0 tot en met 365 zijn.");
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':true,"
	    "'signal_days':-1}]}"), "'signal_days' moet een geheel getal van 0");
}

static void
test_transitions(void **state)
{
	struct trajdef d;
	char *tr = "";
	unsigned all = 0;
	int i;

	(void)state;
	for (i = 0; i < 200; i++)
		tr = arena_printf(&A, "%s%s{'key':'t%d','label':'T','from':'a',"
		    "'to':'b','roles':['swv']}", tr, i == 0 ? "" : ",", i);
	OK(with_transitions(tr), &d);
	assert_int_equal(d.ntransitions, 200);
	BAD(with_transitions(arena_printf(&A, "%s,{'key':'x','label':'X',"
	    "'from':'a','to':'b','roles':['swv']}", tr)),
	    "Workflow: 'transitions' heeft 201 elementen; hoogstens 200.");
	OK(with_workflow("{'states':[{'key':'a','label':'A','initial':true}],"
	    "'transitions':[]}"), &d);
	BAD(with_workflow("{'states':[{'key':'a','label':'A','initial':true}],"
	    "'transitions':{}}"), "Workflow: 'transitions' moet een lijst zijn");

	/* Every role key; every check and notify key; as bits. */
	tr = "";
	for (i = 0; i < ROLE__MAX; i++) {
		tr = arena_printf(&A, "%s%s'%s'", tr, i == 0 ? "" : ",",
		    role_keys[i]);
		all |= 1u << i;
	}
	OK(with_transitions(arena_printf(&A, "{'key':'x','label':'X','from':"
	    "'a','to':'z','roles':[%s],'checks':['complete','handler','expert'],"
	    "'notify':['school','swv','assigned','rvz']}", tr)), &d);
	assert_int_equal(d.transitions[0].roles, all);
	assert_int_equal(d.transitions[0].checks, 7);
	assert_int_equal(d.transitions[0].notify, 15);
	assert_int_equal(d.transitions[0].when, WF_WHEN_ALWAYS);
	OK(with_transitions("{'key':'x','label':'X','from':'b','to':'a',"
	    "'roles':['deskundige'],'checks':['expert'],'notify':['assigned']}"),
	    &d);
	assert_int_equal(d.transitions[0].roles, 1u << ROLE_EXPERT);
	assert_int_equal(d.transitions[0].checks, 1u << WF_CHECK_EXPERT);
	assert_int_equal(d.transitions[0].notify, 1u << WF_NOTIFY_ASSIGNED);
	assert_ptr_equal(d.transitions[0].from, d.states[1].key);

	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv']},{'key':'x','label':'Y','from':'b','to':'a',"
	    "'roles':['swv']}"),
	    "Overgang 2: de sleutel 'x' is al in gebruik door een andere "
	    "overgang.");
	BAD(with_transitions("{'key':'x','label':'X','from':'q','to':'b',"
	    "'roles':['swv']}"),
	    "Overgang 'x': 'from' noemt status 'q', die niet bestaat.");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'q',"
	    "'roles':['swv']}"),
	    "Overgang 'x': 'to' noemt status 'q', die niet bestaat.");
	BAD(with_transitions("{'key':'x','label':'X','to':'b','roles':['swv']}"),
	    "Overgang 'x': de eigenschap 'from' ontbreekt.");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','roles':['swv']}"),
	    "Overgang 'x': de eigenschap 'to' ontbreekt.");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'a',"
	    "'roles':['swv']}"),
	    "Overgang 'x': 'from' en 'to' zijn dezelfde status.");
	BAD(with_transitions("{'key':'x','label':'X','from':'z','to':'a',"
	    "'roles':['swv']}"),
	    "Overgang 'x': 'from' is de eindstatus 'z'; daaruit gaat geen "
	    "overgang.");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b'}"),
	    "Overgang 'x': de eigenschap 'roles' ontbreekt.");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':[]}"), "Overgang 'x': 'roles' mag niet leeg zijn.");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':'swv'}"), "Overgang 'x': 'roles' moet een lijst zijn");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['directeur']}"),
	    "Overgang 'x': 'roles': onbekende waarde 'directeur' (mogelijk: "
	    "school, rvz, coordinator, swv, beslisser, deskundige, ontvangend, "
	    "leerplicht, jeugdzorg, inspectie, beheerder).");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['SWV']}"), "onbekende waarde 'SWV'");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':[1]}"), "'roles' moet een lijst van teksten zijn.");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv','swv']}"), "'roles' noemt 'swv' twee keer.");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'checks':['compleet']}"),
	    "Overgang 'x': 'checks': onbekende waarde 'compleet' (mogelijk: "
	    "complete, handler, expert, advisers, advices, decision).");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'notify':['ouders']}"),
	    "Overgang 'x': 'notify': onbekende waarde 'ouders' (mogelijk: "
	    "school, swv, assigned, rvz).");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'notify':['swv','swv']}"),
	    "'notify' noemt 'swv' twee keer.");
	OK(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'checks':[],'notify':[]}"), &d);
	assert_int_equal(d.transitions[0].checks, 0);
	assert_int_equal(d.transitions[0].notify, 0);
	BAD(with_transitions("{'key':'x','from':'a','to':'b','roles':['swv']}"),
	    "Overgang 'x': de eigenschap 'label' ontbreekt.");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'wanneer':'nu'}"),
	    "Overgang 'x': onbekende eigenschap 'wanneer' (mogelijk: key, "
	    "label, from, to, roles, checks, notify, when).");
	/* "when": a setting decides whether the transition exists. */
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'when':'nu'}"),
	    "Overgang 'x': onbekende 'when' 'nu' (mogelijk: rvz_approval, "
	    "no_rvz_approval).");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'when':''}"), "onbekende 'when' ''");
	BAD(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'when':['rvz_approval']}"),
	    "'when' moet een tekst zijn");
	OK(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'when':'rvz_approval'}"), &d);
	assert_int_equal(d.transitions[0].when, WF_WHEN_RVZ);
	OK(with_transitions("{'key':'x','label':'X','from':'a','to':'b',"
	    "'roles':['swv'],'when':'no_rvz_approval'}"), &d);
	assert_int_equal(d.transitions[0].when, WF_WHEN_NO_RVZ);
}

static void
same_field(const struct fd_field *a, const struct fd_field *b)
{
	size_t i;

	assert_string_equal(a->key, b->key);
	assert_string_equal(a->label, b->label);
	assert_string_equal(a->help, b->help);
	assert_int_equal(a->type, b->type);
	assert_int_equal(a->required, b->required);
	assert_int_equal(a->max, b->max);
	assert_int_equal(a->has_min, b->has_min);
	assert_int_equal(a->has_max, b->has_max);
	assert_int_equal(a->has_signal, b->has_signal);
	assert_int_equal(a->signal_days, b->signal_days);
	assert_true(a->min_value == b->min_value);
	assert_true(a->max_value == b->max_value);
	assert_int_equal(a->noptions, b->noptions);
	for (i = 0; i < a->noptions; i++) {
		assert_string_equal(a->options[i].value, b->options[i].value);
		assert_string_equal(a->options[i].label, b->options[i].label);
	}
	assert_int_equal(a->ncolumns, b->ncolumns);
	for (i = 0; i < a->ncolumns; i++)
		same_field(&a->columns[i], &b->columns[i]);
	assert_int_equal(a->show_field == NULL, b->show_field == NULL);
	if (a->show_field != NULL) {
		assert_string_equal(a->show_field, b->show_field);
		assert_string_equal(a->show_value, b->show_value);
	}
}

static void
same_def(const struct trajdef *a, const struct trajdef *b)
{
	size_t i, j;

	assert_string_equal(a->key, b->key);
	assert_string_equal(a->name, b->name);
	assert_int_equal(a->nsections, b->nsections);
	for (i = 0; i < a->nsections; i++) {
		assert_string_equal(a->sections[i].key, b->sections[i].key);
		assert_string_equal(a->sections[i].title, b->sections[i].title);
		assert_string_equal(a->sections[i].instructions,
		    b->sections[i].instructions);
		assert_int_equal(a->sections[i].nfields, b->sections[i].nfields);
		for (j = 0; j < a->sections[i].nfields; j++)
			same_field(&a->sections[i].fields[j],
			    &b->sections[i].fields[j]);
	}
	assert_int_equal(a->nstates, b->nstates);
	for (i = 0; i < a->nstates; i++) {
		assert_string_equal(a->states[i].key, b->states[i].key);
		assert_string_equal(a->states[i].label, b->states[i].label);
		assert_int_equal(a->states[i].initial, b->states[i].initial);
		assert_int_equal(a->states[i].final, b->states[i].final);
		assert_int_equal(a->states[i].school_edits,
		    b->states[i].school_edits);
		assert_int_equal(a->states[i].signal_days,
		    b->states[i].signal_days);
	}
	assert_int_equal(a->ntransitions, b->ntransitions);
	for (i = 0; i < a->ntransitions; i++) {
		assert_string_equal(a->transitions[i].key, b->transitions[i].key);
		assert_string_equal(a->transitions[i].label,
		    b->transitions[i].label);
		assert_string_equal(a->transitions[i].from, b->transitions[i].from);
		assert_string_equal(a->transitions[i].to, b->transitions[i].to);
		assert_int_equal(a->transitions[i].roles, b->transitions[i].roles);
		assert_int_equal(a->transitions[i].checks,
		    b->transitions[i].checks);
		assert_int_equal(a->transitions[i].notify,
		    b->transitions[i].notify);
		assert_int_equal(a->transitions[i].when,
		    b->transitions[i].when);
	}
}

static void
test_roundtrip(void **state)
{
	struct trajdef d, e, g;
	const struct fd_field *f;
	char *j1, *j2;

	(void)state;
	OK(q(rich), &d);
	f = trajdef_field(&d, "alleen_max");
	assert_true(f->has_max && !f->has_min);
	f = trajdef_field(&d, "nu");
	assert_true(f->has_signal && f->signal_days == 0);
	assert_false(trajdef_field(&d, "kort")->has_signal);
	assert_string_equal(d.sections[0].instructions,
	    "Regel 1\nRegel 2\tmet tab");
	assert_int_equal(d.transitions[0].roles,
	    (1u << ROLE_SCHOOL) | (1u << ROLE_ADMIN));
	j1 = trajdef_json(&A, &d);
	assert_non_null(j1);
	OK(j1, &e);
	same_def(&d, &e);
	j2 = trajdef_json(&A, &e);
	assert_string_equal(j1, j2);
	/* Written as the documentation shows: format first, indented. */
	assert_int_equal(strncmp(j1, "{\n  \"format\": 1,\n  \"key\": \"rijk_1\"",
	    strlen("{\n  \"format\": 1,\n  \"key\": \"rijk_1\"")), 0);
	assert_non_null(strstr(j1, "\"rows\": 50"));
	assert_null(strstr(j1, "\"required\": false"));
	assert_null(strstr(j1, "\"help\": \"\""));
	assert_int_equal(j1[strlen(j1) - 1], '\n');

	OK(q(example), &g);
	j1 = trajdef_json(&A, &g);
	OK(j1, &e);
	same_def(&g, &e);
	/* Defaults are written out, so a changed default cannot change a form. */
	OK(with_fields("{'key':'a','type':'text','label':'A'}"), &d);
	assert_non_null(strstr(trajdef_json(&A, &d), "\"max\": 200"));
}

static void
test_answers(void **state)
{
	static const char *const bad[] = {
		"", "[]", "[\"a\"]", "\"a\"", "{\"a\":1}", "{\"a\":null}",
		"{\"a\":\"x\",\"b\":true}", "{\"a\":{\"b\":\"c\"}}",
		"{\"a\":[\"x\"]}", "{\"a\":\"x\",\"a\":\"y\"}", "{\"a\":\"x\"",
		"{\"a\":\"x\"} {}",
	};
	struct answers ans, back;
	const char *j;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(bad); i++) {
		memset(&ans, 0xff, sizeof(ans));
		if (answers_parse(&A, bad[i], strlen(bad[i]), &ans) != -1)
			fail_msg("answers_parse accepted %s", bad[i]);
		assert_int_equal(ans.n, 0);
	}
	assert_int_equal(answers_parse(&A, "{}", 2, &ans), 0);
	assert_int_equal(ans.n, 0);
	assert_null(answers_get(&ans, "a"));
	assert_string_equal(answers_json(&A, &ans), "{}");

	j = "{\"z\":\"1\",\"a\":\"Zo\\u00eb\\n\\\"x\\\"\",\"m-1-c\":\"\"}";
	assert_int_equal(answers_parse(&A, j, strlen(j), &ans), 0);
	assert_int_equal(ans.n, 3);
	/* The order is kept. */
	assert_string_equal(ans.names[0], "z");
	assert_string_equal(ans.names[1], "a");
	assert_string_equal(ans.names[2], "m-1-c");
	assert_string_equal(answers_get(&ans, "a"), "Zo\xc3\xab\n\"x\"");
	assert_string_equal(answers_get(&ans, "m-1-c"), "");
	assert_null(answers_get(&ans, "b"));
	assert_null(answers_get(NULL, "a"));
	j = answers_json(&A, &ans);
	assert_string_equal(j,
	    "{\"z\":\"1\",\"a\":\"Zo\xc3\xab\\n\\\"x\\\"\",\"m-1-c\":\"\"}");
	assert_int_equal(answers_parse(&A, j, strlen(j), &back), 0);
	assert_int_equal(back.n, 3);
	for (i = 0; i < 3; i++) {
		assert_string_equal(back.names[i], ans.names[i]);
		assert_string_equal(back.values[i], ans.values[i]);
	}
}

static void
test_visible(void **state)
{
	const char *names[] = { "k", "y" };
	const char *values[] = { "b", "ja" };
	struct answers ans = { 2, names, values }, none = { 0, NULL, NULL };
	struct fd_field f;

	(void)state;
	memset(&f, 0, sizeof(f));
	assert_true(fd_visible(&f, &none));
	assert_true(fd_visible(&f, &ans));
	f.show_field = "k";
	f.show_value = "b";
	assert_true(fd_visible(&f, &ans));
	assert_false(fd_visible(&f, &none));
	f.show_value = "a";
	assert_false(fd_visible(&f, &ans));
	f.show_value = "B";
	assert_false(fd_visible(&f, &ans));
	f.show_field = "y";
	f.show_value = "ja";
	assert_true(fd_visible(&f, &ans));
	f.show_field = "x";
	assert_false(fd_visible(&f, &ans));
}

/* Posted values: name, value pairs ending in NULL. */
static const char *
get(void *ctx, const char *name)
{
	const char *const *p = ctx;

	for (; *p != NULL; p += 2)
		if (strcmp(p[0], name) == 0)
			return p[1];
	return NULL;
}

static size_t
check(const char *fields, const char *const *post, bool submit,
    struct answers *out, struct fd_error **errs)
{
	struct trajdef d;

	OK(with_fields(fields), &d);
	return fd_check(&A, &d, get, (void *)post, submit, out, errs);
}

/* One field, one value: the error message or NULL; *stored the answer. */
static const char *
one(const char *field, const char *value, bool submit, const char **stored)
{
	const char *post[] = { "f", value, NULL };
	struct answers out;
	struct fd_error *errs;
	size_t n;

	n = check(field, post, submit, &out, &errs);
	assert_true(n <= 1);
	*stored = answers_get(&out, "f");
	if (n == 0) {
		assert_null(errs);
		return NULL;
	}
	assert_string_equal(errs[0].name, "f");
	assert_string_equal(errs[0].label, "F");
	return errs[0].msg;
}

struct vcase {
	const char	*value;
	const char	*msg;		/* NULL: accepted */
};

static void
run_(const char *field, const struct vcase *v, size_t n, int line)
{
	const char *msg, *stored;
	size_t i;

	for (i = 0; i < n; i++) {
		msg = one(field, v[i].value, false, &stored);
		if ((msg == NULL) != (v[i].msg == NULL) || (msg != NULL &&
		    strcmp(msg, v[i].msg) != 0))
			fail_msg("line %d: \"%s\": got \"%s\", wanted \"%s\"",
			    line, v[i].value, msg ? msg : "(ok)",
			    v[i].msg ? v[i].msg : "(ok)");
		/* Malformed values are kept too, to show them back. */
		assert_non_null(stored);
	}
}

#define RUN(field, v)	run_(q(field), (v), NELEM(v), __LINE__)

static void
test_check_text(void **state)
{
	static const struct vcase text[] = {
		{ "a", NULL }, { "Zo\xc3\xab", NULL }, { "a b", NULL },
		{ "a\tb", "Gebruik één regel, zonder tabs of stuurtekens." },
		{ "a\nb", "Gebruik één regel, zonder tabs of stuurtekens." },
		{ "a\x01", "Gebruik één regel, zonder tabs of stuurtekens." },
		{ "a\x7f", "Gebruik één regel, zonder tabs of stuurtekens." },
		{ "1234", NULL }, { "12345", "Gebruik hoogstens 4 tekens." },
		{ "\xc3\xab\xc3\xab\xc3\xab\xc3\xab", NULL },
		{ "\xc3\xab\xc3\xab\xc3\xab\xc3\xab\xc3\xab",
		    "Gebruik hoogstens 4 tekens." },
		{ "  1234  ", NULL },
	};
	static const struct vcase area[] = {
		{ "a\nb", NULL }, { "a\tb", NULL }, { "123", NULL },
		{ "a\r\nb", NULL }, { "a\rb", NULL }, { "a\r\n\r\nb",
		    "Gebruik hoogstens 3 tekens." },
		{ "1234", "Gebruik hoogstens 3 tekens." },
		{ "a\x01", "Verwijder de stuurtekens uit de tekst." },
		{ "\n\n123\n\n", NULL },
	};
	const char *stored;
	char *s;

	(void)state;
	RUN("{'key':'f','type':'text','label':'F','max':4}", text);
	RUN("{'key':'f','type':'textarea','label':'F','max':3}", area);
	/* Defaults: 200 and 4000 characters. */
	s = rep("\xc3\xab", 200);
	assert_null(one(q("{'key':'f','type':'text','label':'F'}"), s, false,
	    &stored));
	assert_string_equal(one(q("{'key':'f','type':'text','label':'F'}"),
	    rep("a", 201), false, &stored), "Gebruik hoogstens 200 tekens.");
	assert_null(one(q("{'key':'f','type':'textarea','label':'F'}"),
	    rep("a", 4000), false, &stored));
	assert_string_equal(one(q("{'key':'f','type':'textarea','label':'F'}"),
	    rep("a", 4001), false, &stored), "Gebruik hoogstens 4000 tekens.");
	/* Trimmed before it is stored. */
	assert_null(one(q("{'key':'f','type':'text','label':'F'}"), " \t x y \r\n",
	    false, &stored));
	assert_string_equal(stored, "x y");
	/* A textarea stores line breaks as LF, one character each. */
	assert_null(one(q("{'key':'f','type':'textarea','label':'F','max':5}"),
	    "a\r\nb\rc\n", false, &stored));
	assert_string_equal(stored, "a\nb\nc");
	assert_non_null(one(q("{'key':'f','type':'text','label':'F'}"), "a\rb",
	    false, &stored));
	assert_string_equal(stored, "a\rb");	/* shown back as posted */
}

static void
test_check_required(void **state)
{
	static const struct {
		const char	*field;
		const char	*msg;
	} v[] = {
		{ "{'key':'f','type':'text','label':'F','required':true}",
		    "Vul dit veld in." },
		{ "{'key':'f','type':'textarea','label':'F','required':true}",
		    "Vul dit veld in." },
		{ "{'key':'f','type':'number','label':'F','required':true}",
		    "Vul dit veld in." },
		{ "{'key':'f','type':'date','label':'F','required':true}",
		    "Vul dit veld in." },
		{ "{'key':'f','type':'choice','label':'F','required':true,"
		    "'options':[{'value':'a','label':'A'}]}",
		    "Kies een van de opties." },
		{ "{'key':'f','type':'yesno','label':'F','required':true}",
		    "Kies ja of nee." },
	};
	static const char *const empty[] = { NULL, "", "   ", "\n\t" };
	const char *msg, *stored;
	size_t i, j;

	(void)state;
	for (i = 0; i < NELEM(v); i++) {
		for (j = 0; j < NELEM(empty); j++) {
			/* Only a submit asks for required answers. */
			assert_null(one(q(v[i].field), empty[j], false, &stored));
			assert_null(stored);
			msg = one(q(v[i].field), empty[j], true, &stored);
			assert_non_null(msg);
			assert_string_equal(msg, v[i].msg);
			assert_null(stored);
		}
		/* Not required: empty is fine, and not stored. */
		assert_null(one(q(arena_printf(&A, "%.*sfalse%s",
		    (int)(strstr(v[i].field, "true") - v[i].field), v[i].field,
		    strstr(v[i].field, "true") + 4)), "", true, &stored));
		assert_null(stored);
	}
}

static void
test_check_number(void **state)
{
	static const struct vcase any[] = {
		{ "0", NULL }, { "-0", NULL }, { "42", NULL }, { "-42", NULL },
		{ "007", NULL }, { " 5 ", NULL },
		{ "9223372036854775807", NULL }, { "-9223372036854775808", NULL },
		{ "9223372036854775808", "Dit getal heeft te veel cijfers." },
		{ "-9223372036854775809", "Dit getal heeft te veel cijfers." },
		{ "-", "Vul een geheel getal in." },
		{ "+1", "Vul een geheel getal in." },
		{ "1.5", "Vul een geheel getal in." },
		{ "1,5", "Vul een geheel getal in." },
		{ "12a", "Vul een geheel getal in." },
		{ "1 000", "Vul een geheel getal in." },
		{ "--1", "Vul een geheel getal in." },
		{ "0x10", "Vul een geheel getal in." },
		{ "tien", "Vul een geheel getal in." },
	};
	static const struct vcase range[] = {
		{ "1", NULL }, { "10", NULL }, { "5", NULL },
		{ "0", "Vul een getal van 1 tot en met 10 in." },
		{ "11", "Vul een getal van 1 tot en met 10 in." },
		{ "-1", "Vul een getal van 1 tot en met 10 in." },
		{ "99999999999999999999", "Vul een getal van 1 tot en met 10 in." },
		{ "x", "Vul een geheel getal in." },
	};
	static const struct vcase min[] = {
		{ "-3", NULL }, { "99999", NULL },
		{ "-4", "Vul een getal van -3 of meer in." },
		{ "-99999999999999999999", "Vul een getal van -3 of meer in." },
		{ "99999999999999999999", "Dit getal heeft te veel cijfers." },
	};
	static const struct vcase max[] = {
		{ "7", NULL }, { "-99999", NULL },
		{ "8", "Vul een getal van 7 of minder in." },
		{ "99999999999999999999", "Vul een getal van 7 of minder in." },
	};

	(void)state;
	RUN("{'key':'f','type':'number','label':'F'}", any);
	RUN("{'key':'f','type':'number','label':'F','min':1,'max':10}", range);
	RUN("{'key':'f','type':'number','label':'F','min':-3}", min);
	RUN("{'key':'f','type':'number','label':'F','max':7}", max);
}

static void
test_check_choice(void **state)
{
	static const struct vcase date[] = {
		{ "2026-08-31", NULL }, { "2024-02-29", NULL },
		{ "2025-02-29", "Vul een bestaande datum in, bijvoorbeeld "
		    "2026-08-31." },
		{ "31-08-2026", "Vul een bestaande datum in, bijvoorbeeld "
		    "2026-08-31." },
		{ "2026-8-31", "Vul een bestaande datum in, bijvoorbeeld "
		    "2026-08-31." },
	};
	static const struct vcase choice[] = {
		{ "sbo", NULL }, { "so", NULL }, { " so ", NULL },
		{ "SO", "Kies een van de opties." },
		{ "vso", "Kies een van de opties." },
		{ "sbo,so", "Kies een van de opties." },
	};
	static const struct vcase yesno[] = {
		{ "ja", NULL }, { "nee", NULL },
		{ "Ja", "Kies ja of nee." }, { "j", "Kies ja of nee." },
		{ "yes", "Kies ja of nee." }, { "1", "Kies ja of nee." },
	};

	(void)state;
	RUN("{'key':'f','type':'date','label':'F'}", date);
	RUN("{'key':'f','type':'choice','label':'F','options':[{'value':'sbo',"
	    "'label':'SBO'},{'value':'so','label':'SO'}]}", choice);
	RUN("{'key':'f','type':'yesno','label':'F'}", yesno);
}

/* The field with extra members put in at its "%s". */
static char *
fill(const char *field, const char *extra)
{
	const char *at = strstr(field, "%s");

	return arena_printf(&A, "%.*s%s%s", (int)(at - field), field, extra,
	    at + 2);
}

static void
test_check_multi(void **state)
{
	const char *field = "{'key':'m','type':'multi','label':'Hulp','options':"
	    "[{'value':'taal','label':'Taal'},{'value':'rekenen','label':"
	    "'Rekenen'},{'value':'gedrag','label':'Gedrag'}]%s}";
	const char *const post[] = { "m-rekenen", "1", "m-gedrag", "1",
	    "m-extra", "1", "m", "taal", NULL };
	const char *const wrong[] = { "m-taal", "ja", "m-gedrag", " 1 ", NULL };
	const char *const none[] = { "m-taal", "", NULL };
	struct answers out;
	struct fd_error *errs;

	(void)state;
	assert_int_equal(check(fill(field, ""), post, true, &out,
	    &errs), 0);
	assert_int_equal(out.n, 2);
	assert_string_equal(out.names[0], "m-rekenen");
	assert_string_equal(out.values[0], "1");
	assert_string_equal(out.names[1], "m-gedrag");
	assert_null(answers_get(&out, "m"));
	assert_null(answers_get(&out, "m-extra"));

	assert_int_equal(check(fill(field, ""), wrong, false, &out,
	    &errs), 1);
	assert_string_equal(errs[0].name, "m-taal");
	assert_string_equal(errs[0].label, "Hulp, Taal");
	assert_string_equal(errs[0].msg, "Ongeldige keuze.");
	assert_string_equal(answers_get(&out, "m-taal"), "ja");
	assert_string_equal(answers_get(&out, "m-gedrag"), "1");

	assert_int_equal(check(fill(field, ",'required':true"),
	    none, false, &out, &errs), 0);
	assert_int_equal(check(fill(field, ",'required':true"),
	    none, true, &out, &errs), 1);
	assert_string_equal(errs[0].name, "m-taal");
	assert_string_equal(errs[0].label, "Hulp");
	assert_string_equal(errs[0].msg, "Kies minstens één optie.");
	assert_int_equal(out.n, 0);
	assert_int_equal(check(fill(field, ",'required':true"),
	    post, true, &out, &errs), 0);
}

static void
test_check_table(void **state)
{
	const char *field = "{'key':'toetsen','type':'table','label':"
	    "'Toetsresultaten','rows':3%s,'columns':[{'key':'toets','type':"
	    "'text','label':'Toets','max':5,'required':true},{'key':'datum',"
	    "'type':'date','label':'Datum'},{'key':'score','type':'number',"
	    "'label':'Score','min':1,'max':10},{'key':'niveau','type':'choice',"
	    "'label':'Niveau','options':[{'value':'a','label':'A'}]}]}";
	const char *const good[] = {
		"toetsen-1-toets", "Cito", "toetsen-1-datum", "2026-01-31",
		"toetsen-3-score", " 10 ", "toetsen-3-toets", "DMT",
		"toetsen-3-niveau", "a", "toetsen-4-toets", "buiten",
		"toetsen-2-toets", "  ", NULL };
	const char *const bad[] = {
		"toetsen-1-toets", "Rekentoets", "toetsen-2-datum", "2026-02-30",
		"toetsen-2-score", "0", "toetsen-2-niveau", "b", NULL };
	const char *const empty[] = { "toetsen-1-toets", " ", NULL };
	struct answers out;
	struct fd_error *errs;

	(void)state;
	assert_int_equal(check(fill(field, ""), good, true, &out,
	    &errs), 0);
	assert_int_equal(out.n, 5);
	assert_string_equal(out.names[0], "toetsen-1-toets");
	assert_string_equal(out.names[1], "toetsen-1-datum");
	assert_string_equal(out.names[2], "toetsen-3-toets");
	assert_string_equal(out.names[3], "toetsen-3-score");
	assert_string_equal(out.values[3], "10");
	assert_string_equal(out.names[4], "toetsen-3-niveau");
	assert_null(answers_get(&out, "toetsen-4-toets"));	/* rows: 3 */
	assert_null(answers_get(&out, "toetsen-2-toets"));

	/* Without submit: only malformed cells. */
	assert_int_equal(check(fill(field, ""), bad, false, &out,
	    &errs), 4);
	assert_string_equal(errs[0].name, "toetsen-1-toets");
	assert_string_equal(errs[0].label, "Toetsresultaten, rij 1, Toets");
	assert_string_equal(errs[0].msg, "Gebruik hoogstens 5 tekens.");
	assert_string_equal(errs[1].name, "toetsen-2-datum");
	assert_string_equal(errs[1].label, "Toetsresultaten, rij 2, Datum");
	assert_string_equal(errs[1].msg, "Vul een bestaande datum in, "
	    "bijvoorbeeld 2026-08-31.");
	assert_string_equal(errs[2].name, "toetsen-2-score");
	assert_string_equal(errs[2].msg, "Vul een getal van 1 tot en met 10 in.");
	assert_string_equal(errs[3].name, "toetsen-2-niveau");
	assert_string_equal(errs[3].msg, "Kies een van de opties.");
	assert_int_equal(out.n, 4);
	/* With submit: also the required column of the filled row 2. */
	assert_int_equal(check(fill(field, ""), bad, true, &out,
	    &errs), 5);
	assert_string_equal(errs[1].name, "toetsen-2-toets");
	assert_string_equal(errs[1].label, "Toetsresultaten, rij 2, Toets");
	assert_string_equal(errs[1].msg, "Vul dit veld in.");
	assert_string_equal(errs[2].name, "toetsen-2-datum");

	/* A required table needs one filled row, on submit. */
	assert_int_equal(check(fill(field, ",'required':true"),
	    empty, false, &out, &errs), 0);
	assert_int_equal(check(fill(field, ",'required':true"),
	    empty, true, &out, &errs), 1);
	assert_string_equal(errs[0].name, "toetsen-1-toets");
	assert_string_equal(errs[0].label, "Toetsresultaten");
	assert_string_equal(errs[0].msg, "Vul minstens één rij in.");
	assert_int_equal(out.n, 0);
	assert_int_equal(check(fill(field, ",'required':true"),
	    good, true, &out, &errs), 0);
	/* Not required, nothing filled: nothing asked. */
	assert_int_equal(check(fill(field, ""), empty, true, &out,
	    &errs), 0);
}

static void
test_check_file(void **state)
{
	static const struct {
		const char	*count;
		bool		 ok;
	} v[] = {
		{ NULL, false }, { "0", false }, { "", false }, { "1", true },
		{ "2", true }, { "10", true },
	};
	const char *req = "{'key':'opp','type':'file','label':'OPP',"
	    "'required':true}";
	struct answers out;
	struct fd_error *errs;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(v); i++) {
		const char *post[] = { "opp", v[i].count, NULL };

		if (v[i].count == NULL)
			post[0] = NULL;
		assert_int_equal(check(req, post, false, &out, &errs), 0);
		assert_int_equal(out.n, 0);
		assert_int_equal(check(req, post, true, &out, &errs),
		    v[i].ok ? 0 : 1);
		assert_int_equal(out.n, 0);	/* never stored */
		if (!v[i].ok) {
			assert_string_equal(errs[0].name, "opp");
			assert_string_equal(errs[0].label, "OPP");
			assert_string_equal(errs[0].msg,
			    "Voeg minstens één document toe.");
		}
		assert_int_equal(check("{'key':'opp','type':'file','label':"
		    "'OPP'}", post, true, &out, &errs), 0);
		assert_int_equal(out.n, 0);
	}
}

static void
test_check_hidden(void **state)
{
	const char *fields =
	    "{'key':'gewenst','type':'choice','label':'Gewenst','options':["
	    "{'value':'sbo','label':'SBO'},{'value':'so','label':'SO'}]},"
	    "{'key':'cat','type':'choice','label':'Categorie','required':true,"
	    "'options':[{'value':'laag','label':'Laag'},{'value':'hoog','label':"
	    "'Hoog'}],'show_if':{'field':'gewenst','equals':'so'}},"
	    "{'key':'reden','type':'text','label':'Reden','required':true,"
	    "'show_if':{'field':'cat','equals':'hoog'}},"
	    "{'key':'naam','type':'text','label':'Naam','max':3}";
	const char *const sbo[] = { "gewenst", "sbo", "cat", "hoog", "reden",
	    "Te lang en \x01 fout", "naam", "Jan", "onbekend", "x", NULL };
	const char *const so[] = { "gewenst", " so ", "cat", "hoog", NULL };
	const char *const so_laag[] = { "gewenst", "so", "cat", "laag",
	    "reden", "weg", NULL };
	const char *const so_bad[] = { "gewenst", "so", "cat", "midden",
	    "reden", "weg", "naam", "Piet", NULL };
	struct answers out;
	struct fd_error *errs;

	(void)state;
	/* Hidden: not stored, not checked; undefined names dropped. */
	assert_int_equal(check(fields, sbo, true, &out, &errs), 0);
	assert_int_equal(out.n, 2);
	assert_string_equal(out.names[0], "gewenst");
	assert_string_equal(out.names[1], "naam");
	/* Shown by the trimmed answer; the chain continues to 'reden'. */
	assert_int_equal(check(fields, so, true, &out, &errs), 1);
	assert_int_equal(out.n, 2);
	assert_string_equal(answers_get(&out, "gewenst"), "so");
	assert_string_equal(answers_get(&out, "cat"), "hoog");
	assert_string_equal(errs[0].name, "reden");
	assert_string_equal(errs[0].label, "Reden");
	assert_string_equal(errs[0].msg, "Vul dit veld in.");
	assert_int_equal(check(fields, so, false, &out, &errs), 0);
	assert_null(errs);
	/* The chain stops at a hidden link. */
	assert_int_equal(check(fields, so_laag, true, &out, &errs), 0);
	assert_null(answers_get(&out, "reden"));
	/* A malformed controlling answer shows nothing that depends on it;
	 * errors come in form order. */
	assert_int_equal(check(fields, so_bad, true, &out, &errs), 2);
	assert_string_equal(errs[0].name, "cat");
	assert_string_equal(errs[0].msg, "Kies een van de opties.");
	assert_string_equal(errs[1].name, "naam");
	assert_string_equal(errs[1].msg, "Gebruik hoogstens 3 tekens.");
	assert_string_equal(answers_get(&out, "cat"), "midden");
	assert_null(answers_get(&out, "reden"));
	assert_int_equal(out.n, 3);
	/* Hidden required fields of other types ask nothing either. */
	assert_int_equal(check("{'key':'y','type':'yesno','label':'Y'},"
	    "{'key':'t','type':'table','label':'T','rows':1,'required':true,"
	    "'columns':[{'key':'c','type':'text','label':'C'}],'show_if':{"
	    "'field':'y','equals':'ja'}},{'key':'m','type':'multi','label':'M',"
	    "'required':true,'options':[{'value':'a','label':'A'}],'show_if':{"
	    "'field':'y','equals':'ja'}},{'key':'d','type':'file','label':'D',"
	    "'required':true,'show_if':{'field':'y','equals':'ja'}}",
	    (const char *const []){ "y", "nee", "t-1-c", "x", "m-a", "1", NULL },
	    true, &out, &errs), 0);
	assert_int_equal(out.n, 1);
}

static void
test_check_example(void **state)
{
	struct trajdef d;
	struct answers out;
	struct fd_error *errs;
	const char *const post[] = { "gewenst", "so", "iq", "200",
	    "toetsen-2-datum", "gisteren", NULL };
	size_t n;

	(void)state;
	OK(q(example), &d);
	n = fd_check(&A, &d, get, (void *)post, true, &out, &errs);
	assert_int_equal(n, 4);
	assert_string_equal(errs[0].name, "vraag");
	assert_string_equal(errs[0].label, "Wat is de vraag?");
	assert_string_equal(errs[1].name, "iq");
	assert_string_equal(errs[1].msg, "Vul een getal van 40 tot en met 160 in.");
	assert_string_equal(errs[2].name, "toetsen-2-datum");
	assert_string_equal(errs[2].label, "Toetsresultaten, rij 2, Datum");
	assert_string_equal(errs[3].name, "opp");
	/* categorie is shown (gewenst = so) but not required. */
	assert_int_equal(out.n, 3);
	assert_string_equal(out.names[0], "gewenst");
	assert_string_equal(out.names[1], "iq");
	assert_string_equal(out.names[2], "toetsen-2-datum");
	/* The cleaned answers survive the store. */
	assert_int_equal(answers_parse(&A, answers_json(&A, &out),
	    strlen(answers_json(&A, &out)), &out), 0);
	assert_string_equal(answers_get(&out, "iq"), "200");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_example),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_json_errors),
		cmocka_unit_test(test_top),
		cmocka_unit_test(test_labels),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_sections),
		cmocka_unit_test(test_field_counts),
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_max),
		cmocka_unit_test(test_number),
		cmocka_unit_test(test_options),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_show_if),
		cmocka_unit_test(test_states),
		cmocka_unit_test(test_transitions),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_answers),
		cmocka_unit_test(test_visible),
		cmocka_unit_test(test_check_text),
		cmocka_unit_test(test_check_required),
		cmocka_unit_test(test_check_number),
		cmocka_unit_test(test_check_choice),
		cmocka_unit_test(test_check_multi),
		cmocka_unit_test(test_check_table),
		cmocka_unit_test(test_check_file),
		cmocka_unit_test(test_check_hidden),
		cmocka_unit_test(test_check_example),
	};
	int rc;

	rc = cmocka_run_group_tests(tests, NULL, NULL);
	arena_free(&A);
	return rc;
}
