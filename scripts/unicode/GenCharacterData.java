import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Writes the Unicode table behind Tern's java.lang.Character natives by asking the running JDK's
 * java.lang.Character about every code point, so the table answers exactly as HotSpot 17 does
 * (Unicode 13). Run by scripts/build-unicode-data.mjs: {@code java GenCharacterData.java OUT}.
 *
 * <p>Layout of OUT (big endian): "TUD1", u32 length of the inflated payload, then the payload
 * compressed with raw DEFLATE (the Host already inflates jar entries). Payload:
 * <pre>
 *   u16 recordCount, recordCount x record:
 *       u8 type | u8 flags | i32 upperDelta | i32 lowerDelta | i32 titleDelta | i32 digitDelta | i32 numericDelta
 *   u32 runCount, runCount x (u24 firstCodePoint | u16 record)     (runs ascending, the first at 0)
 *   u16 fullCount, fullCount x (u24 codePoint | u8 n | n x u16)    (String.toUpperCase when longer than one code point)
 * </pre>
 * flags: 1 isUpperCase, 2 isLowerCase, 4 isAlphabetic, 8 isIdeographic, 16 has digit (value =
 * cp + digitDelta, the digit in radix 36; smaller radixes reject values >= radix), numeric kind
 * in bits 5-6 (0: -1, 1: -2, 2: cp + numericDelta). Mappings and values are deltas from the code
 * point so that runs of consecutive letters or digits share one record.
 */
public final class GenCharacterData {
    private static final int TUD_MAGIC = 0x54554431; // "TUD1"

    public static void main(String[] args) throws IOException {
        if (Runtime.version().feature() != 17) {
            throw new IllegalStateException("the Unicode table must come from JDK 17 (Unicode 13), not "
                    + Runtime.version());
        }
        Map<List<Integer>, Integer> recordIds = new HashMap<>();
        List<List<Integer>> records = new ArrayList<>();
        List<int[]> runs = new ArrayList<>();
        ByteArrayOutputStream fullBytes = new ByteArrayOutputStream();
        DataOutputStream full = new DataOutputStream(fullBytes);
        int fullCount = 0;
        int lastRecord = -1;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            List<Integer> rec = record(cp);
            Integer id = recordIds.get(rec);
            if (id == null) {
                id = records.size();
                records.add(rec);
                recordIds.put(rec, id);
            }
            if (id != lastRecord) {
                runs.add(new int[] {cp, id});
                lastRecord = id;
            }
            String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
            if (upper.codePointCount(0, upper.length()) > 1) {
                writeU24(full, cp);
                full.writeByte(upper.length());
                for (int i = 0; i < upper.length(); i++) {
                    full.writeShort(upper.charAt(i));
                }
                fullCount++;
            } else if (upper.codePointAt(0) != Character.toUpperCase(cp)) {
                // The natives answer single-code-point results with the simple mapping.
                throw new IllegalStateException("full uppercase of U+" + Integer.toHexString(cp)
                        + " is one code point but not the simple mapping");
            }
        }
        if (records.size() > 0xFFFF || fullCount > 0xFFFF) {
            throw new IllegalStateException("table too large for its u16 counts");
        }

        ByteArrayOutputStream payloadBytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(payloadBytes);
        out.writeShort(records.size());
        for (List<Integer> rec : records) {
            out.writeByte(rec.get(0));
            out.writeByte(rec.get(1));
            for (int i = 2; i < 7; i++) {
                out.writeInt(rec.get(i));
            }
        }
        out.writeInt(runs.size());
        for (int[] run : runs) {
            writeU24(out, run[0]);
            out.writeShort(run[1]);
        }
        out.writeShort(fullCount);
        full.flush();
        fullBytes.writeTo(out);
        out.flush();
        byte[] payload = payloadBytes.toByteArray();

        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(payload);
        deflater.finish();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeInt(TUD_MAGIC);
        header.writeInt(payload.length);
        header.flush();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            file.write(buf, 0, deflater.deflate(buf));
        }
        Files.write(Path.of(args[0]), file.toByteArray());
        System.out.println("unicode data: " + records.size() + " records, " + runs.size() + " runs, "
                + fullCount + " full uppercase mappings, " + file.size() + " bytes (" + payload.length
                + " inflated)");
    }

    /** Everything the natives answer for {@code cp}, as (type, flags, deltas...). */
    private static List<Integer> record(int cp) {
        int flags = (Character.isUpperCase(cp) ? 1 : 0) | (Character.isLowerCase(cp) ? 2 : 0)
                | (Character.isAlphabetic(cp) ? 4 : 0) | (Character.isIdeographic(cp) ? 8 : 0);
        int digit = Character.digit(cp, Character.MAX_RADIX);
        for (int radix = Character.MIN_RADIX; radix <= Character.MAX_RADIX; radix++) {
            // The natives derive every radix from the radix-36 value; prove that holds here.
            if (Character.digit(cp, radix) != (digit < radix ? digit : -1)) {
                throw new IllegalStateException("digit(U+" + Integer.toHexString(cp) + ", " + radix + ")");
            }
        }
        int digitDelta = 0;
        if (digit >= 0) {
            flags |= 16;
            digitDelta = digit - cp;
        }
        int numeric = Character.getNumericValue(cp);
        int numericDelta = 0;
        if (numeric == -2) {
            flags |= 1 << 5;
        } else if (numeric >= 0) {
            flags |= 2 << 5;
            numericDelta = numeric - cp;
        } else if (numeric != -1) {
            throw new IllegalStateException("getNumericValue(U+" + Integer.toHexString(cp) + ") = " + numeric);
        }
        return List.of(Character.getType(cp), flags, Character.toUpperCase(cp) - cp,
                Character.toLowerCase(cp) - cp, Character.toTitleCase(cp) - cp, digitDelta, numericDelta);
    }

    private static void writeU24(DataOutputStream out, int v) throws IOException {
        out.writeByte(v >>> 16);
        out.writeShort(v & 0xFFFF);
    }
}
