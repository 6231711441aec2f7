import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** HashMap as an inventory: put/get/remove, merge, compute*, iteration order for String and Integer keys across resizes, null keys. */
public class HashMapOps {
    public static void main(String[] args) {
        Map<String, Integer> stock = new HashMap<>();
        String[] fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince"};
        for (int i = 0; i < fruits.length; i++) stock.put(fruits[i], i * 3);
        System.out.println(stock);
        System.out.println("keys " + stock.keySet());
        System.out.println("values " + stock.values());
        System.out.println("get kiwi " + stock.get("kiwi") + " missing " + stock.get("zucchini") + " getOrDefault " + stock.getOrDefault("zucchini", -1));
        System.out.println("put returns old " + stock.put("kiwi", 100) + " putIfAbsent existing " + stock.putIfAbsent("kiwi", 5) + " new " + stock.putIfAbsent("lime", 5));
        stock.merge("apple", 10, Integer::sum);
        stock.merge("starfruit", 1, Integer::sum);
        stock.merge("banana", 0, (x, y) -> null);
        stock.compute("cherry", (k, v) -> v == null ? 1 : v * 2);
        stock.computeIfPresent("date", (k, v) -> v + 1000);
        stock.computeIfAbsent("ugli", k -> k.length());
        System.out.println("after updates " + stock);
        System.out.println("remove fig " + stock.remove("fig") + " remove(key, wrong value) " + stock.remove("grape", 1) + " containsKey grape " + stock.containsKey("grape") + " containsValue 100 " + stock.containsValue(100));
        Iterator<Map.Entry<String, Integer>> it = stock.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() % 2 == 1) it.remove();
            else e.setValue(e.getValue() / 2);
        }
        System.out.println("halved evens " + stock);
        Map<Integer, String> byNumber = new HashMap<>();
        for (int i = 0; i < 40; i++) byNumber.put(i * 37 % 101 - 50, "v" + i);
        System.out.println(byNumber.keySet());
        Map<Integer, Integer> large = new HashMap<>();
        for (int i = 0; i < 5000; i++) large.put(i * 7919, i);
        long check = 0;
        int position = 0;
        for (Map.Entry<Integer, Integer> e : large.entrySet()) check += (long) e.getKey() * (position++ % 13) + e.getValue();
        System.out.println("large size " + large.size() + " order checksum " + check);
        Map<String, String> withNulls = new HashMap<>();
        withNulls.put(null, "null key");
        withNulls.put("k", null);
        System.out.println("nulls " + withNulls + " get(null) " + withNulls.get(null) + " containsKey k " + withNulls.containsKey("k") + " get k " + withNulls.get("k"));
        Map<String, List<String>> groups = new HashMap<>();
        for (String f : fruits) groups.computeIfAbsent(f.length() % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(f);
        System.out.println("groups " + groups);
        Map<String, Integer> copy = new HashMap<>(stock);
        System.out.println("copy equals " + copy.equals(stock) + " hash equal " + (copy.hashCode() == stock.hashCode()));
        copy.replaceAll((k, v) -> v + k.length());
        copy.replace("apple", -1);
        System.out.println("replaced " + copy);
        StringBuilder forEach = new StringBuilder();
        copy.forEach((k, v) -> forEach.append(k.charAt(0)).append(v));
        System.out.println("forEach " + forEach);
        copy.clear();
        System.out.println("cleared " + copy + " isEmpty " + copy.isEmpty());
    }
}
