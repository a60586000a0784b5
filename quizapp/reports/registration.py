"""Registers the readiness-report blueprints: the applicant's ``/reports``, public ``/verify``, staff ``/review``."""

from __future__ import annotations

from flask import Flask


def register_report_blueprints(app: Flask) -> None:
    """Attach the three blueprints under their URL prefixes."""
    from quizapp.reports.verify_views import bp as verify_bp
    from quizapp.reports.views import bp as reports_bp
    from quizapp.review.views import bp as review_bp

    app.register_blueprint(reports_bp, url_prefix="/reports")
    app.register_blueprint(verify_bp, url_prefix="/verify")
    app.register_blueprint(review_bp, url_prefix="/review")
