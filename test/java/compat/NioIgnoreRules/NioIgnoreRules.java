import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * An ignore-file checker: reads glob rules (with '!' negation, last match wins) from a rules
 * file and reports, for a list of paths, which are ignored and by which rule.
 */
public class NioIgnoreRules {
    static final class Rule {
        final String text;
        final boolean negate;
        final PathMatcher matcher;

        Rule(String text) {
            this.text = text;
            this.negate = text.startsWith("!");
            this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + (negate ? text.substring(1) : text));
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("ignore");
        Path rulesFile = dir.resolve(".ignore");
        Files.write(rulesFile, List.of(
                "# build output",
                "*.class",
                "**.class",
                "build/**",
                "!build/keep.txt",
                "",
                "*.{tmp,bak,swp}",
                "[Tt]humbs.db",
                "log?.txt",
                "**/node_modules/**",
                "cache/[!a-m]*",
                "\\#literal",
                "{a,{b}}",
                "[abc",
                "docs/[z-a].md"));
        List<Rule> rules = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(rulesFile)) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("# ")) {
                continue;
            }
            try {
                rules.add(new Rule(line));
            } catch (IllegalArgumentException e) {
                System.out.println("line " + lineNo + ": bad rule: " + e.getMessage().replace('\n', '|'));
            }
        }
        System.out.println(rules.size() + " rules");
        String[] paths = {
            "Main.class", "src/app/Main.class", "src/app/Main.java", "build/out.jar", "build/keep.txt",
            "notes.tmp", "notes.txt", "a.bak", "x.swp.old", "Thumbs.db", "thumbs.db", "THUMBS.db",
            "log1.txt", "log10.txt", "web/node_modules/lib/index.js", "node_modules/x",
            "cache/apple", "cache/zebra", "cache/sub/zebra", "#literal", "literal",
        };
        int ignored = 0;
        for (String p : paths) {
            Path path = Paths.get(p);
            String verdict = "kept";
            for (Rule r : rules) {
                if (r.matcher.matches(path)) {
                    verdict = (r.negate ? "re-included by " : "ignored by ") + r.text;
                }
            }
            if (verdict.startsWith("ignored")) {
                ignored++;
            }
            System.out.println(p + ": " + verdict);
        }
        System.out.println(ignored + " of " + paths.length + " ignored");
        try {
            FileSystems.getDefault().getPathMatcher("*.java");
        } catch (IllegalArgumentException e) {
            System.out.println("no syntax: " + e);
        }
        try {
            FileSystems.getDefault().getPathMatcher("wildcard:*.java");
        } catch (UnsupportedOperationException e) {
            System.out.println("unknown syntax: " + e.getMessage());
        }
        Files.delete(rulesFile);
        Files.delete(dir);
    }
}
