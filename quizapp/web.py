"""Blueprint registration and template helpers."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, url_for
from flask_babel import get_locale

from quizapp.pagination import page_url
from quizapp.rendering import inline_markdown_to_html, markdown_to_html


def init_app(app: Flask) -> None:
    """Register every blueprint, template filter and error page."""
    from quizapp.assess.views import bp as assess_bp
    from quizapp.auth.confirm_views import bp as confirm_bp
    from quizapp.auth.views import bp as auth_bp
    from quizapp.main.views import bp as main_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(confirm_bp, url_prefix="/auth")
    app.register_blueprint(assess_bp, url_prefix="/assess")
    from quizapp.authoring.views import bp as authoring_bp

    app.register_blueprint(authoring_bp, url_prefix="/author")
    from quizapp.admin.views import bp as admin_bp

    app.register_blueprint(admin_bp, url_prefix="/admin")
    from quizapp.reports.registration import register_report_blueprints  # /reports, /verify, /review
    register_report_blueprints(app)
    app.add_template_filter(markdown_to_html, "markdown")
    app.add_template_filter(inline_markdown_to_html, "markdown_inline")
    app.add_template_global(get_locale, "get_locale")
    app.add_template_global(page_url, "page_url")

    from quizapp.main.views import register_error_pages

    register_error_pages(app)


def public_url(endpoint: str, **values: Any) -> str:
    """An absolute link for use outside the site (PDFs, emails): on ``PUBLIC_BASE_URL`` when set (the app sits
    behind a proxy whose public name the request may not carry), else on the request's own host."""
    base = current_app.config.get("PUBLIC_BASE_URL")
    if base:
        return str(base).rstrip("/") + url_for(endpoint, **values)
    return url_for(endpoint, **values, _external=True)
