"""The Alembic migrations build exactly the schema the models describe, on SQLite and PostgreSQL:
a column added to a model without its migration (or the reverse) fails here, not in production."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from mojito.web import db, models

from .conftest import _reset_pg_schema


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrations_to_head_match_the_models(backend, tmp_path, request):
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'schema.db'}"
    else:
        url = request.getfixturevalue("pg_database")
        if url is None:
            pytest.skip("no PostgreSQL server reachable (see the message printed at the start)")
        _reset_pg_schema(url)
    engine = db.make_engine(url)
    db.run_migrations(engine)
    with engine.connect() as conn:
        drift = compare_metadata(MigrationContext.configure(conn), models.Base.metadata)
    engine.dispose()
    assert drift == [], drift
