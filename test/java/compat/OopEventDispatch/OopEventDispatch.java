import java.util.ArrayList;
import java.util.Collections;
import java.util.EventListener;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Event dispatch in a GUI-less widget toolkit: typed listeners, anonymous and inner classes, bubbling, veto, and removal. */
public class OopEventDispatch {
    static class UiEvent extends EventObject {
        final String kind;
        boolean consumed;
        UiEvent(Object source, String kind) { super(source); this.kind = kind; }
        @Override public String toString() { return kind + "@" + getSource(); }
    }

    static final class ClickEvent extends UiEvent {
        final int x, y, clicks;
        ClickEvent(Object src, int x, int y, int clicks) { super(src, "click"); this.x = x; this.y = y; this.clicks = clicks; }
    }

    static final class KeyEvent extends UiEvent {
        final char key;
        KeyEvent(Object src, char key) { super(src, "key"); this.key = key; }
    }

    interface UiListener<E extends UiEvent> extends EventListener { void handle(E e); }

    static final class VetoException extends Exception {
        VetoException(String why) { super(why); }
    }

    interface ChangeVetoer { void check(String oldValue, String newValue) throws VetoException; }

    class Widget {
        final String name;
        final Widget parent;
        private final Map<Class<?>, List<UiListener<? extends UiEvent>>> listeners = new LinkedHashMap<>();

        Widget(String name, Widget parent) { this.name = name; this.parent = parent; }

        <E extends UiEvent> void on(Class<E> type, UiListener<? super E> l) {
            listeners.computeIfAbsent(type, k -> new CopyOnWriteArrayList<>()).add(wrap(l));
        }

        @SuppressWarnings("unchecked")
        private <E extends UiEvent> UiListener<E> wrap(UiListener<? super E> l) { return (UiListener<E>) l; }

        void off(Class<?> type) { listeners.remove(type); }

        @SuppressWarnings("unchecked")
        void dispatch(UiEvent e) {
            for (Widget w = this; w != null && !e.consumed; w = w.parent) {
                List<UiListener<? extends UiEvent>> ls = w.listeners.getOrDefault(e.getClass(), Collections.emptyList());
                for (UiListener<? extends UiEvent> l : ls) {
                    ((UiListener<UiEvent>) l).handle(e);
                    if (e.consumed) break;
                }
            }
            dispatched++;
        }

        @Override public String toString() { return name; }
    }

    final class TextField extends Widget {
        private String text = "";
        private final List<ChangeVetoer> vetoers = new ArrayList<>();
        TextField(String name, Widget parent) { super(name, parent); }

        void setText(String t) {
            try {
                for (ChangeVetoer v : vetoers) v.check(text, t);
                log.add(name + ": '" + text + "' -> '" + t + "'");
                text = t;
            } catch (VetoException ex) {
                log.add(name + ": vetoed '" + t + "' (" + ex.getMessage() + ")");
            }
        }
    }

    final List<String> log = new ArrayList<>();
    int dispatched;

    void run() {
        Widget window = new Widget("window", null);
        Widget panel = new Widget("panel", window);
        Widget button = new Widget("okButton", panel);
        TextField field = new TextField("nameField", panel);

        window.on(ClickEvent.class, e -> log.add("window saw " + e + " at " + e.x + "," + e.y));
        panel.on(ClickEvent.class, new UiListener<UiEvent>() {
            private int count;
            @Override public void handle(UiEvent e) {
                count++;
                log.add("panel generic listener #" + count + " got " + e);
            }
        });
        button.on(ClickEvent.class, e -> {
            log.add("button clicked " + e.clicks + "x");
            if (e.clicks > 1) { e.consumed = true; log.add("double click consumed"); }
        });
        class KeyCounter implements UiListener<KeyEvent> {
            final StringBuilder typed = new StringBuilder();
            public void handle(KeyEvent e) {
                if (e.key == '\b') { if (typed.length() > 0) typed.deleteCharAt(typed.length() - 1); }
                else typed.append(e.key);
                field.setText(typed.toString());
            }
        }
        KeyCounter counter = new KeyCounter();
        field.on(KeyEvent.class, counter);
        field.vetoers.add((o, n) -> { if (n.length() > 6) throw new VetoException("max 6 characters"); });
        field.vetoers.add(new ChangeVetoer() {
            public void check(String o, String n) throws VetoException {
                for (char c : n.toCharArray()) if (Character.isDigit(c)) throw new VetoException("digit '" + c + "' not allowed");
            }
        });
        Consumer<UiEvent> send = e -> ((Widget) e.getSource()).dispatch(e);
        send.accept(new ClickEvent(button, 10, 20, 1));
        send.accept(new ClickEvent(button, 11, 21, 2));
        send.accept(new ClickEvent(panel, 5, 5, 1));
        for (char c : "Ada L9x\bovelace".toCharArray()) send.accept(new KeyEvent(field, c));
        button.off(ClickEvent.class);
        send.accept(new ClickEvent(button, 0, 0, 3));
        send.accept(new KeyEvent(button, 'q'));
        log.forEach(System.out::println);
        System.out.println(dispatched + " events dispatched, field text '" + field.text + "', typed '" + counter.typed + "'");
    }

    public static void main(String[] args) {
        new OopEventDispatch().run();
        EventObject plain = new EventObject("server");
        System.out.println(plain + " / " + new UiEvent(plain, "wrapped").getSource());
        try {
            new ClickEvent(null, 0, 0, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("no source: " + e.getMessage());
        }
        System.out.println(plain instanceof java.io.Serializable);
    }
}
