/*
 * registry.h -- what every per-backend cache of geopol's registry tables
 * needs to stay right (snapshots, privileges, search_path); see cache.c.
 * Used by registry.c (the membership cache) and extract.c (the extraction
 * dictionary).
 */
#ifndef GEOPOL_REGISTRY_H
#define GEOPOL_REGISTRY_H

#include "geopol.h"
#include "access/transam.h"
#include "utils/relcache.h"

typedef struct GpSnapKey
{
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	int32		subxcnt;
	bool		suboverflowed;
} GpSnapKey;

#define GP_CACHE_MAX_RELS 24
typedef struct GpCacheState
{
	bool		valid;			/* false after an invalidation */
	bool		loaded;			/* the last load completed */
	uint64		local_writes;	/* this backend's registry writes before it */
	GpSnapKey	key;			/* the snapshot it was last found right for */
	FullTransactionId lo;		/* registry writers counted from here */
	int64		writes;			/* how many its snapshot saw (-1: no log) */
	Oid			acl_user;		/* privileges checked for this role ... */
	uint64		acl_generation; /* ... as of this generation */
	int			nrelids;
	Oid			relids[GP_CACHE_MAX_RELS];	/* changes to these drop it */
} GpCacheState;

extern Oid	gp_relid(const char *name, bool missing_ok);
extern bool gp_cache_current(GpCacheState *st);
extern void gp_cache_begin_load(GpCacheState *st);
extern void gp_cache_check_select(GpCacheState *st, const char *const *rels, int nrels,
								  const char *readers);
extern bool gp_cache_watches(const GpCacheState *st, Oid relid);
extern void gp_cache_watch(GpCacheState *st, const char *const *rels, int nrels);
extern int	gp_search_path_fix(void);
extern void gp_search_path_restore(int level);
extern void gp_registry_log_write(Relation rel);
extern void gp_acl_changed(void);
extern void gp_cache_init(void);

#endif							/* GEOPOL_REGISTRY_H */
