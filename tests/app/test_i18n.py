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


def test_catalog_holds_every_marked_string_of_the_source(tmp_path: Path) -> None:
    """A string marked in quizapp/, graders/ or templates/ but never extracted would stay English."""
    from babel.messages.frontend import CommandLineInterface

    root = PO.parents[4]
    pot = tmp_path / "fresh.pot"
    CommandLineInterface().run(["pybabel", "-q", "extract", "-F", str(root / "babel.cfg"), "-k", "_l",
                                "-k", "lazy_gettext", "-k", "N_", "-o", str(pot), str(root)])
    with pot.open("rb") as fresh, PO.open("rb") as current:
        extracted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fresh) if m.id}
        catalog = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(current, locale="fr") if m.id}
    assert {"Password", "Not equivalent to the expected answer."} <= extracted  # the app's and the graders'
    assert sorted(extracted - catalog) == [], "run `make translations` and translate the new strings"


def test_translations_use_only_the_fields_their_message_fills() -> None:
    """A French text naming a %(field)s the English does not fill would fail when shown (a server error)."""
    import re

    field = re.compile(r"%\((\w+)\)[sd]")
    with PO.open("rb") as f:
        catalog = read_po(f, locale="fr")
    wrong = []
    for message in catalog:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        filled = {name for text in ids for name in field.findall(text)}
        wrong += [(ids[0], text) for text in texts if set(field.findall(text)) - filled]
    assert wrong == []


def test_feedback_with_numbers_is_translated_sentence_by_sentence(app) -> None:
    from graders.math import check
    from quizapp.i18n import localised_feedback
    from quizapp.qtypes import REGISTRY
    from quizapp.qtypes.base import wordings_from_json, wordings_to_json

    run = {"status": "failed", "score": 0.5,
           "tests": [{"passed": True}, {"passed": False, "message": "empty — hint: Mind the empty list."}]}
    grade = REGISTRY["python_code"].grade_from_run(run)
    assert grade.feedback == "1/2 hidden tests passed. Mind the empty list."
    stored = wordings_from_json(wordings_to_json(grade.parts))  # as saved with the response and read back
    shape = check("matrix", "[[1, 0]]", "[[1, 2], [3, 4]]")
    with app.test_request_context(headers={"Accept-Language": "fr"}):
        # the counts are filled into the French sentence; the exercise's own hint is shown as written
        assert localised_feedback(grade.feedback, stored) == "1/2 tests cachés réussis. Mind the empty list."
        assert localised_feedback(shape.message, [shape.wording]) == \
            "La matrice attendue est de taille 2×2\u00a0; la vôtre, 1×2."
        assert localised_feedback("1/2 hidden tests passed.") == "1/2 hidden tests passed."  # saved before: as is
