package java.nio;

/** A writable byte buffer over a Java array. */
class HeapByteBuffer extends ByteBuffer {
    HeapByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset) {
        super(mark, pos, lim, cap, hb, offset);
    }

    @Override
    ByteBuffer make(int mark, int pos, int lim, int cap, int off) {
        return new HeapByteBuffer(mark, pos, lim, cap, hb, off);
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }
}
