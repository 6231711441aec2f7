/** Two threads alternate strictly through a shared turn variable and wait/notify, printing in a fixed order. */
public class PingPong {
    private int turn;
    private final int rounds;

    PingPong(int rounds) { this.rounds = rounds; }

    synchronized void play(int me, String word) throws InterruptedException {
        for (int i = 0; i < rounds; i++) {
            while (turn != me) wait();
            System.out.println(word + " " + (i + 1));
            turn = 1 - me;
            notifyAll();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PingPong game = new PingPong(8);
        Thread ping = new Thread(() -> {
            try {
                game.play(0, "ping");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread pong = new Thread(() -> {
            try {
                game.play(1, "pong");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        pong.start();
        ping.start();
        ping.join();
        pong.join();
        System.out.println("game over");
    }
}
