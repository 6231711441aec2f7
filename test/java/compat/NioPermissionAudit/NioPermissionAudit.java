import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A permission auditor for a deployment directory: flags world-writable files and executables
 * outside bin/, fixes them, and prints a before/after listing (modes set explicitly, so the
 * result does not depend on the umask).
 */
public class NioPermissionAudit {
    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    static void listing(Path root, String title) throws IOException {
        System.out.println(title);
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> !p.equals(root)).sorted().collect(Collectors.toList())) {
                System.out.println("  " + (Files.isDirectory(p) ? "d" : "-") + mode(p) + " " + root.relativize(p));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("deploy");
        System.out.println("temp directory mode: " + mode(root));
        Path tmpFile = Files.createTempFile(root, "session", ".tmp");
        System.out.println("temp file mode: " + mode(tmpFile));
        Files.delete(tmpFile);

        String[][] layout = {
            {"bin/start.sh", "rwxr-xr-x"}, {"bin/stop.sh", "rw-r--r--"}, {"conf/app.conf", "rw-rw-rw-"},
            {"conf/secret.key", "rw-r--r--"}, {"lib/core.jar", "rwxrwxrwx"}, {"logs/app.log", "rw-rw-r--"},
            {"README", "r--r--r--"},
        };
        for (String[] e : layout) {
            Path p = root.resolve(e[0]);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "data for " + e[0] + "\n");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(e[1]));
        }
        for (String d : new String[] {"bin", "conf", "lib", "logs"}) {
            Files.setPosixFilePermissions(root.resolve(d), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(root.resolve("logs"), PosixFilePermissions.fromString("rwxrwxrwx"));
        listing(root, "before:");

        List<String> findings = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted().collect(Collectors.toList())) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                String rel = root.relativize(p).toString();
                if (perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                    findings.add("world-writable: " + rel);
                    perms.remove(PosixFilePermission.OTHERS_WRITE);
                    perms.remove(PosixFilePermission.GROUP_WRITE);
                    Files.setPosixFilePermissions(p, perms);
                }
                if (Files.isRegularFile(p) && !rel.startsWith("bin/") && perms.contains(PosixFilePermission.OWNER_EXECUTE)) {
                    findings.add("unexpected executable: " + rel);
                    File f = p.toFile();
                    System.out.println("setExecutable(false, false) on " + rel + ": " + f.setExecutable(false, false));
                }
                if (rel.startsWith("bin/") && Files.isRegularFile(p) && !perms.contains(PosixFilePermission.OWNER_EXECUTE)) {
                    findings.add("script not executable: " + rel);
                    System.out.println("setExecutable(true) on " + rel + ": " + p.toFile().setExecutable(true));
                }
                if (rel.endsWith(".key") && perms.contains(PosixFilePermission.OTHERS_READ)) {
                    findings.add("readable key: " + rel);
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
        Collections.sort(findings);
        findings.forEach(f -> System.out.println("finding: " + f));
        File readme = root.resolve("README").toFile();
        System.out.println("setWritable(true) on README: " + readme.setWritable(true) + " -> " + mode(readme.toPath()));
        System.out.println("setReadOnly on README: " + readme.setReadOnly() + " -> " + mode(readme.toPath()));
        System.out.println("setReadable on a missing file: " + new File(root.toFile(), "nope").setReadable(true));
        listing(root, "after:");
        try {
            PosixFilePermissions.fromString("rwxr-x-w-x");
        } catch (IllegalArgumentException e) {
            System.out.println("bad mode string: " + e.getMessage());
        }
        Path secure = root.resolve("private");
        Files.createDirectory(secure, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        System.out.println("created private dir: " + mode(secure));
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Collections.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
        System.out.println("cleaned: " + Files.notExists(root));
    }
}
