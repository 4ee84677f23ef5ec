# bench/common.sh -- sourced by the bench/*.sh scripts after cluster_start:
# the timing table and helpers, so that every script measures the same way.
#   bench_setup                 creates result, timed(sql, n) and rows_of(sql)
#   run LINE WHAT KIND SQL [n]  best of n (default 3) runs of SQL, in ms
#   val LINE WHAT KIND EXPR     any value (a size, a count)
#   rows LINE WHAT KIND SQL     the number of rows SQL returns
bench_setup() {
	psqlq -d postgres <<'SQL'
CREATE TABLE result (line int, what text, kind text, v numeric);
CREATE FUNCTION timed(sql text, n int DEFAULT 3) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best numeric := NULL; ms numeric;
BEGIN
  FOR i IN 1..n LOOP
    t0 := clock_timestamp();
    EXECUTE sql;
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
    best := least(coalesce(best, ms), ms);
  END LOOP;
  RETURN round(best, 2);
END $$;
CREATE FUNCTION rows_of(sql text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint; BEGIN EXECUTE 'SELECT count(*) FROM (' || sql || ') q' INTO n; RETURN n; END $$;
SQL
}
run() {
	psqlq -d postgres -c "SET search_path = public, geopol; INSERT INTO result SELECT $1, '$2', '$3', timed(\$q\$$4\$q\$, ${5:-3})"
}
val() {
	psqlq -d postgres -c "SET search_path = public, geopol; INSERT INTO result SELECT $1, '$2', '$3', ($4)"
}
rows() {
	psqlq -d postgres -c "SET search_path = public, geopol; INSERT INTO result SELECT $1, '$2', '$3', rows_of(\$q\$$4\$q\$)"
}
