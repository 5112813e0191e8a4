"""programs.size: each permalink's bytes, summed for the storage cap (routers/tryit.py)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("size", sa.Integer(), nullable=False, server_default="0"))
    # Characters, not bytes, for the links saved before: close enough for a cap on the total.
    op.execute("UPDATE programs SET size = length(source)")


def downgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.drop_column("size")
