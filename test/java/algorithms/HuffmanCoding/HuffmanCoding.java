import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;

/** Huffman coding with deterministic tie-breaking: builds the code table, encodes to bits and decodes back. */
public class HuffmanCoding {
    abstract static class Node implements Comparable<Node> {
        final long weight;
        final int order;
        Node(long weight, int order) { this.weight = weight; this.order = order; }
        public int compareTo(Node o) { return weight != o.weight ? Long.compare(weight, o.weight) : Integer.compare(order, o.order); }
    }

    static final class Leaf extends Node {
        final char symbol;
        Leaf(char symbol, long weight, int order) { super(weight, order); this.symbol = symbol; }
    }

    static final class Branch extends Node {
        final Node left, right;
        Branch(Node left, Node right, int order) { super(left.weight + right.weight, order); this.left = left; this.right = right; }
    }

    static void assign(Node n, String prefix, TreeMap<Character, String> codes) {
        if (n instanceof Leaf leaf) codes.put(leaf.symbol, prefix.isEmpty() ? "0" : prefix);
        else {
            Branch b = (Branch) n;
            assign(b.left, prefix + "0", codes);
            assign(b.right, prefix + "1", codes);
        }
    }

    public static void main(String[] args) {
        String text = "this is an example of a huffman tree built for a deterministic differential test";
        TreeMap<Character, Long> freq = new TreeMap<>();
        for (char c : text.toCharArray()) freq.merge(c, 1L, Long::sum);
        PriorityQueue<Node> pq = new PriorityQueue<>();
        int order = 0;
        for (var e : freq.entrySet()) pq.add(new Leaf(e.getKey(), e.getValue(), order++));
        while (pq.size() > 1) pq.add(new Branch(pq.poll(), pq.poll(), order++));
        Node root = pq.poll();
        TreeMap<Character, String> codes = new TreeMap<>();
        assign(root, "", codes);
        for (var e : codes.entrySet()) System.out.println("'" + e.getKey() + "' x" + freq.get(e.getKey()) + " -> " + e.getValue());
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) bits.append(codes.get(c));
        System.out.println("encoded " + bits.length() + " bits vs " + text.length() * 8 + " raw");
        List<Character> decoded = new ArrayList<>();
        Node cur = root;
        for (int i = 0; i < bits.length(); i++) {
            Branch b = (Branch) cur;
            cur = bits.charAt(i) == '0' ? b.left : b.right;
            if (cur instanceof Leaf leaf) {
                decoded.add(leaf.symbol);
                cur = root;
            }
        }
        StringBuilder back = new StringBuilder();
        for (char c : decoded) back.append(c);
        System.out.println("round trip ok: " + back.toString().equals(text));
        System.out.println("first 64 bits " + bits.substring(0, 64));
    }
}
