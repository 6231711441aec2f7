package java.nio;

/** A read-only view of a heap byte buffer. */
class HeapByteBufferR extends ByteBuffer {
    HeapByteBufferR(int mark, int pos, int lim, int cap, byte[] hb, int offset) {
        super(mark, pos, lim, cap, hb, offset);
    }

    @Override
    ByteBuffer make(int mark, int pos, int lim, int cap, int off) {
        return new HeapByteBufferR(mark, pos, lim, cap, hb, off);
    }

    @Override
    void checkWritable() {
        throw new ReadOnlyBufferException();
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }
}
