package java.io;

import java.nio.charset.Charset;

/**
 * Encodes chars onto an output stream (see StreamEncoder). Like the JDK's, it buffers up to
 * 8192 bytes: output reaches the stream on flush, close or when the buffer fills.
 */
public class OutputStreamWriter extends Writer {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private OutputStream out;
    private final Charset charset;
    private final StreamEncoder encoder;
    private final byte[] buffer = new byte[BYTE_BUFFER_SIZE];
    private int count;

    public OutputStreamWriter(OutputStream out) {
        this(out, Charset.defaultCharset());
    }

    public OutputStreamWriter(OutputStream out, String charsetName)
            throws UnsupportedEncodingException {
        this(out, StreamEncoder.charsetForName(charsetName));
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        this.out = out;
        this.charset = cs;
        this.encoder = new StreamEncoder(cs);
    }

    /** The JDK's historical name of the encoding ("UTF8"...), or null once closed. */
    public String getEncoding() {
        return (out == null) ? null : StreamEncoder.historicalName(charset);
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    private void put(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - count) {
            flushBuffer();
            if (bytes.length >= buffer.length) {
                out.write(bytes, 0, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, count, bytes.length);
        count += bytes.length;
    }

    /** Writes the buffered bytes to the stream (without flushing it). */
    void flushBuffer() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (count > 0) {
                out.write(buffer, 0, count);
                count = 0;
            }
        }
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (off < 0 || off > cbuf.length || len < 0 || off + len > cbuf.length
                    || off + len < 0) {
                throw new IndexOutOfBoundsException();
            }
            if (len > 0) {
                put(encoder.encode(cbuf, off, len));
            }
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (len < 0) {
                throw new StringIndexOutOfBoundsException(len);
            }
            put(encoder.encode(str.substring(off, off + len)));
        }
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        write(String.valueOf(csq));
        return this;
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            flushBuffer();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (out == null) {
                return;
            }
            try {
                put(encoder.flushLeftover());
                flushBuffer();
            } finally {
                try {
                    out.close();
                } finally {
                    out = null;
                }
            }
        }
    }
}
