// stdin: config.properties
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds "prefix.name = value" lines to the fields of a settings object by reflection, converting
 * each value by the field's declared (generic) type, the way small frameworks do.
 */
public class ReflectiveConfigLoader {
    enum Level { DEBUG, INFO, WARN, ERROR }

    static class BaseSettings {
        public static int instances;
        protected String nickname = "anonymous";
        public final long id = 1;
        BaseSettings() {
            instances++;
        }
    }

    static class ServerSettings extends BaseSettings {
        public static final String VERSION = "1.0";
        private String host = "localhost";
        private int port = 8080;
        short backlog = 50;
        long timeoutMillis = 30_000;
        double ratio = 0.5;
        float weight = 1f;
        boolean debug;
        char separator = ',';
        Level level = Level.INFO;
        List<String> tags = new ArrayList<>();
        byte retries = 3;
        int[] limits;
        transient int loads;
    }

    static class Registry {
        static { System.out.println("[Registry initialized]"); }
        public static int loaded = 0;
    }

    static Object convert(Field f, String raw) {
        Class<?> t = f.getType();
        if (t == String.class) return raw;
        if (t == int.class) return Integer.parseInt(raw);
        if (t == long.class) return Long.parseLong(raw);
        if (t == short.class) return Short.parseShort(raw);
        if (t == byte.class) return Byte.parseByte(raw);
        if (t == double.class) return Double.parseDouble(raw);
        if (t == float.class) return Float.parseFloat(raw);
        if (t == boolean.class) return Boolean.parseBoolean(raw);
        if (t == char.class) return raw.charAt(0);
        if (t.isEnum()) {
            for (Object c : t.getEnumConstants()) if (((Enum<?>) c).name().equals(raw)) return c;
            throw new IllegalArgumentException("no constant " + raw + " in " + t.getSimpleName());
        }
        if (t == List.class) {
            Type g = f.getGenericType();
            Type arg = ((ParameterizedType) g).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (String part : raw.split(",")) out.add(arg == Integer.class ? Integer.valueOf(part.trim()) : part.trim());
            return out;
        }
        return raw; // let Field.set report the mismatch
    }

    static Field find(Class<?> c, String name) throws NoSuchFieldException {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                return k.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        Map<String, String> props = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            props.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }

        ServerSettings s = new ServerSettings();
        System.out.println("== schema of " + ServerSettings.class.getSimpleName());
        for (Field f : ServerSettings.class.getDeclaredFields()) {
            System.out.printf("%-40s %s%n", f, f.getGenericType().getTypeName());
        }
        System.out.println("public fields: " + ServerSettings.class.getFields().length);
        for (Field f : ServerSettings.class.getFields()) System.out.println("  " + f.getName() + " from " + f.getDeclaringClass().getSimpleName());

        System.out.println("== binding");
        int bound = 0;
        for (Map.Entry<String, String> e : props.entrySet()) {
            String name = e.getKey().substring("server.".length());
            try {
                Field f = find(ServerSettings.class, name);
                if (Modifier.isTransient(f.getModifiers())) continue;
                f.setAccessible(!Modifier.isFinal(f.getModifiers()) || name.equals("id"));
                f.set(s, convert(f, e.getValue()));
                bound++;
            } catch (NoSuchFieldException ex) {
                System.out.println("unknown key " + e.getKey() + " (" + ex.getMessage() + ")");
            } catch (NumberFormatException ex) {
                System.out.println("bad number for " + name + ": " + ex.getMessage());
            } catch (IllegalArgumentException | IllegalAccessException ex) {
                System.out.println("cannot bind " + name + ": " + ex);
            }
        }
        System.out.println("bound " + bound + " of " + props.size());

        System.out.println("== effective settings");
        for (Class<?> k = ServerSettings.class; k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                Object v = f.get(Modifier.isStatic(f.getModifiers()) ? null : s);
                if (v instanceof int[]) v = java.util.Arrays.toString((int[]) v);
                System.out.println("  " + Modifier.toString(f.getModifiers()) + (f.getModifiers() == 0 ? "" : " ") + f.getName() + " = " + v);
            }
        }

        System.out.println("== typed access");
        Field port = find(ServerSettings.class, "port");
        Field backlog = find(ServerSettings.class, "backlog");
        Field sep = find(ServerSettings.class, "separator");
        System.out.println("port as long: " + port.getLong(s) + ", as double: " + port.getDouble(s));
        System.out.println("backlog as int: " + backlog.getInt(s) + ", separator as int: " + sep.getInt(s));
        port.setInt(s, port.getInt(s) + 1);
        backlog.setByte(s, (byte) 7);
        find(ServerSettings.class, "ratio").setFloat(s, 0.25f);
        find(ServerSettings.class, "timeoutMillis").setChar(s, 'A');
        System.out.println("after: port=" + s.port + " backlog=" + s.backlog + " ratio=" + s.ratio + " timeout=" + s.timeoutMillis);
        String[] attempts = {"getShort:port", "getChar:backlog", "setLong:port", "setInt:debug", "getInt:host", "setDouble:weight"};
        for (String a : attempts) {
            String[] p = a.split(":");
            Field f = find(ServerSettings.class, p[1]);
            try {
                switch (p[0]) {
                    case "getShort" -> f.getShort(s);
                    case "getChar" -> f.getChar(s);
                    case "setLong" -> f.setLong(s, 1L);
                    case "setInt" -> f.setInt(s, 1);
                    case "getInt" -> f.getInt(s);
                    default -> f.setDouble(s, 2.0);
                }
                System.out.println(a + " ok");
            } catch (IllegalArgumentException ex) {
                System.out.println(a + " -> " + ex.getMessage());
            }
        }

        System.out.println("== statics and class initialization");
        Field version = ServerSettings.class.getField("VERSION");
        try {
            version.set(null, "9.9");
        } catch (IllegalAccessException ex) {
            System.out.println(ex.getMessage());
        }
        System.out.println("instances: " + BaseSettings.class.getField("instances").getInt(null));
        Field loaded = Registry.class.getField("loaded");
        System.out.println("field found: " + loaded.getName());
        loaded.setInt(null, bound);
        System.out.println("Registry.loaded = " + Registry.loaded);
        try {
            port.get("not a settings object");
        } catch (IllegalArgumentException ex) {
            System.out.println(ex.getMessage());
        }
        try {
            port.get(null);
        } catch (NullPointerException ex) {
            System.out.println("NPE: " + ex.getMessage());
        }
    }
}
