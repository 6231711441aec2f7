package java.io;

import java.nio.charset.Charset;

/**
 * Prints text representations of values to a writer; never throws IOException (see
 * checkError). Over an OutputStream it writes through a BufferedWriter, as the JDK does, so
 * output appears on flush, close, or println with auto-flush. printf/format format
 * through java.util.Formatter.
 */
public class PrintWriter extends Writer {
    /** The underlying writer (null once closed). */
    protected Writer out;
    private final boolean autoFlush;
    private boolean trouble;
    private PrintStream psOut;

    public PrintWriter(Writer out) {
        this(out, false);
    }

    public PrintWriter(Writer out, boolean autoFlush) {
        super(out);
        this.out = out;
        this.autoFlush = autoFlush;
    }

    public PrintWriter(OutputStream out) {
        this(out, false);
    }

    public PrintWriter(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, Charset.defaultCharset());
    }

    public PrintWriter(OutputStream out, boolean autoFlush, Charset charset) {
        this(new BufferedWriter(new OutputStreamWriter(out, charset)), autoFlush);
        if (out instanceof PrintStream) {
            psOut = (PrintStream) out;
        }
    }

    // Begin file constructors (host-backed: left out of the logic tests' shadow copies).
    public PrintWriter(String fileName) throws FileNotFoundException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(fileName))), false);
    }

    public PrintWriter(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(StreamEncoder.charsetForName(csn), new File(fileName));
    }

    public PrintWriter(String fileName, Charset charset) throws IOException {
        this(java.util.Objects.requireNonNull(charset, "charset"), new File(fileName));
    }

    public PrintWriter(File file) throws FileNotFoundException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file))), false);
    }

    public PrintWriter(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(StreamEncoder.charsetForName(csn), file);
    }

    public PrintWriter(File file, Charset charset) throws IOException {
        this(java.util.Objects.requireNonNull(charset, "charset"), file);
    }

    /** The charset is looked up before the file is opened, as in the JDK. */
    private PrintWriter(Charset charset, File file) throws FileNotFoundException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file), charset)), false);
    }

    // End file constructors.

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void flush() {
        synchronized (lock) {
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
        synchronized (lock) {
            try {
                if (out != null) {
                    out.close();
                    out = null;
                }
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    /** Flushes, then reports whether any operation failed (or the writer is closed). */
    public boolean checkError() {
        if (out != null) {
            flush();
        }
        if (psOut != null) {
            return psOut.checkError() || trouble || out == null;
        }
        return trouble || out == null;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    @Override
    public void write(int c) {
        synchronized (lock) {
            try {
                ensureOpen();
                out.write(c);
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        synchronized (lock) {
            try {
                ensureOpen();
                out.write(buf, off, len);
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void write(char[] buf) {
        write(buf, 0, buf.length);
    }

    @Override
    public void write(String s, int off, int len) {
        synchronized (lock) {
            try {
                ensureOpen();
                out.write(s, off, len);
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    private void newLine() {
        synchronized (lock) {
            try {
                ensureOpen();
                out.write(System.lineSeparator());
                if (autoFlush) {
                    out.flush();
                }
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    private void writeln(String s) {
        synchronized (lock) {
            write(s);
            newLine();
        }
    }

    private void writeln(char[] buf) {
        synchronized (lock) {
            write(buf);
            newLine();
        }
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
        if (getClass() == PrintWriter.class) {
            writeln(String.valueOf(b));
        } else {
            synchronized (this) {
                print(b);
                newLine();
            }
        }
    }

    public void println(char c) {
        if (getClass() == PrintWriter.class) {
            writeln(String.valueOf(c));
        } else {
            synchronized (this) {
                print(c);
                newLine();
            }
        }
    }

    public void println(int i) {
        if (getClass() == PrintWriter.class) {
            writeln(String.valueOf(i));
        } else {
            synchronized (this) {
                print(i);
                newLine();
            }
        }
    }

    public void println(long l) {
        if (getClass() == PrintWriter.class) {
            writeln(String.valueOf(l));
        } else {
            synchronized (this) {
                print(l);
                newLine();
            }
        }
    }

    public void println(float f) {
        if (getClass() == PrintWriter.class) {
            writeln(String.valueOf(f));
        } else {
            synchronized (this) {
                print(f);
                newLine();
            }
        }
    }

    public void println(double d) {
        if (getClass() == PrintWriter.class) {
            writeln(String.valueOf(d));
        } else {
            synchronized (this) {
                print(d);
                newLine();
            }
        }
    }

    public void println(char[] s) {
        if (getClass() == PrintWriter.class) {
            writeln(s);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public void println(String s) {
        if (getClass() == PrintWriter.class) {
            writeln(String.valueOf(s));
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public void println(Object obj) {
        if (getClass() == PrintWriter.class) {
            writeln(String.valueOf(obj));
        } else {
            synchronized (this) {
                print(obj);
                newLine();
            }
        }
    }

    /** Terminates the line (and flushes when auto-flushing). */
    public void println() {
        newLine();
    }

    @Override
    public PrintWriter append(CharSequence csq) {
        write(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintWriter append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public PrintWriter append(char c) {
        write(c);
        return this;
    }

    /** Writes {@code format} with {@code args} (java.util.Formatter) for the default locale. */
    public PrintWriter printf(String format, Object... args) {
        return format(format, args);
    }

    /** Writes {@code format} with {@code args} formatted for {@code l}. */
    public PrintWriter printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    /** Writes {@code format} with {@code args} (java.util.Formatter) for the default locale. */
    public PrintWriter format(String format, Object... args) {
        return format(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT), format, args);
    }

    /**
     * Writes {@code format} with {@code args} formatted for {@code l}. The text is built first and
     * written in one call; when an argument is bad, the text before the failing specifier is
     * still written before the exception propagates, as the JDK's piecewise output leaves it.
     */
    public PrintWriter format(java.util.Locale l, String format, Object... args) {
        StringBuilder sb = new StringBuilder();
        try {
            new java.util.Formatter(sb, l).format(l, format, args);
        } finally {
            if (sb.length() > 0) {
                write(sb.toString());
            }
        }
        if (autoFlush) {
            flush();
        }
        return this;
    }
}
