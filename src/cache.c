/*
 * cache.c -- what every per-backend cache of geopol's registry tables (the
 * membership cache of registry.c, the extraction dictionary of extract.c)
 * needs to stay right: snapshots, privileges, search_path.
 *
 * A cache answers as of the calling statement's snapshot.  It remembers
 * the snapshot it was last found right for (GpCacheState.key).  For another
 * snapshot it counts the transactions that changed the registry, as that
 * snapshot sees them: every statement that writes a registry table logs
 * its transaction id in geopol.registry_change (registry_log_write, from
 * the statement-level triggers), so two snapshots that see the same number
 * of logged writers from lo on see the same registry.  (Snapshots of one
 * backend are nested: the later sees every transaction the earlier sees;
 * writers older than lo, the oldest xmin of the cluster when the cache was
 * loaded, are visible to both or to neither.)  The count is one index scan
 * of a few rows, done once per new snapshot, not per call.  So a cache
 * loaded inside a REPEATABLE READ transaction is not trusted after it, a
 * statement that started before a writer committed does not see that
 * writer's rows through the cache either, and parallel workers, which load
 * their own cache under the leader's snapshot, agree with the leader.
 * Relcache invalidations (sent by the same triggers) drop a cache at once;
 * they also carry this backend's own writes, which the count cannot tell
 * apart when they come from one transaction.
 *
 * Privileges: a cache holds what the role that loaded it could read.  On
 * use, the current role must have SELECT on the views the cache was read
 * from (checked once per role and per change of grants or roles), as if it
 * read them itself; otherwise 42501.
 *
 * search_path: the queries that load a cache qualify every name and run
 * with search_path = pg_catalog, pg_temp, so objects planted in a schema
 * on the caller's path are never called.
 */
#include "registry.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/transam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "storage/procarray.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/xid8.h"
#include "funcapi.h"


/* ---- what every cache needs ---------------------------------------- */

/* bumped by every invalidation that may change what a role may read */
static uint64 acl_generation = 1;
/* bumped by this backend's writes to the registry (and their rollback) */
static uint64 local_writes = 0;

Oid
gp_relid(const char *name, bool missing_ok)
{
	Oid			nsp = get_namespace_oid("geopol", missing_ok);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid(name, nsp) : InvalidOid;

	if (!OidIsValid(relid) && !missing_ok)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation geopol.%s does not exist", name),
				 errhint("Is the extension geopol installed and up to date (ALTER EXTENSION geopol UPDATE)?")));
	return relid;
}

/* the snapshot of the calling statement */
static Snapshot
calling_snapshot(void)
{
	return ActiveSnapshotSet() ? GetActiveSnapshot() : GetTransactionSnapshot();
}

/*
 * Two snapshots with equal keys see the same committed transactions: xids
 * below xmax cannot start any more, so the same xmax and the same number
 * of running ones means the same running ones.  (This backend's own
 * uncommitted writes are not in the key: they make every cache stale
 * through local_writes.)  So a session that runs statement after
 * statement while nobody commits revalidates nothing.
 */
static void
snapshot_key(Snapshot s, GpSnapKey *k)
{
	memset(k, 0, sizeof(GpSnapKey));
	k->xmin = s->xmin;
	k->xmax = s->xmax;
	k->xcnt = s->xcnt;
	k->subxcnt = s->subxcnt;
	k->suboverflowed = s->suboverflowed;
}

static bool
snapshot_key_eq(const GpSnapKey *a, const GpSnapKey *b)
{
	return a->xmin == b->xmin && a->xmax == b->xmax && a->xcnt == b->xcnt &&
		a->subxcnt == b->subxcnt && a->suboverflowed == b->suboverflowed;
}

/* the oldest xmin of the cluster, as a full transaction id */
static FullTransactionId
oldest_full_xmin(void)
{
	TransactionId xid = GetOldestNonRemovableTransactionId(NULL);
	FullTransactionId next = ReadNextFullTransactionId();
	uint32		epoch = EpochFromFullTransactionId(next);

	if (!TransactionIdIsNormal(xid))
		return FullTransactionIdFromEpochAndXid(0, FirstNormalTransactionId);
	if (xid > XidFromFullTransactionId(next) && epoch > 0)
		epoch--;
	return FullTransactionIdFromEpochAndXid(epoch, xid);
}

/*
 * How many transactions that changed the registry from lo on this snapshot
 * sees; -1 when geopol.registry_change does not exist (a database not yet
 * updated to 0.3: invalidations alone then, as before).
 */
