import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

/** A Base64 toolbox: basic, URL-safe and MIME encoders with and without padding, round trips, and the decoder's error messages. */
public class AlgoBase64Codec {
    static String show(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1).replace("\r\n", "\\r\\n");
    }

    public static void main(String[] args) {
        String[] samples = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished", "\u00ff\u00fe\u00fd binary?", "subjects?_d>>"};
        for (String s : samples) {
            byte[] raw = s.getBytes(StandardCharsets.ISO_8859_1);
            String basic = Base64.getEncoder().encodeToString(raw);
            String url = Base64.getUrlEncoder().encodeToString(raw);
            String bare = Base64.getEncoder().withoutPadding().encodeToString(raw);
            boolean round = Arrays.equals(raw, Base64.getDecoder().decode(basic)) && Arrays.equals(raw, Base64.getUrlDecoder().decode(url))
                && Arrays.equals(raw, Base64.getDecoder().decode(bare));
            System.out.println("'" + s + "' -> " + basic + " | url " + url + " | no padding " + bare + " | round trip " + round);
        }
        byte[] big = new byte[100];
        new Random(64).nextBytes(big);
        byte[] mime = Base64.getMimeEncoder().encode(big);
        System.out.println("MIME (" + mime.length + " bytes): " + show(mime));
        byte[] custom = Base64.getMimeEncoder(10, new byte[] {'|'}).encode(big);
        System.out.println("lines of 8: " + show(custom));
        System.out.println("mime decode round trip " + Arrays.equals(big, Base64.getMimeDecoder().decode(mime)) + " " + Arrays.equals(big, Base64.getMimeDecoder().decode(custom)));
        System.out.println("mime decoder skips junk: " + new String(Base64.getMimeDecoder().decode("Zm9v\r\n YmFy!!"), StandardCharsets.ISO_8859_1));
        System.out.println("short line length gives basic: " + show(Base64.getMimeEncoder(3, new byte[] {'\n'}).encode(big)).length());
        byte[] into = new byte[8];
        int n = Base64.getEncoder().encode("hey".getBytes(StandardCharsets.ISO_8859_1), into);
        System.out.println("encode into array: " + n + " " + show(Arrays.copyOf(into, n)) + ", decode into array: " + Base64.getDecoder().decode("aGV5".getBytes(StandardCharsets.ISO_8859_1), into));
        String[] bad = {"Zm9v!", "Zm9vY", "Zm9=", "Zm==Zm", "Zm9vYg=", "=", "Z", "Zm9vYmFy====", "Zm9v\u00e9", "a-_b"};
        for (String s : bad) {
            try {
                System.out.println("decode '" + s + "' = " + Arrays.toString(Base64.getDecoder().decode(s)));
            } catch (IllegalArgumentException e) {
                System.out.println("decode '" + s + "': " + e.getMessage());
            }
        }
        System.out.println("url decoder on '-_8': " + Arrays.toString(Base64.getUrlDecoder().decode("-_8")));
        try {
            Base64.getMimeEncoder(76, new byte[] {'A'});
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Base64.getEncoder().encode(new byte[10], new byte[4]);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Base64.getDecoder().decode("AAAA".getBytes(StandardCharsets.ISO_8859_1), new byte[2]);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"user\":\"ada\",\"admin\":true}".getBytes(StandardCharsets.UTF_8));
        System.out.println("token " + token + " -> " + new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
    }
}
