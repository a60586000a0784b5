"""Structured logs: one JSON object per line in production (plain text in development), one line per request."""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Any

from flask import Flask, Response, g, request


class JsonFormatter(logging.Formatter):
    """Log records as JSON lines: time, level, logger, message, and any ``extra`` fields."""

    RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        """The record as one JSON line."""
        data: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
            "logger": record.name, "message": record.getMessage(),
        }
        data.update({k: v for k, v in record.__dict__.items() if k not in self.RESERVED})
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str)


def init_app(app: Flask) -> None:
    """Configure the log format and log every request with its duration and a request id."""
    fmt = app.config.get("LOG_FORMAT") or ("json" if app.config.get("ENV") == "production" else "text")
    if fmt == "json":
        handler = logging.StreamHandler()
        handler.setFormatter(JsonFormatter())
        app.logger.handlers = [handler]
        app.logger.setLevel(logging.INFO)
        app.logger.propagate = False

    @app.before_request
    def _start_timer() -> None:
        g.request_started = time.perf_counter()
        g.request_id = request.headers.get("X-Request-ID", "")[:64] or uuid.uuid4().hex[:16]

    @app.after_request
    def _log_request(response: Response) -> Response:
        started = g.get("request_started")
        if started is not None and request.endpoint != "static":
            from flask_login import current_user

            app.logger.info("request", extra={
                "request_id": g.get("request_id"), "method": request.method, "path": request.path,
                "status": response.status_code, "duration_ms": round(1000 * (time.perf_counter() - started), 1),
                "user_id": current_user.id if current_user and current_user.is_authenticated else None,
            })
        response.headers.setdefault("X-Request-ID", g.get("request_id", ""))
        return response
