"""email confirmation: when an account's owner opened a link sent to its address

Accounts created before it stay unconfirmed: their owners confirm from the account page (or by any emailed
password link).

Revision ID: 0006_email_confirmation
Revises: 0005_report_lists
Create Date: 2026-11-29 23:50:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0006_email_confirmation'
down_revision = '0005_report_lists'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users') as batch_op:
        batch_op.add_column(sa.Column('email_confirmed_at', sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table('users') as batch_op:
        batch_op.drop_column('email_confirmed_at')
