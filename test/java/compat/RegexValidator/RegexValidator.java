import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A validation table: e-mail, URL, IPv4, phone, hex colour, ISO date, password rules. */
public class RegexValidator {
    public static void main(String[] args) {
        Map<String, Predicate<String>> rules = new LinkedHashMap<>();
        rules.put("email", Pattern.compile("^[\\w.+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$").asPredicate());
        rules.put("url", Pattern.compile("(?i)^(https?|ftp)://(?<host>[^/:?#\\s]+)(?::(?<port>\\d{1,5}))?(?<path>/[^?#\\s]*)?(?:\\?[^#\\s]*)?(?:#\\S*)?$").asMatchPredicate());
        rules.put("ipv4", Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)").asMatchPredicate());
        rules.put("phone", s -> s.matches("\\+?\\d{1,3}[-. ]?\\(?\\d{2,4}\\)?[-. ]?\\d{3,4}[-. ]?\\d{3,4}"));
        rules.put("hexcolor", Pattern.compile("#(?:\\p{XDigit}{3}){1,2}").asMatchPredicate());
        rules.put("isodate", s -> s.matches("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"));
        rules.put("password", Pattern.compile("^(?=.*\\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[^\\w\\s])(?!.*\\s).{8,}$").asPredicate());
        String[] inputs = {
            "ada@example.com", "first.last+tag@sub.domain.org", "bad@", "@nope.com", "a@b.c",
            "https://example.com/path/to?x=1#frag", "HTTP://Example.COM:8080", "ftp://files.example.org/pub/",
            "http:/broken", "https://host name.com", "192.168.0.1", "256.1.1.1", "10.0.0", "0.0.0.0",
            "+1 (555) 123-4567", "555.123.4567", "12", "#fff", "#A1B2C3", "#abcd", "2026-12-06", "2026-13-01",
            "2026-02-31", "Passw0rd!", "password", "Sh0rt!", "NoDigits!!", "With Space1!",
        };
        StringBuilder head = new StringBuilder("input");
        for (String r : rules.keySet()) {
            head.append(' ').append(r);
        }
        System.out.println(head);
        for (String in : inputs) {
            StringBuilder sb = new StringBuilder(in);
            while (sb.length() < 40) {
                sb.append(' ');
            }
            for (Map.Entry<String, Predicate<String>> e : rules.entrySet()) {
                sb.append(' ').append(e.getValue().test(in) ? e.getKey() : "-".repeat(e.getKey().length()));
            }
            System.out.println(sb);
        }
        var url = Pattern.compile("(?i)^(https?|ftp)://(?<host>[^/:?#\\s]+)(?::(?<port>\\d{1,5}))?(?<path>/[^?#\\s]*)?").matcher("https://example.com:8443/a/b?c");
        if (url.find()) {
            System.out.println("host=" + url.group("host") + " port=" + url.group("port") + " path=" + url.group("path"));
        }
    }
}
