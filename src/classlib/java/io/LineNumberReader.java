package java.io;

/**
 * A buffered reader that counts lines. Line terminators (\n, \r, \r\n) read through read() come
 * back as a single '\n'. As in JDK 17, reaching the end of input after a last line without a
 * terminator counts that line too.
 */
public class LineNumberReader extends BufferedReader {
    private static final int NONE = -2;
    private static final int EOF = -1;

    private int lineNumber;
    private int markedLineNumber;
    private boolean skipLF;
    private boolean markedSkipLF;
    /** The previous char read (NONE at the start, EOF once the end was counted). */
    private int prevChar = NONE;
    private int markedPrevChar;

    public LineNumberReader(Reader in) {
        super(in);
    }

    public LineNumberReader(Reader in, int sz) {
        super(in, sz);
    }

    public void setLineNumber(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            int c = super.read();
            if (skipLF) {
                if (c == '\n') {
                    c = super.read();
                }
                skipLF = false;
            }
            switch (c) {
                case '\r':
                    skipLF = true;
                    lineNumber++;
                    prevChar = '\n';
                    return '\n';
                case '\n':
                    lineNumber++;
                    prevChar = '\n';
                    return '\n';
                case -1:
                    if (prevChar != NONE && prevChar != EOF && prevChar != '\n') {
                        lineNumber++;
                    }
                    if (prevChar != NONE) {
                        prevChar = EOF;
                    }
                    return -1;
                default:
                    prevChar = c;
                    return c;
            }
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                cbuf[off + n++] = (char) c;
                if (!super.ready()) {
                    break;
                }
            }
            return n;
        }
    }

    @Override
    public String readLine() throws IOException {
        synchronized (lock) {
            StringBuilder sb = null;
            while (true) {
                int c = read();
                if (c < 0) {
                    return sb == null ? null : sb.toString();
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                if (c == '\n') {
                    return sb.toString();
                }
                sb.append((char) c);
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("skip() value is negative");
        }
        synchronized (lock) {
            long r = 0;
            while (r < n && read() >= 0) {
                r++;
            }
            return r;
        }
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        synchronized (lock) {
            if (skipLF) {
                readAheadLimit++;
            }
            super.mark(readAheadLimit);
            markedLineNumber = lineNumber;
            markedSkipLF = skipLF;
            markedPrevChar = prevChar;
        }
    }

    @Override
    public void reset() throws IOException {
        synchronized (lock) {
            super.reset();
            lineNumber = markedLineNumber;
            skipLF = markedSkipLF;
            prevChar = markedPrevChar;
        }
    }
}
