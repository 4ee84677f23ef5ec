# data/tsv2sql.awk: turn the shipped data files into the INSERT statements of
# the install script (run by the Makefile at build time, not at CREATE
# EXTENSION time).  Usage:
#   awk -F'\t' -f data/tsv2sql.awk data/countries.tsv data/cameo-codes.tsv \
#       data/names.tsv data/membership.tsv data/code-aliases.tsv data/bloc-kinds.tsv data/lexicon.tsv
function q(s) { gsub(/'/, "''", s); return "'" s "'" }
function d(s) { return s == "" ? "NULL" : q(s) }
function range(from, to) { return sprintf("daterange(%s::date, %s::date, '[]')", d(from), d(to)) }
# Builtin rows go to the tables <registry>_builtin (actor_name_builtin,
# membership_builtin, code_alias_builtin, bloc_kind_builtin,
# lexicon_builtin, import_sector_builtin, plover_stance_builtin), which are not dumped and hold nothing but this release's
# data; the user's rows and the user's deletions and corrections of builtin
# rows live in <registry>_user and <registry>_hidden, which this script
# never touches (README, "Editing the registry").  Blocks name the registry
# (start("membership", ...)); a trailing "builtin" column and its "true"
# value, as blocks wrote them before 0.3, are dropped.
#
# refresh=1 (upgrade scripts): the builtin rows of the release before are
# replaced by this release's.  A user's deletion or correction of a builtin
# row stays in force: the view hides an installed row that the user hid or
# replaced, whichever release installed it (tables ..._hidden, ..._user).
function start(table, cols) {
    if (table == current) return
    finish()
    strip = 0
    if (cols ~ /, *builtin$/) { sub(/, *builtin$/, "", cols); strip = 1 }
    printf "INSERT INTO @extschema@.%s_builtin (%s) VALUES\n", table, cols
    current = table
    n = 0
}
function finish() { if (current != "") print ";"; current = "" }
function emit(values) {
    if (strip) sub(/, *true$/, "", values)
    printf "%s(%s)", (n++ == 0 ? "" : ",\n"), values
}
function name(actor, nm, kind, from, to, source,   k) {
    if (nm == "") return
    k = tolower(nm) SUBSEP actor SUBSEP kind SUBSEP from SUBSEP to
    if (k in seen) return
    seen[k] = 1
    start("actor_name", "actor, name, kind, valid, source")
    emit(q(actor) ", " q(nm) ", " q(kind) ", " range(from, to) ", " q(source))
}
BEGIN {
    print "-- generated from data/*.tsv by data/tsv2sql.awk"
    current = ""
    if (refresh)
        print "DELETE FROM @extschema@.actor_name_builtin;\n" \
              "DELETE FROM @extschema@.membership_builtin;\n" \
              "DELETE FROM @extschema@.code_alias_builtin;\n" \
              "DELETE FROM @extschema@.bloc_kind_builtin;\n" \
              "DELETE FROM @extschema@.lexicon_builtin;\n" \
              "DELETE FROM @extschema@.import_sector_builtin;\n" \
              "DELETE FROM @extschema@.plover_stance_builtin;"
}
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
    start("membership", "bloc, member, during, role, source")
    emit(q($1) ", " q($2) ", " range($3, $4) ", " q($5) ", " q($6))
    next
}
FILENAME ~ /code-aliases\.tsv$/ {
    start("code_alias", "code, actor, source")
    emit(q($1) ", " q($2) ", " q($3))
    next
}
FILENAME ~ /bloc-kinds\.tsv$/ {
    start("bloc_kind", "bloc, kind, source")
    emit(q($1) ", " q($2) ", " q($3))
    next
}
FILENAME ~ /lexicon\.tsv$/ {
    start("lexicon", "phrase, kind, stance, intensity, source")
    emit(q($1) ", " q($2) ", " d($3) ", " ($4 == "" ? "0" : $4) ", " q($5))
    next
}
# ---- data (helper "data"): persons, organisations, groups, agent words,
# the CAMEO lexicon.  These files are large: their rows go in INSERTs of at
# most 1,000 rows (CREATE EXTENSION parses them a quarter faster than one
# INSERT per file).
# persons.tsv, organisations.tsv, places.tsv, agents.tsv: actor, name, kind, from, to, source
FILENAME ~ /(persons|organisations|places|agents)\.tsv$/ {
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
# ---- the import's registries (sql/import.sql): ICEWS/POLECAT sectors as
# CAMEO roles, PLOVER event types as stances
# import-sectors.tsv: sector, role, rank, international (t/f), source
FILENAME ~ /import-sectors\.tsv$/ {
    start("import_sector", "sector, role, rank, international, source")
    emit(q($1) ", " q($2) ", " $3 ", " q($4) ", " q($5))
    next
}
# plover-stances.tsv: event_type, mode ('' for the type alone), stance, source
FILENAME ~ /plover-stances\.tsv$/ {
    start("plover_stance", "event_type, mode, stance, source")
    emit(q($1) ", " q($2) ", " q($3) ", " q($4))
    next
}
END { finish() }
