"""Alembic environment: runs on the connection the Store hands over."""

from alembic import context

from afterword.model.record import Base

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` command line: build an engine from the ini's URL
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url") or "").connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy; same migrations on PostgreSQL
)
with context.begin_transaction():
    context.run_migrations()
