import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A generic binary search tree: insert, contains, delete with successor, traversals, height, and range queries. */
public class BinarySearchTree<K extends Comparable<K>> {
    private final class Node {
        K key;
        Node left, right;
        Node(K key) { this.key = key; }
    }

    private Node root;
    private int size;

    boolean insert(K key) {
        if (root == null) { root = new Node(key); size++; return true; }
        Node cur = root;
        while (true) {
            int cmp = key.compareTo(cur.key);
            if (cmp == 0) return false;
            Node next = cmp < 0 ? cur.left : cur.right;
            if (next == null) {
                if (cmp < 0) cur.left = new Node(key);
                else cur.right = new Node(key);
                size++;
                return true;
            }
            cur = next;
        }
    }

    boolean contains(K key) {
        Node cur = root;
        while (cur != null) {
            int cmp = key.compareTo(cur.key);
            if (cmp == 0) return true;
            cur = cmp < 0 ? cur.left : cur.right;
        }
        return false;
    }

    void delete(K key) { root = delete(root, key); }

    private Node delete(Node n, K key) {
        if (n == null) return null;
        int cmp = key.compareTo(n.key);
        if (cmp < 0) n.left = delete(n.left, key);
        else if (cmp > 0) n.right = delete(n.right, key);
        else {
            size--;
            if (n.left == null) return n.right;
            if (n.right == null) return n.left;
            Node succ = n.right;
            while (succ.left != null) succ = succ.left;
            n.key = succ.key;
            size++;
            n.right = delete(n.right, succ.key);
        }
        return n;
    }

    int height() { return height(root); }
    private int height(Node n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }

    void inOrder(Node n, List<K> out) {
        if (n == null) return;
        inOrder(n.left, out);
        out.add(n.key);
        inOrder(n.right, out);
    }

    void preOrder(Node n, StringBuilder out) {
        if (n == null) { out.append('.'); return; }
        out.append('(').append(n.key);
        preOrder(n.left, out);
        preOrder(n.right, out);
        out.append(')');
    }

    void range(Node n, K lo, K hi, List<K> out) {
        if (n == null) return;
        if (lo.compareTo(n.key) < 0) range(n.left, lo, hi, out);
        if (lo.compareTo(n.key) <= 0 && hi.compareTo(n.key) >= 0) out.add(n.key);
        if (hi.compareTo(n.key) > 0) range(n.right, lo, hi, out);
    }

    List<K> keys() {
        List<K> out = new ArrayList<>();
        inOrder(root, out);
        return out;
    }

    public static void main(String[] args) {
        BinarySearchTree<Integer> tree = new BinarySearchTree<>();
        for (int k : new int[] {50, 30, 70, 20, 40, 60, 80, 35, 45, 65}) tree.insert(k);
        StringBuilder sb = new StringBuilder();
        tree.preOrder(tree.root, sb);
        System.out.println(sb + " size " + tree.size + " height " + tree.height());
        System.out.println("insert duplicate " + tree.insert(40) + " contains 65 " + tree.contains(65) + " contains 66 " + tree.contains(66));
        tree.delete(30);
        tree.delete(50);
        tree.delete(99);
        sb.setLength(0);
        tree.preOrder(tree.root, sb);
        System.out.println("after deletes " + sb + " keys " + tree.keys() + " size " + tree.size);
        List<Integer> inRange = new ArrayList<>();
        tree.range(tree.root, 36, 66, inRange);
        System.out.println("range [36,66] " + inRange);
        BinarySearchTree<String> words = new BinarySearchTree<>();
        for (String w : new String[] {"mango", "apple", "zebra", "kiwi", "banana", "cherry", "apple"}) words.insert(w);
        System.out.println("words " + words.keys() + " height " + words.height());
        BinarySearchTree<Integer> random = new BinarySearchTree<>();
        Random r = new Random(77);
        for (int i = 0; i < 2000; i++) random.insert(r.nextInt(20000));
        System.out.println("random tree size " + random.size + " height " + random.height());
        for (int i = 0; i < 20000; i += 3) random.delete(i);
        List<Integer> keys = random.keys();
        boolean sorted = true;
        for (int i = 1; i < keys.size(); i++) sorted &= keys.get(i - 1) < keys.get(i);
        System.out.println("after deleting multiples of 3: size " + random.size + " keys " + keys.size() + " sorted " + sorted);
    }
}