static int64
registry_writes_seen(Snapshot snap, FullTransactionId lo)
{
	Oid			relid = gp_relid("registry_change", true);
	Oid			idx = gp_relid("registry_change_pkey", true);
	Relation	rel;
	SysScanDesc scan;
	ScanKeyData key;
	int64		n = 0;

	if (!OidIsValid(relid) || !OidIsValid(idx))
		return -1;
	rel = table_open(relid, AccessShareLock);
	ScanKeyInit(&key, 1, BTGreaterEqualStrategyNumber, F_XID8GE,
				FullTransactionIdGetDatum(lo));
	scan = systable_beginscan(rel, idx, true, snap, 1, &key);
	while (HeapTupleIsValid(systable_getnext(scan)))
		n++;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return n;
}

/*
 * May this cache answer for the calling statement?  Cheap when the
 * snapshot is the one it was last found right for (every call of a
 * statement but the first); one short index scan otherwise.
 */
bool
gp_cache_current(GpCacheState *st)
{
	Snapshot	snap;
	GpSnapKey	k;
	int64		n;

	if (!st->valid || !st->loaded || st->local_writes != local_writes)
		return false;
	snap = calling_snapshot();
	snapshot_key(snap, &k);
	if (snapshot_key_eq(&k, &st->key))
		return true;
	n = registry_writes_seen(snap, st->lo);
	/* the scan may have taken in invalidations */
	if (!st->valid || n != st->writes || n < 0)
	{
		/* without the log (before 0.3) trust the invalidations alone */
		if (st->valid && n < 0 && st->writes < 0)
		{
			st->key = k;
			return true;
		}
		return false;
	}
	st->key = k;
	return true;
}

/* Before loading a cache: remember the snapshot the load will read. */
void
gp_cache_begin_load(GpCacheState *st)
{
	Snapshot	snap = calling_snapshot();

	st->loaded = false;			/* until the load is complete */
	st->local_writes = local_writes;
	st->valid = true;			/* an invalidation during the load clears it */
	snapshot_key(snap, &st->key);
	st->lo = oldest_full_xmin();
	st->writes = registry_writes_seen(snap, st->lo);
}

/*
 * The current role must be allowed to read what the cache holds: SELECT on
 * each of the named relations of schema geopol.  Checked once per role and
 * per change of grants or role memberships.
 */
void
gp_cache_check_select(GpCacheState *st, const char *const *rels, int nrels,
					  const char *readers)
{
	Oid			user = GetUserId();
	int			i;

	if (st->acl_user == user && st->acl_generation == acl_generation)
		return;
	for (i = 0; i < nrels; i++)
	{
		Oid			relid = gp_relid(rels[i], false);

		if (pg_class_aclcheck(relid, user, ACL_SELECT) != ACLCHECK_OK)
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("permission denied for %s geopol.%s",
							get_rel_relkind(relid) == RELKIND_VIEW ? "view" : "table", rels[i]),
					 errdetail("%s read geopol.%s (through a cache of this session).",
							   readers, rels[i]),
					 errhint("The owner of geopol can GRANT SELECT ON geopol.%s TO %s, or call geopol.grant_reader().",
							 rels[i], GetUserNameFromId(user, false))));
	}
	st->acl_user = user;
	st->acl_generation = acl_generation;
}

/* Is relid one of the relations (resolved at the last load) of the cache? */
bool
gp_cache_watches(const GpCacheState *st, Oid relid)
{
	int			i;

	for (i = 0; i < st->nrelids; i++)
		if (st->relids[i] == relid)
			return true;
	return false;
}

/* Resolve the relations whose changes drop the cache (missing ones skipped). */
void
gp_cache_watch(GpCacheState *st, const char *const *rels, int nrels)
{
	int			i;

	st->nrelids = 0;
	for (i = 0; i < nrels && st->nrelids < GP_CACHE_MAX_RELS; i++)
	{
		Oid			relid = gp_relid(rels[i], true);

		if (OidIsValid(relid))
			st->relids[st->nrelids++] = relid;
	}
}

/*
 * Run the loading queries of a cache with search_path = pg_catalog,
 * pg_temp (they qualify every name as well).  Returns the GUC nest level
 * to pass to gp_search_path_restore().
 */
int
gp_search_path_fix(void)
{
	int			level = NewGUCNestLevel();

	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE,
							 true, 0, false);
	return level;
}

void
gp_search_path_restore(int level)
{
	AtEOXact_GUC(true, level);
}

