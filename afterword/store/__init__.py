"""Where the record is kept: SQLite by default, PostgreSQL for a career centre (SQLAlchemy + Alembic)."""
