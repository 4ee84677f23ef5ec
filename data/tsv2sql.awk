# data/tsv2sql.awk: turn the shipped data files into the INSERT statements of
# the install script (run by the Makefile at build time, not at CREATE
# EXTENSION time).  Usage:
#   awk -F'\t' -f data/tsv2sql.awk data/countries.tsv data/cameo-codes.tsv \
#       data/names.tsv data/membership.tsv data/code-aliases.tsv data/bloc-kinds.tsv data/lexicon.tsv
# A text with bytes outside ASCII (UTF-8 in the data files) is written as the
# hex of its bytes, decoded at CREATE EXTENSION time into the database's
# encoding, and its row is guarded (emit()): the script itself stays ASCII,
# so it converts into any server encoding (geopol.control: encoding = UTF8).
function q(s) {
    if (s ~ /[\200-\377]/) {
        guard = 1
        return "pg_catalog.convert_from(pg_catalog.decode('" hex(s) "', 'hex'), 'UTF8')"
    }
    gsub(/'/, "''", s)
    return "'" s "'"
}
function hex(s,   i, h) {
    h = ""
    for (i = 1; i <= length(s); i++) h = h sprintf("%02x", ord[substr(s, i, 1)])
    return h
}
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
#
# A guarded row (one with a text outside ASCII) is inserted on its own, in
# its place among the others, inside a DO block that leaves it out when the
# database's encoding cannot represent its text (untranslatable_character,
# 22P05).  At the end, one WARNING counts the rows left out, the tables'
# counts against the rows this script holds (a NOTICE would not show:
# CREATE EXTENSION raises client_min_messages to WARNING).  A UTF8 database
# keeps every row.
function start(table, cols) {
    if (table == current) return
    finish()
    strip = 0
    if (cols ~ /, *builtin$/) { sub(/, *builtin$/, "", cols); strip = 1 }
    current = table
    columns = cols
}
function close_insert() { if (open) print ";"; open = 0; n = 0 }
function close_guard() { if (guarding) print "END\n$guard$;"; guarding = 0 }
function finish() { close_insert(); close_guard(); current = "" }
function emit(values) {
    if (strip) sub(/, *true$/, "", values)
    rows[current]++
    if (guard) {
        guard = 0
        if (!(current in guarded)) guarded[current] = ++nguarded
        close_insert()
        if (!guarding) print "DO $guard$\nBEGIN"
        guarding = 1
        printf "    BEGIN INSERT INTO @extschema@.%s_builtin (%s) VALUES (%s);\n" \
               "    EXCEPTION WHEN untranslatable_character THEN NULL; END;\n", current, columns, values
        return
    }
    close_guard()
    if (!open) printf "INSERT INTO @extschema@.%s_builtin (%s) VALUES\n", current, columns
    open = 1
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
    for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i
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
END {
    finish()
    if (!nguarded) exit
    printf "DO $guard$\nDECLARE\n    left_out bigint := 0"
    for (t in guarded) order[guarded[t]] = t
    for (i = 1; i <= nguarded; i++)
        printf "\n        + %d - (SELECT count(*) FROM @extschema@.%s_builtin)", rows[order[i]], order[i]
    print ";\nBEGIN"
    print "    IF left_out > 0 THEN"
    print "        RAISE WARNING 'geopol: % built-in rows left out: the database encoding % cannot represent their text', left_out, pg_catalog.getdatabaseencoding()"
    print "            USING HINT = 'A UTF8 database holds them all (README, \"Database encodings\").';"
    print "    END IF;\nEND\n$guard$;"
}
