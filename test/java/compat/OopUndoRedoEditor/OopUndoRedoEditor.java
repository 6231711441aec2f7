import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A line editor with the command pattern: insert/delete/replace/macro commands, undo/redo stacks, and a change journal. */
public class OopUndoRedoEditor {
    interface Command {
        void apply(StringBuilder doc);
        void revert(StringBuilder doc);
        String label();
    }

    record Insert(int at, String text) implements Command {
        public void apply(StringBuilder d) { d.insert(at, text); }
        public void revert(StringBuilder d) { d.delete(at, at + text.length()); }
        public String label() { return "insert '" + text + "' at " + at; }
    }

    static final class Delete implements Command {
        final int from, to;
        String removed;
        Delete(int from, int to) { this.from = from; this.to = to; }
        public void apply(StringBuilder d) { removed = d.substring(from, to); d.delete(from, to); }
        public void revert(StringBuilder d) { d.insert(from, removed); }
        public String label() { return "delete [" + from + "," + to + ")" + (removed == null ? "" : " '" + removed + "'"); }
    }

    static final class ReplaceAll implements Command {
        final String target, replacement;
        final List<Integer> positions = new ArrayList<>();
        ReplaceAll(String target, String replacement) { this.target = target; this.replacement = replacement; }
        public void apply(StringBuilder d) {
            positions.clear();
            int i = d.indexOf(target);
            while (i >= 0) {
                d.replace(i, i + target.length(), replacement);
                positions.add(i);
                i = d.indexOf(target, i + replacement.length());
            }
        }
        public void revert(StringBuilder d) {
            for (int k = positions.size() - 1; k >= 0; k--) {
                int i = positions.get(k);
                d.replace(i, i + replacement.length(), target);
            }
        }
        public String label() { return "replace '" + target + "' -> '" + replacement + "' (" + positions.size() + "x)"; }
    }

    record Macro(String name, List<Command> steps) implements Command {
        public void apply(StringBuilder d) { for (Command c : steps) c.apply(d); }
        public void revert(StringBuilder d) { for (int i = steps.size() - 1; i >= 0; i--) steps.get(i).revert(d); }
        public String label() { return "macro " + name + " of " + steps.size(); }
    }

    final StringBuilder doc = new StringBuilder();
    final Deque<Command> undo = new ArrayDeque<>(), redo = new ArrayDeque<>();
    final List<String> journal = new ArrayList<>();
    static final int HISTORY = 5;

    void run(Command c) {
        try {
            c.apply(doc);
        } catch (StringIndexOutOfBoundsException e) {
            journal.add("failed " + c.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        undo.push(c);
        if (undo.size() > HISTORY) journal.add("forgot " + undo.removeLast().label());
        redo.clear();
        journal.add("did " + c.label() + " => \"" + doc + "\"");
    }

    void undo() {
        Command c = undo.poll();
        if (c == null) { journal.add("nothing to undo"); return; }
        c.revert(doc);
        redo.push(c);
        journal.add("undid " + c.label() + " => \"" + doc + "\"");
    }

    void redo() {
        if (redo.isEmpty()) { journal.add("nothing to redo"); return; }
        Command c = redo.pop();
        c.apply(doc);
        undo.push(c);
        journal.add("redid " + c.label() + " => \"" + doc + "\"");
    }

    public static void main(String[] args) {
        OopUndoRedoEditor ed = new OopUndoRedoEditor();
        ed.run(new Insert(0, "hello world"));
        ed.run(new Insert(5, ","));
        ed.run(new Insert(ed.doc.length(), "! hello again"));
        ed.run(new ReplaceAll("hello", "goodbye"));
        ed.undo();
        ed.undo();
        ed.redo();
        ed.run(new Delete(0, 6));
        ed.redo();
        ed.run(new Delete(3, 99));
        ed.run(new Insert(-1, "x"));
        ed.run(new Macro("shout", List.of(new ReplaceAll("o", "0"), new Insert(0, ">> "), new ReplaceAll("l", "L"))));
        ed.run(new ReplaceAll("zzz", "y"));
        ed.run(new Insert(3, "[tag]"));
        for (int i = 0; i < 7; i++) ed.undo();
        for (int i = 0; i < 3; i++) ed.redo();
        ed.journal.forEach(System.out::println);
        StringBuilder sb = new StringBuilder("racecar level");
        sb.reverse().setCharAt(0, 'L');
        sb.insert(0, 42).insert(2, '-').insert(3, 1.5).insert(0, true).append(new char[] {'!', '?'}).deleteCharAt(4);
        System.out.println(sb + " len=" + sb.length() + " idx=" + sb.indexOf("e") + "," + sb.lastIndexOf("e") + " char=" + sb.charAt(5) + " sub=" + sb.substring(9, 13));
        sb.setLength(4);
        System.out.println(sb + "|" + sb.compareTo(new StringBuilder("true")) + "|" + String.valueOf(new char[] {'a', 'b'}, 1, 1) + "|" + "abc".contentEquals(new StringBuilder("abc")));
    }
}
