import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Identity hash codes are stable for an object's lifetime, also across garbage collection; only comparisons are printed. */
public class IdentityHashes {
    static class Plain {}

    static class Overridden {
        @Override public int hashCode() { return 7; }
    }

    public static void main(String[] args) {
        Object a = new Object();
        Plain p = new Plain();
        Overridden o = new Overridden();
        int ha = System.identityHashCode(a), hp = System.identityHashCode(p), ho = System.identityHashCode(o);
        System.out.println("hashCode == identityHashCode for Object: " + (a.hashCode() == ha) + ", for Plain: " + (p.hashCode() == hp));
        System.out.println("overridden hashCode " + o.hashCode() + ", identity hash stable: " + (ho == System.identityHashCode(o)));
        System.out.println("identityHashCode(null) = " + System.identityHashCode(null));
        List<byte[]> garbage = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            garbage.clear();
            for (int i = 0; i < 200; i++) garbage.add(new byte[1024]);
        }
        System.out.println("stable after allocation churn: " + (ha == System.identityHashCode(a)) + " " + (hp == p.hashCode()) + " " + (ho == System.identityHashCode(o)));
        String s1 = new String("text"), s2 = new String("text");
        System.out.println("equal strings: same hashCode " + (s1.hashCode() == s2.hashCode()) + ", identity hash stable " + (System.identityHashCode(s1) == System.identityHashCode(s1)));
        Object[] objects = new Object[200];
        int[] hashes = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = new Object();
            hashes[i] = objects[i].hashCode();
        }
        for (int i = 0; i < 20000; i++) garbage.add(new byte[16]);
        garbage.clear();
        boolean allStable = true;
        for (int i = 0; i < objects.length; i++) allStable &= hashes[i] == System.identityHashCode(objects[i]);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            boolean dup = false;
            for (int j = 0; j < i; j++) dup |= hashes[j] == hashes[i];
            if (!dup) distinct++;
        }
        System.out.println("200 objects stable: " + allStable + ", mostly distinct: " + (distinct > 190));
        Map<String, Integer> byIdentity = new IdentityHashMap<>();
        byIdentity.put(s1, 1);
        byIdentity.put(s2, 2);
        byIdentity.put(s1, 3);
        System.out.println("IdentityHashMap keeps equal strings apart: size " + byIdentity.size() + " get(s1) " + byIdentity.get(s1) + " get(s2) " + byIdentity.get(s2) + " get(\"text\") " + byIdentity.get("text"));
        Thread t = Thread.currentThread();
        System.out.println("thread identity stable: " + (t.hashCode() == System.identityHashCode(Thread.currentThread())));
        Class<?> c = p.getClass();
        System.out.println("class object identity stable: " + (c.hashCode() == Plain.class.hashCode()) + ", same class object: " + (c == Plain.class));
    }
}
