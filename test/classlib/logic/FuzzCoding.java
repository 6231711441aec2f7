/*
 * Differential check of StringCoding (String's charset encoders and decoders) against HotSpot:
 * a copy renamed into package tcl.lang runs side by side with the JDK's String. Run by
 * test/classlib/logic.test.ts; argument: number of rounds. Prints "cases=N bad=M".
 */
package tcl.lang;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

public class FuzzCoding {
  public static void main(String[] a) {
    int rounds = java.lang.Integer.parseInt(a[0]);
    Random r = new Random(42);
    Charset[] cs = { StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE };
    int bad = 0, n = 0;
    byte[] interesting = { 0, 0x41, (byte) 0x7f, (byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xc1, (byte) 0xc2, (byte) 0xdf, (byte) 0xe0, (byte) 0xa0, (byte) 0x9f, (byte) 0xed, (byte) 0xef, (byte) 0xf0, (byte) 0x90, (byte) 0x8f, (byte) 0xf4, (byte) 0xf5, (byte) 0xff, (byte) 0xfe, (byte) 0xd8, (byte) 0xdc };
    char[] ichars = { 'a', '\u00e9', '\u20ac', '\ud83d', '\ude00', '\ud800', '\udfff', '\uffff', '\ufffd', '\u0000', '\u07ff', '\u0800', '\ufeff', '\u00ff', '\u0100', '\u007f', '\u0080' };
    for (int iter = 0; iter < rounds; iter++) {
      int len = r.nextInt(8);
      byte[] b = new byte[len];
      for (int i = 0; i < len; i++) b[i] = r.nextInt(3) == 0 ? (byte) r.nextInt(256) : interesting[r.nextInt(interesting.length)];
      int k = r.nextInt(cs.length);
      String want = new String(b, cs[k]);
      String got = new String(StringCoding.decode(StringCoding.kindOf(cs[k]), b, 0, len));
      n++;
      if (!want.equals(got) && bad++ < 20) System.out.println("decode " + cs[k] + " " + Arrays.toString(b) + " want " + hex(want) + " got " + hex(got));
      char[] c = new char[r.nextInt(6)];
      for (int i = 0; i < c.length; i++) c[i] = r.nextInt(4) == 0 ? (char) r.nextInt(65536) : ichars[r.nextInt(ichars.length)];
      byte[] wb = new String(c).getBytes(cs[k]);
      byte[] gb = StringCoding.encode(StringCoding.kindOf(cs[k]), c, 0, c.length);
      n++;
      if (!Arrays.equals(wb, gb) && bad++ < 20) System.out.println("encode " + cs[k] + " " + hex(new String(c)) + " want " + Arrays.toString(wb) + " got " + Arrays.toString(gb));
    }
    System.out.println("cases=" + n + " bad=" + bad);
  }

  static String hex(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) sb.append(Integer.toHexString(ch)).append(' ');
    return sb.toString();
  }
}
