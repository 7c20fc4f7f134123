"""Indexes no query reads (migration ``VERSION``, both backends): ``actors_name`` and
``actors_country`` (migration 1) are dropped.

Every query that looks actors up by name matches a part of it, in any case (``name LIKE ?`` with
a pattern that begins with ``%``: the actor filter of listings and searches, ``resolve_actor``),
which no B-tree of names can serve: SQLite and PostgreSQL read the whole table either way. The
country filter asks for a country or a member's code inside the members' JSON (``country = ? OR
members LIKE ?``): one side of the OR cannot use an index, so neither does the OR. Traced over the
listings, searches, actor and outlet profiles and the ledger build (2,097 statements on the 84
PolNeAR dev articles), no plan used either index; the actors' key (``id``) serves every lookup by
id. On those articles they held 0.63 KB per article (1,179 actors).
"""

from __future__ import annotations

VERSION = 17  # one place: the lead renumbers at merge
MIGRATION_SQL = "DROP INDEX IF EXISTS actors_name;\nDROP INDEX IF EXISTS actors_country;\n"
POSTGRESQL = MIGRATION_SQL
DESCRIPTION = ("indexes no query reads dropped: `actors_name` and `actors_country` (every lookup by name matches a"
               " part of it in any case, the country filter ORs a JSON match: both read the whole table)")
