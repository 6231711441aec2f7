import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Autoboxing: the valueOf caches (-128..127), equals across types, unboxing in collections and arithmetic, and the remove(int) trap. */
public class BoxingCaches {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128, e = -128, f = -128, g = -129, h = -129;
        System.out.println("Integer 127==127 " + (a == b) + ", 128==128 " + (c == d) + ", -128==-128 " + (e == f) + ", -129==-129 " + (g == h));
        System.out.println("equals 128 " + c.equals(d) + ", intValue == " + (c.intValue() == d.intValue()) + ", mixed == " + (c == 128));
        Long la = 127L, lb = 127L, lc = 128L, ld = 128L;
        System.out.println("Long 127 " + (la == lb) + ", 128 " + (lc == ld));
        Short sa = 100, sb = 100;
        Byte ba = -1, bb = -1;
        Character ca = 'x', cb = 'x', cc = '\u0100', cd = '\u0100';
        System.out.println("Short " + (sa == sb) + " Byte " + (ba == bb) + " Character x " + (ca == cb) + " Character 256 " + (cc == cd));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Boolean " + (t1 == t2) + " " + (Boolean.TRUE == Boolean.valueOf(true)));
        System.out.println("Integer.valueOf(1000) == Integer.valueOf(1000): " + (Integer.valueOf(1000) == Integer.valueOf(1000)) + ", valueOf(5) == valueOf(5): " + (Integer.valueOf(5) == Integer.valueOf(5)));
        Long one = 1L;
        Integer intOne = 1;
        System.out.println("Long(1).equals(Integer(1)) " + one.equals(intOne) + ", Long(1).equals(1L) " + one.equals(1L) + ", == after unboxing " + (one == 1));
        List<Integer> list = new ArrayList<>();
        for (int i = 10; i < 15; i++) list.add(i);
        list.remove(1);
        list.remove(Integer.valueOf(13));
        System.out.println("after remove(1) and remove(Integer 13): " + list);
        Map<Character, Integer> counts = new HashMap<>();
        for (char ch : "mississippi".toCharArray()) counts.put(ch, counts.getOrDefault(ch, 0) + 1);
        System.out.println("counts " + counts);
        Integer total = 0;
        for (int i = 0; i < 1000; i++) total += i;
        System.out.println("boxed accumulation " + total);
        Double boxedD = 2.5;
        Float boxedF = 1.5f;
        double sum = boxedD + boxedF + intOne + one;
        System.out.println("mixed unboxing sum " + sum);
        Object o = 42;
        Object p = 42L;
        Object q = 'c';
        Object r = 3.0f;
        System.out.println("boxed classes " + o.getClass().getName() + " " + p.getClass().getName() + " " + q.getClass().getName() + " " + r.getClass().getName());
        Integer big1 = 1000, big2 = 1000;
        System.out.println("compareTo " + big1.compareTo(big2) + " < " + (big1 < big2) + " <= " + (big1 <= big2) + " Integer.compare " + Integer.compare(big1, 999));
        Integer counter = 5;
        Integer before = counter;
        counter++;
        System.out.println("counter++ creates new box: " + (before != counter) + " values " + before + " " + counter);
        System.out.println("MIN/MAX boxes " + Integer.valueOf(Integer.MIN_VALUE) + " " + Long.valueOf(Long.MAX_VALUE) + " sum " + Integer.sum(3, 4) + " max " + Long.max(3, 9));
        Integer[] boxedArray = {3, null, 7};
        int nonNull = 0;
        for (Integer x : boxedArray) if (x != null) nonNull += x;
        System.out.println("null-safe sum " + nonNull);
    }
}
