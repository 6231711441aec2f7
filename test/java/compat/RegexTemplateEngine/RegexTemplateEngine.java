import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny template engine: ${var}, ${var|filter}, {{#each list}}...{{/each}}, escapes. */
public class RegexTemplateEngine {
    static final Pattern VAR = Pattern.compile("\\$\\{\\s*(?<name>[a-zA-Z_][\\w.]*)\\s*(?:\\|\\s*(?<filter>\\w+)\\s*)?}");
    static final Pattern EACH = Pattern.compile("(?s)\\{\\{#each (\\w+)}}(.*?)\\{\\{/each}}");

    static String render(String template, Map<String, Object> model) {
        Matcher each = EACH.matcher(template);
        StringBuilder expanded = new StringBuilder();
        while (each.find()) {
            Object list = model.get(each.group(1));
            StringBuilder body = new StringBuilder();
            if (list instanceof List<?> items) {
                int index = 0;
                for (Object item : items) {
                    Map<String, Object> scope = new HashMap<>(model);
                    scope.put("it", item);
                    scope.put("index", ++index);
                    body.append(render(each.group(2), scope));
                }
            }
            each.appendReplacement(expanded, Matcher.quoteReplacement(body.toString()));
        }
        each.appendTail(expanded);

        Matcher m = VAR.matcher(expanded);
        StringBuffer out = new StringBuffer();
        while (m.find()) {
            Object value = model.get(m.group("name"));
            String text = value == null ? "<" + m.group("name") + "?>" : String.valueOf(value);
            String filter = m.group("filter");
            if (filter != null) {
                switch (filter) {
                    case "upper": text = text.toUpperCase(); break;
                    case "lower": text = text.toLowerCase(); break;
                    case "trim": text = text.strip(); break;
                    case "html": text = text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;"); break;
                    case "money": text = text.replaceAll("(\\d)(?=(\\d{3})+(?!\\d))", "$1,"); break;
                    default: text = "[unknown filter " + filter + "]";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static void main(String[] args) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", "  Ada Lovelace ");
        model.put("company", "Babbage & Sons <Ltd>");
        model.put("balance", 12345678);
        model.put("items", List.of("engine", "cards", "gears"));
        model.put("price", "$5\\unit");
        String template = String.join("\n",
                "Dear ${name|trim},",
                "Company: ${company|html} / ${ company | upper }",
                "Balance: ${balance|money} (raw ${balance})",
                "Price: ${price}",
                "Missing: ${nothing} and ${name|shout}",
                "{{#each items}}  ${index}. ${it|upper}\n{{/each}}Total items: 3",
                "Literal: $notavar {not} ${ }");
        System.out.println(render(template, model));
        System.out.println("1234567.891".replaceAll("(\\d)(?=(\\d{3})+\\.)", "$1,"));
        System.out.println(Pattern.compile("\\$\\{(\\w+)}").matcher("Hi ${a}, ${b}!").replaceAll(r -> r.group(1).toUpperCase()));
    }
}
