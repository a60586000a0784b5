"""report lists in SQL: topic lines as rows, PDFs in their own table

Staff lists used to read every report with its PDF and filter levels in Python. Each report's topic lines are now
rows (filter, page and count in SQL), and the PDF moves to ``report_pdfs`` so that a scan of ``reports`` does not
read ~70 kB per row.

Revision ID: 0005_report_lists
Revises: 0004_feedback_parts
Create Date: 2026-11-29 23:30:00

"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0005_report_lists'
down_revision = '0004_feedback_parts'
branch_labels = None
depends_on = None


def upgrade():
    lines = op.create_table(
        'report_topics',
        sa.Column('report_id', sa.Integer(), nullable=False),
        sa.Column('topic', sa.String(length=40), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('level', sa.String(length=20), nullable=False),
        sa.Column('theta', sa.Float(), nullable=False),
        sa.Column('se', sa.Float(), nullable=False),
        sa.Column('provisional', sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(['report_id'], ['reports.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('report_id', 'topic'),
    )
    op.create_index('ix_report_topics_topic_level', 'report_topics', ['topic', 'level'], unique=False)
    # Existing reports: their lines are copied from the payload they were signed with.
    reports = sa.table('reports', sa.column('id', sa.Integer()), sa.column('payload', sa.Text()))
    rows = [{"report_id": report_id, "topic": t["topic"], "position": i, "level": t["level"], "theta": t["theta"],
             "se": t["se"], "provisional": t.get("provisional")}
            for report_id, payload in op.get_bind().execute(sa.select(reports.c.id, reports.c.payload))
            for i, t in enumerate(json.loads(payload)["topics"])]
    if rows:
        op.bulk_insert(lines, rows)

    op.create_table(
        'report_pdfs',
        sa.Column('report_id', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['report_id'], ['reports.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('report_id'),
    )
    op.execute("INSERT INTO report_pdfs (report_id, data) SELECT id, pdf FROM reports")
    with op.batch_alter_table('reports') as batch_op:
        batch_op.drop_column('pdf')


def downgrade():
    with op.batch_alter_table('reports') as batch_op:
        batch_op.add_column(sa.Column('pdf', sa.LargeBinary(), nullable=True))
    op.execute("UPDATE reports SET pdf = (SELECT data FROM report_pdfs WHERE report_pdfs.report_id = reports.id)")
    with op.batch_alter_table('reports') as batch_op:
        batch_op.alter_column('pdf', existing_type=sa.LargeBinary(), nullable=False)
    op.drop_table('report_pdfs')
    op.drop_index('ix_report_topics_topic_level', table_name='report_topics')
    op.drop_table('report_topics')
