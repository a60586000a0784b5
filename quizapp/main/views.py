"""Home page, ``/health``, the language switcher and error pages."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, Flask, current_app, jsonify, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import text
from werkzeug.exceptions import HTTPException

from quizapp.bank.schema import TOPICS
from quizapp.extensions import csrf, db
from quizapp.security import is_safe_redirect

bp = Blueprint("main", __name__)


@bp.get("/")
def index() -> ResponseReturnValue:
    """Landing page: what quizapp is and how to start."""
    return render_template("main/index.html", topics=TOPICS)


@bp.get("/health")
@csrf.exempt
def health() -> ResponseReturnValue:
    """Liveness for load balancers: the database (and Redis when configured) answer; 503 otherwise."""
    checks = {"database": _check(lambda: db.session.execute(text("SELECT 1")))}
    if current_app.config.get("REDIS_URL"):
        checks["redis"] = _check(_ping_redis)
    status = 200 if all(v == "ok" for v in checks.values()) else 503
    return jsonify(status="ok" if status == 200 else "degraded", **checks), status


def _check(probe: Callable[[], object]) -> str:
    """Run one health probe; a health check reports failures, it never raises."""
    try:
        probe()
    except Exception as exc:
        current_app.logger.warning("health check failed: %s", exc)
        db.session.rollback()
        return "unreachable"
    return "ok"


def _ping_redis() -> None:
    from redis import Redis

    Redis.from_url(current_app.config["REDIS_URL"], socket_timeout=1).ping()


@bp.post("/language")
def set_language() -> ResponseReturnValue:
    """Remember the chosen language in the session (and on the account) and go back."""
    from flask_login import current_user

    lang = request.form.get("lang", "")
    if lang in current_app.config["LANGUAGES"]:
        session["lang"] = lang
        if current_user.is_authenticated:
            current_user.locale = lang
            db.session.commit()
    target = request.form.get("next") or url_for("main.index")
    if not is_safe_redirect(target):  # security fix: "/<tab>/evil.example" went off-site
        target = url_for("main.index")
    return redirect(target)


def register_error_pages(app: Flask) -> None:
    """Friendly pages for HTTP errors, in the user's language."""

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> ResponseReturnValue:
        if request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json":
            return jsonify(error=exc.name, message=exc.description), exc.code or 500
        return render_template("error.html", error=exc), exc.code or 500
