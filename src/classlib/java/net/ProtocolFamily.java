package java.net;

/** A family of communication protocols (java.net.ProtocolFamily). */
public interface ProtocolFamily {
    String name();
}
