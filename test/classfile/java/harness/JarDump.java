import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Reference behaviour for the jar tests: for each jar named on the command line prints its entry
 * names in central-directory order, then its manifest's main attributes and per-entry sections
 * (sorted, since java.util.jar keeps them in hash order), one "key: value" per line.
 */
public class JarDump {
  public static void main(String[] args) throws Exception {
    StringBuilder out = new StringBuilder();
    for (String path : args) {
      try (JarFile jar = new JarFile(path)) {
        out.append("jar ").append(path).append('\n');
        for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
          out.append("entry ").append(e.nextElement().getName()).append('\n');
        }
        Manifest m = jar.getManifest();
        if (m == null) {
          out.append("no manifest\n");
          continue;
        }
        dump(out, "main", m.getMainAttributes());
        List<String> names = new ArrayList<>(m.getEntries().keySet());
        Collections.sort(names);
        for (String n : names) dump(out, "section " + n, m.getEntries().get(n));
      }
    }
    System.out.print(out);
  }

  static void dump(StringBuilder out, String title, Attributes a) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<Object, Object> e : a.entrySet()) lines.add(e.getKey() + ": " + e.getValue());
    Collections.sort(lines);
    out.append(title).append('\n');
    for (String l : lines) out.append("  ").append(l).append('\n');
  }
}
