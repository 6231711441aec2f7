import java.io.UnsupportedEncodingException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small "URL inspector" command-line tool: splits URLs into their parts, builds and parses
 * form-encoded query strings, follows relative links from a page, and reports malformed input.
 */
public class NetUrlQueryTool {
    static String buildQuery(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (sb.length() > 0) sb.append('&');
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null) return out;
        int start = 0;
        while (start <= query.length()) {
            int amp = query.indexOf('&', start);
            if (amp < 0) amp = query.length();
            String pair = query.substring(start, amp);
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
            start = amp + 1;
        }
        return out;
    }

    static void inspect(String spec) {
        try {
            URL url = new URL(spec);
            System.out.println(spec);
            System.out.println("  protocol=" + url.getProtocol() + " host=" + url.getHost() + " port=" + url.getPort()
                + " (default " + url.getDefaultPort() + ") user=" + url.getUserInfo());
            System.out.println("  path=" + url.getPath() + " file=" + url.getFile() + " query=" + url.getQuery() + " ref=" + url.getRef());
            Map<String, List<String>> q = parseQuery(url.getQuery());
            if (!q.isEmpty()) System.out.println("  params=" + q);
            try {
                System.out.println("  as URI: " + url.toURI().getPath());
            } catch (URISyntaxException e) {
                System.out.println("  not a valid URI: " + e.getReason() + " at " + e.getIndex());
            }
        } catch (MalformedURLException e) {
            System.out.println(spec + "\n  malformed: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", "java sockets & threads");
        form.put("lang", "fr-CA");
        form.put("city", "Montr\u00e9al");
        form.put("price", "10\u20ac-20\u20ac");
        form.put("emoji", "\ud83d\ude80 launch");
        form.put("safe", "a.b-c_d*e~f");
        String query = buildQuery(form);
        System.out.println("query: " + query);
        System.out.println("parsed back: " + parseQuery(query));
        System.out.println("latin-1: " + URLEncoder.encode("Montr\u00e9al", "ISO-8859-1") + " -> "
            + URLDecoder.decode("Montr%E9al", "ISO-8859-1"));

        String[] specs = {
            "https://shop.example.com/search?" + query + "#results",
            "http://admin:pw@10.0.0.7:8080/console/index.jsp?tab=users&tab=roles",
            "ftp://mirror.example.org/pub/releases/",
            "file:/var/log/syslog",
            "jar:file:/opt/app/lib/core.jar!/META-INF/MANIFEST.MF",
            "mailto:support@example.com?subject=Help",
            "http://[::1]:9090/metrics",
            "HTTPS://Example.COM",
            "http://example.com/two words/here",
            "example.com/no-protocol",
            "gopher://old.example.net/",
            "http://example.com:port/",
            "http://example.com:-3/",
        };
        for (String s : specs) inspect(s);

        URL page = new URL("https://docs.example.com/guide/v2/intro.html?lang=en#setup");
        String[] links = {"install.html", "../v1/", "/search?q=x", "//cdn.example.com/a.js", "?lang=de", "#faq", "./a/./b/../c.html"};
        System.out.println("links from " + page);
        for (String link : links) System.out.println("  " + link + " -> " + new URL(page, link));

        String[] bad = {"100%", "%G1", "a%2", "%e9t%e9", "%-1"};
        for (String b : bad) {
            try {
                System.out.println("decode " + b + " -> " + URLDecoder.decode(b, "UTF-8"));
            } catch (IllegalArgumentException e) {
                System.out.println("decode " + b + " -> " + e.getMessage());
            }
        }
        try {
            URLEncoder.encode("x", "EBCDIC-nope");
        } catch (UnsupportedEncodingException e) {
            System.out.println("unsupported: " + e.getMessage());
        }
        URL a = new URL("http://Example.com:80/x?y#z");
        URL b = new URL("http://example.com/x?y#z");
        System.out.println("sameFile=" + a.sameFile(b) + " equals=" + a.equals(b) + " ext=" + a.toExternalForm());
    }
}
