import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes the Unicode script and block table behind Tern's Character.UnicodeScript.of and
 * Character.UnicodeBlock.of (and so regex {@code \p{IsGreek}}, {@code \p{InGreek}}) by asking the
 * running JDK 17 about every code point, so the answers are HotSpot's (Unicode 13). Run by
 * scripts/unicode/build-unicode-data.mjs: {@code java GenScriptData.java OUT}.
 *
 * <p>Layout of OUT (big endian): "TUS1", u32 length of the inflated payload, then the payload
 * compressed with raw DEFLATE:
 * <pre>
 *   u16 scriptCount, scriptCount x str      (UnicodeScript names in ordinal order; str = u16 length + UTF-8)
 *   u16 blockCount, blockCount x str        (UnicodeBlock names in code point order)
 *   u32 scriptRuns, scriptRuns x (u24 firstCodePoint, u8 script)
 *   u32 blockRuns, blockRuns x (u24 firstCodePoint, u16 block, 0xFFFF for none)
 * </pre>
 * Runs are ascending; the first starts at 0.
 */
public final class GenScriptData {
    private static final int MAGIC = 0x54555331; // "TUS1"

    public static void main(String[] args) throws IOException {
        if (Runtime.version().feature() != 17) {
            throw new IllegalStateException("the Unicode table must come from JDK 17 (Unicode 13), not "
                    + Runtime.version());
        }
        ByteArrayOutputStream payloadBytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(payloadBytes);
        Character.UnicodeScript[] scripts = Character.UnicodeScript.values();
        out.writeShort(scripts.length);
        for (Character.UnicodeScript s : scripts) {
            out.writeUTF(s.name());
        }
        List<Character.UnicodeBlock> blocks = new ArrayList<>();
        List<int[]> blockRuns = new ArrayList<>();
        List<int[]> scriptRuns = new ArrayList<>();
        int lastBlock = -2;
        int lastScript = -1;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            int block = -1;
            if (b != null) {
                block = blocks.indexOf(b);
                if (block < 0) {
                    block = blocks.size();
                    blocks.add(b);
                }
            }
            if (block != lastBlock) {
                blockRuns.add(new int[] {cp, block});
                lastBlock = block;
            }
            int script = Character.UnicodeScript.of(cp).ordinal();
            if (script != lastScript) {
                scriptRuns.add(new int[] {cp, script});
                lastScript = script;
            }
        }
        out.writeShort(blocks.size());
        for (Character.UnicodeBlock b : blocks) {
            out.writeUTF(b.toString());
        }
        out.writeInt(scriptRuns.size());
        for (int[] r : scriptRuns) {
            writeU24(out, r[0]);
            out.writeByte(r[1]);
        }
        out.writeInt(blockRuns.size());
        for (int[] r : blockRuns) {
            writeU24(out, r[0]);
            out.writeShort(r[1] < 0 ? 0xFFFF : r[1]);
        }
        byte[] raw = payloadBytes.toByteArray();
        Deflater deflater = new Deflater(9, true);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(file);
        head.writeInt(MAGIC);
        head.writeInt(raw.length);
        byte[] buf = new byte[65536];
        while (!deflater.finished()) {
            int n = deflater.deflate(buf);
            file.write(buf, 0, n);
        }
        Files.write(Path.of(args[0]), file.toByteArray());
        System.out.println("unicode scripts: " + scripts.length + " scripts, " + scriptRuns.size() + " runs; "
                + blocks.size() + " blocks, " + blockRuns.size() + " runs; " + file.size() + " bytes");
    }

    private static void writeU24(DataOutputStream out, int v) throws IOException {
        out.writeByte(v >>> 16);
        out.writeShort(v & 0xFFFF);
    }
}
