"""inbox: replies found by `afterword inbox`, and how far each folder was read

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('inbox_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('folder', sa.String(length=200), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('from_name', sa.String(length=200), nullable=True),
    sa.Column('from_email', sa.String(length=320), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('corrected', sa.Boolean(), nullable=False),
    sa.Column('cues', sa.JSON(), nullable=False),
    sa.Column('timeframe', sa.String(length=200), nullable=True),
    sa.Column('excerpt', sa.Text(), nullable=True),
    sa.Column('matched_by', sa.String(length=20), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('interview_id', sa.Integer(), nullable=True),
    sa.Column('candidates', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('proposal', sa.String(length=20), nullable=True),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_inbox_replies_interview_id_interviews'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_inbox_replies_message_id_messages'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_replies')),
    sa.UniqueConstraint('key', name=op.f('uq_inbox_replies_key'))
    )
    with op.batch_alter_table('inbox_replies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inbox_replies_interview_id'), ['interview_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inbox_replies_state'), ['state'], unique=False)

    op.create_table('inbox_folders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(length=400), nullable=False),
    sa.Column('folder', sa.String(length=200), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
    sa.Column('last_uid', sa.BigInteger(), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_folders')),
    sa.UniqueConstraint('account', 'folder', name=op.f('uq_inbox_folders_account'))
    )


def downgrade() -> None:
    op.drop_table('inbox_folders')
    with op.batch_alter_table('inbox_replies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbox_replies_state'))
        batch_op.drop_index(batch_op.f('ix_inbox_replies_interview_id'))

    op.drop_table('inbox_replies')
