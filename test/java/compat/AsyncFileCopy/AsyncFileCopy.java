import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file copy tool built on AsynchronousFileChannel: a log file is generated with a chain of
 * CompletionHandler writes, copied in fixed-size chunks with several reads in flight (Futures),
 * verified with a checksum, then locked, truncated and misused the ways real code misuses it.
 */
public class AsyncFileCopy {
    static final int CHUNK = 4096;

    static long checksum(byte[] data) {
        long a = 1, b = 0;
        for (byte x : data) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    /** Writes all of `lines` sequentially, each write started by the previous one's handler. */
    static long writeChained(AsynchronousFileChannel ch, List<String> lines) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        AtomicLong position = new AtomicLong();
        var h = new CompletionHandler<Integer, Iterator<String>>() {
            ByteBuffer current;

            void next(Iterator<String> it) {
                if (current != null && current.hasRemaining()) {
                    ch.write(current, position.get(), it, this);
                } else if (it.hasNext()) {
                    current = ByteBuffer.wrap(it.next().getBytes(StandardCharsets.UTF_8));
                    ch.write(current, position.get(), it, this);
                } else {
                    done.complete(position.get());
                }
            }

            public void completed(Integer n, Iterator<String> it) {
                position.addAndGet(n);
                next(it);
            }

            public void failed(Throwable t, Iterator<String> it) {
                done.completeExceptionally(t);
            }
        };
        h.next(lines.iterator());
        return done.get(30, TimeUnit.SECONDS);
    }

    static long copy(AsynchronousFileChannel in, AsynchronousFileChannel out) throws Exception {
        long size = in.size();
        long copied = 0;
        for (long base = 0; base < size; base += 4L * CHUNK) {
            List<Future<Integer>> reads = new ArrayList<>();
            List<ByteBuffer> bufs = new ArrayList<>();
            for (int i = 0; i < 4 && base + (long) i * CHUNK < size; i++) {
                ByteBuffer b = ByteBuffer.allocate(CHUNK);
                bufs.add(b);
                reads.add(in.read(b, base + (long) i * CHUNK));
            }
            List<Future<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < reads.size(); i++) {
                int n = reads.get(i).get();
                ByteBuffer b = bufs.get(i);
                b.flip();
                writes.add(out.write(b, base + (long) i * CHUNK));
                copied += n;
            }
            for (Future<Integer> w : writes) {
                w.get();
            }
        }
        return copied;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("asynccopy");
        Path src = dir.resolve("access.log");
        Path dst = dir.resolve("access.copy");
        List<String> lines = new ArrayList<>();
        String[] paths = {"/", "/index.html", "/api/orders", "/static/app.js", "/login"};
        int[] codes = {200, 200, 201, 304, 404, 500};
        for (int i = 0; i < 600; i++) {
            lines.add(String.format("10.0.%d.%d - - [07/Dec/2026:10:%02d:%02d] \"GET %s\" %d %d%n",
                    i % 7, i % 250, (i / 60) % 60, i % 60, paths[i % paths.length], codes[i % codes.length], 100 + i * 13 % 900));
        }

