/*
 * The differential harness's javac server (test/support/compile.ts): one JVM that runs javac for
 * many corpus programs, so that the ~385 programs do not each pay a cold JVM and a cold javac
 * (about 1.5 s of CPU each, against about 0.1 s here once warm).
 *
 * It runs the JDK's own compiler (javax.tools.ToolProvider.getSystemJavaCompiler(), the code the
 * `javac` command runs) with exactly the arguments the command would get, so the class files are
 * the same bytes. Protocol, one request per line on standard input: an id and the javac arguments,
 * separated by tabs; one answer per line on standard output: the id, javac's exit status and its
 * diagnostics in Base64, separated by tabs. Requests run concurrently (the harness limits how many);
 * the server ends when its standard input does.
 */
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

public class JavacServer {
  public static void main(String[] args) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    ExecutorService workers = Executors.newCachedThreadPool();
    String line;
    while ((line = in.readLine()) != null) {
      String[] fields = line.split("\t", -1);
      workers.execute(() -> {
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status;
        try {
          status = javac.run(null, diagnostics, diagnostics, Arrays.copyOfRange(fields, 1, fields.length));
        } catch (Throwable t) {
          // javac's own crash: reported like the command reports one (status 4, abnormal error).
          t.printStackTrace(new PrintStream(diagnostics, true, StandardCharsets.UTF_8));
          status = 4;
        }
        String answer = fields[0] + "\t" + status + "\t" + Base64.getEncoder().encodeToString(diagnostics.toByteArray());
        synchronized (out) {
          out.println(answer);
        }
      });
    }
    // Standard input ended: the harness is done; requests in flight still finish.
    workers.shutdown();
    workers.awaitTermination(1, TimeUnit.HOURS);
  }
}
