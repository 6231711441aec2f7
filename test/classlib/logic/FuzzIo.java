/*
 * Differential check of java.io streams, readers, writers and the stream coders against HotSpot: a copy of the library class(es)
 * renamed into package tcl.io runs side by side with the JDK's. Run by
 * test/classlib/logic.test.ts; argument: number of rounds. Prints "cases=N bad=M".
 */
package tcl.io;
import java.nio.charset.*;
import java.util.*;
import java.util.function.*;
public class FuzzIo {
  static int bad = 0, n = 0;
  interface X { Object get() throws Exception; }
  static String run(X s) {
    try { Object o = s.get(); return "=" + (o instanceof byte[] ? Arrays.toString((byte[]) o) : String.valueOf(o)); }
    catch (Throwable e) { return "!" + e.getClass().getSimpleName() + ":" + e.getMessage(); }
  }
  static void cmp(String what, String w, String g) { n++; if (!w.equals(g) && bad++ < 30) System.out.println(what + "\n   want " + w + "\n   got  " + g); }
  static final Charset[] CS = { StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE };
  static String rs(Random r, int max) {
    String pool = "ab\n\r \u00e9\u20ac\ud83d\ude00\ud83d\ude00x\u0000";
    StringBuilder sb = new StringBuilder(); int len = r.nextInt(max + 1);
    for (int i = 0; i < len; i++) sb.append(r.nextInt(6) == 0 ? (char) r.nextInt(0x10000) : pool.charAt(r.nextInt(pool.length())));
    return sb.toString();
  }
  /** An input stream returning at most k bytes per read. */
  static java.io.InputStream trickle(byte[] b, int k) {
    return new java.io.InputStream() {
      int i = 0;
      public int read() { return i < b.length ? b[i++] & 0xff : -1; }
      public int read(byte[] x, int o, int l) { if (l == 0) return 0; if (i >= b.length) return -1; int m = Math.min(Math.min(l, k), b.length - i); System.arraycopy(b, i, x, o, m); i += m; return m; }
      public int available() { return Math.min(k, b.length - i); }
    };
  }
  static tcl.io.InputStream trickleT(byte[] b, int k) {
    return new tcl.io.InputStream() {
      int i = 0;
      public int read() { return i < b.length ? b[i++] & 0xff : -1; }
      public int read(byte[] x, int o, int l) { if (l == 0) return 0; if (i >= b.length) return -1; int m = Math.min(Math.min(l, k), b.length - i); System.arraycopy(b, i, x, o, m); i += m; return m; }
      public int available() { return Math.min(k, b.length - i); }
    };
  }
  public static void main(String[] a) throws Exception {
    Random r = new Random(2);
    int rounds = java.lang.Integer.parseInt(a[0]);
    for (int it = 0; it < rounds; it++) {
      Charset cs = CS[r.nextInt(CS.length)];
      boolean auto = r.nextBoolean();
      // PrintStream
      java.io.ByteArrayOutputStream wb = new java.io.ByteArrayOutputStream();
      tcl.io.ByteArrayOutputStream gb = new tcl.io.ByteArrayOutputStream();
      java.io.PrintStream wp = new java.io.PrintStream(wb, auto, cs);
      tcl.io.PrintStream gp = new tcl.io.PrintStream(gb, auto, cs);
      StringBuilder log = new StringBuilder(cs + ":");
      for (int k = 0; k < 8; k++) {
        String s = rs(r, 5); int op = r.nextInt(14); long num = r.nextLong() >> r.nextInt(64); char c = s.isEmpty() ? '\ud83d' : s.charAt(0);
        log.append(" ").append(op);
        switch (op) {
          case 0: wp.print(s); gp.print(s); break;
          case 1: wp.println(s); gp.println(s); break;
          case 2: wp.print(c); gp.print(c); break;
          case 3: wp.println(c); gp.println(c); break;
          case 4: wp.print(s.toCharArray()); gp.print(s.toCharArray()); break;
          case 5: wp.println(s.toCharArray()); gp.println(s.toCharArray()); break;
          case 6: wp.print(num); gp.print(num); wp.print((int) num); gp.print((int) num); wp.print(num == 0); gp.print(num == 0); break;
          case 7: wp.println((Object) null); gp.println((Object) null); wp.print((String) null); gp.print((String) null); break;
          case 8: wp.write((int) num); gp.write((int) num); break;
          case 9: wp.append(s, 0, s.length() / 2).append(c).append(null); gp.append(s, 0, s.length() / 2).append(c).append(null); break;
          case 10: wp.println(); gp.println(); break;
          case 11: { byte[] bb = s.getBytes(StandardCharsets.UTF_8); wp.write(bb, 0, bb.length); gp.write(bb, 0, bb.length); break; }
          case 12: wp.println(1.5 * num); gp.println(1.5 * num); wp.print(2.5f); gp.print(2.5f); break;
          default: cmp("ps err " + log, "" + wp.checkError(), "" + gp.checkError()); if (r.nextInt(4) == 0) { wp.close(); gp.close(); }
        }
        cmp("ps " + log, Arrays.toString(wb.toByteArray()), Arrays.toString(gb.toByteArray()));
      }
      // OutputStreamWriter / BufferedWriter / PrintWriter
      java.io.ByteArrayOutputStream wb2 = new java.io.ByteArrayOutputStream();
      tcl.io.ByteArrayOutputStream gb2 = new tcl.io.ByteArrayOutputStream();
      java.io.PrintWriter ww = new java.io.PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(wb2, cs), 1 + r.nextInt(10)), auto);
      tcl.io.PrintWriter gw = new tcl.io.PrintWriter(new tcl.io.BufferedWriter(new tcl.io.OutputStreamWriter(gb2, cs), 1 + r.nextInt(10) * 0 + 1 + 0), auto);
      log = new StringBuilder("pw " + cs + ":");
      for (int k = 0; k < 6; k++) {
        String s = rs(r, 5); int op = r.nextInt(7);
        log.append(" ").append(op);
        switch (op) {
          case 0: ww.print(s); gw.print(s); break;
          case 1: ww.println(s); gw.println(s); break;
          case 2: ww.write(s, 0, s.length()); gw.write(s, 0, s.length()); break;
          case 3: ww.flush(); gw.flush(); break;
          case 4: ww.print(s.isEmpty() ? 'x' : s.charAt(0)); gw.print(s.isEmpty() ? 'x' : s.charAt(0)); break;
          case 5: ww.println(3.25); gw.println(3.25); break;
          default: ww.close(); gw.close();
        }
      }
      ww.close(); gw.close();
      cmp(log.toString(), Arrays.toString(wb2.toByteArray()), Arrays.toString(gb2.toByteArray()));
      // InputStreamReader + BufferedReader over trickled bytes
      byte[] bytes = new byte[r.nextInt(30)];
      for (int i = 0; i < bytes.length; i++) bytes[i] = r.nextInt(3) == 0 ? (byte) r.nextInt(256) : (byte) "ab\n\r\u00c3\u00a9\u00e2\u0082\u00ac\u00f0\u009f\u0098\u0080\u00fe\u00ff\u00d8\u00dc".charAt(r.nextInt(16));
      int k1 = 1 + r.nextInt(5), sz = 1 + r.nextInt(6);
      java.io.BufferedReader wr = new java.io.BufferedReader(new java.io.InputStreamReader(trickle(bytes, k1), cs), sz);
      tcl.io.BufferedReader gr = new tcl.io.BufferedReader(new tcl.io.InputStreamReader(trickleT(bytes, k1), cs), sz);
      log = new StringBuilder("br " + cs + " " + Arrays.toString(bytes) + " k=" + k1 + " sz=" + sz + ":");
      for (int k = 0; k < 12; k++) {
        int op = r.nextInt(8), m = r.nextInt(6) - 1;
        log.append(" ").append(op).append("/").append(m);
        String w, g;
        switch (op) {
          case 0: w = run(wr::readLine); g = run(gr::readLine); break;
          case 1: w = run(wr::read); g = run(gr::read); break;
          case 2: w = run(() -> { char[] cb = new char[5]; int nn = wr.read(cb, 1, Math.max(m, 0)); return nn + new String(cb); }); g = run(() -> { char[] cb = new char[5]; int nn = gr.read(cb, 1, Math.max(m, 0)); return nn + new String(cb); }); break;
          case 3: w = run(() -> wr.skip(m)); g = run(() -> gr.skip(m)); break;
          case 4: w = run(() -> { wr.mark(m); return 1; }); g = run(() -> { gr.mark(m); return 1; }); break;
          case 5: w = run(() -> { wr.reset(); return 1; }); g = run(() -> { gr.reset(); return 1; }); break;
          case 6: w = run(wr::ready); g = run(gr::ready); break;
          default: w = run(() -> { wr.close(); return 1; }); g = run(() -> { gr.close(); return 1; });
        }
        cmp(log.toString(), w, g);
      }
      // InputStreamReader alone: full decode with trickle
      int k2 = 1 + r.nextInt(7);
      cmp("isr " + cs + " " + Arrays.toString(bytes) + " k=" + k2, run(() -> { java.io.Reader rd = new java.io.InputStreamReader(trickle(bytes, k2), cs); StringBuilder sb = new StringBuilder(); int ch; while ((ch = rd.read()) >= 0) sb.append(Integer.toHexString(ch)).append(' '); return sb; }),
          run(() -> { tcl.io.Reader rd = new tcl.io.InputStreamReader(trickleT(bytes, k2), cs); StringBuilder sb = new StringBuilder(); int ch; while ((ch = rd.read()) >= 0) sb.append(Integer.toHexString(ch)).append(' '); return sb; }));
      // BufferedInputStream / ByteArrayInputStream ops
      int bsz = 1 + r.nextInt(6);
      java.io.BufferedInputStream wi = new java.io.BufferedInputStream(trickle(bytes, k1), bsz);
      tcl.io.BufferedInputStream gi = new tcl.io.BufferedInputStream(trickleT(bytes, k1), bsz);
      java.io.ByteArrayInputStream wa = new java.io.ByteArrayInputStream(bytes, 1, bytes.length);
      tcl.io.ByteArrayInputStream ga = new tcl.io.ByteArrayInputStream(bytes, 1, bytes.length);
      log = new StringBuilder("bis " + Arrays.toString(bytes) + " k=" + k1 + " sz=" + bsz + ":");
      for (int k = 0; k < 10; k++) {
        int op = r.nextInt(8), m = r.nextInt(7) - 1;
        log.append(" ").append(op).append("/").append(m);
        switch (op) {
          case 0: cmp(log.toString(), run(wi::read) + run(wa::read), run(gi::read) + run(ga::read)); break;
          case 1: cmp(log.toString(), run(() -> { byte[] bb = new byte[6]; int nn = wi.read(bb, 1, m); return nn + Arrays.toString(bb); }) + run(() -> { byte[] bb = new byte[6]; int nn = wa.read(bb, 1, m); return nn + Arrays.toString(bb); }), run(() -> { byte[] bb = new byte[6]; int nn = gi.read(bb, 1, m); return nn + Arrays.toString(bb); }) + run(() -> { byte[] bb = new byte[6]; int nn = ga.read(bb, 1, m); return nn + Arrays.toString(bb); })); break;
          case 2: cmp(log.toString(), run(() -> wi.skip(m)) + run(() -> wa.skip(m)), run(() -> gi.skip(m)) + run(() -> ga.skip(m))); break;
          case 3: wi.mark(m); gi.mark(m); wa.mark(m); ga.mark(m); break;
          case 4: cmp(log.toString(), run(() -> { wi.reset(); return 1; }) + run(() -> { wa.reset(); return 1; }), run(() -> { gi.reset(); return 1; }) + run(() -> { ga.reset(); return 1; })); break;
          case 5: cmp(log.toString(), run(() -> wi.readNBytes(m)) + run(() -> wa.readNBytes(m)), run(() -> gi.readNBytes(m)) + run(() -> ga.readNBytes(m))); break;
          case 6: cmp(log.toString(), run(wi::available) + run(wa::available), run(gi::available) + run(ga::available)); break;
          default: cmp(log.toString(), run(wi::readAllBytes) + run(wa::readAllBytes), run(gi::readAllBytes) + run(ga::readAllBytes));
        }
      }
      // StringReader / StringWriter
      String text = rs(r, 8);
      java.io.StringReader wsr = new java.io.StringReader(text);
      tcl.io.StringReader gsr = new tcl.io.StringReader(text);
      java.io.StringWriter wsw = new java.io.StringWriter();
      tcl.io.StringWriter gsw = new tcl.io.StringWriter();
      log = new StringBuilder("sr " + text + ":");
      for (int k = 0; k < 8; k++) {
        int op = r.nextInt(6), m = r.nextInt(9) - 3;
        log.append(" ").append(op).append("/").append(m);
        switch (op) {
          case 0: cmp(log.toString(), run(wsr::read), run(gsr::read)); break;
          case 1: cmp(log.toString(), run(() -> wsr.skip(m)), run(() -> gsr.skip(m))); break;
          case 2: cmp(log.toString(), run(() -> { char[] cb = new char[4]; return wsr.read(cb, 1, m) + new String(cb); }), run(() -> { char[] cb = new char[4]; return gsr.read(cb, 1, m) + new String(cb); })); break;
          case 3: cmp(log.toString(), run(() -> { wsr.mark(m); wsr.reset(); return 1; }), run(() -> { gsr.mark(m); gsr.reset(); return 1; })); break;
          case 4: cmp(log.toString(), run(() -> { wsw.write(text, 1, m); return wsw.toString(); }), run(() -> { gsw.write(text, 1, m); return gsw.toString(); })); break;
          default: cmp(log.toString(), run(() -> { wsw.append(text, 0, Math.abs(m)).append('c').append(null).write(text.toCharArray(), 1, m); return wsw.toString(); }), run(() -> { gsw.append(text, 0, Math.abs(m)).append('c').append(null).write(text.toCharArray(), 1, m); return gsw.toString(); }));
        }
      }
    }
    System.out.println("cases=" + n + " bad=" + bad);
  }
}
