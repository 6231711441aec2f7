package java.nio;

/** ByteBuffer.allocateDirect's buffer: memory is a Java array in Tern, but it behaves as direct. */
class DirectByteBuffer extends ByteBuffer {
    DirectByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset) {
        super(mark, pos, lim, cap, hb, offset);
    }

    @Override
    ByteBuffer make(int mark, int pos, int lim, int cap, int off) {
        return new DirectByteBuffer(mark, pos, lim, cap, hb, off);
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public boolean isDirect() {
        return true;
    }
}
