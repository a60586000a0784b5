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
    check_signing_key(app)


def check_signing_key(app: Flask) -> None:
    """In production, refuse to start without the report signing key (reports could not be signed)."""
    import os

    from quizapp.reports.signing import SigningKeyMissing, key_path

    # Command-line use (flask ... keys generate, db upgrade) must work before the key exists; servers must not.
    if app.config.get("ENV") != "production" or os.environ.get("FLASK_RUN_FROM_CLI") == "true":
        return
    with app.app_context():
        path = key_path()
    if not path.is_file():
        raise SigningKeyMissing(f"report signing key file {path} is missing: create it with "
                                "'flask --app quizapp keys generate' and set QUIZAPP_SIGNING_KEY_FILE")
