import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A link checker's URI toolkit: parses a table of references into their components (or the
 * parser's error), resolves the relative ones against a page, normalizes and deduplicates them,
 * relativizes them back, and builds URIs from components with quoting.
 */
public class UriParsingTable {
    static String show(String s) {
        return s == null ? "-" : "'" + s + "'";
    }

    static void describe(String input) {
        try {
            URI u = new URI(input);
            StringBuilder sb = new StringBuilder();
            sb.append(input.isEmpty() ? "(empty)" : input).append('\n');
            sb.append("   scheme=").append(show(u.getScheme()))
                .append(u.isOpaque() ? " opaque ssp=" + show(u.getSchemeSpecificPart()) : "")
                .append(" authority=").append(show(u.getRawAuthority()))
                .append(" user=").append(show(u.getUserInfo()))
                .append(" host=").append(show(u.getHost()))
                .append(" port=").append(u.getPort()).append('\n');
            sb.append("   path=").append(show(u.getRawPath()))
                .append(" decoded=").append(show(u.getPath()))
                .append(" query=").append(show(u.getRawQuery()))
                .append(" fragment=").append(show(u.getFragment()))
                .append(" absolute=").append(u.isAbsolute());
            System.out.println(sb);
        } catch (URISyntaxException e) {
            System.out.println(input + "\n   ! " + e.getReason() + " (index " + e.getIndex() + ")");
        }
    }

    public static void main(String[] args) throws Exception {
        String[] table = {
            "https://user:secret@shop.example.com:8443/cart/items;v=2?id=42&color=red#reviews",
            "http://[2001:db8::7]:8080/status", "http://192.168.0.1/", "http://my_server.local/wiki",
            "mailto:jane.doe@example.org", "urn:isbn:0451450523", "file:///etc/hosts", "//cdn.example.net/lib.js",
            "../images/logo.png", "?page=2", "#top", "", "docs/caf%C3%A9%20menu.html", "docs/caf\u00e9.html",
            "http://example.com/a b", "http://example.com/%zz", "http://[::1", "http://host:99x/", "3com://x",
            "http://example.com/?q=a|b", "http://[1:2:3]/", "news:", "http://exa_mple.com:80/",
            "HTTP://Example.COM:80/Index.html",
        };
        for (String s : table) describe(s);

        URI page = new URI("https://www.example.com/blog/2023/post.html?lang=en#comments");
        String[] links = {
            "next.html", "../2022/", "../../about", "/contact", "//static.example.com/app.css", "?lang=fr",
            "#top", "", "./img/../img/pic.png", "../../../../etc/passwd", "mailto:editor@example.com",
            "https://other.org/x", "./archive:2023", "post.html", "..",
        };
        System.out.println("-- resolved against " + page);
        TreeSet<URI> unique = new TreeSet<>();
        List<URI> resolved = new ArrayList<>();
        for (String link : links) {
            URI r = page.resolve(link);
            resolved.add(r);
            unique.add(r.normalize());
            System.out.println(String.valueOf(link.isEmpty() ? "(empty)" : link) + " -> " + r);
        }
        System.out.println("-- " + unique.size() + " distinct targets, sorted:");
        for (URI u : unique) System.out.println("   " + u);

        URI root = new URI("https://www.example.com/blog/");
        System.out.println("-- relative to " + root);
        for (URI r : resolved) {
            URI rel = root.relativize(r);
            System.out.println("   " + (rel == r ? "(unrelated) " : "") + rel);
        }

        System.out.println("-- normalize");
        String[] paths = {"a/b/../c/./d", "/a//b///c", "../../x/./y", "a/..", "./a:b/c", "a/b/c/../../..", "/../x"};
        for (String p : paths) System.out.println("   " + p + " -> '" + new URI(p).normalize() + "'");

        System.out.println("-- built from components");
        System.out.println("   " + new URI("https", "ann lee", "files.example.com", 8443, "/shared docs/r\u00e9sum\u00e9.pdf", "v=1&note=50% off", "page 2"));
        System.out.println("   " + new URI("http", "example.com", "/search results", "frag"));
        System.out.println("   " + new URI("mailto", "a b@example.com", null));
        System.out.println("   " + new URI("http", null, "::1", 80, "/", null, null));
        System.out.println("   ascii: " + new URI("http", "example.com", "/caf\u00e9", null).toASCIIString());
        try {
            new URI("http", "example.com", "relative/path", null);
        } catch (URISyntaxException e) {
            System.out.println("   ! " + e.getMessage());
        }
        try {
            URI.create("http://bad host/");
        } catch (IllegalArgumentException e) {
            System.out.println("   create: " + e.getMessage() + " / cause " + e.getCause().getClass().getSimpleName());
        }
        try {
            new URI("http://my_server.local/").parseServerAuthority();
        } catch (URISyntaxException e) {
            System.out.println("   parseServerAuthority: " + e.getMessage());
        }

        System.out.println("-- equality");
        String[][] pairs = {
            {"http://Example.com/a%7e", "HTTP://example.COM/a%7E"}, {"http://example.com/A", "http://example.com/a"},
            {"http://example.com:80/", "http://example.com/"}, {"mailto:A@b", "MAILTO:A@b"},
        };
        for (String[] p : pairs) {
            URI a = new URI(p[0]), b = new URI(p[1]);
            System.out.println("   " + p[0] + " vs " + p[1] + ": equals=" + a.equals(b) + " sameHash=" + (a.hashCode() == b.hashCode())
                + " compare=" + Integer.signum(a.compareTo(b)));
        }
    }
}
