package java.net;

import java.nio.charset.StandardCharsets;

/**
 * A URI reference as RFC 2396 (with RFC 2732's IPv6 literals) defines it, parsed and printed the
 * way the JDK does: the same components, the same deviations (empty authority before a path,
 * empty relative references, registry-based authorities when a server authority does not parse),
 * the same URISyntaxException reasons and indexes, and the same resolve/relativize/normalize.
 */
public final class URI implements Comparable<URI>, java.io.Serializable {
    private static final long serialVersionUID = -6052424284110960213L;

    // Components (raw, i.e. still escaped). path is null exactly for opaque URIs.
    private transient String scheme;
    private transient String fragment;
    private transient String authority;
    private transient String userInfo;
    private transient String host;
    private transient int port = -1;
    private transient String path;
    private transient String query;
    private transient String schemeSpecificPart;
    private transient int hash;
    /** The string form, kept as given when parsed. */
    private volatile String string;

    private URI() {}

    public URI(String str) throws URISyntaxException {
        new Parser(str).parse(false);
    }

    public URI(String scheme, String userInfo, String host, int port, String path, String query, String fragment)
            throws URISyntaxException {
        String s = build(scheme, null, null, userInfo, host, port, path, query, fragment);
        checkPath(s, scheme, path);
        new Parser(s).parse(true);
    }

    public URI(String scheme, String authority, String path, String query, String fragment) throws URISyntaxException {
        String s = build(scheme, null, authority, null, null, -1, path, query, fragment);
        checkPath(s, scheme, path);
        new Parser(s).parse(false);
    }

    public URI(String scheme, String host, String path, String fragment) throws URISyntaxException {
        this(scheme, null, host, -1, path, null, fragment);
    }

    public URI(String scheme, String ssp, String fragment) throws URISyntaxException {
        new Parser(build(scheme, ssp, null, null, null, -1, null, null, fragment)).parse(false);
    }

    public static URI create(String str) {
        try {
            return new URI(str);
        } catch (URISyntaxException x) {
            throw new IllegalArgumentException(x.getMessage(), x);
        }
    }

    public URI parseServerAuthority() throws URISyntaxException {
        if (host != null || authority == null) return this;
        new Parser(toString()).parse(true);
        return this;
    }

    // ---- accessors ----

    public String getScheme() {
        return scheme;
    }

    public boolean isAbsolute() {
        return scheme != null;
    }

    public boolean isOpaque() {
        return path == null;
    }

    public String getRawSchemeSpecificPart() {
        String ssp = schemeSpecificPart;
        if (ssp != null) return ssp;
        String s = toString();
        int start = scheme == null ? 0 : scheme.length() + 1;
        int end = fragment == null ? s.length() : s.length() - fragment.length() - 1;
        return schemeSpecificPart = s.substring(start, end);
    }

    public String getSchemeSpecificPart() {
        return decode(getRawSchemeSpecificPart(), true);
    }

    public String getRawAuthority() {
        return authority;
    }

    public String getAuthority() {
        return decode(authority, true);
    }

    public String getRawUserInfo() {
        return userInfo;
    }

