package java.net;

/**
 * A URL, parsed the way the JDK's built-in protocol handlers parse it (http, https, ftp, file,
 * jar, mailto, jrt). Opening connections is not supported. equals/hashCode compare host names
 * ignoring case and never resolve them (the JDK may look hosts up in DNS).
 */
public final class URL implements java.io.Serializable {
    private static final long serialVersionUID = -7627629688361524110L;

    private String protocol;
    private String host;
    private int port = -1;
    /** Path plus "?query" when there is a query. */
    private String file;
    private transient String query;
    private String authority;
    private transient String path;
    private transient String userInfo;
    private String ref;

    public URL(String protocol, String host, int port, String file) throws MalformedURLException {
        protocol = lower(protocol);
        this.protocol = protocol;
        if (host != null) {
            if (host.indexOf(':') >= 0 && !host.startsWith("[")) host = "[" + host + "]";
            this.host = host;
            if (port < -1) throw new MalformedURLException("Invalid port number :" + port);
            this.port = port;
            authority = port == -1 ? host : host + ":" + port;
        }
        int hash = file.indexOf('#');
        ref = hash < 0 ? null : file.substring(hash + 1);
        file = hash < 0 ? file : file.substring(0, hash);
        int q = file.lastIndexOf('?');
        if (q != -1) {
            query = file.substring(q + 1);
            path = file.substring(0, q);
        } else {
            path = file;
        }
        this.file = query == null ? path : path + "?" + query;
        if (!isKnownProtocol(protocol)) throw new MalformedURLException("unknown protocol: " + protocol);
    }

    public URL(String protocol, String host, String file) throws MalformedURLException {
        this(protocol, host, -1, file);
    }

    public URL(String spec) throws MalformedURLException {
        this(null, spec);
    }

    public URL(URL context, String spec) throws MalformedURLException {
        String original = spec;
        try {
            int limit = spec.length();
            while (limit > 0 && spec.charAt(limit - 1) <= ' ') limit--;
            int start = 0;
            while (start < limit && spec.charAt(start) <= ' ') start++;
            if (spec.regionMatches(true, start, "url:", 0, 4)) start += 4;
            boolean fragmentOnly = start < spec.length() && spec.charAt(start) == '#';
            String newProtocol = null;
            for (int i = start; !fragmentOnly && i < limit && spec.charAt(i) != '/'; i++) {
                if (spec.charAt(i) == ':') {
                    String s = lower(spec.substring(start, i));
                    if (isValidProtocol(s)) {
                        newProtocol = s;
                        start = i + 1;
                    }
                    break;
                }
            }
            protocol = newProtocol;
            boolean relative = false;
            if (context != null && (newProtocol == null || newProtocol.equalsIgnoreCase(context.protocol))) {
                // "http:rel" against a hierarchical http context is relative (RFC 2396 5.2.3).
                if (context.path != null && context.path.startsWith("/")) newProtocol = null;
                if (newProtocol == null) {
                    protocol = context.protocol;
                    authority = context.authority;
                    userInfo = context.userInfo;
                    host = context.host;
                    port = context.port;
                    file = context.file;
                    path = context.path;
                    relative = true;
                }
            }
            if (protocol == null) throw new MalformedURLException("no protocol: " + original);
            if (!isKnownProtocol(protocol)) throw new MalformedURLException("unknown protocol: " + protocol);
            int hash = spec.indexOf('#', start);
            if (hash >= 0) {
                ref = spec.substring(hash + 1, limit);
                limit = hash;
            }
            if (relative && start == limit) {
                query = context.query;
                if (ref == null) ref = context.ref;
            }
            parse(spec, start, limit);
        } catch (MalformedURLException e) {
            throw e;
        } catch (Exception e) {
            MalformedURLException m = new MalformedURLException(e.getMessage());
            m.initCause(e);
            throw m;
        }
    }

