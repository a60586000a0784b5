"""A minimal JSON writer for the value channel (runs inside the sandbox, imports nothing).

`import json` pulls in `re`, `enum` and friends: about 10 ms of a 20 ms harness start. The values written here
are already JSON-safe (see valuecodec), so a writer for None, bools, ints, floats, strings, lists and dicts
with string keys is all the channel needs; the host parses it with the real `json`.
"""

from __future__ import annotations

# Quotes, backslashes, control characters and lone surrogates (not encodable as UTF-8) become escapes.
_ESCAPES = {code: f"\\u{code:04x}" for code in [*range(0x20), *range(0xD800, 0xE000)]}
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r"})


def dumps(value: object) -> str:
    """Serialise a JSON-safe value as compact JSON text (ValueError for anything else)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return '"' + value.translate(_ESCAPES) + '"'
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("non-finite float")
        return float.__repr__(value)
    if isinstance(value, list | tuple):
        return "[" + ",".join(dumps(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(dumps(str(key)) + ":" + dumps(item) for key, item in dict.items(value)) + "}"
    raise ValueError(f"not JSON-safe: {type(value).__name__}")