    public String getUserInfo() {
        return decode(userInfo);
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getRawPath() {
        return path;
    }

    public String getPath() {
        return decode(path);
    }

    public String getRawQuery() {
        return query;
    }

    public String getQuery() {
        return decode(query);
    }

    public String getRawFragment() {
        return fragment;
    }

    public String getFragment() {
        return decode(fragment);
    }

    // ---- operations ----

    public URI normalize() {
        if (path == null || path.isEmpty()) return this;
        String np = normalizePath(path);
        if (np.equals(path)) return this;
        URI v = new URI();
        v.scheme = scheme;
        v.fragment = fragment;
        v.authority = authority;
        v.userInfo = userInfo;
        v.host = host;
        v.port = port;
        v.path = np;
        v.query = query;
        return v;
    }

    public URI resolve(URI uri) {
        URI base = this;
        URI child = uri;
        if (child.isOpaque() || base.isOpaque()) return child;
        // A lone fragment refers to the base document.
        if (child.scheme == null && child.authority == null && child.path.isEmpty() && child.fragment != null
                && child.query == null) {
            if (base.fragment != null && child.fragment.equals(base.fragment)) return base;
            URI ru = new URI();
            ru.scheme = base.scheme;
            ru.authority = base.authority;
            ru.userInfo = base.userInfo;
            ru.host = base.host;
            ru.port = base.port;
            ru.path = base.path;
            ru.fragment = child.fragment;
            ru.query = base.query;
            return ru;
        }
        if (child.scheme != null) return child;
        URI ru = new URI();
        ru.scheme = base.scheme;
        ru.query = child.query;
        ru.fragment = child.fragment;
        if (child.authority == null) {
            ru.authority = base.authority;
            ru.host = base.host;
            ru.userInfo = base.userInfo;
            ru.port = base.port;
            String cp = child.path;
            if (!cp.isEmpty() && cp.charAt(0) == '/') {
                ru.path = cp;
            } else {
                int i = base.path.lastIndexOf('/');
                String p;
                if (cp.isEmpty()) p = i >= 0 ? base.path.substring(0, i + 1) : "";
                else if (i >= 0 || !base.isAbsolute()) p = base.path.substring(0, i + 1) + cp;
                else p = "/" + cp;
                ru.path = normalizePath(p);
            }
        } else {
            ru.authority = child.authority;
            ru.host = child.host;
            ru.userInfo = child.userInfo;
            ru.port = child.port;
            ru.path = child.path;
        }
        return ru;
    }

    public URI resolve(String str) {
        return resolve(URI.create(str));
    }

    public URI relativize(URI uri) {
        URI base = this;
        URI child = uri;
        if (child.isOpaque() || base.isOpaque()) return child;
        if (!equalIgnoringCase(base.scheme, child.scheme) || !equal(base.authority, child.authority)) return child;
        String bp = normalizePath(base.path);
        String cp = normalizePath(child.path);
        if (!bp.equals(cp)) {
            if (!bp.endsWith("/")) bp = bp + "/";
            if (!cp.startsWith(bp)) return child;
        }
        URI v = new URI();
        v.path = cp.substring(bp.length());
        v.query = child.query;
        v.fragment = child.fragment;
        return v;
    }

    public URL toURL() throws MalformedURLException {
        if (!isAbsolute()) throw new IllegalArgumentException("URI is not absolute");
        return new URL(toString());
    }

    // ---- comparison ----

    @Override
    public boolean equals(Object ob) {
        if (ob == this) return true;
        if (!(ob instanceof URI)) return false;
        URI that = (URI) ob;
        if (this.isOpaque() != that.isOpaque()) return false;
        if (!equalIgnoringCase(this.scheme, that.scheme)) return false;
        if (!equal(this.fragment, that.fragment)) return false;
        if (this.isOpaque()) return equal(this.getRawSchemeSpecificPart(), that.getRawSchemeSpecificPart());
        if (!equal(this.path, that.path)) return false;
        if (!equal(this.query, that.query)) return false;
        if (this.authority == that.authority) return true;
        if (this.host != null) {
            return equal(this.userInfo, that.userInfo) && equalIgnoringCase(this.host, that.host) && this.port == that.port;
        }
        if (this.authority != null) return equal(this.authority, that.authority);
        return false;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = hashIgnoringCase(0, scheme);
            h = hash(h, fragment);
            if (isOpaque()) {
                h = hash(h, getRawSchemeSpecificPart());
            } else {
                h = hash(h, path);
                h = hash(h, query);
                if (host != null) {
                    h = hash(h, userInfo);
                    h = hashIgnoringCase(h, host);
                    h += 1949 * port;
                } else {
                    h = hash(h, authority);
                }
            }
            if (h != 0) hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(URI that) {
        int c;
        if ((c = compareIgnoringCase(this.scheme, that.scheme)) != 0) return c;
        if (this.isOpaque()) {
            if (that.isOpaque()) {
                if ((c = compare(this.getRawSchemeSpecificPart(), that.getRawSchemeSpecificPart())) != 0) return c;
                return compare(this.fragment, that.fragment);
            }
            return +1;
        } else if (that.isOpaque()) {
            return -1;
        }
        if (this.host != null && that.host != null) {
            if ((c = compare(this.userInfo, that.userInfo)) != 0) return c;
            if ((c = compareIgnoringCase(this.host, that.host)) != 0) return c;
            if ((c = this.port - that.port) != 0) return c;
        } else if ((c = compare(this.authority, that.authority)) != 0) {
            return c;
        }
        if ((c = compare(this.path, that.path)) != 0) return c;
        if ((c = compare(this.query, that.query)) != 0) return c;
        return compare(this.fragment, that.fragment);
    }

    @Override
    public String toString() {
        String s = string;
        if (s == null) string = s = assemble();
        return s;
    }

    public String toASCIIString() {
        return encodeNonAscii(toString());
    }

    // ---- string forms ----

    /** The string of a URI made of (already escaped) components. */
    private String assemble() {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) sb.append(scheme).append(':');
        if (isOpaque()) {
            sb.append(schemeSpecificPart);
        } else {
            if (host != null) {
                sb.append("//");
                if (userInfo != null) sb.append(userInfo).append('@');
                appendHost(sb, host);
                if (port != -1) sb.append(':').append(port);
            } else if (authority != null) {
                sb.append("//").append(authority);
            }
            if (path != null) sb.append(path);
            if (query != null) sb.append('?').append(query);
        }
        if (fragment != null) sb.append('#').append(fragment);
        return sb.toString();
    }

    private static void appendHost(StringBuilder sb, String host) {
        boolean brackets = host.indexOf(':') >= 0 && !host.startsWith("[") && !host.endsWith("]");
        if (brackets) sb.append('[');
        sb.append(host);
        if (brackets) sb.append(']');
    }

    /** The string the multi-argument constructors parse: components quoted as each allows. */
    private static String build(String scheme, String opaque, String authority, String userInfo, String host,
                                int port, String path, String query, String fragment) {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) sb.append(scheme).append(':');
        if (opaque != null) {
            if (opaque.startsWith("//[")) {
                int end = opaque.indexOf(']');
                if (end != -1 && opaque.indexOf(':') != -1) {
                    sb.append(opaque, 0, end + 1);
                    sb.append(quote(opaque.substring(end + 1), L_URIC, H_URIC));
                } else {
                    sb.append(quote(opaque, L_URIC, H_URIC));
                }
            } else {
                sb.append(quote(opaque, L_URIC, H_URIC));
            }
        } else {
            if (host != null) {
                sb.append("//");
                if (userInfo != null) sb.append(quote(userInfo, L_USERINFO, H_USERINFO)).append('@');
                appendHost(sb, host);
                if (port != -1) sb.append(':').append(port);
            } else if (authority != null) {
                sb.append("//");
                if (authority.startsWith("[")) {
                    int end = authority.indexOf(']');
                    if (end != -1 && authority.indexOf(':') != -1) {
                        sb.append(authority, 0, end + 1);
                        sb.append(quote(authority.substring(end + 1), L_REG_NAME | L_SERVER, H_REG_NAME | H_SERVER));
                    } else {
                        sb.append(quote(authority, L_REG_NAME | L_SERVER, H_REG_NAME | H_SERVER));
                    }
                } else {
                    sb.append(quote(authority, L_REG_NAME | L_SERVER, H_REG_NAME | H_SERVER));
                }
            }
            if (path != null) sb.append(quote(path, L_PATH, H_PATH));
            if (query != null) sb.append('?').append(quote(query, L_URIC, H_URIC));
        }
        if (fragment != null) sb.append('#').append(quote(fragment, L_URIC, H_URIC));
        return sb.toString();
    }