    private static String lower(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (sb == null) sb = new StringBuilder(s);
                sb.setCharAt(i, (char) (c + 32));
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isValidProtocol(String p) {
        if (p.isEmpty()) return false;
        if (!Character.isLetter(p.charAt(0))) return false;
        for (int i = 1; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '+' && c != '-') return false;
        }
        return true;
    }

    private static boolean isKnownProtocol(String p) {
        switch (p) {
            case "http": case "https": case "ftp": case "file": case "jar": case "mailto": case "jrt":
                return true;
            default:
                return false;
        }
    }

    /** The generic URL syntax of the JDK's stream handlers, applied to spec[start, limit). */
    private void parse(String spec, int start, int limit) {
        boolean relPath = false;
        boolean queryOnly = false;
        if (start < limit) {
            int queryStart = spec.indexOf('?');
            queryOnly = queryStart == start;
            if (queryStart != -1 && queryStart < limit) {
                query = spec.substring(queryStart + 1, limit);
                if (limit > queryStart) limit = queryStart;
                spec = spec.substring(0, queryStart);
            }
        }
        boolean unc = start <= limit - 4 && spec.charAt(start) == '/' && spec.charAt(start + 1) == '/'
            && spec.charAt(start + 2) == '/' && spec.charAt(start + 3) == '/';
        if (!unc && start <= limit - 2 && spec.charAt(start) == '/' && spec.charAt(start + 1) == '/') {
            start += 2;
            int i = spec.indexOf('/', start);
            if (i < 0 || i > limit) {
                i = spec.indexOf('?', start);
                if (i < 0 || i > limit) i = limit;
            }
            String auth = spec.substring(start, i);
            authority = auth;
            String h = auth;
            int at = auth.indexOf('@');
            if (at != -1) {
                if (at != auth.lastIndexOf('@')) {
                    userInfo = null;
                    h = null;
                } else {
                    userInfo = auth.substring(0, at);
                    h = auth.substring(at + 1);
                }
            } else {
                userInfo = null;
            }
            int p = -1;
            if (h != null) {
                if (!h.isEmpty() && h.charAt(0) == '[') {
                    int close = h.indexOf(']');
                    if (close > 2) {
                        String literal = h.substring(0, close + 1);
                        if (!isIPv6Literal(literal.substring(1, close))) {
                            throw new IllegalArgumentException("Invalid host: " + literal);
                        }
                        if (h.length() > close + 1) {
                            if (h.charAt(close + 1) != ':') throw new IllegalArgumentException("Invalid authority field: " + auth);
                            if (h.length() > close + 2) p = parsePort(h, close + 2);
                        }
                        h = literal;
                    } else {
                        throw new IllegalArgumentException("Invalid authority field: " + auth);
                    }
                } else {
                    int colon = h.indexOf(':');
                    if (colon >= 0) {
                        if (h.length() > colon + 1) p = parsePort(h, colon + 1);
                        h = h.substring(0, colon);
                    }
                }
            } else {
                h = "";
            }
            if (p < -1) throw new IllegalArgumentException("Invalid port number :" + p);
            host = h;
            port = p;
            start = i;
            if (!auth.isEmpty()) path = "";
        }
        if (host == null) host = "";
        if (start < limit) {
            if (spec.charAt(start) == '/') {
                path = spec.substring(start, limit);
            } else if (path != null && !path.isEmpty()) {
                relPath = true;
                int slash = path.lastIndexOf('/');
                String separator = slash == -1 && authority != null ? "/" : "";
                path = path.substring(0, slash + 1) + separator + spec.substring(start, limit);
            } else {
                path = spec.substring(start, limit);
                path = authority != null ? "/" + path : path;
            }
        } else if (queryOnly && path != null) {
            int slash = path.lastIndexOf('/');
            if (slash < 0) slash = 0;
            path = path.substring(0, slash) + "/";
        }
        if (path == null) path = "";
        if (relPath) path = removeDots(path);
        file = query == null ? path : path + "?" + query;
    }

