"""Configuration classes. Every setting can be overridden by an environment variable ``QUIZAPP_<NAME>``."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any, ClassVar

REPO_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str | None = None) -> str | None:
    """Read ``QUIZAPP_<name>`` from the environment."""
    return os.environ.get(f"QUIZAPP_{name}", default)


class Config:
    """Defaults for development: SQLite in the instance folder, in-process code runs, in-memory rate limits."""

    ENV = _env("ENV", "development")
    SECRET_KEY: str | None = _env("SECRET_KEY") or os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI: str | None = os.environ.get("DATABASE_URL") or _env("DATABASE_URL")
    SQLALCHEMY_ENGINE_OPTIONS: ClassVar[dict[str, Any]] = {"pool_pre_ping": True}
    REDIS_URL: str | None = os.environ.get("REDIS_URL") or _env("REDIS_URL")
    # The site's public address, for links read outside it (report QR codes, reset emails) behind a proxy.
    PUBLIC_BASE_URL: str | None = os.environ.get("PUBLIC_BASE_URL") or _env("PUBLIC_BASE_URL")
    QUESTION_BANK = Path(_env("QUESTION_BANK", str(REPO_ROOT / "question_bank")) or "")
    LANGUAGES = ("en", "fr")
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_TRANSLATION_DIRECTORIES = str(Path(__file__).parent / "translations")
    RATELIMIT_LOGIN = _env("RATELIMIT_LOGIN", "10 per minute")
    # Reset emails to one address, from any IP: enough to retry, too few to flood someone's inbox.
    RATELIMIT_RESET_PER_EMAIL = _env("RATELIMIT_RESET_PER_EMAIL", "3 per hour")
    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL") or "memory://"
    RATELIMIT_HEADERS_ENABLED = True
    REVIEW_PAGE_SIZE = int(_env("REVIEW_PAGE_SIZE", "50") or 50)  # reports per page of the staff dashboard
    LOGIN_MAX_FAILURES = int(_env("LOGIN_MAX_FAILURES", "8") or 8)
    LOGIN_LOCKOUT_MINUTES = int(_env("LOGIN_LOCKOUT_MINUTES", "15") or 15)
    # Password reset links are emailed through this SMTP server; without one, development logs the link.
    MAIL_SERVER = _env("MAIL_SERVER")
    MAIL_PORT = int(_env("MAIL_PORT", "587") or 587)
    MAIL_USE_TLS = (_env("MAIL_USE_TLS", "1") or "1") not in {"0", "false", "no"}
    MAIL_USERNAME = _env("MAIL_USERNAME")
    MAIL_PASSWORD = _env("MAIL_PASSWORD")
    MAIL_SENDER = _env("MAIL_SENDER", "quizapp <no-reply@localhost>")
    PASSWORD_RESET_HOURS = 1
    INVITATION_HOURS = 72  # a new staff or instructor account's link to choose its password
    CONFIRM_EMAIL_HOURS = 72  # an applicant's link to confirm their email address
    WTF_CSRF_TIME_LIMIT = None  # an applicant may think about a question for hours: tie CSRF to the session only
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"  # security fix: Flask-Login sends no SameSite by default (the session has Lax)
    # Adaptive testing: a topic stops at this standard error (ability scale, population SD = 1), or at its cap.
    QUIZ_TOPIC_SE_TARGET = float(_env("TOPIC_SE_TARGET", "0.4") or 0.4)
    QUIZ_MIN_ITEMS_PER_TOPIC = int(_env("MIN_ITEMS_PER_TOPIC", "3") or 3)
    QUIZ_MAX_ITEMS_PER_TOPIC = int(_env("MAX_ITEMS_PER_TOPIC", "12") or 12)
    QUIZ_MAX_ITEMS_TOTAL: int | None = int(_env("MAX_ITEMS_TOTAL", "0") or 0) or None
    QUIZ_EXPOSURE_CONTROL = (_env("EXPOSURE_CONTROL", "1") or "1") not in {"0", "false", "no"}
    # A topic stops once its 95 % band lies inside one readiness level (staff's cut scores), before its SE target.
    QUIZ_STOP_AT_DECIDED_LEVEL = (_env("STOP_AT_DECIDED_LEVEL", "1") or "1") not in {"0", "false", "no"}
    LOG_FORMAT = _env("LOG_FORMAT")  # "json" or "text"; default json in production
    TESTING = False


class ProductionConfig(Config):
    """Production: a secret key must be supplied; cookies only over HTTPS."""

    ENV = "production"
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True


class TestConfig(Config):
    """Tests: throwaway database, CSRF off for the plain client (one test turns it back on), fixed secret."""

    ENV = "testing"
    TESTING = True
    SECRET_KEY = "test-secret-key-not-for-production"
    WTF_CSRF_ENABLED = False
    RATELIMIT_ENABLED = False
    RATELIMIT_STORAGE_URI = "memory://"
    SQLALCHEMY_DATABASE_URI = os.environ.get("TEST_DATABASE_URL") or "sqlite://"


def config_for_env() -> type[Config]:
    """Pick the configuration class from ``QUIZAPP_ENV``."""
    return ProductionConfig if _env("ENV", "development") == "production" else Config


def ensure_secret_key(config: dict, instance_path: Path) -> None:
    """Fill ``SECRET_KEY``: required in production, generated once into ``instance/`` in development.

    Raises RuntimeError so that a production server refuses to start with a guessable key.
    """
    if config.get("SECRET_KEY"):
        return
    if config.get("ENV") == "production":
        raise RuntimeError(
            "QUIZAPP_SECRET_KEY (or SECRET_KEY) must be set in production; "
            'generate one with: python -c "import secrets; print(secrets.token_hex(32))"'
        )
    key_file = instance_path / "secret_key"
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    config["SECRET_KEY"] = key_file.read_text().strip()