    private static void checkPath(String s, String scheme, String path) throws URISyntaxException {
        if (scheme != null && path != null && !path.isEmpty() && path.charAt(0) != '/') {
            throw new URISyntaxException(s, "Relative path in absolute URI");
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void appendEscaped(StringBuilder sb, byte b) {
        sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }

    /** Escapes what the mask does not allow; other non-ASCII characters stay unless space or control. */
    private static String quote(String s, long lowMask, long highMask) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep;
            if (c < 0x80) keep = match(c, lowMask, highMask);
            else keep = !Character.isSpaceChar(c) && !Character.isISOControl(c);
            if (keep) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            int end = i + 1;
            if (Character.isHighSurrogate(c) && end < s.length() && Character.isLowSurrogate(s.charAt(end))) end++;
            for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) appendEscaped(sb, b);
            i = end - 1;
        }
        return sb == null ? s : sb.toString();
    }

    /** Escapes every non-ASCII character (toASCIIString). */
    private static String encodeNonAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            int end = i + 1;
            if (Character.isHighSurrogate(c) && end < s.length() && Character.isLowSurrogate(s.charAt(end))) end++;
            for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) appendEscaped(sb, b);
            i = end - 1;
        }
        return sb == null ? s : sb.toString();
    }

    /** Decodes %XX runs as UTF-8 (malformed input becomes U+FFFD); null stays null. */
    private static String decode(String s) {
        return decode(s, false);
    }

    /** As {@link #decode(String)}; with `keepBracketed`, escapes inside [...] (an IPv6 scope) stay. */
    private static String decode(String s, boolean keepBracketed) {
        if (s == null || s.indexOf('%') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        byte[] buf = new byte[s.length()];
        int i = 0;
        boolean inBrackets = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (keepBracketed) {
                if (c == '[') inBrackets = true;
                else if (c == ']') inBrackets = false;
            }
            if (c != '%' || inBrackets) {
                sb.append(c);
                i++;
                continue;
            }
            int n = 0;
            while (i + 2 < s.length() && s.charAt(i) == '%') {
                buf[n++] = (byte) ((Character.digit(s.charAt(i + 1), 16) << 4) | Character.digit(s.charAt(i + 2), 16));
                i += 3;
            }
            if (n == 0) {
                sb.append(c);
                i++;
            } else {
                sb.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    // ---- path normalization ----

    /**
     * Removes "." segments and "x/.." pairs and collapses repeated slashes; ".." that cannot be
     * removed stay at the front; a relative path whose first segment has a ':' gets "./" before it.
     */
    static String normalizePath(String ps) {
        int n = ps.length();
        if (n == 0) return ps;
        boolean absolute = ps.charAt(0) == '/';
        java.util.ArrayList<String> segs = new java.util.ArrayList<>();
        boolean changed = false;
        boolean lastDropped = false;
        int i = 0;
        while (i < n) {
            int j = ps.indexOf('/', i);
            if (j < 0) j = n;
            String seg = ps.substring(i, j);
            if (seg.isEmpty()) {
                // A repeated slash (or the leading one of an absolute path).
                if (i > 0) changed = true;
            } else if (seg.equals(".")) {
                changed = true;
                lastDropped = true;
            } else if (seg.equals("..") && !segs.isEmpty() && !segs.get(segs.size() - 1).equals("..")) {
                segs.remove(segs.size() - 1);
                changed = true;
                lastDropped = true;
            } else {
                segs.add(seg);
                lastDropped = false;
            }
            i = j + 1;
        }
        boolean trailingSlash = ps.charAt(n - 1) == '/' || lastDropped;
        boolean needDot = !absolute && !segs.isEmpty() && segs.get(0).indexOf(':') >= 0;
        if (!changed && !needDot) return ps;
        StringBuilder sb = new StringBuilder(n + 2);
        if (absolute) sb.append('/');
        if (needDot) sb.append("./");
        for (int k = 0; k < segs.size(); k++) {
            if (k > 0) sb.append('/');
            sb.append(segs.get(k));
        }
        if (trailingSlash && !segs.isEmpty()) sb.append('/');
        return sb.toString();
    }

    // ---- comparing escaped strings ----

    private static int toLower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static int toUpper(char c) {
        return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }

    /** Equal, with the hex digits of escapes compared ignoring case. */
    private static boolean equal(String s, String t) {
        if (s == t) return true;
        if (s == null || t == null || s.length() != t.length()) return false;
        if (s.indexOf('%') < 0) return s.equals(t);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i), d = t.charAt(i);
            if (c != '%') {
                if (c != d) return false;
                i++;
                continue;
            }
            if (d != '%') return false;
            i++;
            for (int k = 0; k < 2 && i < s.length(); k++, i++) {
                if (toLower(s.charAt(i)) != toLower(t.charAt(i))) return false;
            }
        }
        return true;
    }

    private static boolean equalIgnoringCase(String s, String t) {
        if (s == t) return true;
        if (s == null || t == null || s.length() != t.length()) return false;
        for (int i = 0; i < s.length(); i++) if (toLower(s.charAt(i)) != toLower(t.charAt(i))) return false;
        return true;
    }

    private static int hash(int hash, String s) {
        if (s == null) return hash;
        if (s.indexOf('%') < 0) return hash * 127 + s.hashCode();
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            h = 31 * h + ch;
            if (ch == '%') {
                for (int k = i + 1; k < i + 3 && k < s.length(); k++) h = 31 * h + toUpper(s.charAt(k));
                i += 2;
            }
        }
        return hash * 127 + h;
    }

    private static int hashIgnoringCase(int hash, String s) {
        if (s == null) return hash;
        int h = hash;
        for (int i = 0; i < s.length(); i++) h = 31 * h + toLower(s.charAt(i));
        return h;
    }

    /** Ordering with the hex digits of escapes compared ignoring case. */
    private static int compare(String s, String t) {
        if (s == t) return 0;
        if (s == null) return -1;
        if (t == null) return +1;
        if (s.indexOf('%') < 0) return s.compareTo(t);
        int n = Math.min(s.length(), t.length());
        int escape = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i), d = t.charAt(i);
            int diff = escape > 0 ? toLower(c) - toLower(d) : c - d;
            if (diff != 0) return diff;
            escape = c == '%' ? 2 : Math.max(0, escape - 1);
        }
        return s.length() - t.length();
    }

    private static int compareIgnoringCase(String s, String t) {
        if (s == t) return 0;
        if (s == null) return -1;
        if (t == null) return +1;
        int n = Math.min(s.length(), t.length());
        for (int i = 0; i < n; i++) {
            int c = toLower(s.charAt(i)) - toLower(t.charAt(i));
            if (c != 0) return c;
        }
        return s.length() - t.length();
    }

    // ---- character classes (bit masks over US-ASCII; bit 0 of the low mask means "escapes allowed") ----

    private static long lowMask(String chars) {
        long m = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < 64) m |= 1L << c;
        }
        return m;
    }

    private static long highMask(String chars) {
        long m = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c >= 64 && c < 128) m |= 1L << (c - 64);
        }
        return m;
    }

    private static long lowRange(char first, char last) {
        long m = 0;
        for (int c = Math.max(first, 0); c <= Math.min(last, 63); c++) m |= 1L << c;
        return m;
    }

    private static long highRange(char first, char last) {
        long m = 0;
        for (int c = Math.max(first, 64); c <= Math.min(last, 127); c++) m |= 1L << (c - 64);
        return m;
    }

    private static boolean match(char c, long lowMask, long highMask) {
        if (c == 0) return false;
        if (c < 64) return ((1L << c) & lowMask) != 0;
        if (c < 128) return ((1L << (c - 64)) & highMask) != 0;
        return false;
    }

    static final long L_DIGIT = lowRange('0', '9');
    static final long H_DIGIT = 0L;
    static final long L_ALPHA = 0L;
    static final long H_ALPHA = highRange('A', 'Z') | highRange('a', 'z');
    static final long L_ALPHANUM = L_DIGIT | L_ALPHA;
    static final long H_ALPHANUM = H_DIGIT | H_ALPHA;
    static final long L_HEX = L_DIGIT;
    static final long H_HEX = highRange('A', 'F') | highRange('a', 'f');
    static final long L_MARK = lowMask("-_.!~*'()");
    static final long H_MARK = highMask("-_.!~*'()");
    static final long L_UNRESERVED = L_ALPHANUM | L_MARK;
    static final long H_UNRESERVED = H_ALPHANUM | H_MARK;
    static final long L_RESERVED = lowMask(";/?:@&=+$,[]");
    static final long H_RESERVED = highMask(";/?:@&=+$,[]");
    static final long L_ESCAPED = 1L;
    static final long H_ESCAPED = 0L;
    static final long L_URIC = L_RESERVED | L_UNRESERVED | L_ESCAPED;
    static final long H_URIC = H_RESERVED | H_UNRESERVED | H_ESCAPED;
    static final long L_PCHAR = L_UNRESERVED | L_ESCAPED | lowMask(":@&=+$,");
    static final long H_PCHAR = H_UNRESERVED | H_ESCAPED | highMask(":@&=+$,");
    static final long L_PATH = L_PCHAR | lowMask(";/");
    static final long H_PATH = H_PCHAR | highMask(";/");
    static final long L_DASH = lowMask("-");
    static final long H_DASH = highMask("-");
    static final long L_DOT = lowMask(".");
    static final long H_DOT = highMask(".");
    static final long L_USERINFO = L_UNRESERVED | L_ESCAPED | lowMask(";:&=+$,");
    static final long H_USERINFO = H_UNRESERVED | H_ESCAPED | highMask(";:&=+$,");
    static final long L_REG_NAME = L_UNRESERVED | L_ESCAPED | lowMask("$,;:@&=+");
    static final long H_REG_NAME = H_UNRESERVED | H_ESCAPED | highMask("$,;:@&=+");
    static final long L_SERVER = L_USERINFO | L_ALPHANUM | L_DASH | lowMask(".:@[]");
    static final long H_SERVER = H_USERINFO | H_ALPHANUM | H_DASH | highMask(".:@[]");
    static final long L_SERVER_PERCENT = L_SERVER | lowMask("%");
    static final long H_SERVER_PERCENT = H_SERVER | highMask("%");
    static final long L_SCHEME = L_ALPHA | L_DIGIT | lowMask("+-.");
    static final long H_SCHEME = H_ALPHA | H_DIGIT | highMask("+-.");
    static final long L_SCOPE_ID = L_ALPHANUM | lowMask("_.");
    static final long H_SCOPE_ID = H_ALPHANUM | highMask("_.");

    // ---- parser ----

    /** Parses a string into this URI's components, failing like the JDK's parser. */
    private final class Parser {
        private final String input;
        private boolean requireServerAuthority;
        private int ipv6ByteCount;

        Parser(String s) {
            input = s;
            string = s;
        }

        private void fail(String reason) throws URISyntaxException {
            throw new URISyntaxException(input, reason);
        }

        private void fail(String reason, int p) throws URISyntaxException {
            throw new URISyntaxException(input, reason, p);
        }

        private void failExpecting(String expected, int p) throws URISyntaxException {
            fail("Expected " + expected, p);
        }

        private boolean at(int p, int n, char c) {
            return p < n && input.charAt(p) == c;
        }

        private boolean at(int p, int n, String s) {
            int len = s.length();
            if (len > n - p) return false;
            return input.startsWith(s, p);
        }

        /** Skips one `c` at p. */
        private int scan(int p, int n, char c) {
            return p < n && input.charAt(p) == c ? p + 1 : p;
        }

        /** Index of the first char of `stop` from p (or n); -1 when a char of `err` comes first. */
        private int scan(int p, int n, String err, String stop) {
            while (p < n) {
                char c = input.charAt(p);
                if (err.indexOf(c) >= 0) return -1;
                if (stop.indexOf(c) >= 0) break;
                p++;
            }
            return p;
        }

        /** Skips an escape pair or a visible non-ASCII char at p; p when there is none. */
        private int scanEscape(int p, int n, char c) throws URISyntaxException {
            if (c == '%') {
                if (p + 3 <= n && match(input.charAt(p + 1), L_HEX, H_HEX) && match(input.charAt(p + 2), L_HEX, H_HEX)) {
                    return p + 3;
                }
                fail("Malformed escape pair", p);
            } else if (c > 128 && !Character.isSpaceChar(c) && !Character.isISOControl(c)) {
                return p + 1;
            }
            return p;
        }

        /** Skips chars of a class (escapes too when the class allows them). */
        private int scan(int p, int n, long lowMask, long highMask) throws URISyntaxException {
            while (p < n) {
                char c = input.charAt(p);
                if (match(c, lowMask, highMask)) {
                    p++;
                    continue;
                }
                if ((lowMask & L_ESCAPED) != 0) {
                    int q = scanEscape(p, n, c);
                    if (q > p) {
                        p = q;
                        continue;
                    }
                }
                break;
            }
            return p;
        }

        private void checkChars(int start, int end, long lowMask, long highMask, String what) throws URISyntaxException {
            int p = scan(start, end, lowMask, highMask);
            if (p < end) fail("Illegal character in " + what, p);
        }

        private void checkChar(int p, long lowMask, long highMask, String what) throws URISyntaxException {
            checkChars(p, p + 1, lowMask, highMask, what);
        }

        void parse(boolean rsa) throws URISyntaxException {
            requireServerAuthority = rsa;
            int n = input.length();
            int p = scan(0, n, "/?#", ":");
            if (p >= 0 && at(p, n, ':')) {
                if (p == 0) failExpecting("scheme name", 0);
                checkChar(0, L_ALPHA, H_ALPHA, "scheme name");
                checkChars(1, p, L_SCHEME, H_SCHEME, "scheme name");
                scheme = input.substring(0, p);
                p++;
                if (at(p, n, '/')) {
                    p = parseHierarchical(p, n);
                } else {
                    int q = scan(p, n, "", "#");
                    if (q <= p) failExpecting("scheme-specific part", p);
                    checkChars(p, q, L_URIC, H_URIC, "opaque part");
                    schemeSpecificPart = input.substring(p, q);
                    p = q;
                }
            } else {
                p = parseHierarchical(0, n);
            }
            if (at(p, n, '#')) {
                checkChars(p + 1, n, L_URIC, H_URIC, "fragment");
                fragment = input.substring(p + 1, n);
                p = n;
            }
            if (p < n) failExpecting("end of URI", p);
        }

        private int parseHierarchical(int start, int n) throws URISyntaxException {
            int p = start;
            if (at(p, n, '/') && at(p + 1, n, '/')) {
                p += 2;
                int q = scan(p, n, "", "/?#");
                if (q > p) {
                    p = parseAuthority(p, q);
                } else if (q >= n) {
                    failExpecting("authority", p);
                }
                // An empty authority before a path, query or fragment is allowed.
            }
            int q = scan(p, n, "", "?#");
            checkChars(p, q, L_PATH, H_PATH, "path");
            path = input.substring(p, q);
            p = q;
            if (at(p, n, '?')) {
                p++;
                q = scan(p, n, "", "#");
                checkChars(p, q, L_URIC, H_URIC, "query");
                query = input.substring(p, q);
                p = q;
            }
            return p;
        }

        private int parseAuthority(int start, int n) throws URISyntaxException {
            int p = start;
            int q = p;
            URISyntaxException ex = null;
            boolean serverChars;
            // As the JDK does: '%' is accepted as a server character (an IPv6 scope) unless the
            // authority starts with ']'.
            if (scan(p, n, "", "]") > p) {
                serverChars = scan(p, n, L_SERVER_PERCENT, H_SERVER_PERCENT) == n;
            } else {
                serverChars = scan(p, n, L_SERVER, H_SERVER) == n;
            }
            boolean regChars = scan(p, n, L_REG_NAME, H_REG_NAME) == n;
            if (regChars && !serverChars) {
                authority = input.substring(p, n);
                return n;
            }
            if (serverChars) {
                try {
                    q = parseServer(p, n);
                    if (q < n) failExpecting("end of authority", q);
                    authority = input.substring(p, n);
                } catch (URISyntaxException x) {
                    userInfo = null;
                    host = null;
                    port = -1;
                    if (requireServerAuthority) throw x;
                    ex = x;
                    q = p;
                }
            }
            if (q < n) {
                if (regChars) {
                    authority = input.substring(p, n);
                } else if (ex != null) {
                    throw ex;
                } else {
                    fail("Illegal character in authority", q);
                }
            }
            return n;
        }

        private int parseServer(int start, int n) throws URISyntaxException {
            int p = start;
            int q = scan(p, n, "/?#", "@");
            if (q >= p && at(q, n, '@')) {
                checkChars(p, q, L_USERINFO, H_USERINFO, "user info");
                userInfo = input.substring(p, q);
                p = q + 1;
            }
            if (at(p, n, '[')) {
                p++;
                q = scan(p, n, "/?#", "]");
                if (q > p && at(q, n, ']')) {
                    int r = scan(p, q, "", "%");
                    if (r > p && r < q) {
                        parseIPv6Reference(p, r);
                        if (r + 1 == q) fail("scope id expected");
                        checkChars(r + 1, q, L_SCOPE_ID, H_SCOPE_ID, "scope id");
                    } else {
                        parseIPv6Reference(p, q);
                    }
                    host = input.substring(p - 1, q + 1);
                    p = q + 1;
                } else {
                    failExpecting("closing bracket for IPv6 address", q);
                }
            } else {
                q = parseIPv4Address(p, n);
                if (q <= p) q = parseHostname(p, n);
                p = q;
            }
            if (at(p, n, ':')) {
                p++;
                q = scan(p, n, "", "/");
                if (q > p) {
                    checkChars(p, q, L_DIGIT, H_DIGIT, "port number");
                    try {
                        port = Integer.parseInt(input.substring(p, q));
                    } catch (NumberFormatException x) {
                        fail("Malformed port number", p);
                    }
                    p = q;
                }
            }
            if (p < n) failExpecting("port number", p);
            return p;
        }

        /** End of a decimal byte (0..255) at p, or p. */
        private int scanByte(int start, int n) throws URISyntaxException {
            int q = scan(start, n, L_DIGIT, H_DIGIT);
            if (q <= start) return q;
            if (q - start > 10 || Long.parseLong(input.substring(start, q)) > 255) return start;
            return q;
        }

        private int scanIPv4Address(int start, int n, boolean strict) throws URISyntaxException {
            int p = start;
            int q = p;
            int m = scan(p, n, L_DIGIT | L_DOT, H_DIGIT | H_DOT);
            if (m <= p || (strict && m != n)) return -1;
            for (int part = 0; ; part++) {
                if ((q = scanByte(p, m)) <= p) break;
                p = q;
                if (part == 3) {
                    if (q < m) break;
                    return q;
                }
                if ((q = scan(p, m, '.')) <= p) break;
                p = q;
            }
            fail("Malformed IPv4 address", q);
            return -1;
        }

        private int takeIPv4Address(int start, int n, String expected) throws URISyntaxException {
            int p = scanIPv4Address(start, n, true);
            if (p <= start) failExpecting(expected, start);
            return p;
        }

        private int parseIPv4Address(int start, int n) {
            int p;
            try {
                p = scanIPv4Address(start, n, false);
            } catch (URISyntaxException | NumberFormatException x) {
                return -1;
            }
            if (p > start && p < n && input.charAt(p) != ':') p = -1;
            if (p > start) host = input.substring(start, p);
            return p;
        }

        private int parseHostname(int start, int n) throws URISyntaxException {
            int p = start;
            int q;
            int l = -1;
            do {
                q = scan(p, n, L_ALPHANUM, H_ALPHANUM);
                if (q <= p) break;
                l = p;
                p = q;
                q = scan(p, n, L_ALPHANUM | L_DASH, H_ALPHANUM | H_DASH);
                if (q > p) {
                    if (input.charAt(q - 1) == '-') fail("Illegal character in hostname", q - 1);
                    p = q;
                }
                q = scan(p, n, '.');
                if (q <= p) break;
                p = q;
            } while (p < n);
            if (p < n && !at(p, n, ':')) fail("Illegal character in hostname", p);
            if (l < 0) failExpecting("hostname", start);
            if (l > start && !match(input.charAt(l), L_ALPHA, H_ALPHA)) fail("Illegal character in hostname", l);
            host = input.substring(start, p);
            return p;
        }

        private int parseIPv6Reference(int start, int n) throws URISyntaxException {
            int p = start;
            boolean compressedZeros = false;
            int q = scanHexSeq(p, n);
            if (q > p) {
                p = q;
                if (at(p, n, "::")) {
                    compressedZeros = true;
                    p = scanHexPost(p + 2, n);
                } else if (at(p, n, ':')) {
                    p = takeIPv4Address(p + 1, n, "IPv4 address");
                    ipv6ByteCount += 4;
                }
            } else if (at(p, n, "::")) {
                compressedZeros = true;
                p = scanHexPost(p + 2, n);
            }
            if (p < n) fail("Malformed IPv6 address", start);
            if (ipv6ByteCount > 16) fail("IPv6 address too long", start);
            if (!compressedZeros && ipv6ByteCount < 16) fail("IPv6 address too short", start);
            if (compressedZeros && ipv6ByteCount == 16) fail("Malformed IPv6 address", start);
            return p;
        }

        private int scanHexPost(int start, int n) throws URISyntaxException {
            int p = start;
            if (p == n) return p;
            int q = scanHexSeq(p, n);
            if (q > p) {
                p = q;
                if (at(p, n, ':')) {
                    p++;
                    p = takeIPv4Address(p, n, "hex digits or IPv4 address");
                    ipv6ByteCount += 4;
                }
            } else {
                p = takeIPv4Address(p, n, "hex digits or IPv4 address");
                ipv6ByteCount += 4;
            }
            return p;
        }

        private int scanHexSeq(int start, int n) throws URISyntaxException {
            int p = start;
            int q = scan(p, n, L_HEX, H_HEX);
            if (q <= p) return -1;
            if (at(q, n, '.')) return -1;
            if (q > p + 4) fail("IPv6 hexadecimal digit sequence too long", p);
            ipv6ByteCount += 2;
            p = q;
            while (p < n) {
                if (!at(p, n, ':')) break;
                if (at(p + 1, n, ':')) break;
                p++;
                q = scan(p, n, L_HEX, H_HEX);
                if (q <= p) failExpecting("digits for an IPv6 address", p);
                if (at(q, n, '.')) {
                    p--;
                    break;
                }
                if (q > p + 4) fail("IPv6 hexadecimal digit sequence too long", p);
                ipv6ByteCount += 2;
                p = q;
            }
            return p;
        }
    }
}
