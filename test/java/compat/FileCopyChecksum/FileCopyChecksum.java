import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies files in chunks and verifies them with a hand-written CRC-32 (the zip polynomial). */
public class FileCopyChecksum {
    static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    static long crc32(File f) throws IOException {
        int crc = 0xFFFFFFFF;
        try (InputStream in = new BufferedInputStream(new FileInputStream(f), 4096)) {
            int b;
            while ((b = in.read()) != -1) {
                crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >>> 8);
            }
        }
        return (crc ^ 0xFFFFFFFF) & 0xFFFFFFFFL;
    }

    static long copy(File from, File to, int chunk) throws IOException {
        long total = 0;
        byte[] buf = new byte[chunk];
        try (InputStream in = new FileInputStream(from); OutputStream out = new FileOutputStream(to)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                total += n;
            }
        }
        return total;
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("copy");
        File src = work.resolve("data.bin").toFile();
        // A deterministic pseudo-random file of 100000 bytes.
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(src))) {
            long x = 12345;
            for (int i = 0; i < 100000; i++) {
                x = (x * 6364136223846793005L + 1442695040888963407L);
                out.write((int) (x >>> 56));
            }
        }
        System.out.println("source: " + src.length() + " bytes, crc " + Long.toHexString(crc32(src)));
        int[] chunks = {1, 7, 512, 8192, 65536, 200000};
        for (int chunk : chunks) {
            File dst = work.resolve("copy-" + chunk + ".bin").toFile();
            long n = chunk == 1 ? copy(src, dst, 1) : copy(src, dst, chunk);
            System.out.println("chunk " + chunk + ": copied " + n + ", crc " + Long.toHexString(crc32(dst))
                    + (crc32(dst) == crc32(src) ? " ok" : " MISMATCH"));
            if (chunk == 1) {
                // byte-at-a-time copies of 100 KB are slow everywhere; keep one small.
            }
        }
        Path nio = work.resolve("nio.bin");
        Files.copy(src.toPath(), nio);
        System.out.println("Files.copy: " + Files.size(nio) + " bytes, mismatch " + Files.mismatch(src.toPath(), nio));
        // Corrupt one byte in place and detect it.
        try (RandomAccessFile raf = new RandomAccessFile(nio.toFile(), "rw")) {
            raf.seek(54321);
            int old = raf.read();
            raf.seek(54321);
            raf.write(old ^ 0x40);
            System.out.println("flipped bit at " + (raf.getFilePointer() - 1));
        }
        System.out.println("after corruption: crc " + Long.toHexString(crc32(nio.toFile())) + ", mismatch at "
                + Files.mismatch(src.toPath(), nio));
        Files.copy(src.toPath(), nio, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("repaired: " + (crc32(nio.toFile()) == crc32(src)));
        byte[] all = Files.readAllBytes(nio);
        int sum = 0;
        for (byte b : all) {
            sum += b & 0xFF;
        }
        System.out.println("byte sum " + sum + ", available on open: " + new FileInputStream(src).available());
        try (FileInputStream in = new FileInputStream(src)) {
            System.out.println("skip 99990 -> " + in.skip(99990) + ", remaining " + in.available()
                    + ", then read " + in.read(new byte[64]) + ", then " + in.read());
        }
        for (File f : work.toFile().listFiles()) {
            f.delete();
        }
        Files.delete(work);
        System.out.println("done");
    }
}
