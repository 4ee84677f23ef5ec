# extract_grammar.awk -- data/grammar.tsv to src/core/extract_grammar.c: the
# grammar words (with their classes WC_<CLASS> and value) and the grammar
# phrases (classes phrase_block, phrase_open, phrase_conj) of the
# statement coder.  Run by the Makefile: awk -F'\t' -f this data/grammar.tsv
BEGIN {
	print "/* generated from data/grammar.tsv by src/core/extract_grammar.awk */"
	print "#include \"extract_int.h\""
	print "const gx_gword gx_grammar_words[] = {"
}
/^#/ || NF < 2 { next }
$2 ~ /^phrase_/ {
	kind = $2 == "phrase_block" ? "PREP_BLOCK" : $2 == "phrase_open" ? "PREP_OPEN" : \
		$2 == "phrase_conj" ? "CONJ" : ""
	if (kind == "") { print "unknown grammar class " $2 > "/dev/stderr"; exit 1 }
	ph[nph++] = sprintf("\t{\"%s\", GX_W_%s},", $1, kind)
	next
}
{
	n = split($2, c, ",")
	e = ""
	for (i = 1; i <= n; i++)
		e = e (i > 1 ? " | " : "") "WC_" toupper(c[i])
	printf "\t{\"%s\", %s, %d},\n", $1, e, $3 + 0
}
END {
	print "};"
	print "const size_t gx_grammar_nwords = sizeof(gx_grammar_words) / sizeof(gx_grammar_words[0]);"
	print "const gx_gphrase gx_grammar_phrases[] = {"
	for (i = 0; i < nph; i++)
		print ph[i]
	print "};"
	print "const size_t gx_grammar_nphrases = sizeof(gx_grammar_phrases) / sizeof(gx_grammar_phrases[0]);"
}
