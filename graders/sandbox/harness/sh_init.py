"""Inside the sandbox: copy the prepared tree into /work, run the applicant's command, then report the file state.

Before reading any file every other process of the run is killed, so nothing changes while the state is read.
Links are recorded, never followed; FIFOs, devices and huge files are never opened. The channel carries only the
exit code and the state: the grader compares them with the reference outside.
"""

from __future__ import annotations

# Start-up cost is most of a short run: json, subprocess, shutil (re), signal (enum) and hashlib (when not
# collecting) would add about 10 ms, so this file uses the os module and small local helpers instead.
import _signal as signal
import os
import stat
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tinyjson import dumps

MAX_ENTRIES = 2000
MAX_CONTENT = 64 * 1024


def main() -> int:
    """Prepare /work, run /in/submission.sh with bash, collect /work; exit code and state go to the channel."""
    channel_fd = int(os.environ.pop("QUIZAPP_CHANNEL_FD"))
    os.set_inheritable(channel_fd, False)  # the applicant's processes must never get the channel
    channel = os.fdopen(channel_fd, "w", encoding="utf-8")
    if os.path.isdir("/in/tree"):
        copy_tree("/in/tree", "/work")
    os.chdir("/work")
    try:
        pid = os.posix_spawn("/bin/bash", ["/bin/bash", "/in/submission.sh"], os.environ, setsid=True)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        try:  # noqa: SIM105 - contextlib would cost an import on every run
            os.kill(-1, signal.SIGKILL)  # every process of this sandbox but us and bwrap's PID 1
        except ProcessLookupError:
            pass
    record = {"kind": "shell", "exit": code}
    if len(sys.argv) > 1 and sys.argv[1] == "--collect":
        record["files"] = collect("/work")
    channel.write(dumps(record) + "\n")
    channel.flush()
    return code if code >= 0 else 128 - code


def copy_tree(source: str, target: str) -> None:
    """Copy a prepared tree like shutil.copytree(symlinks=True, dirs_exist_ok=True): links stay links, and
    files and folders keep their permissions and times (the folder's own stat is copied after its content)."""
    os.makedirs(target, exist_ok=True)
    with os.scandir(source) as entries:
        for entry in entries:
            destination = os.path.join(target, entry.name)
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), destination)
            elif entry.is_dir(follow_symlinks=False):
                copy_tree(entry.path, destination)
            elif entry.is_file(follow_symlinks=False):
                with open(entry.path, "rb") as reader, open(destination, "wb") as writer:
                    writer.write(reader.read())
                _copy_stat(entry.path, destination)
    _copy_stat(source, target)


def _copy_stat(source: str, target: str) -> None:
    info = os.stat(source, follow_symlinks=False)
    os.chmod(target, stat.S_IMODE(info.st_mode))
    os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns))


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
                    item["sha256"] = _sha256(data)
                    item["text"] = data.decode("utf-8", "replace")[:4000]
            finally:
                os.close(fd)
    else:
        item["type"] = "fifo" if stat.S_ISFIFO(mode) else "other"
    return item


def _sha256(data: bytes) -> str:
    import hashlib  # only when collecting: OpenSSL's start-up costs a few ms

    return hashlib.sha256(data).hexdigest()


if __name__ == "__main__":
    sys.exit(main())
