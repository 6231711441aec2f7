package java.net;

/** The standard protocol families (java.net.StandardProtocolFamily). */
public enum StandardProtocolFamily implements ProtocolFamily {
    INET,
    INET6,
    UNIX
}
