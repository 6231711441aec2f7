import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** A vending machine as a state machine: enum states with abstract behaviour, EnumMap transition table, coin handling. */
public class OopVendingStateMachine {
    enum Coin {
        NICKEL(5), DIME(10), QUARTER(25), DOLLAR(100);
        final int cents;
        Coin(int cents) { this.cents = cents; }
    }

    enum Event { COIN, SELECT, CANCEL, SERVICE, RESTOCK }

    enum State {
        IDLE {
            State on(Machine m, Event e, String arg) {
                return switch (e) {
                    case COIN -> { m.insert(Coin.valueOf(arg)); yield HAS_MONEY; }
                    case SERVICE -> MAINTENANCE;
                    case SELECT -> { m.say("insert coins first"); yield this; }
                    default -> ignore(m, e);
                };
            }
        },
        HAS_MONEY {
            State on(Machine m, Event e, String arg) {
                switch (e) {
                    case COIN: m.insert(Coin.valueOf(arg)); return this;
                    case CANCEL: m.refund(); return IDLE;
                    case SELECT: return m.vend(arg) ? (m.credit > 0 ? this : IDLE) : this;
                    default: return ignore(m, e);
                }
            }
        },
        MAINTENANCE {
            State on(Machine m, Event e, String arg) {
                if (e == Event.RESTOCK) { m.restock(arg); return this; }
                if (e == Event.SERVICE) return IDLE;
                return ignore(m, e);
            }
            @Override boolean acceptsCoins() { return false; }
        };

        abstract State on(Machine m, Event e, String arg);

        boolean acceptsCoins() { return true; }

        State ignore(Machine m, Event e) {
            m.say(e + " ignored in " + this);
            return this;
        }
    }

    static final class Machine {
        State state = State.IDLE;
        int credit;
        final Map<String, int[]> slots = new java.util.TreeMap<>();
        final Map<Coin, Integer> coinBox = new EnumMap<>(Coin.class);
        final List<String> display = new ArrayList<>();
        final Map<State, Integer> visits = new EnumMap<>(State.class);

        void say(String s) { display.add("  [" + state + "] " + s); }

        void insert(Coin c) {
            credit += c.cents;
            coinBox.merge(c, 1, Integer::sum);
            say("credit " + credit);
        }

        void refund() {
            say("refund " + change(credit));
            credit = 0;
        }

        String change(int cents) {
            StringBuilder sb = new StringBuilder();
            Coin[] coins = Coin.values();
            for (int i = coins.length - 1; i >= 0; i--) {
                int n = cents / coins[i].cents;
                if (n > 0) { sb.append(n).append('x').append(coins[i]).append(' '); cents %= coins[i].cents; }
            }
            return sb.length() == 0 ? "nothing" : sb.toString().trim();
        }

        boolean vend(String item) {
            int[] slot = slots.get(item);
            if (slot == null) { say("no such item " + item); return false; }
            if (slot[1] == 0) { say(item + " sold out"); return false; }
            if (credit < slot[0]) { say(item + " costs " + slot[0] + ", credit " + credit); return false; }
            slot[1]--;
            credit -= slot[0];
            say("vend " + item + ", change " + change(credit));
            credit = 0;
            return true;
        }

        void restock(String spec) {
            int colon = spec.indexOf(':'), at = spec.indexOf('@');
            String item = spec.substring(0, colon);
            int count = Integer.parseInt(spec.substring(colon + 1, at)), price = Integer.parseInt(spec.substring(at + 1));
            slots.merge(item, new int[] {price, count}, (old, add) -> new int[] {add[0], old[1] + add[1]});
            say("restocked " + item + " -> " + slots.get(item)[1] + " @" + price);
        }

        void fire(Event e, String arg) {
            State before = state;
            try {
                state = state.on(this, e, arg);
            } catch (IllegalArgumentException ex) {
                say("rejected: " + ex.getMessage());
            }
            visits.merge(state, 1, Integer::sum);
            if (before != state) display.add(before + " -> " + state + " on " + e);
        }
    }

    public static void main(String[] args) {
        Machine m = new Machine();
        String[][] script = {
            {"SELECT", "cola"}, {"SERVICE", ""}, {"RESTOCK", "cola:2@125"}, {"RESTOCK", "chips:1@65"}, {"RESTOCK", "gum:5@35"},
            {"COIN", "QUARTER"}, {"SERVICE", ""}, {"COIN", "DOLLAR"}, {"COIN", "PENNY"}, {"SELECT", "cola"},
            {"COIN", "QUARTER"}, {"COIN", "QUARTER"}, {"COIN", "DIME"}, {"SELECT", "chips"}, {"COIN", "DOLLAR"},
            {"SELECT", "chips"}, {"SELECT", "candy"}, {"CANCEL", ""}, {"COIN", "DOLLAR"}, {"COIN", "DOLLAR"},
            {"SELECT", "cola"}, {"COIN", "NICKEL"}, {"COIN", "DIME"}, {"COIN", "DIME"}, {"SELECT", "gum"}, {"CANCEL", ""},
        };
        for (String[] step : script) m.fire(Event.valueOf(step[0]), step[1]);
        m.display.forEach(System.out::println);
        System.out.println("coin box " + m.coinBox + ", slots " + m.slots.keySet() + ", visits " + m.visits);
        EnumSet<State> coinStates = EnumSet.noneOf(State.class);
        for (State s : State.values()) if (s.acceptsCoins()) coinStates.add(s);
        System.out.println("accept coins in " + coinStates + ", not in " + EnumSet.complementOf(coinStates));
        System.out.println("ordinal/compare: " + State.MAINTENANCE.ordinal() + " " + State.IDLE.compareTo(State.HAS_MONEY) + " " + State.valueOf("IDLE").name()
            + " class " + State.MAINTENANCE.getDeclaringClass().getSimpleName() + " " + (State.MAINTENANCE.getClass() != State.class));
        System.out.println("ranges " + EnumSet.range(Coin.DIME, Coin.DOLLAR) + " " + EnumSet.allOf(Event.class));
        try { Event.valueOf("KICK"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
