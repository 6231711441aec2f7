// stdin: meetings.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.StringTokenizer;
import java.util.TreeMap;

/** Meeting-room scheduling: merge busy times, maximum non-overlapping set, rooms needed and free slots. */
public class PuzzleIntervals {
    record Meeting(String title, int start, int end) {
        Meeting {
            if (end <= start) throw new IllegalArgumentException("meeting " + title + " ends before it starts");
        }
        static String clock(int m) { return (m / 60 < 10 ? "0" : "") + m / 60 + ":" + (m % 60 < 10 ? "0" : "") + m % 60; }
        @Override public String toString() { return title + "[" + clock(start) + "-" + clock(end) + "]"; }
    }

    static int parseClock(String s) {
        int colon = s.indexOf(':');
        return Integer.parseInt(s.substring(0, colon)) * 60 + Integer.parseInt(s.substring(colon + 1));
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<Meeting> meetings = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            StringTokenizer st = new StringTokenizer(line);
            if (st.countTokens() != 3) continue;
            try {
                meetings.add(new Meeting(st.nextToken(), parseClock(st.nextToken()), parseClock(st.nextToken())));
            } catch (IllegalArgumentException e) {
                System.out.println("skipped: " + e.getMessage());
            }
        }
        meetings.sort(Comparator.comparingInt(Meeting::start).thenComparingInt(Meeting::end));
        System.out.println("meetings: " + meetings);

        List<int[]> merged = new ArrayList<>();
        for (Meeting m : meetings) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] >= m.start()) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], m.end());
            } else merged.add(new int[] {m.start(), m.end()});
        }
        StringBuilder busy = new StringBuilder();
        for (int[] b : merged) busy.append(' ').append(Meeting.clock(b[0])).append('-').append(Meeting.clock(b[1]));
        System.out.println("busy:" + busy);
        StringBuilder free = new StringBuilder();
        int cursor = parseClock("08:00");
        for (int[] b : merged) {
            if (b[0] > cursor) free.append(' ').append(Meeting.clock(cursor)).append('-').append(Meeting.clock(b[0]));
            cursor = Math.max(cursor, b[1]);
        }
        if (cursor < parseClock("18:00")) free.append(' ').append(Meeting.clock(cursor)).append("-18:00");
        System.out.println("free:" + free);

        List<Meeting> byEnd = new ArrayList<>(meetings);
        byEnd.sort(Comparator.comparingInt(Meeting::end).thenComparing(Meeting::title));
        List<Meeting> chosen = new ArrayList<>();
        int lastEnd = Integer.MIN_VALUE;
        for (Meeting m : byEnd) if (m.start() >= lastEnd) { chosen.add(m); lastEnd = m.end(); }
        System.out.println("max attendable (" + chosen.size() + "): " + chosen);

        PriorityQueue<int[]> rooms = new PriorityQueue<>(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
        TreeMap<Integer, List<String>> assignment = new TreeMap<>();
        int roomCount = 0;
        for (Meeting m : meetings) {
            int room;
            if (!rooms.isEmpty() && rooms.peek()[0] <= m.start()) room = rooms.poll()[1];
            else room = ++roomCount;
            rooms.add(new int[] {m.end(), room});
            assignment.computeIfAbsent(room, k -> new ArrayList<>()).add(m.title());
        }
        System.out.println("rooms needed: " + roomCount);
        assignment.forEach((r, ts) -> System.out.println("  room " + r + ": " + ts));
        int total = meetings.stream().mapToInt(m -> m.end() - m.start()).sum();
        System.out.println("total meeting minutes " + total + ", average " + (double) total / meetings.size());
    }
}