    /** An IPv6 literal, with an optional "%scope" (not at the very end). */
    private static boolean isIPv6Literal(String s) {
        int scope = s.indexOf('%');
        if (scope == s.length() - 1) return false;
        return Inet6Address.parse(scope < 0 ? s : s.substring(0, scope)) != null;
    }

    /** The port after a ':' (a sign is accepted, as Integer.parseInt does). */
    private static int parsePort(String s, int from) {
        int n = s.length();
        int i = from;
        boolean negative = false;
        if (s.charAt(i) == '-' || s.charAt(i) == '+') {
            negative = s.charAt(i) == '-';
            i++;
            if (i == n) throw badPort(s, from, i);
        }
        long v = 0;
        for (; i < n; i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) throw badPort(s, from, i);
            v = v * 10 + d;
            if (v > 2147483648L || (!negative && v > Integer.MAX_VALUE)) throw badPort(s, from, i);
        }
        return (int) (negative ? -v : v);
    }

    private static NumberFormatException badPort(String s, int from, int at) {
        return new NumberFormatException("Error at index " + (at - from) + " in: \"" + s.substring(from) + "\"");
    }

    /** Removes "/./" and "seg/../" from a path made relative to a context. */
    private static String removeDots(String path) {
        int i;
        while ((i = path.indexOf("/./")) >= 0) path = path.substring(0, i) + path.substring(i + 2);
        i = 0;
        while ((i = path.indexOf("/../", i)) >= 0) {
            int prev;
            if (i > 0 && (prev = path.lastIndexOf('/', i - 1)) >= 0 && path.indexOf("/../", prev) != 0) {
                path = path.substring(0, prev) + path.substring(i + 3);
                i = 0;
            } else {
                i = i + 3;
            }
        }
        while (path.endsWith("/..")) {
            i = path.indexOf("/..");
            int prev = path.lastIndexOf('/', i - 1);
            if (prev >= 0) path = path.substring(0, prev + 1);
            else break;
        }
        if (path.startsWith("./") && path.length() > 2) path = path.substring(2);
        if (path.endsWith("/.")) path = path.substring(0, path.length() - 1);
        return path;
    }

    public String getProtocol() {
        return protocol;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public int getDefaultPort() {
        switch (protocol) {
            case "http": return 80;
            case "https": return 443;
            case "ftp": return 21;
            default: return -1;
        }
    }

    public String getFile() {
        return file;
    }

    public String getPath() {
        return path;
    }

    public String getQuery() {
        return query;
    }

    public String getRef() {
        return ref;
    }

    public String getAuthority() {
        return authority;
    }

    public String getUserInfo() {
        return userInfo;
    }

    public String toExternalForm() {
        StringBuilder sb = new StringBuilder(protocol).append(':');
        if (authority != null && !authority.isEmpty()) sb.append("//").append(authority);
        if (path != null) sb.append(path);
        if (query != null) sb.append('?').append(query);
        if (ref != null) sb.append('#').append(ref);
        return sb.toString();
    }

    @Override
    public String toString() {
        return toExternalForm();
    }

    public URI toURI() throws URISyntaxException {
        return new URI(toString());
    }

    private int effectivePort() {
        return port == -1 ? getDefaultPort() : port;
    }

    /** Same protocol, host (ignoring case, no DNS), port (the default when absent) and file. */
    public boolean sameFile(URL other) {
        if (!protocol.equalsIgnoreCase(other.protocol)) return false;
        if (!(file == null ? other.file == null : file.equals(other.file))) return false;
        if (effectivePort() != other.effectivePort()) return false;
        return host == null ? other.host == null : host.equalsIgnoreCase(other.host);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof URL)) return false;
        URL u = (URL) obj;
        return (ref == null ? u.ref == null : ref.equals(u.ref)) && sameFile(u);
    }

    @Override
    public int hashCode() {
        int h = protocol.hashCode();
        if (host != null) h += host.toLowerCase().hashCode();
        if (file != null) h += file.hashCode();
        h += effectivePort();
        if (ref != null) h += ref.hashCode();
        return h;
    }
}
