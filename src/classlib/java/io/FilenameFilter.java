package java.io;

/** Chooses directory entries by name for File.list/listFiles(FilenameFilter). */
@FunctionalInterface
public interface FilenameFilter {
    boolean accept(File dir, String name);
}