/*
 * From the statement-level triggers of the registry tables.  Every cache of
 * this backend is stale at once (local_writes).  Once per transaction (and
 * again after the subtransaction that did it aborted): a relcache
 * invalidation of geopol.registry_change, which every cache of every
 * backend watches, and the transaction's row in geopol.registry_change,
 * written as the owner of that table (like the referential-integrity
 * triggers, whose queries run as the owner of the table they check).  Not
 * once per statement: a write through a view runs one statement per row,
 * and an invalidation per command would rebuild the table's relcache entry
 * for every row.
 */
static FullTransactionId logged_fxid = {0};
static SubTransactionId logged_subid = InvalidSubTransactionId;
#define MAX_SUBXACT_DEPTH 64
static uint64 writes_at_subxact_start[MAX_SUBXACT_DEPTH];

static void
registry_xact_callback(XactEvent event, void *arg)
{
	/* caches loaded after this transaction's own writes hold rows that are gone */
	if ((event == XACT_EVENT_ABORT || event == XACT_EVENT_PARALLEL_ABORT) &&
		FullTransactionIdIsValid(logged_fxid))
		local_writes++;
	if (event == XACT_EVENT_COMMIT || event == XACT_EVENT_ABORT ||
		event == XACT_EVENT_PARALLEL_COMMIT || event == XACT_EVENT_PARALLEL_ABORT ||
		event == XACT_EVENT_PREPARE)
	{
		logged_fxid = InvalidFullTransactionId;
		logged_subid = InvalidSubTransactionId;
	}
}

static void
registry_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
						  SubTransactionId parentSubid, void *arg)
{
	int			level = GetCurrentTransactionNestLevel();

	if (event == SUBXACT_EVENT_START_SUB)
	{
		if (level < MAX_SUBXACT_DEPTH)
			writes_at_subxact_start[level] = local_writes;
		return;
	}
	if (event == SUBXACT_EVENT_ABORT_SUB)
	{
		/* rows it wrote are gone: caches loaded since are stale */
		if (level >= MAX_SUBXACT_DEPTH || writes_at_subxact_start[level] != local_writes)
			local_writes++;
		/* its invalidation and its log row are gone with it */
		if (mySubid == logged_subid)
			logged_fxid = InvalidFullTransactionId;
	}
	else if (event == SUBXACT_EVENT_COMMIT_SUB && mySubid == logged_subid)
		logged_subid = parentSubid;
}

static Oid
rel_owner(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "geopol: cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

void
gp_registry_log_write(Relation rel)
{
	Oid			relid;
	Oid			save_user;
	int			save_sec;
	int			level;

	local_writes++;
	if (FullTransactionIdIsValid(logged_fxid) &&
		FullTransactionIdEquals(logged_fxid, GetTopFullTransactionId()))
		return;
	relid = gp_relid("registry_change", true);
	if (!OidIsValid(relid))
	{
		CacheInvalidateRelcache(rel);	/* before 0.3 */
		return;
	}
	CacheInvalidateRelcacheByRelid(relid);
	GetUserIdAndSecContext(&save_user, &save_sec);
	SetUserIdAndSecContext(rel_owner(relid),
						   save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
	level = gp_search_path_fix();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "geopol: SPI_connect failed");
	if (SPI_execute("INSERT INTO geopol.registry_change (xid)"
					" VALUES (pg_catalog.pg_current_xact_id()) ON CONFLICT DO NOTHING",
					false, 0) != SPI_OK_INSERT)
		elog(ERROR, "geopol: could not log a registry change");
	SPI_finish();
	gp_search_path_restore(level);
	SetUserIdAndSecContext(save_user, save_sec);
	logged_fxid = GetTopFullTransactionId();
	logged_subid = GetCurrentSubTransactionId();
}

/* grants to roles, role memberships, superuser: check privileges again */
static void
role_callback(Datum arg, int cacheid, uint32 hashvalue)
{
	acl_generation++;
}

/* once per backend, from registry_init() */
void
gp_cache_init(void)
{
	CacheRegisterSyscacheCallback(AUTHOID, role_callback, (Datum) 0);
	CacheRegisterSyscacheCallback(AUTHMEMMEMROLE, role_callback, (Datum) 0);
	CacheRegisterSyscacheCallback(AUTHMEMROLEMEM, role_callback, (Datum) 0);
	RegisterXactCallback(registry_xact_callback, NULL);
	RegisterSubXactCallback(registry_subxact_callback, NULL);
}

/* a relcache callback that drops a cache bumps the privilege generation too */
void
gp_acl_changed(void)
{
	acl_generation++;
}
