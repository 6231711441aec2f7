/** Static and instance fields of every type: default values, compound assignment, shadowing, inc/dec on fields. */
public class FieldAccess {
    static boolean sBool;
    static byte sByte;
    static char sChar;
    static short sShort;
    static int sInt;
    static long sLong;
    static float sFloat;
    static double sDouble;
    static Object sRef;

    boolean iBool;
    byte iByte;
    char iChar;
    short iShort;
    int iInt;
    long iLong;
    float iFloat;
    double iDouble;
    String iRef;

    static class Point {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
    }

    static class Base { String name = "base"; static String kind() { return "Base"; } }
    static class Derived extends Base { String name = "derived"; static String kind() { return "Derived"; } }

    public static void main(String[] args) {
        System.out.println("static defaults: " + sBool + " " + sByte + " " + (int) sChar + " " + sShort + " " + sInt + " " + sLong + " " + sFloat + " " + sDouble + " " + sRef);
        FieldAccess f = new FieldAccess();
        System.out.println("instance defaults: " + f.iBool + " " + f.iByte + " " + (int) f.iChar + " " + f.iShort + " " + f.iInt + " " + f.iLong + " " + f.iFloat + " " + f.iDouble + " " + f.iRef);
        sBool = true; sByte = 100; sChar = 'Z'; sShort = -300; sInt = 1 << 30; sLong = -1L << 40; sFloat = 1.25f; sDouble = -2.5; sRef = "ref";
        sByte += 100;
        sChar += 1;
        sShort *= 200;
        sInt += sInt;
        sLong >>>= 20;
        sFloat /= 3;
        sDouble %= 1.5;
        System.out.println("statics: " + sBool + " " + sByte + " " + sChar + " " + sShort + " " + sInt + " " + sLong + " " + sFloat + " " + sDouble + " " + sRef);
        f.iBool = !f.iBool;
        f.iByte--;
        f.iChar = 'a';
        f.iChar++;
        f.iShort = Short.MAX_VALUE;
        f.iShort++;
        f.iInt = 5;
        int before = f.iInt++;
        int after = ++f.iInt;
        f.iLong = Long.MAX_VALUE;
        long lbefore = f.iLong++;
        f.iFloat = 0.1f;
        f.iFloat *= 3;
        f.iDouble = 10;
        double dbefore = f.iDouble--;
        f.iRef = "x";
        f.iRef += 1 + 2;
        System.out.println("instance: " + f.iBool + " " + f.iByte + " " + f.iChar + " " + f.iShort + " " + f.iInt + " " + before + " " + after + " " + f.iLong + " " + lbefore
                + " " + f.iFloat + " " + f.iDouble + " " + dbefore + " " + f.iRef);
        Point[] pts = {new Point(1, 2), new Point(3, 4)};
        pts[0].x += pts[1].y;
        pts[1].y = pts[0].x++ * 2;
        System.out.println("points " + pts[0].x + "," + pts[0].y + " " + pts[1].x + "," + pts[1].y);
        Base b = new Derived();
        System.out.println("field via Base ref: " + b.name + ", via cast: " + ((Derived) b).name + ", static kinds " + Base.kind() + " " + Derived.kind());
        long[] counters = new long[3];
        counters[1] += 5;
        long prev = counters[1]++;
        counters[2] = counters[1]-- + prev;
        System.out.println("counters " + counters[0] + " " + counters[1] + " " + counters[2]);
    }
}
