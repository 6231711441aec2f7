package java.io;

import java.nio.charset.Charset;

/**
 * Prints text representations of values to an output stream; never throws IOException (see
 * checkError). Unlike the JDK's there is no internal char or byte buffer: each print call
 * encodes its text and hands the bytes to the underlying stream before returning, so output
 * order across System.out and System.err is simply call order. printf/format format
 * through java.util.Formatter.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closing;
    private final StreamEncoder encoder;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, Charset.defaultCharset());
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding)
            throws UnsupportedEncodingException {
        this(out, autoFlush, StreamEncoder.charsetForName(encoding));
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        super(requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
        this.encoder = new StreamEncoder(requireNonNull(charset, "charset"));
    }

    private static <T> T requireNonNull(T obj, String message) {
        if (obj == null) {
            throw new NullPointerException(message);
        }
        return obj;
    }

    // Begin file constructors (host-backed: left out of the logic tests' shadow copies).
    public PrintStream(String fileName) throws FileNotFoundException {
        this(new FileOutputStream(fileName), false);
    }

    public PrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(StreamEncoder.charsetForName(csn), new File(fileName));
    }

    public PrintStream(String fileName, Charset charset) throws IOException {
        this(requireNonNull(charset, "charset"), new File(fileName));
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(new FileOutputStream(file), false);
    }

    public PrintStream(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(StreamEncoder.charsetForName(csn), file);
    }

    public PrintStream(File file, Charset charset) throws IOException {
        this(requireNonNull(charset, "charset"), file);
    }

    /** The charset is looked up before the file is opened, as in the JDK. */
    private PrintStream(Charset charset, File file) throws FileNotFoundException {
        this(new FileOutputStream(file), false, charset);
    }
    // End file constructors.

    /** Every write fails once closed (and only sets the error flag). */
    private void ensureOpen() throws IOException {
        if (closing) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            try {
                byte[] rest = encoder.flushLeftover();
                if (rest.length > 0) {
                    out.write(rest, 0, rest.length);
                }
            } catch (IOException x) {
                trouble = true;
            }
            closing = true;
            try {
                out.close();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    /** Flushes (unless closed), then reports whether any operation failed. */
    public boolean checkError() {
        if (!closing) {
            flush();
        }
        if (out instanceof PrintStream) {
            return ((PrintStream) out).checkError() || trouble;
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    /** Writes one byte; flushes after a newline when auto-flushing. */
    @Override
    public void write(int b) {
        synchronized (this) {
            try {
                ensureOpen();
                out.write(b);
                if (b == '\n' && autoFlush) {
                    out.flush();
                }
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        synchronized (this) {
            try {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    /** Writes all of {@code buf} (never throws IOException). */
    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    /** Encodes and writes {@code s}; flushes when auto-flushing and s has a newline. */
    private void writeText(String s, boolean flush) {
        synchronized (this) {
            try {
                ensureOpen();
                byte[] bytes = encoder.encode(s);
                out.write(bytes, 0, bytes.length);
                if (flush) {
                    out.flush();
                }
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    private void write(String s) {
        writeText(s, autoFlush && s.indexOf('\n') >= 0);
    }

    private void write(char[] buf) {
        boolean hasNewline = false;
        for (char c : buf) {
            if (c == '\n') {
                hasNewline = true;
                break;
            }
        }
        writeText(new String(buf), autoFlush && hasNewline);
    }

    private void writeln(String s) {
        writeText(s + System.lineSeparator(), autoFlush);
    }

    private void writeln(char[] buf) {
        writeText(new String(buf) + System.lineSeparator(), autoFlush);
    }

    private void newLine() {
        writeText(System.lineSeparator(), autoFlush);
    }

    public void print(boolean b) {
        write(String.valueOf(b));
    }

    public void print(char c) {
        write(String.valueOf(c));
    }

    public void print(int i) {
        write(String.valueOf(i));
    }

    public void print(long l) {
        write(String.valueOf(l));
    }

    public void print(float f) {
        write(String.valueOf(f));
    }

    public void print(double d) {
        write(String.valueOf(d));
    }

    public void print(char[] s) {
        write(s);
    }

    public void print(String s) {
        write(String.valueOf(s));
    }

    public void print(Object obj) {
        write(String.valueOf(obj));
    }

    public void println(boolean b) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(b));
        } else {
            synchronized (this) {
                print(b);
                newLine();
            }
        }
    }

    public void println(char c) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(c));
        } else {
            synchronized (this) {
                print(c);
                newLine();
            }
        }
    }

    public void println(int i) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(i));
        } else {
            synchronized (this) {
                print(i);
                newLine();
            }
        }
    }

    public void println(long l) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(l));
        } else {
            synchronized (this) {
                print(l);
                newLine();
            }
        }
    }

    public void println(float f) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(f));
        } else {
            synchronized (this) {
                print(f);
                newLine();
            }
        }
    }

    public void println(double d) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(d));
        } else {
            synchronized (this) {
                print(d);
                newLine();
            }
        }
    }

    public void println(char[] s) {
        if (getClass() == PrintStream.class) {
            writeln(s);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public void println(String s) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(s));
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public void println(Object obj) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(obj));
        } else {
            synchronized (this) {
                print(obj);
                newLine();
            }
        }
    }

    /** Terminates the line. */
    public void println() {
        newLine();
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }

    /** Writes {@code format} with {@code args} (java.util.Formatter) for the default locale. */
    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    /** Writes {@code format} with {@code args} formatted for {@code l}. */
    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    /** Writes {@code format} with {@code args} (java.util.Formatter) for the default locale. */
    public PrintStream format(String format, Object... args) {
        return format(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT), format, args);
    }

    /**
     * Writes {@code format} with {@code args} formatted for {@code l}. The text is built first and
     * written in one call; when an argument is bad, the text before the failing specifier is
     * still written before the exception propagates, as the JDK's piecewise output leaves it.
     */
    public PrintStream format(java.util.Locale l, String format, Object... args) {
        StringBuilder sb = new StringBuilder();
        try {
            new java.util.Formatter(sb, l).format(l, format, args);
        } finally {
            if (sb.length() > 0) {
                print(sb.toString());
            }
        }
        return this;
    }
}
