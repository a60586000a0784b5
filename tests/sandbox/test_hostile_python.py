"""Hostile Python submissions, written as an attacker would: each must be contained and never graded as passed."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

import pytest

Runner = Callable[..., dict[str, Any]]

pytestmark = pytest.mark.sandbox
RIGHT = "def square(x):\n    return x * x\n"
NOT_PASSED = {"failed", "timeout", "memory", "output_limit", "runtime_error", "compile_error"}


def _graded(run: Runner, source: str) -> dict:
    return run("python", textwrap.dedent(source), exercise="python/square")


ATTACKS = {
    "infinite loop at import": "while True:\n    pass\n",
    "infinite loop in the call": "def square(x):\n    while True:\n        pass\n",
    "loop that swallows the alarm": """
        def square(x):
            while True:
                try:
                    while True:
                        pass
                except BaseException:
                    pass
        """,
    "sleep forever": "import time\ntime.sleep(10**6)\n",
    "fork bomb": "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
    "thread bomb": """
        import threading, time
        while True:
            try:
                threading.Thread(target=time.sleep, args=(100,)).start()
            except BaseException:
                pass
        """,
    "memory bomb": "x = bytearray(2**31)\nwhile True:\n    x += bytearray(2**28)\n",
    "16 children x 400 MB": """
        import os, time
        for _ in range(16):
            if os.fork() == 0:
                try:
                    b = bytearray(400 * 2**20)
                    time.sleep(5)
                finally:
                    os._exit(0)
        os.wait()
        """,
    "stdout flood": "while True:\n    print('x' * 4096)\n",
    "stderr flood": "import sys\nwhile True:\n    sys.stderr.write('y' * 4096)\n",
    "giant file": """
        with open('/work/big', 'wb') as f:
            while True:
                f.write(b'z' * 2**20)
        """,
    "many files": """
        import os
        i = 0
        while True:
            open(f'/work/f{i}', 'w').close(); i += 1
        """,
    "fake all-passed output and exit 0": """
        print('{"status": "passed", "score": 1.0, "tests": [{"name": "x", "passed": true}]}')
        print('ALL TESTS PASSED')
        import os
        os._exit(0)
        """,
    "forged channel records": """
        import os, json
        for fd in map(int, os.listdir('/proc/self/fd')):
            for i in range(10):
                try:
                    os.write(fd, (json.dumps({"i": i, "kind": "value", "value": 0, "passed": True}) + "\\n").encode())
                except OSError:
                    pass
        def square(x):
            return 0
        """,
    "patch the harness": """
        import sys
        main = sys.modules['__main__']
        main._run_one = lambda *a: {"kind": "value", "value": "PASSED", "passed": True}
        main.encode = lambda v: True
        try:
            open('/harness/py_harness.py', 'w').write('')
        except OSError:
            pass
        def square(x):
            return None
        """,
    "sys.exit inside the call": "import sys\ndef square(x):\n    sys.exit(0)\n",
    "kill every process": "import os, signal\ndef square(x):\n    os.kill(-1, signal.SIGKILL)\n",
    "raise through the harness": "def square(x):\n    raise SystemExit(0)\n",
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_contained_and_not_passed(run: Runner, name: str) -> None:
    result = _graded(run, ATTACKS[name])
    assert result["status"] in NOT_PASSED, result
    assert result["score"] < 1.0
    assert len(result["stdout"]) <= 8192 and len(result["stderr"]) <= 8192
    assert result["wall_ms"] < 6000


def test_output_flood_is_reported_as_output_limit(run: Runner) -> None:
    result = run("python", "while True:\n    print('x' * 4096)\n")
    assert result["status"] == "output_limit"
    assert len(result["stdout"]) <= 64 * 1024


def test_memory_bomb_is_reported_as_memory(run: Runner) -> None:
    result = run("python", "x = [bytearray(2**26) for _ in range(64)]\n")
    assert result["status"] == "memory", result


def test_timeout_is_reported_as_timeout(run: Runner) -> None:
    assert _graded(run, "while True:\n    pass\n")["status"] == "timeout"


SECRET_HUNT = """
import os, stat
NEEDLE = ('quizapp-' + 'secret').encode()
found = []
def look(path):
    try:
        if not stat.S_ISREG(os.stat(path).st_mode) and not path.startswith('/proc'):
            return
        with open(path, 'rb') as f:
            data = f.read(10**6)
        if NEEDLE in data:
            found.append(path)
    except OSError:
        pass
for pid in os.listdir('/proc'):
    if pid.isdigit():
        look(f'/proc/{pid}/environ'); look(f'/proc/{pid}/cmdline')
for root in ('/', '/work', '/tmp', '/in', '/etc', '/run', '/root', '/home', '/var'):
    for dirpath, dirs, files in os.walk(root):
        if dirpath.startswith(('/proc', '/sys', '/usr', '/dev')):
            dirs[:] = []
            continue
        for name in files:
            look(os.path.join(dirpath, name))
