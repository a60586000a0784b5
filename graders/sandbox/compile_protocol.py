"""The compile service's frames (see harness/CompileService.java): length-prefixed, big-endian, read with a deadline."""

from __future__ import annotations

import os
import select
import struct
import time
from dataclasses import dataclass

MAX_MESSAGE = 1024 * 1024


@dataclass(frozen=True)
class Answer:
    """The service's answer to one job."""

    status: int  # 0: compiled; 1: the submission does not compile
    message: str
    test_errors: list[str]  # one per test, "" when it compiled


def request_frame(job: int, files: dict[str, bytes]) -> bytes:
    """Encode a compile job: its number, then each file's name and bytes."""
    parts = [struct.pack(">ii", job, len(files))]
    for name, data in files.items():
        encoded = name.encode()
        parts.append(struct.pack(">i", len(encoded)) + encoded + struct.pack(">i", len(data)) + data)
    return b"".join(parts)


def read_answer(fd: int, job: int, deadline: float) -> Answer:
    """Read the answer to `job`; TimeoutError past `deadline`, ValueError on a malformed or foreign frame."""
    reader = _Reader(fd, deadline)
    got, status = struct.unpack(">ii", reader.exactly(8))
    if got != job:
        raise ValueError(f"answer to job {got}, expected {job}")
    message = reader.text()
    (count,) = struct.unpack(">i", reader.exactly(4))
    if not 0 <= count <= 10_000:
        raise ValueError("bad test count")
    return Answer(status, message, [reader.text() for _ in range(count)])


class _Reader:
    def __init__(self, fd: int, deadline: float) -> None:
        self.fd, self.deadline, self.buffer = fd, deadline, bytearray()

    def exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.fd], [], [], remaining)[0]:
                raise TimeoutError("the compile service did not answer in time")
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                raise ValueError("the compile service closed its output")
            self.buffer += chunk
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def text(self) -> str:
        (size,) = struct.unpack(">i", self.exactly(4))
        if not 0 <= size <= MAX_MESSAGE:
            raise ValueError("bad message size")
        return self.exactly(size).decode("utf-8", "replace")
