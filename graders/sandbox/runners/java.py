"""Java: compile and run in one JVM started with fast flags and a class-data-sharing archive of the compiler.

The harness is compiled once on the host (it is ours, not the applicant's); the CDS archive is produced once by a
training run of the harness inside the sandbox on a fixed sample, so the user's runs start with javac preloaded.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import threading
import time
from dataclasses import replace
from pathlib import Path

from graders.sandbox.compile_protocol import request_frame
from graders.sandbox.compile_service import Compiled
from graders.sandbox.exercise import TestCase
from graders.sandbox.launcher import LaunchSpec, launch
from graders.sandbox.limits import Limits
from graders.sandbox.runners import HARNESS_DIR
from graders.sandbox.slots import state_dir

JAVA_HOME = Path(os.path.realpath(shutil.which("java") or "/usr/bin/java")).parent.parent
PUBLIC_TYPE = re.compile(r"^\s*public\s+(?:(?:final|abstract|sealed|strictfp)\s+)*(?:class|interface|enum|record)\s+"
                         r"([A-Za-z_$][\w$]*)", re.MULTILINE)
ANY_MAIN_TYPE = re.compile(r"(?:class|record|enum)\s+([A-Za-z_$][\w$]*)[^{]*\{(?:(?!\bclass\b).)*?static\s+void\s+"
                           r"main\s*\(", re.DOTALL)
_cache_lock = threading.Lock()
STALE_AFTER_S = 24 * 3600
TRAINING_TEST = "import java.util.*;\npublic class QuizTest0 { public static Object run() throws Throwable {\n" \
                " Sample.main(new String[0]); return new HashMap<>(Map.of(\"a\", List.of(1.5, 2L))); } }\n"
SAMPLE = "import java.util.*;\npublic class Sample { public static void main(String[] a) {\n" \
         " List<Integer> l = new ArrayList<>(); Map<String,Integer> m = new HashMap<>(); l.add(1); m.put(\"a\", 1);\n" \
         " System.out.println(l + \" \" + m); } }\n"


def jvm_flags(limits: Limits, archive: Path | None) -> list[str]:
    """Start-up flags: serial GC, C1 only, bounded heap and metaspace, no perf-data files."""
    heap = max(32, limits.memory_mb * 5 // 10)
    flags = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", f"-Xmx{heap}m", "-Xss8m",
             "-XX:CompressedClassSpaceSize=64m", "-XX:ReservedCodeCacheSize=32m", "-XX:MaxMetaspaceSize=128m",
             "-Xshare:auto", "-Djava.io.tmpdir=/tmp"]
    if archive is not None:
        flags.append("-XX:SharedArchiveFile=/jcache/harness.jsa")
    return flags


def source_file_name(source: str) -> str:
    """The file name javac demands: the public type's name, else Main.java."""
    match = PUBLIC_TYPE.search(source)
    return f"{match.group(1)}.java" if match else "Main.java"


def main_class(source: str) -> str:
    """The class holding `main` (the public type when it has one)."""
    match = ANY_MAIN_TYPE.search(source)
    return match.group(1) if match else source_file_name(source)[:-5]


def cache() -> tuple[Path, Path | None]:
    """Return (harness JAR, CDS archive or None), building them on first use."""
    with _cache_lock, open(state_dir() / "java.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # several app processes may start at once: one builds, others wait
        digest = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(HARNESS_DIR.glob("*.java"))))
        folder = state_dir() / f"java-{digest.hexdigest()[:16]}"
        jar = folder / "harness.jar"
        if not jar.exists():
            for stale in folder.parent.glob("java-*"):  # caches of earlier harness versions, surely unused
                if stale != folder and time.time() - stale.stat().st_mtime > STALE_AFTER_S:
                    shutil.rmtree(stale, ignore_errors=True)
            building = folder / "building"
            shutil.rmtree(building, ignore_errors=True)
            building.mkdir(parents=True)
            subprocess.run([str(JAVA_HOME / "bin" / "javac"), "-d", str(building), "-nowarn", "-XDstringConcat=inline",
                            *map(str, HARNESS_DIR.glob("*.java"))], check=True, capture_output=True)
            # CDS accepts only JARs on the class path, not folders
            subprocess.run([str(JAVA_HOME / "bin" / "jar"), "cf", str(folder / "building.jar"), "-C", str(building),
                            "."], check=True, capture_output=True)
            shutil.rmtree(building)
            os.chmod(folder, 0o755)
            os.chmod(folder / "building.jar", 0o644)
            (folder / "building.jar").rename(jar)
        archive = folder / "harness.jsa"
        if not archive.exists() and not (folder / "no-archive").exists():
            _train_archive(folder, archive)
        return jar, archive if archive.exists() else None


