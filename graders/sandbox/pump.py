"""Feed a sandboxed process its stdin and read stdout, stderr and the value channel, each capped, until a deadline."""

from __future__ import annotations

import contextlib
import os
import selectors
import subprocess
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graders.sandbox.limits import Limits

CHANNEL_CAP = 4 * 1024 * 1024


def pump(proc: subprocess.Popen[bytes], channel_fd: int, stdin: bytes, limits: Limits, started: float) -> dict:  # type: ignore[type-arg]
    """Feed stdin and read stdout, stderr and the value channel until EOF, the wall limit or an output cap."""
    assert proc.stdin and proc.stdout and proc.stderr
    buffers = {"stdout": bytearray(), "stderr": bytearray(), "channel": bytearray()}
    caps = {"stdout": limits.output_bytes, "stderr": limits.output_bytes, "channel": CHANNEL_CAP}
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ, "stdout")
    selector.register(proc.stderr, selectors.EVENT_READ, "stderr")
    selector.register(channel_fd, selectors.EVENT_READ, "channel")
    pending = memoryview(stdin)
    os.set_blocking(proc.stdin.fileno(), False)
    if pending:
        selector.register(proc.stdin, selectors.EVENT_WRITE, "stdin")
    else:
        proc.stdin.close()
    received = dict.fromkeys(buffers, 0)
    timed_out = exceeded = False
    deadline = started + limits.wall_s
    open_reads = 3
    while open_reads:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        for key, _ in selector.select(min(remaining, 0.5)):
            if key.data == "stdin":
                try:
                    pending = pending[os.write(proc.stdin.fileno(), pending[:65536]):]
                except (BrokenPipeError, BlockingIOError):
                    pending = pending[:0]
                if not pending:
                    selector.unregister(proc.stdin)
                    proc.stdin.close()
                continue
            fd = key.fd
            chunk = os.read(fd, 65536)
            if not chunk:
                selector.unregister(key.fileobj)
                open_reads -= 1
                continue
            buffer = buffers[key.data]
            buffer += chunk[: max(0, caps[key.data] - len(buffer))]
            received[key.data] += len(chunk)
            exceeded = exceeded or received[key.data] > caps[key.data]
        if exceeded:
            break
    selector.close()
    for stream in (proc.stdout, proc.stderr, proc.stdin):
        with contextlib.suppress(OSError):
            stream.close()
    os.close(channel_fd)
    return {**{k: bytes(v) for k, v in buffers.items()}, "timed_out": timed_out, "exceeded": exceeded}
