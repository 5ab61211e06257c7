"""messages.edited: a draft the user changed by hand, tracked explicitly

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('edited', sa.Boolean(), server_default='0', nullable=False))
    # Before this column, "edited" was read as updated_at > created_at: keep every message
    # that rule called edited (it may over-count, never under-count, so no edit is lost).
    messages = sa.table('messages', sa.column('edited', sa.Boolean()),
                        sa.column('created_at', sa.DateTime()),
                        sa.column('updated_at', sa.DateTime()))
    op.execute(messages.update().where(messages.c.updated_at > messages.c.created_at)
               .values(edited=True))


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('edited')
