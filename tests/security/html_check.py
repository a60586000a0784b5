"""Find executable markup in an HTML page: script elements, ``on*`` handlers and ``javascript:`` URLs."""

from __future__ import annotations

from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[str] = []
        self.script_urls: list[str] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}={value!r}>")
            # Browsers ignore spaces and control characters before the scheme ("java\tscript:" runs too).
            squeezed = "".join(ch for ch in (value or "") if ch > " ").lower()
            if name in URL_ATTRIBUTES and squeezed.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.script_urls.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self._in_script = {"src": dict(attrs).get("src"), "body": ""}
            self.scripts.append(self._in_script)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._in_script["body"] = (self._in_script["body"] or "") + data


def executable_markup(page: str, allowed_script_prefix: str = "/static/") -> list[str]:
    """Everything in ``page`` a browser would run, except our own external scripts from ``/static/``."""
    finder = _Finder()
    finder.feed(page)
    finder.close()
    found = [*finder.handlers, *finder.script_urls]
    for script in finder.scripts:
        src, body = script["src"], (script["body"] or "").strip()
        if body or not src or not src.startswith(allowed_script_prefix):
            found.append(f"<script src={src!r}>{body[:80]}</script>")
    return found
