"""English and French: every interface string has a French translation, and the switcher works."""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po

PO = Path(__file__).resolve().parents[2] / "quizapp" / "translations" / "fr" / "LC_MESSAGES" / "messages.po"


def test_every_string_is_translated() -> None:
    with PO.open("rb") as f:
        catalog = read_po(f, locale="fr")
    missing = [m.id for m in catalog if m.id and (m.fuzzy or not all(
        m.string if isinstance(m.string, tuple) else [m.string]))]
    assert missing == [], f"untranslated strings (add them to scripts/fr_catalog.py): {missing}"


def test_language_switcher_and_accept_language(client) -> None:
    assert "Connexion" in client.get("/auth/login", headers={"Accept-Language": "fr-FR,fr;q=0.9"}).get_data(
        as_text=True)
    client.post("/language", data={"lang": "fr", "next": "/auth/login"})
    page = client.get("/auth/login").get_data(as_text=True)
    assert "Mot de passe" in page and 'lang="fr"' in page
    client.post("/language", data={"lang": "en"})
    assert "Password" in client.get("/auth/login").get_data(as_text=True)


def test_switcher_refuses_offsite_redirect(client) -> None:
    response = client.post("/language", data={"lang": "fr", "next": "//evil.example"})
    assert response.headers["Location"] == "/"
