import java.util.ArrayList;
import java.util.List;

/** A static nested builder producing immutable HTTP request objects, with validation and defaults. */
public class BuilderPattern {
    static final class Request {
        private final String method, url;
        private final List<String> headers;
        private final int timeoutMillis;
        private final byte[] body;

        private Request(Builder b) {
            method = b.method;
            url = b.url;
            headers = new ArrayList<>(b.headers);
            timeoutMillis = b.timeoutMillis;
            body = b.body == null ? new byte[0] : b.body.clone();
        }

        static Builder builder(String url) { return new Builder(url); }

        @Override public String toString() {
            return method + " " + url + " headers=" + headers + " timeout=" + timeoutMillis + " body=" + body.length + "B";
        }

        static final class Builder {
            private String method = "GET";
            private final String url;
            private final List<String> headers = new ArrayList<>();
            private int timeoutMillis = 30_000;
            private byte[] body;

            private Builder(String url) {
                if (!url.startsWith("http://") && !url.startsWith("https://")) throw new IllegalArgumentException("unsupported url " + url);
                this.url = url;
            }

            Builder method(String m) { method = m.toUpperCase(); return this; }
            Builder header(String name, String value) { headers.add(name + ": " + value); return this; }
            Builder timeout(int millis) {
                if (millis <= 0) throw new IllegalArgumentException("timeout must be positive: " + millis);
                timeoutMillis = millis;
                return this;
            }
            Builder body(String text) { body = text.getBytes(); return this; }
            Request build() {
                if (body != null && method.equals("GET")) throw new IllegalStateException("GET cannot have a body");
                return new Request(this);
            }
        }
    }

    public static void main(String[] args) {
        Request simple = Request.builder("https://example.org/").build();
        System.out.println(simple);
        Request.Builder b = Request.builder("http://api.local/items").method("post").header("Accept", "json").header("X-Trace", "1").timeout(500).body("{\"n\":1}");
        Request post = b.build();
        b.header("Late", "ignored");
        System.out.println(post);
        System.out.println(b.build());
        String[] bad = {"ftp://x", "https://ok"};
        for (String url : bad) {
            try {
                System.out.println(Request.builder(url).timeout(url.length() - 10).build());
            } catch (IllegalArgumentException e) {
                System.out.println("rejected: " + e.getMessage());
            }
        }
        try {
            Request.builder("https://x").body("data").build();
        } catch (IllegalStateException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
