import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

/** Copy-on-write lists and sets, concurrent linked queues/deques: snapshots and concurrent adds. */
public class CopyOnWriteCollections {
    public static void main(String[] args) throws InterruptedException {
        CopyOnWriteArrayList<Integer> list = new CopyOnWriteArrayList<>(List.of(1, 2, 3));
        Iterator<Integer> snapshot = list.iterator();
        list.add(4);
        list.add(0, 0);
        StringBuilder seen = new StringBuilder();
        while (snapshot.hasNext()) {
            seen.append(snapshot.next());
        }
        System.out.println("snapshot saw " + seen + ", list now " + list);
        for (Integer v : list) {
            if (v % 2 == 0) {
                list.remove(v);
            }
        }
        System.out.println("removed evens while iterating: " + list);
        try {
            list.iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator.remove -> UnsupportedOperationException");
        }
        System.out.println(list.addIfAbsent(3) + " " + list.addIfAbsent(5) + " " + list.addAllAbsent(List.of(5, 6, 7, 6)) + " " + list);
        list.set(1, 30);
        list.replaceAll(x -> x * 10);
        list.sort(null);
        System.out.println(list + " indexOf(300)=" + list.indexOf(300) + " lastIndexOf(70)=" + list.lastIndexOf(70)
                + " sub=" + list.subList(1, 3) + " hash=" + list.hashCode() + " equals=" + list.equals(new ArrayList<>(list)));
        try {
            list.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            list.add(10, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }

        CopyOnWriteArrayList<String> shared = new CopyOnWriteArrayList<>();
        CopyOnWriteArraySet<Integer> set = new CopyOnWriteArraySet<>();
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedDeque<Integer> deque = new ConcurrentLinkedDeque<>();
        Thread[] ts = new Thread[6];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (i % 20 == 0) {
                        shared.add(id + ":" + i);
                    }
                    set.add(i % 50);
                    queue.offer(id * 1000 + i);
                    if (i % 2 == 0) {
                        deque.addFirst(i);
                    } else {
                        deque.addLast(i);
                    }
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("shared size=" + shared.size() + " sorted first=" + new TreeSet<>(shared).first());
        System.out.println("set size=" + set.size() + " contains 49=" + set.contains(49) + " sorted=" + new TreeSet<>(set).headSet(5));
        long qsum = 0;
        int qn = 0;
        Integer v;
        while ((v = queue.poll()) != null) {
            qsum += v;
            qn++;
        }
        System.out.println("queue drained " + qn + " sum=" + qsum + " empty=" + queue.isEmpty());
        long evens = 0;
        for (Integer d : deque) {
            if (d % 2 == 0) {
                evens++;
            }
        }
        System.out.println("deque size=" + deque.size() + " evens=" + evens + " first even=" + (deque.peekFirst() % 2 == 0)
                + " last odd=" + (deque.peekLast() % 2 == 1));

        ConcurrentLinkedQueue<String> q = new ConcurrentLinkedQueue<>(List.of("a", "b", "c"));
        q.add("d");
        System.out.println(q + " peek=" + q.peek() + " poll=" + q.poll() + " remove(c)=" + q.remove("c") + " " + q + " size=" + q.size());
        ConcurrentLinkedDeque<String> d = new ConcurrentLinkedDeque<>();
        d.push("x");
        d.offerLast("y");
        d.addFirst("w");
        System.out.println(d + " pop=" + d.pop() + " pollLast=" + d.pollLast() + " " + d);
        Iterator<String> it = d.descendingIterator();
        System.out.println("descending has " + it.next());
        CopyOnWriteArraySet<String> words = new CopyOnWriteArraySet<>(List.of("b", "a", "b", "c"));
        System.out.println(words + " " + words.remove("a") + " " + words);
    }
}