        try (AsynchronousFileChannel w = AsynchronousFileChannel.open(src, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long written = writeChained(w, lines);
            System.out.println("generated " + lines.size() + " lines, " + written + " bytes, size " + w.size());
        }

        try (AsynchronousFileChannel in = AsynchronousFileChannel.open(src, StandardOpenOption.READ);
             AsynchronousFileChannel out = AsynchronousFileChannel.open(dst, StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long n = copy(in, out);
            out.force(true);
            System.out.println("copied " + n + " bytes, target size " + out.size());
            ByteBuffer tail = ByteBuffer.allocate(100);
            System.out.println("read at end of file: " + in.read(tail, in.size()).get());
            System.out.println("read past end of file: " + in.read(tail, in.size() + 1000).get());
        }
        byte[] a = Files.readAllBytes(src);
        byte[] b = Files.readAllBytes(dst);
        System.out.println("checksums: " + Long.toHexString(checksum(a)) + " " + Long.toHexString(checksum(b))
                + " equal=" + Arrays.equals(a, b));

        // count status codes with handler-driven reads of the copy, one chunk at a time
        Map<String, Integer> statuses = new TreeMap<>();
        try (AsynchronousFileChannel in = AsynchronousFileChannel.open(dst)) {
            CountDownLatch finished = new CountDownLatch(1);
            StringBuilder text = new StringBuilder();
            ByteBuffer buf = ByteBuffer.allocate(1000);
            in.read(buf, 0, 0L, new CompletionHandler<Integer, Long>() {
                public void completed(Integer n, Long pos) {
                    if (n < 0) { finished.countDown(); return; }
                    buf.flip();
                    text.append(StandardCharsets.UTF_8.decode(buf));
                    buf.clear();
                    in.read(buf, pos + n, pos + n, this);
                }
                public void failed(Throwable t, Long pos) {
                    System.out.println("failed at " + pos + ": " + t);
                    finished.countDown();
                }
            });
            finished.await();
            for (String line : text.toString().split("\n")) {
                String[] f = line.split(" ");
                statuses.merge(f[f.length - 2], 1, Integer::sum);
            }
        }
        System.out.println("status counts: " + statuses);

        // locks held by this program
        try (AsynchronousFileChannel ch = AsynchronousFileChannel.open(dst, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock whole = ch.lock().get();
            System.out.println("lock: " + whole + " shared=" + whole.isShared() + " channel() null: " + (whole.channel() == null));
            try {
                ch.tryLock(0, 10, true);
            } catch (OverlappingFileLockException e) {
                System.out.println("overlapping lock: " + e);
            }
            whole.release();
            FileLock head = ch.tryLock(0, 100, false);
            FileLock rest = ch.tryLock(100, 50, true);
            System.out.println("two regions: " + head + " " + rest + " overlap(90,20)=" + head.overlaps(90, 20)
                    + " overlap(150,5)=" + rest.overlaps(150, 5));
            ch.truncate(1000);
            System.out.println("truncated to " + ch.size());
            ch.close();
            System.out.println("after close: " + head.isValid() + " " + rest.isValid());
            try {
                head.release();
            } catch (ClosedChannelException e) {
                System.out.println("release after close: " + e);
            }
            try {
                ch.read(ByteBuffer.allocate(4), 0).get();
            } catch (ExecutionException e) {
                System.out.println("read on closed channel: " + e.getCause());
            }
            try {
                ch.size();
            } catch (ClosedChannelException e) {
                System.out.println("size on closed channel: " + e);
            }
        }

        // misuse
        try (AsynchronousFileChannel ro = AsynchronousFileChannel.open(src)) {
            try {
                ro.write(ByteBuffer.allocate(1), 0);
            } catch (NonWritableChannelException e) {
                System.out.println("write to read-only channel: " + e);
            }
            try {
                ro.read(ByteBuffer.allocate(1), -1);
            } catch (IllegalArgumentException e) {
                System.out.println("negative position: " + e.getMessage());
            }
            try {
                ro.read(ByteBuffer.allocate(1).asReadOnlyBuffer(), 0);
            } catch (IllegalArgumentException e) {
                System.out.println("read-only buffer: " + e.getMessage());
            }
            try {
                ro.truncate(-5);
            } catch (IllegalArgumentException e) {
                System.out.println("negative size: " + e.getMessage());
            }
            try {
                ro.lock(0, 10, false);
            } catch (NonWritableChannelException e) {
                System.out.println("exclusive lock on read-only channel: " + e);
            }
            System.out.println("empty read: " + ro.read(ByteBuffer.allocate(0), 0).get());
        }
        try (AsynchronousFileChannel wo = AsynchronousFileChannel.open(dst, StandardOpenOption.WRITE)) {
            wo.read(ByteBuffer.allocate(1), 0);
        } catch (NonReadableChannelException e) {
            System.out.println("read from write-only channel: " + e);
        }
        try {
            AsynchronousFileChannel.open(dir.resolve("missing.log"));
        } catch (NoSuchFileException e) {
            System.out.println("missing file: " + e.getClass().getSimpleName());
        }

        // a channel with its own executor: handlers run on its threads
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "copy-worker"));
        try (AsynchronousFileChannel ch = AsynchronousFileChannel.open(src, EnumSet.of(StandardOpenOption.READ), pool)) {
            CompletableFuture<String> where = new CompletableFuture<>();
            ch.read(ByteBuffer.allocate(16), 0, "first16", new CompletionHandler<Integer, String>() {
                public void completed(Integer n, String tag) { where.complete(tag + " " + n + " on " + Thread.currentThread().getName()); }
                public void failed(Throwable t, String tag) { where.complete(t.toString()); }
            });
            System.out.println("handler: " + where.get());
        }
        pool.shutdown();

        Files.delete(src);
        Files.delete(dst);
        Files.delete(dir);
        System.out.println("done");
    }
}
