"""Uploaded attestations are kept outside the web root: no URL of the app serves them, to anyone."""

from __future__ import annotations

import io
from pathlib import Path

from tests.security.world import World

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def test_uploaded_attestation_has_no_public_url(world: World) -> None:
    folder = Path(world.app.config["REPORTS_UPLOAD_DIR"])
    before = set(folder.glob("*")) if folder.exists() else set()
    posted = world.client("applicant").post(
        "/reports/checklist", data={"attestation": (io.BytesIO(PNG), "../../static/mine.png", "image/png")},
        content_type="multipart/form-data")
    assert posted.status_code == 302
    stored = set(folder.glob("*")) - before
    assert len(stored) == 1, "the attestation was not stored"
    path = stored.pop()
    assert path.read_bytes() == PNG and path.name != "mine.png"  # a random name, never the sender's
    static = Path(world.app.static_folder or "").resolve()
    assert not path.resolve().is_relative_to(static)
    assert not (static / "mine.png").exists()
    for identity in ("anonymous", "applicant", "staff", "admin"):
        client = world.client(identity)
        for url in (f"/static/{path.name}", f"/uploads/{path.name}", f"/instance/uploads/{path.name}",
                    f"/reports/uploads/{path.name}", f"/static/../instance/uploads/{path.name}"):
            response = client.get(url)
            assert response.status_code == 404, f"{url} as {identity}: {response.status_code}"
            assert response.get_data() != PNG
            response.close()
