/*
 * @fileoverview java.util.Formatter: printf-style format strings (String.format, PrintStream.printf).
 * The format string is parsed completely first (so a malformed specifier anywhere throws before
 * anything is written, as in the JDK), then fixed text and specifiers are appended in order (so an
 * argument error after some output leaves that output in the destination, as in the JDK). The
 * specifier grammar, its checks and the conversions live in FormatSpecifier; the rounding of
 * decimal digits in FormatDecimal.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;

/** An interpreter for printf-style format strings. */
public final class Formatter implements Closeable, Flushable {
    /** The destination; null once closed. */
    private Appendable a;
    private final Locale l;
    private IOException lastException;

    /** How BigDecimal values are laid out (kept for API compatibility). */
    public enum BigDecimalLayoutForm {
        SCIENTIFIC,
        DECIMAL_FLOAT
    }

    /** A formatter writing to a new StringBuilder, for the default locale. */
    public Formatter() {
        this(Locale.getDefault(Locale.Category.FORMAT), new StringBuilder());
    }

    /** A formatter writing to {@code a} (a new StringBuilder when null). */
    public Formatter(Appendable a) {
        this(Locale.getDefault(Locale.Category.FORMAT), a == null ? new StringBuilder() : a);
    }

    public Formatter(Locale l) {
        this(l, new StringBuilder());
    }

    public Formatter(Appendable a, Locale l) {
        this(l, a == null ? new StringBuilder() : a);
    }

    public Formatter(PrintStream ps) {
        this(Locale.getDefault(Locale.Category.FORMAT), (Appendable) Objects.requireNonNull(ps));
    }

    public Formatter(OutputStream os) {
        this(Locale.getDefault(Locale.Category.FORMAT), new BufferedWriter(new OutputStreamWriter(os)));
    }

    public Formatter(OutputStream os, String csn) throws UnsupportedEncodingException {
        this(os, csn, Locale.getDefault(Locale.Category.FORMAT));
    }

    public Formatter(OutputStream os, String csn, Locale l) throws UnsupportedEncodingException {
        this(l, new BufferedWriter(new OutputStreamWriter(os, csn)));
    }

    private Formatter(Locale l, Appendable a) {
        this.a = a;
        this.l = l;
    }

    /** The locale given at construction (may be null: no localization). */
    public Locale locale() {
        ensureOpen();
        return l;
    }

    /** The destination. */
    public Appendable out() {
        ensureOpen();
        return a;
    }

    /** The destination's toString (the text so far for a StringBuilder). */
    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    @Override
    public void close() {
        if (a == null) {
            return;
        }
        try {
            if (a instanceof Closeable) {
                ((Closeable) a).close();
            }
        } catch (IOException e) {
            lastException = e;
        } finally {
            a = null;
        }
    }

    /** The last IOException the destination threw, or null. */
    public IOException ioException() {
        return lastException;
    }

    /** Appends {@code format} with {@code args} formatted for this formatter's locale. */
    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    /** Appends {@code format} with {@code args} formatted for {@code l}. */
    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        ArrayList<Object> items = parse(format);
        // last: the argument of the previous specifier (for %<s); ordinary: the count of
        // specifiers without an explicit index, which take arguments in order
        int last = -1;
        int ordinary = -1;
        try {
            for (Object item : items) {
                if (item instanceof String) {
                    a.append((String) item);
                    continue;
                }
                FormatSpecifier fs = (FormatSpecifier) item;
                int index = fs.index;
                if (index == FormatSpecifier.NO_ARGUMENT) {
                    fs.print(this, null, l);
                    continue;
                }
                if (index == FormatSpecifier.PREVIOUS) {
                    if (last < 0 || (args != null && last > args.length - 1)) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                } else if (index == FormatSpecifier.ORDINARY) {
                    last = ++ordinary;
                    if (args != null && last > args.length - 1) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                } else {
                    last = index - 1;
                    if (args != null && last > args.length - 1) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                }
                fs.print(this, args == null ? null : args[last], l);
            }
        } catch (IOException e) {
            lastException = e;
        }
        return this;
    }

    /**
     * The last format string parsed and its items (immutable once built): printf in a loop
     * reuses one format string, and parsing is a good part of the cost of a call.
     */
    private static Object[] lastParse = {"", new ArrayList<Object>()};

    /** Splits {@code s} into fixed-text Strings and FormatSpecifiers, checking every specifier. */
    @SuppressWarnings("unchecked")
    private static ArrayList<Object> parse(String s) {
        Object[] cached = lastParse;
        if (cached[0].equals(s)) {
            return (ArrayList<Object>) cached[1];
        }
        ArrayList<Object> items = parseUncached(s);
        lastParse = new Object[] {s, items};
        return items;
    }

    private static ArrayList<Object> parseUncached(String s) {
        ArrayList<Object> items = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int p = s.indexOf('%', i);
            if (p < 0) {
                items.add(s.substring(i));
                break;
            }
            if (p > i) {
                items.add(s.substring(i, p));
            }
            FormatSpecifier fs = new FormatSpecifier(s, p);
            items.add(fs);
            i = fs.end;
        }
        return items;
    }

    /** The destination, for FormatSpecifier. */
    Appendable destination() {
        return a;
    }

    private void ensureOpen() {
        if (a == null) {
            throw new FormatterClosedException();
        }
    }
}
