"""feedback parts: graded feedback as translatable templates with their fields

Revision ID: 0004_feedback_parts
Revises: 0003_reports
Create Date: 2026-11-29 14:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0004_feedback_parts'
down_revision = '0003_reports'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('responses') as batch_op:
        batch_op.add_column(sa.Column('feedback_parts', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('responses') as batch_op:
        batch_op.drop_column('feedback_parts')
