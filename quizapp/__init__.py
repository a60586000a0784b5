"""quizapp: prerequisite self-assessment. ``create_app`` is the application factory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

from quizapp.config import REPO_ROOT, Config, config_for_env, ensure_secret_key


def create_app(config: type[Config] | dict[str, Any] | None = None) -> Flask:
    """Build the app: configuration, extensions, blueprints, CLI commands and security headers."""
    app = Flask(
        __name__, instance_relative_config=True, template_folder=str(REPO_ROOT / "templates"),
    )
    app.config.from_object(config_for_env())
    if isinstance(config, dict):
        app.config.update(config)
    elif config is not None:
        app.config.from_object(config)
    instance = Path(app.instance_path)
    ensure_secret_key(app.config, instance)
    if not app.config.get("SQLALCHEMY_DATABASE_URI"):
        instance.mkdir(parents=True, exist_ok=True)
        app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{instance / 'quizapp.sqlite3'}"

    from quizapp import extensions, logs, security, web

    logs.init_app(app)
    extensions.init_app(app)
    security.init_app(app)
    web.init_app(app)

    from quizapp.cli import init_app as init_cli

    init_cli(app)
    return app
