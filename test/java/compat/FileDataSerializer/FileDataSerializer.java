import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.List;

/** Saves and loads an inventory with DataOutputStream/DataInputStream in a versioned format. */
public class FileDataSerializer {
    static final int MAGIC = 0xCAFED00D;

    static class Item {
        String sku;
        String title;
        int quantity;
        double price;
        boolean discontinued;
        long[] history;
        short rating;
        char grade;
        float weight;
        byte flags;

        @Override
        public String toString() {
            StringBuilder h = new StringBuilder();
            for (long v : history) {
                h.append(v).append(' ');
            }
            return sku + " '" + escape(title) + "' qty=" + quantity + " price=" + price + " disc=" + discontinued
                    + " rating=" + rating + " grade=" + grade + " weight=" + weight + " flags=" + flags
                    + " history=[" + h.toString().trim() + "]";
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 32 || c > 126) {
                String hex = Integer.toHexString(c);
                sb.append("\\u").append("0000".substring(hex.length())).append(hex);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static void save(List<Item> items, File f) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(f)))) {
            out.writeInt(MAGIC);
            out.writeShort(2);
            out.writeInt(items.size());
            for (Item it : items) {
                out.writeUTF(it.sku);
                out.writeUTF(it.title);
                out.writeInt(it.quantity);
                out.writeDouble(it.price);
                out.writeBoolean(it.discontinued);
                out.writeByte(it.history.length);
                for (long v : it.history) {
                    out.writeLong(v);
                }
                out.writeShort(it.rating);
                out.writeChar(it.grade);
                out.writeFloat(it.weight);
                out.write(it.flags);
            }
            System.out.println("wrote " + out.size() + " bytes");
        }
    }

    static List<Item> load(File f) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(f)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("bad magic");
            }
            int version = in.readUnsignedShort();
            int n = in.readInt();
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Item it = new Item();
                it.sku = in.readUTF();
                it.title = in.readUTF();
                it.quantity = in.readInt();
                it.price = in.readDouble();
                it.discontinued = in.readBoolean();
                it.history = new long[in.readUnsignedByte()];
                for (int k = 0; k < it.history.length; k++) {
                    it.history[k] = in.readLong();
                }
                it.rating = in.readShort();
                it.grade = in.readChar();
                it.weight = in.readFloat();
                it.flags = in.readByte();
                items.add(it);
            }
            System.out.println("version " + version + ", " + n + " items, trailing bytes " + in.available());
            return items;
        }
    }

    public static void main(String[] args) throws IOException {
        List<Item> items = new ArrayList<>();
        String[] titles = {"Hammer", "Screwdriver set (12 pcs)", "Caf\u00e9 table \u2615", "", "Nul\u0000char"};
        for (int i = 0; i < titles.length; i++) {
            Item it = new Item();
            it.sku = "SKU-" + (1000 + i * 37);
            it.title = titles[i];
            it.quantity = i * i * 13 - 20;
            it.price = 1.5 + i * 3.333;
            it.discontinued = i % 2 == 1;
            it.history = new long[i];
            for (int k = 0; k < i; k++) {
                it.history[k] = (k + 1) * 1234567890123L * (k % 2 == 0 ? 1 : -1);
            }
            it.rating = (short) (i * -7000);
            it.grade = (char) ('A' + i);
            it.weight = i / 3.0f;
            it.flags = (byte) (0x81 + i * 40);
            items.add(it);
        }
        File f = File.createTempFile("inventory", ".bin");
        save(items, f);
        System.out.println("file length " + f.length());
        for (Item it : load(f)) {
            System.out.println(it);
        }
        // Truncated file: EOFException.
        byte[] all = java.nio.file.Files.readAllBytes(f.toPath());
        try (FileOutputStream out = new FileOutputStream(f)) {
            out.write(all, 0, all.length - 5);
        }
        try {
            load(f);
        } catch (EOFException e) {
            System.out.println("truncated: " + e);
        }
        // Malformed modified UTF-8.
        byte[][] bad = {{0, 2, (byte) 0xC3}, {0, 2, (byte) 0xC3, 0x41}, {0, 1, (byte) 0xF0}, {0, 3, (byte) 0xE2, (byte) 0x82, 0x41}};
        for (byte[] b : bad) {
            try {
                new DataInputStream(new ByteArrayInputStream(b)).readUTF();
            } catch (UTFDataFormatException e) {
                System.out.println("bad utf: " + e.getMessage());
            } catch (EOFException e) {
                System.out.println("bad utf: EOF");
            }
        }
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 30000; i++) {
            huge.append('\u00e9');
        }
        try {
            new DataOutputStream(new ByteArrayOutputStream()).writeUTF(huge.toString());
        } catch (UTFDataFormatException e) {
            System.out.println("too long: " + e.getMessage());
        }
        DataInputStream lines = new DataInputStream(new ByteArrayInputStream("a\r\nb\rc\n".getBytes()));
        @SuppressWarnings("deprecation")
        String l1 = lines.readLine();
        @SuppressWarnings("deprecation")
        String l2 = lines.readLine();
        @SuppressWarnings("deprecation")
        String l3 = lines.readLine();
        @SuppressWarnings("deprecation")
        String l4 = lines.readLine();
        System.out.println("readLine: " + l1 + "," + l2 + "," + l3 + "," + l4);
        System.out.println("deleted: " + f.delete());
    }
}
