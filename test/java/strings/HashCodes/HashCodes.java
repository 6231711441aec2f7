import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Value-based hash codes: strings, boxed primitives, lists, sets, maps, arrays, Objects.hash and Map.Entry. */
public class HashCodes {
    public static void main(String[] args) {
        String[] strings = {"", "a", "hello", "Hello", "polygenelubricants", "hash collisions are fun", "\u00e9t\u00e9", "0123456789abcdefghij"};
        for (String s : strings) System.out.println("\"" + s.length() + " chars\".hashCode = " + s.hashCode());
        System.out.println("Integer " + Integer.valueOf(-7).hashCode() + " Long " + Long.valueOf(1L << 40).hashCode() + " " + Long.hashCode(-1L) + " Short " + Short.valueOf((short) -2).hashCode());
        System.out.println("Double " + Double.valueOf(1.5).hashCode() + " " + Double.hashCode(-0.0) + " " + Double.hashCode(Double.NaN) + " Float " + Float.hashCode(3.25f) + " " + Float.hashCode(-0.0f));
        System.out.println("Boolean " + Boolean.hashCode(true) + " " + Boolean.hashCode(false) + " Character " + Character.hashCode('A') + " Byte " + Byte.hashCode((byte) -1));
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i * i);
        System.out.println("list " + list.hashCode() + " empty " + new ArrayList<String>().hashCode() + " with null " + Arrays.asList("a", null).hashCode());
        HashSet<String> set = new HashSet<>(List.of("x", "y", "z"));
        System.out.println("set " + set.hashCode() + " sum of elements " + ("x".hashCode() + "y".hashCode() + "z".hashCode()));
        Map<String, Integer> map = new HashMap<>();
        map.put("one", 1);
        map.put("two", 2);
        map.put("three", 3);
        Map<String, Integer> linked = new LinkedHashMap<>();
        linked.put("three", 3);
        linked.put("one", 1);
        linked.put("two", 2);
        System.out.println("map " + map.hashCode() + " linked " + linked.hashCode() + " equal " + map.equals(linked));
        for (Map.Entry<String, Integer> e : linked.entrySet()) System.out.println("entry " + e + " hash " + e.hashCode());
        System.out.println("Objects.hash " + Objects.hash(1, "a", 2.5) + " " + Objects.hash() + " " + Objects.hashCode(null) + " " + Objects.hash((Object) null));
        System.out.println("Arrays " + Arrays.hashCode(new int[] {1, 2}) + " " + Arrays.hashCode(new char[] {'h', 'i'}) + " " + Arrays.hashCode(new float[] {1f}) + " " + Arrays.deepHashCode(new Object[] {new int[] {1, 2}, "s"}));
        List<List<String>> nested = new ArrayList<>();
        nested.add(List.of("a", "b"));
        nested.add(new ArrayList<>());
        System.out.println("nested list " + nested.hashCode());
        Map<Integer, List<String>> multi = new HashMap<>();
        multi.put(1, List.of("uno"));
        multi.put(2, List.of("dos", "two"));
        System.out.println("map of lists " + multi.hashCode());
        int h = 0;
        String text = "the quick brown fox";
        for (int i = 0; i < text.length(); i++) h = 31 * h + text.charAt(i);
        System.out.println("manual polynomial hash equals String.hashCode: " + (h == text.hashCode()));
        System.out.println("enum ordinal-based key " + Thread.State.NEW.name().hashCode());
    }
}
