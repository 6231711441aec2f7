import java.io.IOException;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A length-prefixed binary message codec over ByteBuffer and FileChannel: frames are written in
 * one byte order, read back in small chunks with compact() to handle frames split across reads.
 */
public class NioByteBufferCodec {
    record Message(int type, long timestamp, double value, String text) {}

    static ByteBuffer encode(Message m, ByteOrder order) {
        byte[] text = m.text().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + 2 + 8 + 8 + 2 + text.length).order(order);
        b.putInt(b.capacity() - 4);
        b.putShort((short) m.type());
        b.putLong(m.timestamp());
        b.putDouble(m.value());
        b.putShort((short) text.length).put(text);
        return b.flip();
    }

    static Message decode(ByteBuffer frame) {
        int type = frame.getShort() & 0xFFFF;
        long ts = frame.getLong();
        double v = frame.getDouble();
        byte[] text = new byte[frame.getShort()];
        frame.get(text);
        return new Message(type, ts, v, new String(text, StandardCharsets.UTF_8));
    }

    static String hex(ByteBuffer b) {
        StringBuilder sb = new StringBuilder();
        for (int i = b.position(); i < b.limit(); i++) {
            String h = Integer.toHexString(b.get(i) & 0xFF);
            sb.append(h.length() == 1 ? "0" + h : h);
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        Message[] msgs = {
            new Message(1, 1700000000000L, 3.25, "hello"),
            new Message(2, -1L, -0.0, ""),
            new Message(65535, Long.MAX_VALUE, Double.NaN, "caf\u00e9 \u2615"),
            new Message(7, 42L, 1e300, "x".repeat(40)),
        };
        System.out.println("big-endian:    " + hex(encode(msgs[0], ByteOrder.BIG_ENDIAN)));
        System.out.println("little-endian: " + hex(encode(msgs[0], ByteOrder.LITTLE_ENDIAN)));

        Path dir = Files.createTempDirectory("codec");
        Path file = dir.resolve("frames.bin");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Message m : msgs) {
                ByteBuffer b = encode(m, ByteOrder.BIG_ENDIAN);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }
            System.out.println("written: size " + ch.size() + ", position " + ch.position());
        }

        // Read back through a deliberately small buffer: frames straddle reads.
        List<Message> got = new ArrayList<>();
        int reads = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(24);
            ByteBuffer frame = null;
            while (ch.read(buf) > 0) {
                reads++;
                buf.flip();
                while (true) {
                    if (frame == null) {
                        if (buf.remaining() < 4) {
                            break;
                        }
                        frame = ByteBuffer.allocate(buf.getInt());
                    }
                    int n = Math.min(frame.remaining(), buf.remaining());
                    ByteBuffer slice = buf.slice(buf.position(), n);
                    frame.put(slice);
                    buf.position(buf.position() + n);
                    if (frame.hasRemaining()) {
                        break;
                    }
                    got.add(decode(frame.flip()));
                    frame = null;
                }
                buf.compact();
            }
            System.out.println("read " + got.size() + " frames in " + reads + " reads; at end position " + ch.position());
        }
        for (Message m : got) {
            System.out.println("  " + m);
        }

        // Positional access, truncate, and buffer edge cases.
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer four = ByteBuffer.allocate(4);
            ch.read(four, 4);
            System.out.println("type of first frame via positional read: " + four.flip().getShort() + ", position still "
                    + ch.position());
            ch.truncate(30);
            System.out.println("after truncate: size " + ch.size());
            ch.position(28);
            ByteBuffer rest = ByteBuffer.allocate(10);
            System.out.println("read at 28: " + ch.read(rest) + ", then " + ch.read(rest));
        }
        ByteBuffer b = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        System.out.println(b + " int BE " + b.getInt(0) + ", LE " + b.order(ByteOrder.LITTLE_ENDIAN).getInt(0)
                + ", order " + b.order());
        b.position(6);
        try {
            b.getInt();
        } catch (BufferUnderflowException e) {
            System.out.println("underflow at " + b.position());
        }
        try {
            ByteBuffer.allocate(3).putInt(1);
        } catch (BufferOverflowException e) {
            System.out.println("overflow");
        }
        try {
            b.asReadOnlyBuffer().put((byte) 0);
        } catch (ReadOnlyBufferException e) {
            System.out.println("read-only: " + b.asReadOnlyBuffer().isReadOnly());
        }
        ByteBuffer dup = b.duplicate();
        dup.clear().mark();
        dup.position(5).reset();
        System.out.println("dup " + dup + " equals wrap: " + dup.equals(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                + ", compare " + dup.compareTo(ByteBuffer.wrap(new byte[] {1, 2, 9})) + ", hash " + dup.hashCode());
        ByteBuffer f = ByteBuffer.allocate(16);
        f.putFloat(1.5f).putChar('Z').putShort((short) -2).putDouble(0, 2.5);
        System.out.println("mixed: " + hex(f.duplicate().flip()) + " -> " + f.getDouble(0) + " " + f.getChar(4));
        Files.delete(file);
        Files.delete(dir);
    }
}
