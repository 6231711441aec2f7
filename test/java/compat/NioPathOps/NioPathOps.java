import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Path arithmetic of a build tool: normalizing, relativizing and resolving source paths. */
public class NioPathOps {
    static String describe(Path p) {
        StringBuilder names = new StringBuilder();
        for (Path n : p) {
            names.append('[').append(n).append(']');
        }
        return "'" + p + "' abs=" + p.isAbsolute() + " root=" + p.getRoot() + " name=" + p.getFileName()
                + " parent=" + p.getParent() + " count=" + p.getNameCount() + " names=" + names;
    }

    public static void main(String[] args) {
        String[] inputs = {"", "/", "a", "/a", "a/b/c", "/usr//local/bin/", "./x/../y", "../../up", "a/./b/../../c", "/.."};
        for (String s : inputs) {
            Path p = Paths.get(s);
            System.out.println(describe(p) + " normalize='" + p.normalize() + "'");
        }

        Path project = Paths.get("/home/dev/project");
        Path src = project.resolve("src/main/java");
        Path file = src.resolve("com/example/App.java");
        System.out.println("src=" + src + " file=" + file);
        System.out.println("relative to project: " + project.relativize(file));
        System.out.println("back from file dir: " + file.getParent().relativize(project));
        System.out.println("sibling: " + file.resolveSibling("Util.java") + " / " + Paths.get("x").resolveSibling("y"));
        System.out.println("class name: " + src.relativize(file).toString().replace('/', '.').replace(".java", ""));
        System.out.println("subpath(1,3)=" + file.subpath(1, 3) + " getName(0)=" + file.getName(0));
        System.out.println("startsWith project: " + file.startsWith(project) + ", startsWith \"/home/dev\": "
                + file.startsWith("/home/dev") + ", startsWith \"/home/de\": " + file.startsWith("/home/de"));
        System.out.println("endsWith App.java: " + file.endsWith("App.java") + ", endsWith example/App.java: "
                + file.endsWith("example/App.java") + ", endsWith ple/App.java: " + file.endsWith("ple/App.java"));
        System.out.println("resolve absolute: " + src.resolve("/etc/hosts") + ", resolve empty: " + src.resolve(""));
        System.out.println("relativize same: '" + src.relativize(src) + "', relative pair: "
                + Paths.get("a/b").relativize(Paths.get("a/c/d")) + ", from empty: " + Paths.get("").relativize(Paths.get("q/r")));
        System.out.println("Path.of join: " + Path.of("a", "b", "", "c") + " " + Path.of("/", "x") + " " + Path.of("", "z"));

        List<Path> paths = new ArrayList<>();
        for (String s : new String[] {"b/a", "a/b", "a", "/z", "a/b/c", "A", "a.b"}) {
            paths.add(Paths.get(s));
        }
        Collections.sort(paths);
        System.out.println("sorted: " + paths);
        System.out.println("equals: " + Paths.get("a//b/").equals(Paths.get("a/b")) + ", hash equal: "
                + (Paths.get("a//b/").hashCode() == Paths.get("a/b").hashCode()) + ", compare: "
                + Paths.get("a").compareTo(Paths.get("b")));
        Path rel = Paths.get("docs/guide.md");
        System.out.println("toAbsolutePath is absolute: " + rel.toAbsolutePath().isAbsolute() + ", ends with rel: "
                + rel.toAbsolutePath().endsWith(rel));

        File f = new File("docs//guide.md/");
        System.out.println("File: path=" + f.getPath() + " name=" + f.getName() + " parent=" + f.getParent()
                + " toPath=" + f.toPath() + " abs=" + f.isAbsolute());
        System.out.println("File(parent, child): " + new File("/", "etc") + " " + new File("", "etc") + " "
                + new File((String) null, "x") + " " + new File(new File("a/"), "/b/"));
        System.out.println("File root: name='" + new File("/").getName() + "' parent=" + new File("/").getParent()
                + " parentOf /x=" + new File("/x").getParent());
        System.out.println("File compare/equals/hash: " + new File("a").compareTo(new File("b")) + " "
                + new File("a/b").equals(new File("a//b")) + " " + new File("abc").hashCode());
        System.out.println("toFile: " + Paths.get("x/y").toFile().getParentFile().getName());
    }
}
