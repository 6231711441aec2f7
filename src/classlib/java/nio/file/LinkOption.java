package java.nio.file;

/** Whether to follow symbolic links. */
public enum LinkOption implements OpenOption, CopyOption {
    NOFOLLOW_LINKS
}
