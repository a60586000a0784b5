"""Command-line entry point: ``python -m graders check`` and ``python -m graders run``.

Both sub-commands are contracts relied on from outside the project (see DESIGN §3.1 and §3.2).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the math checker or the code runner; return the process exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in {"check", "run"}:
        print("usage: python -m graders {check|run} ...", file=sys.stderr)
        print("  check  read JSON Lines of math answers on stdin, grade each", file=sys.stderr)
        print("  run    run a code submission in the sandbox (see --help)", file=sys.stderr)
        return 2
    if args[0] == "check":
        from graders.math.cli import main as check_main

        return check_main(args[1:])
    from graders.sandbox.cli import main as run_main

    return run_main(args[1:])


if __name__ == "__main__":
    sys.exit(main())
