/** An exception escapes a worker thread's run(): the default handler prints it to stderr, main carries on and exits 0. */
public class UncaughtInWorker {
    static class Downloader extends Thread {
        private final String[] urls;
        int done;

        Downloader(String[] urls) { this.urls = urls; }

        @Override
        public void run() {
            for (String url : urls) {
                fetch(url);
                done++;
            }
        }

        private void fetch(String url) {
            if (!url.startsWith("https://")) throw new IllegalArgumentException("insecure url: " + url);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Downloader d = new Downloader(new String[] {"https://a.example", "https://b.example", "http://c.example", "https://d.example"});
        d.start();
        d.join();
        System.out.println("downloaded " + d.done + " before the worker died; worker alive: " + d.isAlive());
        Downloader ok = new Downloader(new String[] {"https://e.example"});
        ok.start();
        ok.join();
        System.out.println("second worker " + ok.getName() + " downloaded " + ok.done);
    }
}
