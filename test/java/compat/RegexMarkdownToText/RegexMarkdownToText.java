import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts a small Markdown document to plain text with a sequence of regex rewrites. */
public class RegexMarkdownToText {
    public static void main(String[] args) {
        String md = String.join("\n",
                "# Release Notes",
                "",
                "Version **2.1** brings _many_ fixes. See [the docs](https://example.com/docs \"Docs\") or",
                "[issue #42](https://example.com/issues/42).",
                "",
                "## Changes",
                "",
                "* Faster `split()` on *single* characters",
                "- Regex support in `String.matches`",
                "  + nested item with ~~strikethrough~~",
                "1. First numbered",
                "2. Second numbered",
                "",
                "> Quote line one",
                "> quote line two",
                "",
                "```java",
                "int x = 1 * 2; // *not* emphasis",
                "```",
                "",
                "![logo](logo.png) Image above. Escaped \\*stars\\* stay.",
                "---",
                "Setext Heading",
                "==============");
        String text = md;
        StringBuilder code = new StringBuilder();
        Matcher fence = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```$").matcher(text);
        StringBuilder sb = new StringBuilder();
        int blocks = 0;
        while (fence.find()) {
            code.append("[").append(fence.group(1)).append("] ").append(fence.group(2));
            fence.appendReplacement(sb, "[code block " + (++blocks) + "]");
        }
        fence.appendTail(sb);
        text = sb.toString();
        text = text.replaceAll("(?m)^(#{1,6})\\s+(.+)$", "$2\n" + "=".repeat(3));
        text = text.replaceAll("(?m)^(.+)\\n=+$", "$1".toUpperCase() + "\n---");
        text = text.replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "[image: $1]");
        text = text.replaceAll("\\[([^\\]]+)]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)", "$1 <$2>");
        text = text.replaceAll("(\\*\\*|__)(.+?)\\1", "$2");
        text = text.replaceAll("(?<![\\\\*\\w])([*_])(?!\\s)(.+?)(?<!\\s)\\1", "$2");
        text = text.replaceAll("~~(.+?)~~", "-$1-");
        text = text.replaceAll("`([^`]+)`", "'$1'");
        text = text.replaceAll("(?m)^(\\s*)[*+-]\\s+", "$1o ");
        text = text.replaceAll("(?m)^(\\d+)\\.\\s+", "$1) ");
        text = text.replaceAll("(?m)^>\\s?", "| ");
        text = text.replaceAll("(?m)^-{3,}$", "__________");
        text = text.replaceAll("\\\\([*_`\\\\])", "$1");
        text = text.replaceAll("\\n{3,}", "\n\n");
        System.out.println(text);
        System.out.println("-- code --");
        System.out.print(code);
        System.out.println("-- stats --");
        System.out.println("links: " + Pattern.compile("<https?://[^>]+>").matcher(text).results().count()
                + ", list items: " + Pattern.compile("(?m)^\\s*(o|\\d+\\))\\s").matcher(text).results().count()
                + ", lines: " + text.split("\\R", -1).length);
    }
}
