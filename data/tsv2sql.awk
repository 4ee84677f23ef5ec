# data/tsv2sql.awk: turn the shipped data files into the INSERT statements of
# the install script (run by the Makefile at build time, not at CREATE
# EXTENSION time).  Usage:
#   awk -F'\t' -f data/tsv2sql.awk data/countries.tsv data/cameo-codes.tsv \
#       data/names.tsv data/membership.tsv data/code-aliases.tsv data/bloc-kinds.tsv data/lexicon.tsv
function q(s) { gsub(/'/, "''", s); return "'" s "'" }
function d(s) { return s == "" ? "NULL" : q(s) }
function range(from, to) { return sprintf("daterange(%s::date, %s::date, '[]')", d(from), d(to)) }
function start(table, cols) {
    if (table == current) return
    finish()
    # refresh=1 (upgrade scripts): the builtin rows of the release before
    # are replaced by this release's; user rows stay
    if (refresh && !(table in refreshed)) {
        printf "DELETE FROM @extschema@.%s WHERE builtin;\n", table
        refreshed[table] = 1
    }
    printf "INSERT INTO @extschema@.%s (%s) VALUES\n", table, cols
    current = table
    n = 0
}
# upsert=1 (upgrade scripts): rows already installed are skipped;
# refresh=1: a user row equal to a new builtin one is kept, the builtin skipped
function finish() { if (current != "") print ((upsert || refresh) ? "\nON CONFLICT DO NOTHING;" : ";"); current = "" }
function emit(values) { printf "%s(%s)", (n++ == 0 ? "" : ",\n"), values }
function name(actor, nm, kind, from, to, source,   k) {
    if (nm == "") return
    k = tolower(nm) SUBSEP actor SUBSEP kind SUBSEP from SUBSEP to
    if (k in seen) return
    seen[k] = 1
    start("actor_name", "actor, name, kind, valid, source, builtin")
    emit(q(actor) ", " q(nm) ", " q(kind) ", " range(from, to) ", " q(source) ", true")
}
BEGIN { print "-- generated from data/*.tsv by data/tsv2sql.awk"; current = "" }
/^#/ || NF == 0 { next }
FILENAME ~ /countries\.tsv$/ {
    src = "ISO 3166-1 (Debian iso-codes)"
    name($1, $4, "name", "", "", src)
    if ($5 != $4) name($1, $5, "official", "", "", src)
    if ($6 != "" && $6 != $4 && $6 != $5) name($1, $6, "official", "", "", src)
    next
}
FILENAME ~ /cameo-codes\.tsv$/ {
    src = "CAMEO codebook 1.1b3"
    if ($2 == "role" || $2 == "religion") name($1, $3, "role", "", "", src)
    else if ($2 == "region" || $2 == "international") name($1, $3, "name", "", "", src)
    next
}
FILENAME ~ /names\.tsv$/ { name($1, $2, $3, $4, $5, $6); next }
FILENAME ~ /membership\.tsv$/ {
    start("membership", "bloc, member, during, role, source, builtin")
    emit(q($1) ", " q($2) ", " range($3, $4) ", " q($5) ", " q($6) ", true")
    next
}
FILENAME ~ /code-aliases\.tsv$/ {
    start("code_alias", "code, actor, source, builtin")
    emit(q($1) ", " q($2) ", " q($3) ", true")
    next
}
FILENAME ~ /bloc-kinds\.tsv$/ {
    start("bloc_kind", "bloc, kind, source, builtin")
    emit(q($1) ", " q($2) ", " q($3) ", true")
    next
}
FILENAME ~ /lexicon\.tsv$/ {
    start("lexicon", "phrase, kind, stance, intensity, source, builtin")
    emit(q($1) ", " q($2) ", " d($3) ", " ($4 == "" ? "0" : $4) ", " q($5) ", true")
    next
}
# ---- data (helper "data"): persons, organisations, groups, agent words,
# the CAMEO lexicon.  These files are large: their rows go in INSERTs of at
# most 1,000 rows (CREATE EXTENSION parses them a quarter faster than one
# INSERT per file).
# persons.tsv, organisations.tsv, agents.tsv: actor, name, kind, from, to, source
FILENAME ~ /(persons|organisations|agents)\.tsv$/ {
    if (n >= 1000) finish()
    name($1, $2, $3, $4, $5, $6)
    next
}
# groups.tsv: actor, name, kind, from, to, country, source
FILENAME ~ /groups\.tsv$/ {
    if (n >= 1000) finish()
    name($1, $2, $3, $4, $5, $7 ($6 != "" ? "; operates in " $6 : ""))
    next
}
# lexicon-cameo.tsv: phrase, kind, stance, intensity, source (as lexicon.tsv)
FILENAME ~ /lexicon-cameo\.tsv$/ {
    if (n >= 1000) finish()
    start("lexicon", "phrase, kind, stance, intensity, source, builtin")
    emit(q($1) ", " q($2) ", " d($3) ", " ($4 == "" ? "0" : $4) ", " q($5) ", true")
    next
}
END { finish() }
