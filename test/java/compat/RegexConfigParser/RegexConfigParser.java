import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An INI-style config parser: sections, key = value, quotes, ${ref} interpolation, errors. */
public class RegexConfigParser {
    static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*([\\w.-]+)\\s*]\\s*(?:[#;].*)?$");
    static final Pattern ENTRY = Pattern.compile("^\\s*([\\w.-]+)\\s*[=:]\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^#;]*?)\\s*(?:[#;].*)?$");
    static final Pattern COMMENT = Pattern.compile("^\\s*(?:[#;].*)?$");
    static final Pattern REF = Pattern.compile("\\$\\{([\\w.-]+)}");

    public static void main(String[] args) {
        String config = String.join("\n",
                "# global settings",
                "name = demo app   ; trailing comment",
                "version: 1.4.2",
                "",
                "[server]",
                "host = 0.0.0.0",
                "port=8080",
                "url = http://${server.host}:${server.port}/",
                "  [ database ]  # db",
                "user = admin",
                "password = \"p#ss;word \\\"quoted\\\"\"",
                "dsn = jdbc:pg://${database.user}@db/${name}",
                "timeout = 30s",
                "this line is wrong",
                "[paths]",
                "home = /srv/${name}",
                "logs = ${paths.home}/logs",
                "loop = ${paths.loop}");
        Map<String, String> values = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        String section = "";
        int lineNo = 0;
        for (String line : config.split("\n", -1)) {
            lineNo++;
            Matcher m;
            if (COMMENT.matcher(line).matches()) {
                continue;
            } else if ((m = SECTION.matcher(line)).matches()) {
                section = m.group(1) + ".";
            } else if ((m = ENTRY.matcher(line)).matches()) {
                String v = m.group(2);
                if (v.startsWith("\"")) {
                    v = v.substring(1, v.length() - 1).replaceAll("\\\\(.)", "$1");
                }
                values.put(section + m.group(1), v);
            } else {
                errors.add("line " + lineNo + ": cannot parse '" + line.strip() + "'");
            }
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            System.out.println(e.getKey() + " = [" + resolve(e.getValue(), values, 0) + "]");
        }
        errors.forEach(System.out::println);
        Matcher dur = Pattern.compile("(\\d+)(ms|s|m|h)").matcher(values.get("database.timeout"));
        if (dur.matches()) {
            System.out.println("timeout unit " + dur.group(2) + " amount " + Integer.parseInt(dur.group(1)));
        }
        String[] version = values.get("version").split("\\.");
        System.out.println("major=" + version[0] + " minor=" + version[1] + " patch=" + version[2]);
    }

    static String resolve(String value, Map<String, String> values, int depth) {
        if (depth > 5) {
            return "<cycle>";
        }
        Matcher m = REF.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = values.get(m.group(1));
            String text = ref == null ? "<undefined " + m.group(1) + ">" : resolve(ref, values, depth + 1);
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        return m.appendTail(sb).toString();
    }
}
