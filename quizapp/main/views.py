"""Home page, ``/health``, the language switcher and error pages."""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, jsonify, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import text
from werkzeug.exceptions import HTTPException

from quizapp.bank.schema import TOPICS
from quizapp.extensions import csrf, db

bp = Blueprint("main", __name__)


@bp.get("/")
def index() -> ResponseReturnValue:
    """Landing page: what quizapp is and how to start."""
    return render_template("main/index.html", topics=TOPICS)


@bp.get("/health")
@csrf.exempt
def health() -> ResponseReturnValue:
    """Liveness and database reachability for load balancers and monitors."""
    try:
        db.session.execute(text("SELECT 1"))
        database = "ok"
    except Exception as exc:  # a health check reports failures, it never raises
        current_app.logger.warning("health: database unreachable: %s", exc)
        database = "unreachable"
    status = 200 if database == "ok" else 503
    return jsonify(status="ok" if status == 200 else "degraded", database=database), status


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
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("main.index")
    return redirect(target)


def register_error_pages(app: Flask) -> None:
    """Friendly pages for HTTP errors, in the user's language."""

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> ResponseReturnValue:
        if request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json":
            return jsonify(error=exc.name, message=exc.description), exc.code or 500
        return render_template("error.html", error=exc), exc.code or 500
