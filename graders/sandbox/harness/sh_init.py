"""Inside the sandbox: copy the prepared tree into /work, run the applicant's command, then report the file state.

Before reading any file every other process of the run is killed, so nothing changes while the state is read.
Links are recorded, never followed; FIFOs, devices and huge files are never opened. The channel carries only the
exit code and the state: the grader compares them with the reference outside.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys

MAX_ENTRIES = 2000
MAX_CONTENT = 64 * 1024


def main() -> int:
    """Prepare /work, run /in/submission.sh with bash, collect /work; exit code and state go to the channel."""
    channel = os.fdopen(int(os.environ.pop("QUIZAPP_CHANNEL_FD")), "w")
    if os.path.isdir("/in/tree"):
        shutil.copytree("/in/tree", "/work", symlinks=True, dirs_exist_ok=True)
    os.chdir("/work")
    try:
        child = subprocess.Popen(["/bin/bash", "/in/submission.sh"], close_fds=True, pass_fds=(),
                                 start_new_session=True)
        code = child.wait()
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        with contextlib.suppress(ProcessLookupError):
            os.kill(-1, signal.SIGKILL)  # every process of this sandbox but us and bwrap's PID 1
    record = {"kind": "shell", "exit": code}
    if len(sys.argv) > 1 and sys.argv[1] == "--collect":
        record["files"] = collect("/work")
    channel.write(json.dumps(record) + "\n")
    channel.flush()
    return code if code >= 0 else 128 - code


def collect(root: str) -> dict[str, dict]:
    """Describe every entry under `root` without following links or opening anything but small regular files."""
    state: dict[str, dict] = {}
    pending = [""]
    while pending and len(state) < MAX_ENTRIES:
        relative = pending.pop()
        with os.scandir(os.path.join(root, relative) if relative else root) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                path = f"{relative}/{entry.name}" if relative else entry.name
                info = entry.stat(follow_symlinks=False)
                state[path] = describe(entry.path, info)
                if stat.S_ISDIR(info.st_mode):
                    pending.append(path)
                if len(state) >= MAX_ENTRIES:
                    break
    return state


def describe(path: str, info: os.stat_result) -> dict:
    """Type, permissions, and for a small regular file its content (read through O_NOFOLLOW | O_NONBLOCK)."""
    mode = info.st_mode
    item: dict = {"mode": oct(stat.S_IMODE(mode))}
    if stat.S_ISLNK(mode):
        item.update(type="link", target=os.readlink(path)[:1000])
    elif stat.S_ISDIR(mode):
        item["type"] = "dir"
    elif stat.S_ISREG(mode):
        item.update(type="file", size=info.st_size)
        if info.st_size <= MAX_CONTENT:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            try:
                if stat.S_ISREG(os.fstat(fd).st_mode):
                    data = os.read(fd, MAX_CONTENT + 1)[:MAX_CONTENT]
                    item["sha256"] = hashlib.sha256(data).hexdigest()
                    item["text"] = data.decode("utf-8", "replace")[:4000]
            finally:
                os.close(fd)
    else:
        item["type"] = "fifo" if stat.S_ISFIFO(mode) else "other"
    return item


if __name__ == "__main__":
    sys.exit(main())
