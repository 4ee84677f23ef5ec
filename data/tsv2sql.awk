# data/tsv2sql.awk: turn the shipped data files into the INSERT statements of
# the install script (run by the Makefile at build time, not at CREATE
# EXTENSION time).  Usage:
#   awk -F'\t' -f data/tsv2sql.awk data/countries.tsv data/cameo-codes.tsv data/names.tsv
function q(s) { gsub(/'/, "''", s); return "'" s "'" }
function d(s) { return s == "" ? "NULL" : q(s) }
function row(actor, name, kind, from, to, source,   k) {
    if (name == "") return
    k = tolower(name) SUBSEP actor SUBSEP kind SUBSEP from SUBSEP to
    if (k in seen) return
    seen[k] = 1
    printf "%s(%s, %s, %s, daterange(%s::date, %s::date, '[]'), %s, true)", \
        (n++ == 0 ? "" : ",\n"), q(actor), q(name), q(kind), d(from), d(to), q(source)
}
BEGIN {
    print "-- generated from data/*.tsv by data/tsv2sql.awk"
    print "INSERT INTO @extschema@.actor_name (actor, name, kind, valid, source, builtin) VALUES"
}
/^#/ || NF == 0 { next }
FILENAME ~ /countries\.tsv$/ {
    src = "ISO 3166-1 (Debian iso-codes)"
    row($1, $4, "name", "", "", src)
    if ($5 != $4) row($1, $5, "official", "", "", src)
    if ($6 != "" && $6 != $4 && $6 != $5) row($1, $6, "official", "", "", src)
    next
}
FILENAME ~ /cameo-codes\.tsv$/ {
    src = "CAMEO codebook 1.1b3"
    if ($2 == "role" || $2 == "religion") row($1, $3, "role", "", "", src)
    else if ($2 == "region" || $2 == "international") row($1, $3, "name", "", "", src)
    next
}
FILENAME ~ /names\.tsv$/ {
    row($1, $2, $3, $4, $5, $6)
    next
}
END { print ";" }