print('SECRET' if found or NEEDLE.decode() in str(os.environ) else 'clean', found)
print('APP', [p for p in ('/work/main', '/root', '/etc/shadow', '/run/quizapp-sandbox', '/home') if os.path.exists(p)])
"""


def test_no_secret_or_app_file_is_readable(run: Runner, planted_secret: str) -> None:
    result = run("python", SECRET_HUNT)
    assert result["status"] == "ok", result
    assert planted_secret not in result["stdout"] and "SECRET" not in result["stdout"]
    assert "APP []" in result["stdout"]


def test_expected_answers_never_enter_the_sandbox(run: Runner) -> None:
    hunt = SECRET_HUNT.replace("('quizapp-' + 'secret')", "str(2880067 ** 2)")
    hunt = hunt.replace("print('SECRET'", "def square(x):\n    return 0\nprint('SECRET'")
    result = run("python", hunt, exercise="python/square", suite="visible")
    assert "SECRET" not in result["stdout"] and "clean" in result["stdout"]


NETWORK = """
import socket
results = []
for family, address in ((socket.AF_INET, ('127.0.0.1', PORT)), (socket.AF_INET, ('10.0.0.1', 80)),
                        (socket.AF_INET, ('1.1.1.1', 53)), (socket.AF_UNIX, '\\0quizapp-test-abstract')):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.settimeout(1)
    try:
        s.connect(address)
        results.append('CONNECTED')
    except OSError as e:
        results.append(type(e).__name__)
try:
    socket.getaddrinfo('example.com', 80)
    results.append('RESOLVED')
except OSError:
    results.append('no-dns')
print(results)
"""


def test_network_is_unreachable_including_the_app_on_localhost(run: Runner) -> None:
    import socket

    with socket.socket() as server, socket.socket(socket.AF_UNIX) as abstract:
        server.bind(("127.0.0.1", 0))
        server.listen()
        abstract.bind("\0quizapp-test-abstract")
        abstract.listen()
        result = run("python", NETWORK.replace("PORT", str(server.getsockname()[1])))
    assert result["status"] == "ok", result
    assert "CONNECTED" not in result["stdout"] and "RESOLVED" not in result["stdout"]


def test_daemons_do_not_outlive_the_run(run: Runner, leftovers: Callable[[str], list[str]]) -> None:
    source = """
        import os, subprocess
        subprocess.Popen(['sleep', '31415'], start_new_session=True)
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                os.execvp('sleep', ['sleep', '31416'])
            os._exit(0)
        print('started')
        """
    result = run("python", textwrap.dedent(source))
    assert "started" in result["stdout"]
    assert leftovers("sleep 3141") == []


def test_signals_cannot_reach_the_host(run: Runner) -> None:
    import os

    source = f"import os, signal\ntry:\n    os.kill({os.getpid()}, signal.SIGKILL)\nexcept OSError as e:\n" \
             f"    print(type(e).__name__)\nos.kill(-1, signal.SIGKILL)\n"
    result = run("python", source)
    assert "ProcessLookupError" in result["stdout"]  # and this test process is still alive to check it


def test_no_privilege_inside(run: Runner) -> None:
    source = """
        import os, subprocess
        checks = []
        for path in ('/usr/bin/x', '/etc/passwd', '/in/submission.py'):
            try:
                open(path, 'w'); checks.append('WROTE ' + path)
            except OSError:
                checks.append('denied')
        for cmd in (['unshare', '-r', 'id'], ['mount', '-t', 'tmpfs', 'x', '/tmp'], ['su', '-c', 'id']):
            try:
                r = subprocess.run(cmd, capture_output=True, timeout=2)
                checks.append('RAN ' + cmd[0] if r.returncode == 0 else 'denied')
            except (OSError, subprocess.SubprocessError):
                checks.append('denied')
        print(checks, open('/proc/self/status').read().split('CapEff:')[1].split()[0])
        """
    result = run("python", textwrap.dedent(source))
    assert "WROTE" not in result["stdout"] and "RAN" not in result["stdout"], result
    assert "0000000000000000" in result["stdout"]


def test_nothing_persists_between_runs(run: Runner) -> None:
    run("python", "open('/work/left', 'w').write('x'); open('/tmp/left', 'w').write('x')\n")
    result = run("python", "import os\nprint(os.path.exists('/work/left'), os.path.exists('/tmp/left'))\n")
    assert result["stdout"].strip() == "False False"


def test_concurrent_runs_cannot_see_each_other(run: Runner) -> None:
    from concurrent.futures import ThreadPoolExecutor

    writer = "import time\nopen('/work/marker-5eb1', 'w').write('x')\nopen('/tmp/marker-5eb1', 'w').write('x')\n" \
             "print('written')\ntime.sleep(1.5)\n"
    seeker = """
        import os, time
        time.sleep(0.5)
        hits = []
        for root in ('/work', '/tmp', '/in', '/proc', '/run', '/dev/shm'):
            for dirpath, dirs, files in os.walk(root):
                hits += [os.path.join(dirpath, n) for n in dirs + files if 'marker-5eb1' in n]
        print('FOUND' if hits else 'nothing', len([p for p in os.listdir('/proc') if p.isdigit()]))
        """
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(run, "python", writer)
        second = pool.submit(run, "python", textwrap.dedent(seeker))
        assert first.result()["stdout"] == "written\n"
        assert second.result()["stdout"].startswith("nothing")
