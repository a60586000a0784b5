"""Production settings: refusal to start without a secret key or without the report signing key, and the
cookie flags (HttpOnly, SameSite=Lax, Secure) on the session and remember-me cookies.

The production checks run in a subprocess: the configuration is read from the environment at import time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from flask.testing import FlaskClient

from tests.security.world import REPO, csrf_token_of

PRODUCTION_LOGIN = """
import json
from quizapp import create_app
from quizapp.extensions import db
from quizapp.models import User

app = create_app()
with app.app_context():
    db.create_all()
    user = User(email="ada@example.org", name="Ada")
    user.set_password("long enough password")
    db.session.add(user)
    db.session.commit()
client = app.test_client()
page = client.get("/auth/login", base_url="https://quizapp.test").get_data(as_text=True)
token = page.split('name="csrf_token"')[1].split('value="')[1].split('"')[0]
response = client.post("/auth/login", base_url="https://quizapp.test", headers={"Referer": "https://quizapp.test/"},
                       data={"email": "ada@example.org", "password": "long enough password", "remember": "y",
                             "csrf_token": token})
print(json.dumps({"status": response.status_code, "cookies": response.headers.getlist("Set-Cookie")}))
"""
START = "from quizapp import create_app; create_app()"


def run_production(tmp_path: Path, script: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a fresh interpreter with QUIZAPP_ENV=production and only the given settings of ours."""
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("QUIZAPP_", "FLASK_")) and k not in {"SECRET_KEY", "DATABASE_URL"}}
    clean.update({"QUIZAPP_ENV": "production", "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}", **env})
    return subprocess.run([sys.executable, "-c", script], env=clean, cwd=REPO, capture_output=True, text=True,
                          timeout=120)


def signing_key_file(tmp_path: Path) -> str:
    """A real Ed25519 key file, as ``flask keys generate`` writes it."""
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    path = tmp_path / "signing_key.pem"
    path.write_bytes(pem)
    return str(path)


def cookie_flags(set_cookie: str) -> tuple[str, set[str]]:
    """The cookie's name and its attributes, lower-cased (``samesite=lax``, ``httponly``, ``secure``)."""
    name, *attributes = (part.strip() for part in set_cookie.split(";"))
    return name.split("=")[0], {a.lower() for a in attributes if not a.lower().startswith(("expires", "path",
                                                                                          "max-age"))}


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    result = run_production(tmp_path, START, QUIZAPP_SIGNING_KEY_FILE=signing_key_file(tmp_path))
    assert result.returncode != 0
    assert "RuntimeError" in result.stderr and "QUIZAPP_SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_the_signing_key(tmp_path: Path) -> None:
    # A fresh key would make every report issued so far unverifiable: production never mints one.
    missing = tmp_path / "keys" / "signing_key.pem"
    result = run_production(tmp_path, START, QUIZAPP_SECRET_KEY="k" * 64, QUIZAPP_SIGNING_KEY_FILE=str(missing))
    assert result.returncode != 0 and "SigningKeyMissing" in result.stderr and str(missing) in result.stderr
    assert not missing.exists()


def test_production_cookies_are_secure_httponly_and_lax(tmp_path: Path) -> None:
    result = run_production(tmp_path, PRODUCTION_LOGIN, QUIZAPP_SECRET_KEY="k" * 64,
                            QUIZAPP_SIGNING_KEY_FILE=signing_key_file(tmp_path))
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["status"] == 302
    flags = dict(cookie_flags(c) for c in outcome["cookies"])
    assert {"session", "remember_token"} <= set(flags)
    for name in ("session", "remember_token"):
        assert {"httponly", "secure", "samesite=lax"} <= flags[name], name


def test_development_cookies_are_httponly_and_lax(client: FlaskClient, auth) -> None:
    auth.register()
    auth.logout()
    token = csrf_token_of(client.get("/auth/login").get_data(as_text=True))
    response = client.post("/auth/login", data={"email": "ada@example.org", "password": "correct horse battery",
                                                "remember": "y", "csrf_token": token})
    flags = dict(cookie_flags(c) for c in response.headers.getlist("Set-Cookie"))
    for name in ("session", "remember_token"):
        assert {"httponly", "samesite=lax"} <= flags[name], name