def _train_archive(folder: Path, archive: Path) -> None:
    """Dump a dynamic CDS archive from a sandboxed run of the harness on a fixed sample."""
    training = folder / "training"
    shutil.rmtree(training, ignore_errors=True)
    training.mkdir(mode=0o777)
    os.chmod(training, 0o777)  # written by the slot's uid inside the sandbox, then checked and moved by us
    limits = Limits(wall_s=30, memory_mb=512, cpu_s=20)
    command = [str(JAVA_HOME / "bin" / "java"), *jvm_flags(limits, None), "-XX:ArchiveClassesAtExit=/jout/harness.jsa",
               "-Dquizapp.training=1",
               "-cp", "/jcache/harness.jar", "Harness", "tests", "1", "5"]
    files = {"src/Sample.java": SAMPLE.encode(), "tests/QuizTest0.java": TRAINING_TEST.encode()}
    run = launch(LaunchSpec(command=command, files=files, limits=limits,
                            ro_binds=[(str(folder), "/jcache")], rw_binds=[(str(training), "/jout")]))
    produced = training / "harness.jsa"
    if run.exit_code == 0 and produced.is_file() and not produced.is_symlink():
        shutil.copyfile(produced, archive, follow_symlinks=False)
        os.chmod(archive, 0o644)
    else:
        (folder / "no-archive").write_text(run.stderr.decode(errors="replace")[:2000])
    shutil.rmtree(training, ignore_errors=True)


def service_flags(archive: Path | None) -> list[str]:
    """The compile service's JVM: long-lived, so full JIT; bounded heap; the same CDS archive of javac."""
    flags = ["-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx384m", "-Xss8m", "-XX:MaxMetaspaceSize=192m",
             "-Xshare:auto", "-Djava.io.tmpdir=/tmp"]
    return flags + (["-XX:SharedArchiveFile=/jcache/harness.jsa"] if archive is not None else [])


def _spec(files: dict[str, bytes], arguments: list[str], limits: Limits, stdin: str) -> LaunchSpec:
    jar, archive = cache()
    command = [str(JAVA_HOME / "bin" / "java"), *jvm_flags(limits, archive), "-cp", "/jcache/harness.jar", "Harness",
               *arguments]
    return LaunchSpec(command=command, files=files, stdin=stdin.encode(), limits=limits,
                      ro_binds=[(str(jar.parent), "/jcache")], address_space_mb=limits.memory_mb + 1536)


def program_files(source: str) -> dict[str, bytes]:
    """The submission as javac wants it: `src/<PublicType>.java`."""
    return {f"src/{source_file_name(source)}": source.encode()}


def program_spec(source: str, stdin: str, limits: Limits) -> LaunchSpec:
    """Compile the submission in the sandbox and run the class that has `main`."""
    return _spec(program_files(source), ["main", main_class(source)], limits, stdin)


def prestartable_spec(limits: Limits) -> LaunchSpec:
    """A run sandbox that waits for its job (classes from the compile service) on stdin: see `prestart`."""
    return _spec({}, ["stdin-job"], replace(limits, wall_s=1.0, test_s=1.0), "")


def program_job(source: str, compiled: Compiled, stdin: str) -> bytes:
    """The job for `prestartable_spec`: run `main` from the compiled classes; the program's stdin follows."""
    return _job(["precompiled-main", main_class(source)], compiled) + stdin.encode()


def tests_job(tests: tuple[TestCase, ...], limits: Limits, compiled: Compiled) -> bytes:
    """The job for `prestartable_spec`: evaluate each compiled test (values only) on the channel."""
    return _job(["precompiled-tests", str(len(tests)), str(limits.test_s)], compiled)


def _job(arguments: list[str], compiled: Compiled) -> bytes:
    files = {"args": "\n".join(arguments).encode()}
    files.update({f"classes/{name}": data for name, data in compiled.classes.items()})
    for index, message in enumerate(compiled.test_errors):
        if message is not None:
            files[f"test-errors/QuizTest{index}.txt"] = message.encode()
    return request_frame(0, files)


def tests_files(source: str, tests: tuple[TestCase, ...], imports: tuple[str, ...]) -> dict[str, bytes]:
    """The submission plus one class per test (`tests/QuizTest<i>.java`) whose `run()` returns its value."""
    files = program_files(source)
    header = "".join(f"import {name};\n" for name in ("java.util.*", *imports))
    for index, test in enumerate(tests):
        body = test.code if test.code else f"return (Object) ({test.call});"
        files[f"tests/QuizTest{index}.java"] = (
            f"{header}public class QuizTest{index} {{\n  public static Object run() throws Throwable {{\n"
            f"{body}\n  }}\n}}\n").encode()
    return files


def tests_spec(source: str, tests: tuple[TestCase, ...], imports: tuple[str, ...], limits: Limits) -> LaunchSpec:
    """Compile the submission and each test in the sandbox, then evaluate them (values go to the channel)."""
    return _spec(tests_files(source, tests, imports), ["tests", str(len(tests)), str(limits.test_s)], limits, "")
