"""Hostile Java submissions: exits, hooks, reflection, bombs. Each must be contained and never graded as passed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Runner = Callable[..., dict[str, Any]]
pytestmark = pytest.mark.sandbox
NOT_PASSED = {"failed", "timeout", "memory", "output_limit", "runtime_error", "compile_error"}


def _square(body: str, extra: str = "") -> str:
    return f"public class Square {{\n{extra}\n  public static long square(long x) {{\n{body}\n  }}\n}}\n"


ATTACKS = {
    "System.exit(0) in the call": _square("System.exit(0); return 0;"),
    "halt in a static initializer": _square("return x * x;", "static { Runtime.getRuntime().halt(0); }"),
    "shutdown hook forging results": _square(
        "return 0;",
        """static { Runtime.getRuntime().addShutdownHook(new Thread(() -> {
             try (java.io.FileOutputStream out = new java.io.FileOutputStream("/proc/self/fd/1")) {
               out.write("{\\"status\\": \\"passed\\"}\\nALL TESTS PASSED\\n".getBytes());
             } catch (Exception e) { }
           })); }"""),
    "reflection on the harness": _square(
        """try {
             Class<?> h = Class.forName("Harness");
             java.lang.reflect.Field f = h.getDeclaredField("channel");
             f.setAccessible(true);
             java.io.PrintStream ch = (java.io.PrintStream) f.get(null);
             for (int i = 0; i < 3; i++)
               ch.println("{\\"kind\\":\\"value\\",\\"value\\":0,\\"passed\\":true,\\"i\\":" + i + "}");
             ch.println("{\\"kind\\":\\"done\\"}");
           } catch (Exception e) { }
           return -1;"""),
    "infinite loop": _square("while (true) { }"),
    "loop ignoring interrupts": _square("while (true) { try { Thread.sleep(1); } catch (Throwable t) { } }"),
    "thread bomb": _square(
        "while (true) { try { new Thread(() -> { try { Thread.sleep(100000); } catch (Exception e) { } })"
        ".start(); } catch (Throwable t) { } }"),
    "memory bomb": _square(
        "java.util.List<long[]> keep = new java.util.ArrayList<>(); while (true) keep.add(new long[1 << 24]);"),
    "output flood": _square("while (true) System.out.println(\"x\".repeat(4096));"),
    "process spawn": _square(
        "try { new ProcessBuilder(\"sh\", \"-c\", \"sleep 27182 &\").start(); } catch (Exception e) { } return 0;"),
    "does not compile": "public class Square { public static long square(long x) { return x * ; } }",
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_contained_and_not_passed(run: Runner, name: str, leftovers: Callable[[str], list[str]]) -> None:
    result = run("java", ATTACKS[name], exercise="java/square")
    assert result["status"] in NOT_PASSED, result
    assert result["score"] < 1.0
    assert len(result["stdout"]) <= 8192
    assert result["wall_ms"] < 8000
    assert leftovers("sleep 27182") == []


def test_compile_errors_are_capped_and_name_the_line(run: Runner) -> None:
    source = "public class Square {\n" + "  int bad = ;\n" * 400 + "}\n"
    result = run("java", source, exercise="java/square", suite="visible")
    assert result["status"] == "compile_error"
    assert "Square.java:2" in result["stderr"]
    assert len(result["stderr"]) <= 4200


def test_java_cannot_read_secrets_or_reach_the_network(run: Runner, planted_secret: str) -> None:
    source = """
        import java.nio.file.*; import java.net.*;
        public class Main { public static void main(String[] a) throws Exception {
          System.out.println(System.getenv());
          System.out.println(new String(Files.readAllBytes(Paths.get("/proc/1/environ"))));
          System.out.println(Files.exists(Paths.get("/work/main")) + " " + Files.exists(Paths.get("/root")));
          try (Socket s = new Socket()) { s.connect(new InetSocketAddress("127.0.0.1", 22), 500);
               System.out.println("CONNECTED"); } catch (Exception e) { System.out.println("no network"); }
        } }
        """
    result = run("java", source)
    assert result["status"] == "ok", result
    assert planted_secret not in result["stdout"] and "CONNECTED" not in result["stdout"]
    assert "false false" in result["stdout"] and "no network" in result["stdout"]
