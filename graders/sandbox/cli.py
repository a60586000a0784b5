"""`python -m graders run --language ... --submission FILE [--exercise DIR] [--stdin FILE]` (DESIGN §3.2)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    """Run or grade one submission and print one JSON object; exit 0 unless the arguments are wrong."""
    parser = argparse.ArgumentParser(prog="python -m graders run", description=__doc__)
    parser.add_argument("--language", required=True, choices=["python", "java", "shell"])
    parser.add_argument("--submission", required=True, type=Path)
    parser.add_argument("--exercise", type=Path)
    parser.add_argument("--stdin", type=Path)
    parser.add_argument("--suite", choices=["hidden", "visible"], default="hidden")
    args = parser.parse_args(argv)
    from graders.sandbox import compile_service, prestart, run_code

    # One run and exit: a spare sandbox or a compile service would only be started to be thrown away
    prestart.set_enabled(False)
    compile_service.set_enabled(False)

    try:
        source = args.submission.read_text(encoding="utf-8")
        stdin = args.stdin.read_text(encoding="utf-8") if args.stdin else None
    except (OSError, UnicodeDecodeError) as error:
        print(f"cannot read input: {error}", file=sys.stderr)
        return 2
    result = run_code(args.language, source, exercise=args.exercise, suite=args.suite, stdin=stdin)
    print(json.dumps(result.to_json(), ensure_ascii=False))
    return 0
