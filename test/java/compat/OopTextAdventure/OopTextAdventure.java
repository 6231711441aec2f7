// stdin: walkthrough.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.TreeSet;

/** A text adventure driven by commands on stdin: rooms with exits, items, locked doors, a scoring system and command parsing. */
public class OopTextAdventure {
    enum Dir {
        NORTH, SOUTH, EAST, WEST, UP, DOWN;
        Dir opposite() {
            return switch (this) { case NORTH -> SOUTH; case SOUTH -> NORTH; case EAST -> WEST; case WEST -> EAST; case UP -> DOWN; case DOWN -> UP; };
        }
        static Dir parse(String s) {
            for (Dir d : values()) if (d.name().toLowerCase().startsWith(s) && !s.isEmpty()) return d;
            throw new IllegalArgumentException("'" + s + "' is not a direction");
        }
    }

    static final class Room {
        final String name, description;
        final Map<Dir, Room> exits = new EnumMap<>(Dir.class);
        final TreeSet<String> items = new TreeSet<>();
        String lockedBy;
        Dir lockedDir;
        boolean visited;
        Room(String name, String description) { this.name = name; this.description = description; }
        void connect(Dir d, Room other) { exits.put(d, other); other.exits.put(d.opposite(), this); }
    }

    final Map<String, Room> rooms = new LinkedHashMap<>();
    final List<String> inventory = new ArrayList<>();
    Room here;
    int score, moves;
    boolean over;

    Room room(String name, String desc, String... items) {
        Room r = new Room(name, desc);
        for (String i : items) r.items.add(i);
        rooms.put(name, r);
        return r;
    }

    OopTextAdventure() {
        Room hall = room("Hall", "A dusty entrance hall.", "lamp");
        Room library = room("Library", "Shelves of mouldy books.", "book", "key");
        Room kitchen = room("Kitchen", "Pots hang from the ceiling.", "bread");
        Room cellar = room("Cellar", "Cold and dark. Something glitters.", "treasure");
        Room tower = room("Tower", "Wind howls through the arrow slits.", "map");
        hall.connect(Dir.NORTH, library);
        hall.connect(Dir.EAST, kitchen);
        kitchen.connect(Dir.DOWN, cellar);
        library.connect(Dir.UP, tower);
        kitchen.lockedBy = "key";
        kitchen.lockedDir = Dir.DOWN;
        here = hall;
    }

    String look() {
        StringBuilder sb = new StringBuilder(here.name + ": " + here.description);
        if (!here.items.isEmpty()) sb.append(" You see: ").append(String.join(", ", here.items)).append('.');
        sb.append(" Exits: ").append(here.exits.keySet().toString().toLowerCase());
        return sb.toString();
    }

    String execute(String line) {
        StringTokenizer st = new StringTokenizer(line.toLowerCase());
        if (!st.hasMoreTokens()) return "Say something.";
        String verb = st.nextToken();
        String obj = st.hasMoreTokens() ? st.nextToken() : "";
        moves++;
        switch (verb) {
            case "look", "l": return look();
            case "go", "walk": {
                Dir d = Dir.parse(obj);
                Room next = here.exits.get(d);
                if (next == null) return "You can't go " + d.name().toLowerCase() + " from the " + here.name + ".";
                if (d == here.lockedDir && here.lockedBy != null) return "The way " + d.name().toLowerCase() + " is locked.";
                here = next;
                if (!here.visited) { here.visited = true; score += 5; }
                return look();
            }
            case "take", "get": {
                if (!here.items.remove(obj)) return "There is no " + (obj.isEmpty() ? "such thing" : obj) + " here.";
                inventory.add(obj);
                if (obj.equals("treasure")) score += 50;
                return "Taken: " + obj + ".";
            }
            case "drop": {
                if (!inventory.remove(obj)) return "You don't have " + obj + ".";
                here.items.add(obj);
                return "Dropped.";
            }
            case "unlock": {
                if (here.lockedBy == null) return "Nothing to unlock here.";
                if (!inventory.contains(here.lockedBy)) return "You need the " + here.lockedBy + ".";
                here.lockedBy = null;
                score += 10;
                return "Click. The way " + here.lockedDir.name().toLowerCase() + " is open.";
            }
            case "inventory", "i": return inventory.isEmpty() ? "You carry nothing." : "You carry: " + inventory + ".";
            case "read": return inventory.contains(obj) && obj.equals("map") ? "The map shows a cellar below the kitchen." : "You can't read that.";
            case "quit": over = true; return "Bye.";
            default: moves--; return "I don't know how to '" + verb + "'.";
        }
    }

    public static void main(String[] args) throws IOException {
        OopTextAdventure game = new OopTextAdventure();
        game.here.visited = true;
        System.out.println(game.look());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while (!game.over && (line = in.readLine()) != null) {
            System.out.println("> " + line);
            try {
                System.out.println(game.execute(line));
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
        long visited = game.rooms.values().stream().filter(r -> r.visited).count();
        System.out.println("Score " + game.score + " in " + game.moves + " moves; visited " + visited + "/" + game.rooms.size() + " rooms; carrying " + game.inventory);
    }
}
