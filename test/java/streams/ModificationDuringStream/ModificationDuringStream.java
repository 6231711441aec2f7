import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Streams over ArrayList, LinkedList, HashMap views and HashSet see their source when the
 * terminal operation starts (late binding) and fail fast like the JDK's spliterators: a bulk
 * traversal finishes before throwing ConcurrentModificationException, a short-circuiting one
 * throws right after the element whose processing modified the source.
 */
public class ModificationDuringStream {
    static void traverse(String name, Collection<Integer> source, Consumer<Collection<Integer>> modify) {
        StringBuilder all = new StringBuilder(name + " forEach:");
        try {
            source.stream().forEach(x -> {
                all.append(' ').append(x);
                if (x == 2) {
                    modify.accept(source);
                }
            });
            all.append(" ok");
        } catch (RuntimeException e) {
            all.append(" -> ").append(e.getClass().getSimpleName());
        }
        System.out.println(all);
        StringBuilder some = new StringBuilder(name + " findFirst:");
        try {
            source.stream().filter(x -> {
                some.append(' ').append(x);
                if (x == 2) {
                    modify.accept(source);
                }
                return x > 100;
            }).findFirst();
            some.append(" ok");
        } catch (RuntimeException e) {
            some.append(" -> ").append(e.getClass().getSimpleName());
        }
        System.out.println(some + " now " + source);
    }

    static List<Integer> numbers() {
        return List.of(1, 2, 3, 4, 5);
    }

    public static void main(String[] args) {
        traverse("arraylist add", new ArrayList<>(numbers()), c -> c.add(c.size() * 10));
        traverse("arraylist remove", new ArrayList<>(numbers()), c -> c.remove(4));
        traverse("arraylist set", new ArrayList<>(numbers()), c -> ((List<Integer>) c).set(3, 40));
        traverse("arraylist clear", new ArrayList<>(numbers()), Collection::clear);
        traverse("linkedlist add", new LinkedList<>(numbers()), c -> c.add(c.size() * 10));
        traverse("linkedlist removeFirst", new LinkedList<>(numbers()), c -> ((LinkedList<Integer>) c).removeFirst());
        traverse("hashset add", new HashSet<>(numbers()), c -> c.add(c.size() * 10));
        traverse("hashset remove", new HashSet<>(numbers()), c -> c.remove(5));

        Map<String, Integer> map = new HashMap<>();
        for (String k : new String[] {"a", "b", "c", "d", "e"}) {
            map.put(k, k.charAt(0) - 'a');
        }
        StringBuilder keys = new StringBuilder("map keys:");
        try {
            map.keySet().stream().forEach(k -> {
                keys.append(' ').append(k);
                if (k.equals("b")) {
                    map.put("z" + k, 0);
                }
            });
        } catch (RuntimeException e) {
            keys.append(" -> ").append(e.getClass().getSimpleName());
        }
        System.out.println(keys + " size " + map.size());
        StringBuilder values = new StringBuilder("map values:");
        try {
            map.values().stream().sorted().forEach(v -> {
                values.append(' ').append(v);
                map.remove("a");
            });
        } catch (RuntimeException e) {
            values.append(" -> ").append(e.getClass().getSimpleName());
        }
        System.out.println(values + " size " + map.size());
        System.out.println("entries " + map.entrySet().stream().map(e -> e.getKey() + e.getValue())
                .collect(Collectors.joining(",")));

        List<String> names = new ArrayList<>(List.of("x", "y"));
        Stream<String> late = names.stream().map(String::toUpperCase);
        names.add("z");
        System.out.println("late binding " + late.toList());
        Map<Integer, Integer> squares = new HashMap<>();
        Stream<Integer> lateKeys = squares.keySet().stream();
        for (int i = 0; i < 5; i++) {
            squares.put(i, i * i);
        }
        System.out.println("late keys " + lateKeys.toList());

        List<Integer> pulled = new ArrayList<>(numbers());
        Iterator<Integer> it = pulled.stream().map(i -> i * 100).iterator();
        System.out.print("iterator " + it.next() + " " + it.next());
        pulled.add(6);
        try {
            System.out.println(" " + it.next());
        } catch (RuntimeException e) {
            System.out.println(" -> " + e.getClass().getSimpleName());
        }

        List<Integer> counted = new ArrayList<>(numbers());
        Stream<Integer> sizedCount = counted.stream().peek(i -> counted.add(0));
        counted.remove(0);
        System.out.println("count without traversal " + sizedCount.count() + " list " + counted);
        List<Integer> safe = new ArrayList<>(numbers());
        List<Integer> doubled = safe.stream().map(i -> i * 2).collect(Collectors.toList());
        safe.addAll(doubled);
        System.out.println("collect then modify " + safe);
    }
}
