package java.io;

import java.nio.charset.Charset;
import java.util.Objects;

/** Decodes bytes from an input stream into chars (see StreamDecoder). */
public class InputStreamReader extends Reader {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private InputStream in;
    private final Charset charset;
    private final StreamDecoder decoder;
    private byte[] bytes;
    /** Decoded chars not yet returned: {@code decoded[position..]}. */
    private String decoded = "";
    private int position;
    private boolean endOfInput;

    public InputStreamReader(InputStream in) {
        this(in, Charset.defaultCharset());
    }

    public InputStreamReader(InputStream in, String charsetName)
            throws UnsupportedEncodingException {
        this(in, StreamEncoder.charsetForName(charsetName));
    }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        this.in = in;
        this.charset = cs;
        this.decoder = new StreamDecoder(cs);
    }

    /** The JDK's historical name of the encoding ("UTF8"...), or null once closed. */
    public String getEncoding() {
        return (in == null) ? null : StreamEncoder.historicalName(charset);
    }

    private void ensureOpen() throws IOException {
        if (in == null) {
            throw new IOException("Stream closed");
        }
    }

    /** Reads and decodes one buffer of input (or finishes decoding at end of input). */
    private void decodeMore() throws IOException {
        if (bytes == null) {
            bytes = new byte[BYTE_BUFFER_SIZE];
        }
        int n = in.read(bytes, 0, bytes.length);
        String more = (n < 0) ? decoder.decode(bytes, 0, 0, true)
                : decoder.decode(bytes, 0, n, false);
        endOfInput = n < 0;
        decoded = (position < decoded.length()) ? decoded.substring(position) + more : more;
        position = 0;
    }

    /**
     * Decodes until {@code want} chars are ready, like the JDK's decoder: it blocks for input
     * at most once, then goes on only while the stream reports available bytes. Returns the
     * number of chars ready (0 only at end of input).
     */
    private int fill(int want) throws IOException {
        while (true) {
            int have = decoded.length() - position;
            if (have >= want || endOfInput || (have > 0 && in.available() <= 0)) {
                return have;
            }
            decodeMore();
        }
    }

    /** One char; like the JDK, decodes as for a two-char read (a surrogate pair's worth). */
    @Override
    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return (fill(2) == 0) ? -1 : decoded.charAt(position++);
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            int have = fill(len == 1 ? 2 : len);
            if (have == 0) {
                return -1;
            }
            int n = Math.min(len, have);
            if (n > 1 && n < have && Character.isHighSurrogate(decoded.charAt(position + n - 1))
                    && Character.isLowSurrogate(decoded.charAt(position + n))) {
                // Like the JDK's decoder, never split a surrogate pair across two reads.
                n--;
            }
            decoded.getChars(position, position + n, cbuf, off);
            position += n;
            return n;
        }
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return position < decoded.length() || decoder.hasPending() || in.available() > 0;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (in == null) {
                return;
            }
            try {
                in.close();
            } finally {
                in = null;
            }
        }
    }
}
