package jdk.internal.io;

import java.nio.ByteBuffer;

/**
 * The ByteBuffer a channel stream reads into or writes from for a caller's byte array: a window
 * [off, off + len) on the array, the buffer kept while the caller keeps passing the same array (a
 * copy loop then wraps it once). Callers check the bounds first (Objects.checkFromIndexSize).
 */
public final class ArrayWindow {
    private byte[] array;
    private ByteBuffer buffer;

    /** The buffer over bs, positioned at off with off + len as its limit. */
    public ByteBuffer over(byte[] bs, int off, int len) {
        ByteBuffer buf = array == bs ? buffer : ByteBuffer.wrap(bs);
        // The limit first: a kept buffer's old limit may lie below off.
        buf.limit(Math.min(off + len, buf.capacity()));
        buf.position(off);
        buffer = buf;
        array = bs;
        return buf;
    }
}
