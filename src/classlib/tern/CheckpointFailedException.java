package tern;

/** A checkpoint could not be made; the program runs on unchanged. */
public class CheckpointFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckpointFailedException(String message) {
        super(message);
    }
}
