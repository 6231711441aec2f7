import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recursive-descent JSON parser into Maps and Lists, a pretty printer, and error messages with positions. */
public class JsonParser {
    private final String src;
    private int pos;

    JsonParser(String src) { this.src = src; }

    static Object parse(String s) {
        JsonParser p = new JsonParser(s);
        Object v = p.value();
        p.skipSpace();
        if (p.pos != s.length()) throw p.error("trailing characters");
        return v;
    }

    private IllegalArgumentException error(String msg) { return new IllegalArgumentException(msg + " at position " + pos); }

    private void skipSpace() { while (pos < src.length() && " \t\n\r".indexOf(src.charAt(pos)) >= 0) pos++; }

    private char peek() {
        skipSpace();
        if (pos >= src.length()) throw error("unexpected end");
        return src.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) throw error("expected '" + c + "'");
        pos++;
    }

    private Object value() {
        char c = peek();
        switch (c) {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': literal("true"); return Boolean.TRUE;
            case 'f': literal("false"); return Boolean.FALSE;
            case 'n': literal("null"); return null;
            default:
                if (c == '-' || Character.isDigit(c)) return number();
                throw error("unexpected '" + c + "'");
        }
    }

    private void literal(String word) {
        if (!src.startsWith(word, pos)) throw error("expected " + word);
        pos += word.length();
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') { pos++; return map; }
        do {
            String key = string();
            expect(':');
            map.put(key, value());
        } while (peek() == ',' && pos++ >= 0);
        expect('}');
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        expect('[');
        if (peek() == ']') { pos++; return list; }
        do list.add(value()); while (peek() == ',' && pos++ >= 0);
        expect(']');
        return list;
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length()) throw error("unterminated string");
            char c = src.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c == '\\') {
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'u' -> { sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16)); pos += 4; }
                    default -> sb.append(e);
                }
            } else sb.append(c);
        }
    }

    private Number number() {
        int start = pos;
        if (src.charAt(pos) == '-') pos++;
        while (pos < src.length() && "0123456789.eE+-".indexOf(src.charAt(pos)) >= 0) pos++;
        String text = src.substring(start, pos);
        if (text.contains(".") || text.contains("e") || text.contains("E")) return Double.parseDouble(text);
        long v = Long.parseLong(text);
        return v == (int) v ? (Number) (int) v : (Number) v;
    }

    static void print(Object v, String indent, StringBuilder out) {
        if (v instanceof Map<?, ?> m) {
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(indent).append("  \"").append(e.getKey()).append("\": ");
                print(e.getValue(), indent + "  ", out);
                out.append(++i < m.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) out.append(", ");
                print(l.get(i), indent, out);
            }
            out.append(']');
        } else if (v instanceof String s) {
            out.append('"').append(s.replace("\n", "\\n")).append('"');
        } else {
            out.append(v);
        }
    }

    public static void main(String[] args) {
        String doc = "{\"name\": \"tern\", \"version\": 1, \"tags\": [\"jvm\", \"wasm\", \"ts\"], \"ratio\": 0.75, \"big\": 12345678901,"
                + " \"nested\": {\"ok\": true, \"none\": null, \"list\": [1, -2.5e3, {\"deep\": \"line\\nbreak \\u0041\"}]}, \"empty\": {}, \"nothing\": []}";
        Object parsed = parse(doc);
        StringBuilder out = new StringBuilder();
        print(parsed, "", out);
        System.out.println(out);
        Map<?, ?> root = (Map<?, ?>) parsed;
        System.out.println("types: " + root.get("version").getClass().getSimpleName() + " " + root.get("big").getClass().getSimpleName() + " " + root.get("ratio").getClass().getSimpleName());
        String[] bad = {"{\"a\" 1}", "[1, 2", "tru", "{\"a\": [1, 2]} x", "\"unterminated", "@"};
        for (String b : bad) {
            try {
                parse(b);
                System.out.println("parsed?! " + b);
            } catch (IllegalArgumentException e) {
                System.out.println(b + " -> " + e.getMessage());
            }
        }
    }
}
