package java.nio;

/** The char buffer of every kind: over a char array (writable or read-only) or a CharSequence (read-only). */
final class HeapCharBuffer extends CharBuffer {
    private final boolean readOnly;

    HeapCharBuffer(int mark, int pos, int lim, int cap, char[] hb, CharSequence str, int offset, boolean readOnly) {
        super(mark, pos, lim, cap, hb, str, offset);
        this.readOnly = readOnly;
    }

    @Override
    CharBuffer make(int mark, int pos, int lim, int cap, int off, boolean ro) {
        return new HeapCharBuffer(mark, pos, lim, cap, hb, str, off, ro);
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }
}
