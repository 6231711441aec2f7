import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reference behaviour for the class-file tests. Reads lines "id TAB binary-name TAB path" from the
 * file named by args[0]; defines each class file in a fresh loader and initializes it (which links
 * and verifies it); prints "id TAB OK" or "id TAB exception-class: first line of its message".
 */
public class DefineAll {
  static final class OneShot extends ClassLoader {
    OneShot() {
      super(DefineAll.class.getClassLoader());
    }

    Class<?> define(String name, byte[] b) {
      return defineClass(name, b, 0, b.length);
    }
  }

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      String[] f = line.split("\t");
      String result;
      try {
        OneShot loader = new OneShot();
        loader.define(f[1], Files.readAllBytes(Path.of(f[2])));
        Class.forName(f[1], true, loader);
        result = "OK";
      } catch (Throwable t) {
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        result = t.getClass().getName() + ": " + (nl < 0 ? m : m.substring(0, nl));
      }
      out.append(f[0]).append('\t').append(result).append('\n');
    }
    System.out.print(out);
  }
}
