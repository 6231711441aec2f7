/** Instance creation order: field initializers, initializer blocks, constructor chaining and overridable calls from a super constructor. */
public class InstanceInitOrder {
    static StringBuilder log = new StringBuilder();

    static String note(String s) {
        log.append(s).append(" | ");
        return s;
    }

    static class Widget {
        String name = note("Widget.name");
        { note("Widget{}"); }

        Widget() {
            this("default");
            note("Widget()");
        }

        Widget(String label) {
            note("Widget(" + label + ")");
            describe();
        }

        void describe() { note("Widget.describe"); }
    }

    static class Button extends Widget {
        String text = note("Button.text");
        int clicks = 3;
        { note("Button{} clicks=" + clicks); }

        Button() {
            super("button");
            note("Button()");
        }

        Button(int clicks) {
            note("Button(int)");
            this.clicks = clicks;
        }

        @Override
        void describe() { note("Button.describe text=" + text + " clicks=" + clicks); }
    }

    static class Counter {
        static int created;
        final int id = ++created;
        final long stamp;
        Counter() { stamp = id * 1000L; }
    }

    static String flush() {
        String s = log.toString();
        log.setLength(0);
        return s;
    }

    public static void main(String[] args) {
        new Widget();
        System.out.println(flush());
        new Button();
        System.out.println(flush());
        Button b = new Button(9);
        System.out.println(flush());
        System.out.println("clicks " + b.clicks + " text " + b.text + " name " + b.name);
        Counter c1 = new Counter(), c2 = new Counter(), c3 = new Counter();
        System.out.println("counters " + c1.id + " " + c2.id + " " + c3.stamp + " created " + Counter.created);
    }
}
