import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Queue;

/** ArrayDeque as stack and queue, LinkedList as list and deque, and PriorityQueue ordering in a task scheduler. */
public class QueuesAndDeques {
    record Task(String name, int priority, int seq) {}

    static boolean balanced(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> stack.push(c);
                case ')' -> { if (stack.isEmpty() || stack.pop() != '(') return false; }
                case ']' -> { if (stack.isEmpty() || stack.pop() != '[') return false; }
                case '}' -> { if (stack.isEmpty() || stack.pop() != '{') return false; }
                default -> { }
            }
        }
        return stack.isEmpty();
    }

    public static void main(String[] args) {
        for (String s : new String[] {"([]{()})", "([)]", "((", "", "{[()()]}"}) System.out.println("'" + s + "' balanced: " + balanced(s));
        Deque<Integer> deque = new ArrayDeque<>();
        for (int i = 1; i <= 5; i++) {
            if (i % 2 == 0) deque.addFirst(i);
            else deque.addLast(i);
        }
        System.out.println("deque " + deque + " peekFirst " + deque.peekFirst() + " peekLast " + deque.peekLast());
        System.out.println("pollFirst " + deque.pollFirst() + " pollLast " + deque.pollLast() + " pop " + deque.pop() + " now " + deque);
        StringBuilder desc = new StringBuilder();
        for (Iterator<Integer> it = deque.descendingIterator(); it.hasNext(); ) desc.append(it.next()).append(' ');
        System.out.println("descending " + desc.toString().trim());
        deque.clear();
        System.out.println("empty poll " + deque.poll() + " peek " + deque.peek());
        try {
            deque.removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println("removeFirst on empty: " + e.getClass().getSimpleName());
        }
        try {
            deque.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque rejects null");
        }
        Queue<String> fifo = new ArrayDeque<>();
        for (String s : new String[] {"first", "second", "third"}) fifo.offer(s);
        System.out.println("fifo " + fifo.poll() + " " + fifo.remove() + " " + fifo.element() + " size " + fifo.size());
        LinkedList<String> linked = new LinkedList<>();
        linked.add("b");
        linked.addFirst("a");
        linked.addLast("c");
        linked.add(1, "a2");
        linked.add(null);
        System.out.println("linked " + linked + " get(2) " + linked.get(2) + " indexOf c " + linked.indexOf("c") + " removeLast " + linked.removeLast() + " removeFirstOccurrence " + linked.removeFirstOccurrence("b"));
        System.out.println("linked now " + linked + " getFirst " + linked.getFirst() + " getLast " + linked.getLast());
        PriorityQueue<Task> scheduler = new PriorityQueue<>((x, y) -> x.priority() != y.priority() ? Integer.compare(y.priority(), x.priority()) : Integer.compare(x.seq(), y.seq()));
        String[] names = {"backup", "email", "deploy", "alert", "cleanup", "report", "page"};
        int[] prios = {1, 2, 5, 9, 1, 2, 9};
        for (int i = 0; i < names.length; i++) scheduler.add(new Task(names[i], prios[i], i));
        System.out.println("peek " + scheduler.peek().name() + " size " + scheduler.size());
        StringBuilder order = new StringBuilder();
        while (!scheduler.isEmpty()) order.append(scheduler.poll().name()).append(' ');
        System.out.println("run order " + order.toString().trim());
        PriorityQueue<Integer> minHeap = new PriorityQueue<>();
        for (int v : new int[] {42, 7, 19, 7, -3, 100, 0}) minHeap.offer(v);
        StringBuilder heapOrder = new StringBuilder();
        while (!minHeap.isEmpty()) heapOrder.append(minHeap.poll()).append(' ');
        System.out.println("min-heap " + heapOrder.toString().trim());
        PriorityQueue<Integer> topK = new PriorityQueue<>();
        for (int i = 0; i < 1000; i++) {
            topK.offer((i * 7919) % 1009);
            if (topK.size() > 5) topK.poll();
        }
        StringBuilder top = new StringBuilder();
        while (!topK.isEmpty()) top.append(topK.poll()).append(' ');
        System.out.println("top 5 " + top.toString().trim());
    }
}
