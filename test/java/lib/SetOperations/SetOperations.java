import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Set algebra over HashSet, LinkedHashSet and TreeSet: union, intersection, difference, dedup, and iteration orders. */
public class SetOperations {
    public static void main(String[] args) {
        Set<String> backend = new HashSet<>(List.of("java", "go", "sql", "python", "rust"));
        Set<String> frontend = new HashSet<>(List.of("javascript", "css", "html", "typescript", "python"));
        Set<String> union = new HashSet<>(backend);
        union.addAll(frontend);
        Set<String> intersection = new HashSet<>(backend);
        intersection.retainAll(frontend);
        Set<String> difference = new HashSet<>(backend);
        difference.removeAll(frontend);
        System.out.println("union " + union);
        System.out.println("intersection " + intersection + " difference " + difference);
        System.out.println("add duplicate " + union.add("java") + " add new " + union.add("kotlin") + " remove " + union.remove("css") + " remove missing " + union.remove("cobol"));
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < 30; i++) numbers.add((i * i * 31) % 97);
        System.out.println("squares mod 97 " + numbers + " size " + numbers.size());
        Set<Integer> negatives = new HashSet<>();
        for (int i = -10; i <= 10; i += 3) negatives.add(i * 1000);
        System.out.println("negatives " + negatives);
        List<String> withDupes = List.of("b", "a", "c", "a", "b", "d");
        System.out.println("linked dedup " + new LinkedHashSet<>(withDupes) + " tree dedup " + new TreeSet<>(withDupes) + " hash dedup " + new HashSet<>(withDupes));
        TreeSet<Integer> tree = new TreeSet<>();
        for (int v : new int[] {50, 20, 80, 10, 30, 70, 90, 20}) tree.add(v);
        System.out.println("tree " + tree + " first " + tree.first() + " last " + tree.last() + " floor 25 " + tree.floor(25) + " ceiling 25 " + tree.ceiling(25)
                + " higher 90 " + tree.higher(90) + " lower 10 " + tree.lower(10));
        System.out.println("headSet 50 " + tree.headSet(50) + " tailSet 50 " + tree.tailSet(50) + " subSet " + tree.subSet(20, true, 70, true) + " descending " + tree.descendingSet());
        System.out.println("pollFirst " + tree.pollFirst() + " pollLast " + tree.pollLast() + " now " + tree);
        TreeSet<String> byLength = new TreeSet<>((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        byLength.addAll(union);
        System.out.println("by length " + byLength);
        Set<List<Integer>> setOfLists = new HashSet<>();
        setOfLists.add(List.of(1, 2));
        setOfLists.add(new ArrayList<>(List.of(1, 2)));
        setOfLists.add(List.of(2, 1));
        System.out.println("set of lists size " + setOfLists.size() + " contains [2, 1] " + setOfLists.contains(List.of(2, 1)));
        Set<Character> letters = new HashSet<>();
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) if (c != ' ') letters.add(c);
        System.out.println("pangram " + (letters.size() == 26) + " letters " + letters);
        System.out.println("equals across kinds " + new HashSet<>(withDupes).equals(new TreeSet<>(withDupes)) + " hash " + new LinkedHashSet<>(withDupes).hashCode());
    }
}
