import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

// Compiles each program named on the command line (a .java file, or a
// directory whose .java files form one program) into OUT_DIR/<name>, all in
// one JVM: starting javac once per program costs about a second each, which
// made the check too slow. Programs whose first file line is
// "// plurix: extension" are skipped (javac does not know package plurix).
// Usage: java JavacEach.java OUT_DIR PROGRAM... ; exit status 1 if any failed.
public class JavacEach {
    public static void main(String[] args) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path outRoot = Path.of(args[0]);
        int compiled = 0;
        int failed = 0;
        for (int i = 1; i < args.length; i++) {
            Path program = Path.of(args[i]);
            List<String> files = javaFiles(program);
            if (files.isEmpty() || usesExtension(files)) {
                continue;
            }
            String name = program.getFileName().toString().replaceFirst("\\.java$", "");
            Path out = outRoot.resolve(name);
            Files.createDirectories(out);
            List<String> options = new ArrayList<>(List.of("-nowarn", "-Xlint:none", "-d", out.toString()));
            options.addAll(files);
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            int status = javac.run(null, log, log, options.toArray(new String[0]));
            compiled++;
            if (status != 0) {
                failed++;
                System.out.println("FAIL: javac rejects " + program + ":");
                System.out.print(log.toString());
            }
        }
        System.out.println("javac compiled " + compiled + " programs, " + failed + " rejected");
        System.exit(failed == 0 ? 0 : 1);
    }

    private static List<String> javaFiles(Path program) throws IOException {
        if (!Files.isDirectory(program)) {
            return List.of(program.toString());
        }
        try (Stream<Path> walk = Files.walk(program)) {
            return walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static boolean usesExtension(List<String> files) throws IOException {
        for (String f : files) {
            List<String> lines = Files.readAllLines(new File(f).toPath());
            if (!lines.isEmpty() && lines.get(0).startsWith("// plurix: extension")) {
                return true;
            }
        }
        return false;
    }
}
