// stdin: input.txt
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Scanner;

/**
 * A small lexer that pulls source text through a fixed-size CharBuffer (read, flip, scan, compact),
 * as stream parsers do, then re-scans the same text with Scanner over Readables.
 */
public class CharBufferTokenizer {
    enum Kind { IDENT, NUMBER, STRING, OP, PUNCT, COMMENT }

    record Token(Kind kind, String text, int line) {}

    static final class Lexer {
        private final Reader in;
        private final CharBuffer buf = CharBuffer.allocate(16); // small on purpose: tokens straddle refills
        private boolean eof;
        private int line = 1;
        int refills;

        Lexer(Reader in) {
            this.in = in;
            buf.flip(); // start empty, in read mode
        }

        /** Makes sure at least {@code n} chars are readable unless the input ends. */
        private boolean ensure(int n) throws IOException {
            while (buf.remaining() < n && !eof) {
                buf.compact();
                int r = in.read(buf);
                buf.flip();
                refills++;
                if (r < 0) eof = true;
            }
            return buf.remaining() >= n;
        }

        private char peek(int i) {
            return buf.charAt(i);
        }

        Token next() throws IOException {
            while (ensure(1) && Character.isWhitespace(peek(0))) {
                if (buf.get() == '\n') line++;
            }
            if (!ensure(1)) return null;
            char c = peek(0);
            StringBuilder text = new StringBuilder();
            if (Character.isLetter(c) || c == '_') {
                while (ensure(1) && (Character.isLetterOrDigit(peek(0)) || peek(0) == '_')) text.append(buf.get());
                return new Token(Kind.IDENT, text.toString(), line);
            }
            if (Character.isDigit(c)) {
                while (ensure(1) && (Character.isDigit(peek(0)) || peek(0) == '.')) text.append(buf.get());
                return new Token(Kind.NUMBER, text.toString(), line);
            }
            if (c == '"') {
                text.append(buf.get());
                while (ensure(1)) {
                    char d = buf.get();
                    text.append(d);
                    if (d == '\\' && ensure(1)) text.append(buf.get());
                    else if (d == '"') break;
                }
                return new Token(Kind.STRING, text.toString(), line);
            }
            if (c == '/' && ensure(2) && peek(1) == '/') {
                while (ensure(1) && peek(0) != '\n') text.append(buf.get());
                return new Token(Kind.COMMENT, text.toString(), line);
            }
            if (ensure(2)) {
                CharSequence two = buf.subSequence(0, 2);
                for (String op : new String[] {":=", ">=", "<=", "==", "!="}) {
                    if (op.contentEquals(two)) {
                        buf.position(buf.position() + 2);
                        return new Token(Kind.OP, op, line);
                    }
                }
            }
            buf.get();
            return new Token("+-*/=<>".indexOf(c) >= 0 ? Kind.OP : Kind.PUNCT, String.valueOf(c), line);
        }
    }

    public static void main(String[] args) throws IOException {
        StringWriter copy = new StringWriter();
        long chars = new InputStreamReader(System.in).transferTo(copy);
        String source = copy.toString();
        System.out.println("read " + chars + " chars, " + source.lines().count() + " lines");

        Lexer lexer = new Lexer(new StringReader(source));
        List<Token> tokens = new ArrayList<>();
        for (Token t; (t = lexer.next()) != null; ) tokens.add(t);
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        for (Token t : tokens) counts.merge(t.kind(), 1, Integer::sum);
        System.out.println(tokens.size() + " tokens " + counts + " refills>=" + (lexer.refills >= source.length() / 16));
        int line = 0;
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.line() != line) {
                if (sb.length() > 0) System.out.println(sb);
                line = t.line();
                sb.setLength(0);
                sb.append(String.format("%2d:", line));
            }
            sb.append(' ').append(t.kind().name().charAt(0)).append('[').append(t.text()).append(']');
        }
        System.out.println(sb);

        System.out.println("== CharBuffer as a CharSequence");
        CharBuffer whole = CharBuffer.wrap(source);
        whole.position(source.indexOf("total"));
        CharSequence view = whole.subSequence(0, 5);
        System.out.println("view=" + view + " length=" + view.length() + " readOnly=" + whole.isReadOnly()
                + " equalsWrap=" + CharBuffer.wrap("total").equals(view) + " cmp=" + CharBuffer.wrap("totam").compareTo((CharBuffer) view));
        CharBuffer upper = CharBuffer.allocate(40);
        for (int i = 0; i < 12; i++) upper.put(Character.toUpperCase(whole.get()));
        upper.append(" ...").append("[", 0, 1).append('!').append(new StringBuilder("]"));
        upper.flip();
        System.out.println("upper=" + upper + " remaining=" + upper.remaining() + " hash=" + upper.hashCode());
        try {
            whole.put('x');
        } catch (java.nio.ReadOnlyBufferException e) {
            System.out.println("wrapped strings are read-only: " + e);
        }
        try {
            upper.subSequence(3, 99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }

        System.out.println("== Scanner over Readables");
        Scanner numbers = new Scanner(CharBuffer.wrap(source.substring(source.indexOf("values") + 6)));
        long sum = 0;
        while (numbers.hasNext()) {
            if (numbers.hasNextInt()) sum += numbers.nextInt();
            else System.out.println("skipping " + numbers.next());
        }
        System.out.println("sum=" + sum);
        Readable custom = new Readable() {
            private int calls;
            @Override
            public int read(CharBuffer cb) {
                if (calls == 4) return -1;
                calls++;
                String chunk = "chunk" + calls + (calls % 2 == 0 ? "\n" : ",");
                cb.put(chunk);
                return chunk.length();
            }
        };
        Scanner lines = new Scanner(custom).useDelimiter("[,\n]");
        List<String> parts = new ArrayList<>();
        while (lines.hasNext()) parts.add(lines.next());
        System.out.println(parts);

        System.out.println("== Writer.append");
        StringWriter out = new StringWriter();
        Writer w = new BufferedWriter(out);
        w.append("tokens:").append(' ').append(String.valueOf(tokens.size()));
        w.append(CharBuffer.wrap(" of [source]"), 0, 3).append(null).append(new StringBuilder(" ok"), 0, 3);
        w.append(CharBuffer.wrap(new char[] {'!', '?'}, 0, 1));
        w.flush();
        System.out.println(out);
        char[] target = new char[8];
        CharBuffer into = CharBuffer.wrap(target, 2, 5);
        int n = new StringReader("abcdefgh").read(into);
        System.out.println(n + " " + into.position() + " " + new String(target).replace('\0', '.'));
    }
}
