import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** java.util.Collections: sort, reverse, shuffle with a seeded Random, swap, rotate, frequency, min/max, nCopies, unmodifiable views. */
public class CollectionsUtility {
    public static void main(String[] args) {
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 20; i++) deck.add(i);
        Collections.shuffle(deck, new Random(42));
        System.out.println("shuffled(42) " + deck);
        Collections.shuffle(deck, new Random(42));
        System.out.println("shuffled again " + deck);
        Collections.sort(deck);
        Collections.reverse(deck);
        System.out.println("reversed " + deck);
        Collections.swap(deck, 0, 19);
        Collections.rotate(deck, 3);
        System.out.println("swapped and rotated " + deck);
        Collections.rotate(deck, -5);
        System.out.println("rotated back 5 " + deck);
        List<String> words = new ArrayList<>(Arrays.asList("delta", "alpha", "charlie", "bravo", "alpha", "echo", "alpha"));
        System.out.println("frequency alpha " + Collections.frequency(words, "alpha") + " max " + Collections.max(words) + " min " + Collections.min(words)
                + " longest " + Collections.max(words, (a, b) -> a.length() - b.length()));
        Collections.sort(words);
        System.out.println("sorted " + words + " binarySearch charlie " + Collections.binarySearch(words, "charlie") + " missing " + Collections.binarySearch(words, "foxtrot"));
        Collections.sort(words, Collections.reverseOrder());
        System.out.println("reverse order " + words);
        List<String> strings = new ArrayList<>(Collections.nCopies(3, "ab"));
        strings.addAll(Collections.singletonList("solo"));
        Collections.addAll(strings, "x", "y");
        System.out.println("nCopies etc " + strings + " empty " + Collections.emptyList() + " " + Collections.emptyMap());
        Collections.fill(strings, "z");
        System.out.println("filled " + strings + " disjoint " + Collections.disjoint(strings, List.of("a")) + " indexOfSubList " + Collections.indexOfSubList(deck, List.of(deck.get(4), deck.get(5))));
        List<Integer> readOnly = Collections.unmodifiableList(deck);
        try {
            readOnly.set(0, 0);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable: " + e.getClass().getName() + " message " + e.getMessage());
        }
        try {
            List.of(1, 2).add(3);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of immutable: message " + e.getMessage());
        }
        Random rnd = new Random(7);
        List<Integer> hand = new ArrayList<>();
        for (int i = 0; i < 52; i++) hand.add(i);
        Collections.shuffle(hand, rnd);
        List<Integer> firstFive = new ArrayList<>(hand.subList(0, 5));
        Collections.sort(firstFive);
        System.out.println("dealt " + firstFive);
        List<Integer> small = new ArrayList<>(List.of(3, 1, 2));
        Collections.shuffle(small, new Random(0));
        System.out.println("small shuffle seed 0 " + small);
        Integer[] boxed = {5, 3, 9, 1};
        List<Integer> view = Arrays.asList(boxed);
        Collections.sort(view);
        System.out.println("sorted through asList view writes array: " + Arrays.toString(boxed));
    }
}
