import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;

/** Fixed-size binary records in a RandomAccessFile: insert, update in place, delete, compact. */
public class FileRecordStore implements AutoCloseable {
    static final int NAME_CHARS = 16;
    /** id(int) + deleted(boolean) + name(16 chars) + balance(double) + visits(long). */
    static final int RECORD = 4 + 1 + NAME_CHARS * 2 + 8 + 8;

    final RandomAccessFile file;

    FileRecordStore(File f) throws IOException {
        file = new RandomAccessFile(f, "rw");
    }

    int count() throws IOException {
        return (int) (file.length() / RECORD);
    }

    void write(int index, int id, String name, double balance, long visits) throws IOException {
        file.seek((long) index * RECORD);
        file.writeInt(id);
        file.writeBoolean(false);
        for (int i = 0; i < NAME_CHARS; i++) {
            file.writeChar(i < name.length() ? name.charAt(i) : 0);
        }
        file.writeDouble(balance);
        file.writeLong(visits);
    }

    int append(int id, String name, double balance) throws IOException {
        int index = count();
        write(index, id, name, balance, 0);
        return index;
    }

    String read(int index) throws IOException {
        file.seek((long) index * RECORD);
        int id = file.readInt();
        boolean deleted = file.readBoolean();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < NAME_CHARS; i++) {
            char c = file.readChar();
            if (c != 0) {
                name.append(c);
            }
        }
        double balance = file.readDouble();
        long visits = file.readLong();
        return "#" + index + " id=" + id + (deleted ? " (deleted)" : "") + " name=" + name + " balance=" + balance
                + " visits=" + visits;
    }

    void addToBalance(int index, double delta) throws IOException {
        long at = (long) index * RECORD + 4 + 1 + NAME_CHARS * 2;
        file.seek(at);
        double b = file.readDouble();
        long v = file.readLong();
        file.seek(at);
        file.writeDouble(b + delta);
        file.writeLong(v + 1);
    }

    void delete(int index) throws IOException {
        file.seek((long) index * RECORD + 4);
        file.writeBoolean(true);
    }

    /** Moves live records down over deleted ones and shortens the file. */
    int compact() throws IOException {
        int n = count();
        int live = 0;
        byte[] rec = new byte[RECORD];
        for (int i = 0; i < n; i++) {
            file.seek((long) i * RECORD);
            file.readFully(rec);
            if (rec[4] == 0) {
                if (live != i) {
                    file.seek((long) live * RECORD);
                    file.write(rec);
                }
                live++;
            }
        }
        file.setLength((long) live * RECORD);
        return n - live;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    public static void main(String[] args) throws IOException {
        File dir = Files.createTempDirectory("records").toFile();
        File f = new File(dir, "accounts.dat");
        try (FileRecordStore store = new FileRecordStore(f)) {
            String[] names = {"alice", "bob", "carol", "dave", "eve", "mallory-the-long-name", "trent"};
            for (int i = 0; i < names.length; i++) {
                store.append(100 + i, names[i], i * 10.25);
            }
            System.out.println("records: " + store.count() + ", file length " + f.length());
            store.addToBalance(1, 99.5);
            store.addToBalance(1, 0.25);
            store.addToBalance(4, -3);
            store.delete(2);
            store.delete(5);
            for (int i = 0; i < store.count(); i++) {
                System.out.println(store.read(i));
            }
            System.out.println("compacted away: " + store.compact() + ", now " + store.count() + " records, pointer "
                    + store.file.getFilePointer());
            for (int i = 0; i < store.count(); i++) {
                System.out.println(store.read(i));
            }
            store.file.seek(store.file.length() - 4);
            try {
                store.file.readLong();
            } catch (EOFException e) {
                System.out.println("short read at end: " + e);
            }
            store.file.seek(0);
            System.out.println("skipBytes past end: " + store.file.skipBytes(100000) + " of " + store.file.length());
            store.file.setLength(RECORD * 2 + 3);
            System.out.println("truncated to " + store.file.length() + ", count " + store.count());
        }
        try (RandomAccessFile ro = new RandomAccessFile(f, "r")) {
            ro.write(1);
        } catch (IOException e) {
            System.out.println("write to read-only: " + e);
        }
        try (RandomAccessFile lines = new RandomAccessFile(new File(dir, "lines.txt"), "rw")) {
            lines.writeBytes("first\r\nsecond\rthird\n\nlast");
            lines.seek(0);
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println("line [" + line + "] at " + lines.getFilePointer());
            }
            lines.seek(0);
            lines.writeUTF("h\u00e9llo \u20ac");
            lines.seek(0);
            System.out.println("utf: " + lines.readUTF().length() + " chars, pointer " + lines.getFilePointer());
        }
        for (File x : dir.listFiles()) {
            x.delete();
        }
        System.out.println("removed: " + dir.delete());
    }
}
