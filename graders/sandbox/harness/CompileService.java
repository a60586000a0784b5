// The compile service: a long-lived JVM that only *compiles* (javax.tools, -proc:none: no annotation processor,
// so no submitted code ever runs here). It lives in its own bubblewrap sandbox (no network, its own uid,
// read-only but for /out). Requests and answers are length-prefixed frames on stdin and stdout.
//
// Request: int job, int fileCount, then per file: int nameLength, name (UTF-8, "src/X.java" or "tests/X.java"),
// int length, bytes. Answer: int job, int status (0 compiled, 1 the submission does not compile), message, int
// testCount, then per test: message (empty when it compiled). A message is int length + UTF-8 bytes.
// Classes land in /out/<job>/classes; the host moves them into the run's sandbox and deletes the folder.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public final class CompileService {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));  // only frames go to the host
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));  // nobody drains stderr: never block on it
        while (true) {
            int job;
            try {
                job = in.readInt();
            } catch (EOFException e) {
                return;  // the host closed the pipe: stop
            }
            Path source = Paths.get("/tmp/src/" + job);
            List<String> sources = new ArrayList<>();
            List<String> tests = new ArrayList<>();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
                byte[] data = in.readNBytes(in.readInt());
                if (!name.matches("(src|tests)/[A-Za-z_$][\\w$]*\\.java")) throw new IOException("bad name " + name);
                Path file = source.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, data);
                (name.startsWith("src/") ? sources : tests).add(file.toString());
            }
            Path classes = Files.createDirectories(Paths.get("/out/" + job + "/classes"));
            String[] testErrors = new String[tests.size()];
            // The harness's order: all at once; else the submission alone, then each test on its own.
            List<String> everything = new ArrayList<>(sources);
            everything.addAll(tests);
            String errors = tests.isEmpty() ? Harness.compile(sources, classes) : Harness.compile(everything, classes);
            if (errors != null && !tests.isEmpty()) {
                errors = Harness.compile(sources, classes);
                if (errors == null) {
                    for (int i = 0; i < tests.size(); i++) testErrors[i] = Harness.compile(List.of(tests.get(i)), classes);
                }
            }
            out.writeInt(job);
            out.writeInt(errors == null ? 0 : 1);
            writeText(out, errors == null ? "" : errors);
            out.writeInt(tests.size());
            for (String message : testErrors) writeText(out, message == null ? "" : message);
            out.flush();
            deleteTree(source);
        }
    }

    static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(data.length);
        out.write(data);
    }

    static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
