package terntest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-only bootstrap method for validating Tern's synthetic call-site classes on HotSpot. The
 * test rewrites every BootstrapMethods row of the program's classes to call {@link #link} with
 * the row index; {@code link} defines the class Tern generated for that call site as a hidden
 * nestmate of the caller (so it may use the caller's private members, as Tern allows) and links
 * the call site to its static method, which must have exactly the call site's type.
 *
 * The manifest (system property {@code tern.indy.manifest}) has one tab-separated line per call
 * site: caller, bootstrap row, name, descriptor, class file, method name.
 */
public final class IndyBridge {
  private static final Map<String, String[]> SITES = new HashMap<>();

  static {
    try {
      for (String line : Files.readAllLines(Path.of(System.getProperty("tern.indy.manifest")))) {
        if (line.isEmpty()) continue;
        String[] f = line.split("\t");
        SITES.put(f[0] + " " + f[1] + " " + f[2] + " " + f[3], new String[] {f[4], f[5], f[0]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IndyBridge() {}

  /** The redirected bootstrap method. */
  public static CallSite link(MethodHandles.Lookup caller, String name, MethodType type, int row) throws Throwable {
    String key = caller.lookupClass().getName().replace('.', '/') + " " + row + " " + name + " " + type.toMethodDescriptorString();
    String[] site = SITES.get(key);
    if (site == null) throw new IllegalStateException("no synthetic class for " + key);
    MethodHandles.Lookup hidden = define(caller, site[0]);
    MethodHandle target = hidden.findStatic(hidden.lookupClass(), site[1], type);
    System.err.println("[tern-indy] linked " + key);
    return new ConstantCallSite(target);
  }

  private static MethodHandles.Lookup define(MethodHandles.Lookup host, String file) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of(file));
    return host.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
  }

  /**
   * Defines (and so verifies) every synthetic class once, including those of call sites the
   * program never reaches, then runs the program's main class with the remaining arguments.
   */
  public static void main(String[] args) throws Throwable {
    for (Map.Entry<String, String[]> e : new TreeMap<>(SITES).entrySet()) {
      Class<?> host = Class.forName(e.getValue()[2].replace('/', '.'), false, IndyBridge.class.getClassLoader());
      define(MethodHandles.privateLookupIn(host, MethodHandles.lookup()), e.getValue()[0]);
      System.err.println("[tern-indy] verified " + e.getKey());
    }
    Class<?> main = Class.forName(args[0]);
    main.getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
  }
}
