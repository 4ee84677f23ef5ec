/*
 * lgmeasure.c -- what a real parser would cost and give the coder (issue 9
 * item 3).  Reads "id<TAB>sentence" lines, parses each with the Link
 * Grammar parser (Debian liblink-grammar-dev, English dictionary; the best
 * linkage, null links allowed when there is no full parse, at most
 * argv[1] seconds a sentence) and prints
 *   id, milliseconds, linkages, null links, timed out, subject, object
 * where the subject is the first NP of the top clause of its constituent
 * tree and the object the first NP (or NP of a PP) down its chain of VPs.
 * A measuring tool for bench/parser.sh, not part of the extension.
 */
#include <link-grammar/link-includes.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>

static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}

/* the constituent tree "(S (NP ...) (VP ...))": a small recursive reader */
typedef struct node { char label[8]; int first, nkids; int kids[64]; int w0, w1; } node;
static node nodes[4096]; static int nn; static char words[4096][64]; static int nw;
static const char *rd(const char *p, int *out)
{
	int me = nn++;
	node *n = &nodes[me];
	int k = 0;
	memset(n, 0, sizeof *n);
	p++;						/* '(' */
	while (*p && *p != ' ' && k < 7) n->label[k++] = *p++;
	n->w0 = nw;
	while (*p && *p != ')') {
		if (*p == ' ') { p++; continue; }
		if (*p == '(') { int c; p = rd(p, &c); if (nodes[me].nkids < 64) nodes[me].kids[nodes[me].nkids++] = c; continue; }
		{ const char *q = p; int l = 0; while (*q && *q != ' ' && *q != ')') q++;
		  while (p < q && l < 63) { if ((*p == '.' && l > 0 && p + 1 < q) || *p == '{' || (*p == '[' && l > 0)) { while (p < q) p++; break; } words[nw][l++] = *p++; }
		  words[nw][l] = 0; if (nw < 4095) nw++; p = q; }
	}
	if (*p == ')') p++;
	nodes[me].w1 = nw;
	*out = me;
	return p;
}
static void text(int n, char *out, size_t sz)
{
	size_t o = 0; int i;
	out[0] = 0;
	for (i = nodes[n].w0; i < nodes[n].w1; i++) {
		size_t l = strlen(words[i]);
		if (o + l + 2 >= sz) break;
		if (o) out[o++] = ' ';
		memcpy(out + o, words[i], l); o += l; out[o] = 0;
	}
}
static int kid(int n, const char *lab, int from)
{
	int i;
	for (i = from; i < nodes[n].nkids; i++)
		if (strcmp(nodes[nodes[n].kids[i]].label, lab) == 0) return i;
	return -1;
}
static void grab(const char *tree, char *subj, char *obj, size_t sz)
{
	int root, s, np, vp, i;
	nn = nw = 0;
	subj[0] = obj[0] = 0;
	if (*tree != '(') return;
	rd(tree, &root);
	s = root;
	while (kid(s, "NP", 0) < 0 && kid(s, "S", 0) >= 0) s = nodes[s].kids[kid(s, "S", 0)];
	np = kid(s, "NP", 0);
	if (np >= 0) text(nodes[s].kids[np], subj, sz);
	vp = kid(s, "VP", np >= 0 ? np : 0);
	/* down the chain of VPs (has (VP agreed (S (VP to ...)))) to the first NP */
	for (i = 0; vp >= 0 && i < 8; i++) {
		int v = nodes[s].kids[vp], o = kid(v, "NP", 0), pp = kid(v, "PP", 0);
		if (o >= 0) { text(nodes[v].kids[o], obj, sz); return; }
		if (pp >= 0) { int p = nodes[v].kids[pp], o2 = kid(p, "NP", 0); if (o2 >= 0) { text(nodes[p].kids[o2], obj, sz); return; } }
		s = v; vp = kid(v, "VP", 0);
		if (vp < 0) { int ss = kid(v, "S", 0); if (ss >= 0) { s = nodes[v].kids[ss]; vp = kid(s, "VP", 0); } }
	}
}

int main(int argc, char **argv)
{
	Dictionary dict = dictionary_create_lang("en");
	Parse_Options opts = parse_options_create();
	char line[8192];
	int maxsec = argc > 1 ? atoi(argv[1]) : 5;
	parse_options_set_verbosity(opts, 0);
	parse_options_set_max_parse_time(opts, maxsec);
	parse_options_set_linkage_limit(opts, 100);
	parse_options_set_max_memory(opts, 256 * 1024 * 1024);
	while (fgets(line, sizeof line, stdin)) {
		char *id = strtok(line, "\t\n"), *s = strtok(NULL, "\t\n");
		char subj[2048] = "", obj[2048] = "";
		double t0 = now(), t1;
		int n = 0, nulls = 0, timed = 0;
		Sentence sent;
		if (!id || !s) continue;
		sent = sentence_create(s, dict);
		n = sentence_parse(sent, opts);
		if (n == 0) {
			parse_options_set_min_null_count(opts, 1);
			parse_options_set_max_null_count(opts, sentence_length(sent));
			n = sentence_parse(sent, opts);
			parse_options_set_min_null_count(opts, 0);
			parse_options_set_max_null_count(opts, 0);
		}
		timed = parse_options_timer_expired(opts);
		if (n > 0) {
			Linkage lk = linkage_create(0, sent, opts);
			if (lk) {
				char *tree = linkage_print_constituent_tree(lk, SINGLE_LINE);
				nulls = sentence_null_count(sent);
				grab(tree, subj, obj, sizeof subj);
				linkage_free_constituent_tree_str(tree);
				linkage_delete(lk);
			}
		}
		t1 = now();
		printf("%s\t%.1f\t%d\t%d\t%d\t%s\t%s\n", id, t1 - t0, n, nulls, timed, subj, obj);
		fflush(stdout);
		sentence_delete(sent);
	}
	parse_options_delete(opts);
	dictionary_delete(dict);
	return 0;
}
