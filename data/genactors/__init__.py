"""data/genactors: the modules of data/gen-actors.py, one per data file it
writes (persons, organisations, groups, places, agents) and the parts they
share (common: dictionaries, names, filters; rows: from rows to a file).
"""


