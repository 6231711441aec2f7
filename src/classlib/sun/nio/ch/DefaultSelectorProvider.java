package sun.nio.ch;

/** The platform's SelectorProvider (SelectorProvider.provider()). */
public class DefaultSelectorProvider {
    private static final SelectorProviderImpl INSTANCE = new SelectorProviderImpl() {
    };

    private DefaultSelectorProvider() {
    }

    public static SelectorProviderImpl get() {
        return INSTANCE;
    }
}
