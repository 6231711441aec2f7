import java.util.Iterator;
import java.util.NoSuchElementException;

/** A hand-written generic singly linked list: add/remove, reverse in place, middle, cycle detection, merge of sorted lists. */
public class SinglyLinkedList<T> implements Iterable<T> {
    static final class Node<T> {
        T value;
        Node<T> next;
        Node(T value, Node<T> next) { this.value = value; this.next = next; }
    }

    Node<T> head;
    int size;

    void addFirst(T v) { head = new Node<>(v, head); size++; }

    void addLast(T v) {
        Node<T> n = new Node<>(v, null);
        if (head == null) head = n;
        else {
            Node<T> cur = head;
            while (cur.next != null) cur = cur.next;
            cur.next = n;
        }
        size++;
    }

    boolean remove(T v) {
        Node<T> dummy = new Node<>(null, head);
        for (Node<T> cur = dummy; cur.next != null; cur = cur.next) {
            if (cur.next.value.equals(v)) {
                cur.next = cur.next.next;
                head = dummy.next;
                size--;
                return true;
            }
        }
        return false;
    }

    void reverse() {
        Node<T> prev = null, cur = head;
        while (cur != null) {
            Node<T> next = cur.next;
            cur.next = prev;
            prev = cur;
            cur = next;
        }
        head = prev;
    }

    T middle() {
        Node<T> slow = head, fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
        }
        if (slow == null) throw new NoSuchElementException("empty list");
        return slow.value;
    }

    static <T> boolean hasCycle(Node<T> head) {
        Node<T> slow = head, fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) return true;
        }
        return false;
    }

    static SinglyLinkedList<Integer> mergeSorted(SinglyLinkedList<Integer> a, SinglyLinkedList<Integer> b) {
        SinglyLinkedList<Integer> out = new SinglyLinkedList<>();
        Node<Integer> x = a.head, y = b.head;
        while (x != null || y != null) {
            if (y == null || (x != null && x.value <= y.value)) { out.addLast(x.value); x = x.next; }
            else { out.addLast(y.value); y = y.next; }
        }
        return out;
    }

    public Iterator<T> iterator() {
        return new Iterator<T>() {
            Node<T> cur = head;
            public boolean hasNext() { return cur != null; }
            public T next() {
                if (cur == null) throw new NoSuchElementException();
                T v = cur.value;
                cur = cur.next;
                return v;
            }
        };
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (T t : this) sb.append(sb.length() > 1 ? " -> " : "").append(t);
        return sb.append("] (").append(size).append(')').toString();
    }

    public static void main(String[] args) {
        SinglyLinkedList<String> list = new SinglyLinkedList<>();
        for (String s : new String[] {"b", "c", "d"}) list.addLast(s);
        list.addFirst("a");
        list.addLast("e");
        System.out.println(list + " middle " + list.middle());
        list.reverse();
        System.out.println("reversed " + list);
        System.out.println("remove c " + list.remove("c") + " remove z " + list.remove("z") + " remove e " + list.remove("e") + " -> " + list);
        SinglyLinkedList<Integer> odds = new SinglyLinkedList<>(), evens = new SinglyLinkedList<>();
        for (int i = 1; i < 12; i += 2) odds.addLast(i);
        for (int i = 0; i < 15; i += 4) evens.addLast(i);
        System.out.println("merged " + mergeSorted(odds, evens));
        System.out.println("cycle " + hasCycle(odds.head));
        Node<Integer> tail = odds.head;
        while (tail.next != null) tail = tail.next;
        tail.next = odds.head.next.next;
        System.out.println("cycle after linking tail " + hasCycle(odds.head));
        try {
            new SinglyLinkedList<Integer>().middle();
        } catch (NoSuchElementException e) {
            System.out.println("middle of empty: " + e.getMessage());
        }
        SinglyLinkedList<Integer> big = new SinglyLinkedList<>();
        for (int i = 0; i < 10000; i++) big.addFirst(i);
        big.reverse();
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println("big list head " + big.head.value + " middle " + big.middle() + " sum " + sum);
    }
}
