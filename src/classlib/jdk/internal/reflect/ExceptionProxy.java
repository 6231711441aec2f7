package jdk.internal.reflect;

/** A member value that could not be made; reading the member throws what it generates. */
public abstract class ExceptionProxy implements java.io.Serializable {
    private static final long serialVersionUID = 7241930048386631401L;

    protected abstract RuntimeException generateException();
}
