// Inside the sandbox: compile the submission in this JVM, then either run its main or evaluate each test's
// expression and write only the *values* to the channel. No expected answer and no verdict exists here.
import java.io.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import javax.tools.*;

public final class Harness {
    private static PrintStream channel;
    private static String base = "/in";  // where the precompiled classes are

    public static void main(String[] args) throws Throwable {
        String fd = System.getenv("QUIZAPP_CHANNEL_FD");
        channel = new PrintStream(new FileOutputStream("/proc/self/fd/" + fd), true, StandardCharsets.UTF_8);
        if (args[0].equals("stdin-job")) {  // started ahead of need: the job comes on stdin
            args = readJob();
            channel.println("{\"kind\":\"job\"}");  // tells the host the job arrived
        }
        if (args[0].startsWith("precompiled-")) {  // the compile service made the classes: run only
            URLClassLoader loader = new URLClassLoader(new URL[] {Paths.get(base + "/classes/").toUri().toURL()},
                Harness.class.getClassLoader());
            if (args[0].equals("precompiled-main")) { runMain(loader, args[1]); return; }
            runTests(loader, null, Integer.parseInt(args[1]), Double.parseDouble(args[2]), true);
            return;
        }
        Path out = Files.createDirectories(Paths.get("/tmp/classes"));
        List<String> sources = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Paths.get("/in/src"), "*.java")) {
            for (Path p : files) sources.add(p.toString());
        }
        boolean testsCompiled = false;
        if (args[0].equals("tests")) {  // optimistic: one javac task for the submission and every test
            List<String> everything = new ArrayList<>(sources);
            for (int i = 0; i < Integer.parseInt(args[1]); i++) everything.add("/in/tests/QuizTest" + i + ".java");
            testsCompiled = compile(everything, out) == null;
        }
        String errors = testsCompiled ? null : compile(sources, out);
        if (errors != null) {
            channel.println("{\"kind\":\"compile_error\",\"message\":" + Json.str(errors) + "}");
            return;
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Harness.class.getClassLoader());
        if (args[0].equals("main")) { runMain(loader, args[1]); return; }
        runTests(loader, out, Integer.parseInt(args[1]), Double.parseDouble(args[2]), testsCompiled);
    }

    /** Read one job frame (the compile service's request format) from stdin into /tmp/job; return its args. */
    static String[] readJob() throws IOException {
        DataInputStream in = new DataInputStream(System.in);  // unbuffered: the rest of stdin stays the program's
        in.readInt();
        int count = in.readInt();
        String[] args = null;
        Path root = Paths.get("/tmp/job");
        for (int i = 0; i < count; i++) {
            String name = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            byte[] data = in.readNBytes(in.readInt());
            if (name.equals("args")) { args = new String(data, StandardCharsets.UTF_8).split("\n"); continue; }
            Path file = root.resolve(name).normalize();
            if (!file.startsWith(root)) throw new IOException("bad job file " + name);
            Files.createDirectories(file.getParent());
            Files.write(file, data);
        }
        base = root.toString();
        return args;
    }

    static String compile(List<String> sources, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        // -XDstringConcat=inline: `+` on strings without invokedynamic, whose bootstrap costs a cold JVM ~20 ms
        List<String> options = List.of("-proc:none", "-g:none", "-nowarn", "-implicit:class", "-encoding", "UTF-8",
            "-XDstringConcat=inline",
            "-d", out.toString(), "-cp", out.toString());
        boolean ok = javac.getTask(null, files, diagnostics, options, null,
            files.getJavaFileObjectsFromStrings(sources)).call();
        if (ok) return null;
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            String name = d.getSource() == null ? "" : Paths.get(d.getSource().getName()).getFileName().toString();
            text.append(name).append(':').append(d.getLineNumber()).append(": ")
                .append(d.getMessage(Locale.ROOT)).append('\n');
            if (text.length() > 4000) break;
        }
        return text.toString();
    }

    static void runMain(ClassLoader loader, String className) throws Throwable {
        Method main = loader.loadClass(className).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            System.out.flush();
            Runtime.getRuntime().halt(1);
        }
        System.out.flush();
    }

    static void runTests(ClassLoader loader, Path out, int count, double seconds, boolean compiled)
            throws Exception {
        // Each test is its own class, compiled against the submission; one missing method fails one test only.
        List<String> all = new ArrayList<>();
        for (int i = 0; i < count; i++) all.add("/in/tests/QuizTest" + i + ".java");
        boolean together = compiled || (count > 0 && compile(all, out) == null);
        for (int i = 0; i < count; i++) {
            String record;
            String errors = together ? precompiledError(i) : compile(List.of("/in/tests/QuizTest" + i + ".java"), out);
            if (errors != null) {
                record = "{\"kind\":\"error\",\"error\":\"does_not_compile\",\"message\":" + Json.str(errors) + "}";
            } else {
                record = evaluate(loader.loadClass("QuizTest" + i), seconds);
            }
            channel.println(record.substring(0, record.length() - 1) + ",\"i\":" + i + "}");
        }
        channel.println("{\"kind\":\"done\"}");
        channel.flush();
        System.out.flush();
        if (System.getProperty("quizapp.training") != null) System.exit(0);  // lets the JVM dump its CDS archive
        Runtime.getRuntime().halt(0);
    }

    /** The compile service's message for a test that did not compile, if any (none in the other modes). */
    static String precompiledError(int index) throws IOException {
        Path file = Paths.get(base + "/test-errors/QuizTest" + index + ".txt");
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    static String evaluate(Class<?> test, double seconds) {
        // An anonymous class, not a lambda: a lambda's first bootstrap costs a cold JVM tens of milliseconds
        FutureTask<Object> task = new FutureTask<>(new Callable<Object>() {
            @Override public Object call() throws Exception { return test.getMethod("run").invoke(null); }
        });
        Thread worker = new Thread(null, task, "test", 64L << 20);
        worker.setDaemon(true);
        worker.start();
        try {
            Object value = task.get((long) (seconds * 1000), TimeUnit.MILLISECONDS);
            return "{\"kind\":\"value\",\"value\":" + Json.value(value, 0) + "}";
        } catch (TimeoutException e) {
            return "{\"kind\":\"error\",\"error\":\"timeout\",\"message\":\"took too long\"}";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof InvocationTargetException ? e.getCause().getCause() : e.getCause();
            return "{\"kind\":\"error\",\"error\":" + Json.str(cause.getClass().getSimpleName()) + ",\"message\":"
                + Json.str(String.valueOf(cause)) + "}";
        } catch (Throwable e) {
            return "{\"kind\":\"error\",\"error\":" + Json.str(e.getClass().getSimpleName()) + ",\"message\":\"\"}";
        }
    }
}
