package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A text scanner that splits its input into tokens with a delimiter pattern and parses
 * primitive values, with the JDK's rules for the default (English) locale: number tokens may
 * use ',' grouping, non-ASCII digits, "NaN" and "Infinity"; a token that does not match is
 * left in place and InputMismatchException is thrown.
 *
 * <p>Input is read in chunks into a char buffer. The default whitespace delimiter, simple
 * decimal integers and line reading have hand-written fast paths that behave exactly like the
 * regex path (needed for big puzzle inputs); everything else uses java.util.regex over the
 * buffered text. Any Readable is a source (a Reader directly, others through ReadableReader).
 * Not provided: the channel constructors, Locale (useLocale/locale), BigInteger/BigDecimal.
 */
public final class Scanner implements Iterator<String>, Closeable {
    /** The default delimiter, compiled on first use (the fast paths never need it). */
    private static Pattern whitespacePattern;
    // Identity markers standing for patterns the fast paths handle without the regex engine.
    private static final Object ANY = new Object();
    private static final Object LINE = new Object();
    private static final Object INTEGER = new Object();
    private static final String LINE_SEPARATOR_PATTERN = "\r\n|[\n\r\u2028\u2029\u0085]";
    private static Pattern separatorPattern;
    private static Pattern boolPattern;

    private static final int BUFFER_SIZE = 1024;
    /** Group of the integer pattern that matches a plain [-+]?digits token. */
    private static final int SIMPLE_GROUP_INDEX = 5;

    // The default (English) locale's number symbols, as regex fragments.
    private static final String GROUP_SEPARATOR = "\\,";
    private static final String DECIMAL_SEPARATOR = "\\.";
    private static final String NAN_STRING = "\\QNaN\\E";
    private static final String INFINITY_STRING = "\\Q\u221e\\E";
    private static final String POSITIVE_PREFIX = "";
    private static final String NEGATIVE_PREFIX = "\\Q-\\E";
    private static final String POSITIVE_SUFFIX = "";
    private static final String NEGATIVE_SUFFIX = "";

    private char[] buf = new char[BUFFER_SIZE];
    private int position;
    private int limit;
    /** The buffered text as a String for the regex paths (null when stale). */
    private String bufString;
    private Matcher matcher;

    /** The delimiter; null = the default \\p{javaWhitespace}+ (fast path). */
    private Pattern delimPattern;
    private Object hasNextPattern;
    private int hasNextPosition;
    private String hasNextResult;
    private Object typeCache;

    private final Reader reader;
    private boolean needInput;
    private boolean sourceClosed;
    private boolean skipped;
    private int savedScannerPosition = -1;
    private boolean matchValid;
    /** The last match (valid when matchValid). */
    private MatchResult lastMatch;
    private boolean closed;
    private int radix = 10;
    private int defaultRadix = 10;
    private IOException lastException;
    private int modCount;

    private Pattern integerPattern;
    private int integerPatternRadix = -1;
    private Pattern floatPattern;

    private Scanner(Reader source, Pattern pattern) {
        this.reader = source;
        this.delimPattern = pattern;
    }

    public Scanner(InputStream source) {
        this(new InputStreamReader(source), null);
    }

    /** Scans any Readable (a Reader, a CharBuffer...); close() closes it when it is Closeable. */
    public Scanner(Readable source) {
        this(asReader(Objects.requireNonNull(source, "source")), null);
    }

    private static Reader asReader(Readable source) {
        return source instanceof Reader ? (Reader) source : new ReadableReader(source);
    }

    /** A Reader over a Readable that is not one: reads go through a CharBuffer over the caller's array. */
    private static final class ReadableReader extends Reader {
        private final Readable source;

        ReadableReader(Readable source) {
            this.source = source;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return source.read(java.nio.CharBuffer.wrap(cbuf, off, len));
        }

        @Override
        public void close() throws IOException {
            if (source instanceof Closeable) {
                ((Closeable) source).close();
            }
        }
    }

    public Scanner(InputStream source, String charsetName) {
        this(makeReader(Objects.requireNonNull(source, "source"), charsetName), null);
    }

    public Scanner(InputStream source, Charset charset) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(charset, "charset")), null);
    }

    /** Reads a file (in UTF-8, the default charset); FileNotFoundException as FileInputStream gives it. */
    public Scanner(java.io.File source) throws java.io.FileNotFoundException {
        this(new java.io.FileInputStream(Objects.requireNonNull(source, "source")));
    }

    public Scanner(java.io.File source, String charsetName) throws java.io.FileNotFoundException {
        this(new java.io.FileInputStream(Objects.requireNonNull(source, "source")), charsetName);
    }

    public Scanner(java.io.File source, Charset charset) throws IOException {
        this(new java.io.FileInputStream(Objects.requireNonNull(source, "source")), charset);
    }

    /** Reads a file through Files.newInputStream (NoSuchFileException and friends as it throws them). */
    public Scanner(java.nio.file.Path source) throws IOException {
        this(java.nio.file.Files.newInputStream(Objects.requireNonNull(source, "source")));
    }

    public Scanner(java.nio.file.Path source, String charsetName) throws IOException {
        this(java.nio.file.Files.newInputStream(Objects.requireNonNull(source, "source")), charsetName);
    }

    public Scanner(java.nio.file.Path source, Charset charset) throws IOException {
        this(java.nio.file.Files.newInputStream(Objects.requireNonNull(source, "source")), charset);
    }

    public Scanner(String source) {
        this(new StringReader(source), null);
        // The whole string is the input: no reads needed.
        char[] cs = source.toCharArray();
        buf = cs.length == 0 ? new char[1] : cs;
        limit = cs.length;
        sourceClosed = true;
    }

    private static Reader makeReader(InputStream source, String charsetName) {
        Objects.requireNonNull(charsetName, "charsetName");
        try {
            return new InputStreamReader(source, charsetName);
        } catch (java.io.UnsupportedEncodingException e) {
            IllegalArgumentException iae = new IllegalArgumentException();
            iae.initCause(e);
            throw iae;
        }
    }

    // ---- input ----

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    /** Reads more input into the buffer, compacting consumed text first. */
    private void readInput() {
        if (limit == buf.length) {
            makeSpace();
        }
        int n = 0;
        try {
            n = reader.read(buf, limit, buf.length - limit);
        } catch (IOException ioe) {
            lastException = ioe;
            n = -1;
        }
        if (n == -1) {
            sourceClosed = true;
            needInput = false;
        }
        if (n > 0) {
            limit += n;
            bufString = null;
            needInput = false;
        }
    }

    private void makeSpace() {
        clearCaches();
        int offset = savedScannerPosition == -1 ? position : savedScannerPosition;
        if (offset > 0) {
            System.arraycopy(buf, offset, buf, 0, limit - offset);
            limit -= offset;
            position -= offset;
            if (savedScannerPosition != -1) {
                savedScannerPosition -= offset;
            }
            bufString = null;
            if (limit < buf.length) {
                return;
            }
        }
        char[] bigger = new char[buf.length * 2];
        System.arraycopy(buf, 0, bigger, 0, limit);
        buf = bigger;
    }

    /** A matcher over the buffered text with {@code pattern}, region [start, end). */
    private Matcher matcher(Pattern pattern, int start, int end) {
        if (bufString == null) {
            bufString = new String(buf, 0, limit);
        }
        if (matcher == null) {
            matcher = pattern.matcher(bufString);
        } else {
            matcher.usePattern(pattern);
            matcher.reset(bufString);
        }
        matcher.region(start, end);
        return matcher;
    }

    private void saveState() {
        savedScannerPosition = position;
    }

    private boolean revertState(boolean b) {
        position = savedScannerPosition;
        savedScannerPosition = -1;
        skipped = false;
        return b;
    }

    private void revertState() {
        revertState(false);
    }

    private void cacheResult() {
        hasNextResult = lastMatch.group();
        hasNextPosition = lastMatch.end();
        hasNextPattern = lastPattern;
    }

    private void cacheResult(String result) {
        hasNextResult = result;
        hasNextPosition = lastMatch.end();
        hasNextPattern = lastPattern;
    }

    private void clearCaches() {
        hasNextPattern = null;
        typeCache = null;
    }

    private String getCachedResult() {
        position = hasNextPosition;
        hasNextPattern = null;
        typeCache = null;
        return hasNextResult;
    }

    private void useTypeCache() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
        position = hasNextPosition;
        hasNextPattern = null;
        typeCache = null;
    }

    private void throwFor() {
        skipped = false;
        if (sourceClosed && position == limit) {
            throw new NoSuchElementException();
        }
        throw new InputMismatchException();
    }

    // ---- the last match, as a small MatchResult over the buffer ----

    private Object lastPattern;

    /** Records a match of the whole token [start, end) (fast paths) or the matcher's match. */
    private void recordMatch(Object p, int start, int end) {
        lastPattern = p;
        lastMatch = new TokenMatch(new String(buf, start, end - start), start, end);
    }

    private void recordMatcher(Matcher m) {
        lastPattern = m.pattern();
        lastMatch = m.toMatchResult();
    }

    /** A match without groups (the fast paths' tokens). */
    private static final class TokenMatch implements MatchResult {
        private final String text;
        private final int start;
        private final int end;

        TokenMatch(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        public int start() {
            return start;
        }

        public int start(int group) {
            if (group != 0) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
            return start;
        }

        public int end() {
            return end;
        }

        public int end(int group) {
            if (group != 0) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
            return end;
        }

        public String group() {
            return text;
        }

        public String group(int group) {
            if (group != 0) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
            return text;
        }

        public int groupCount() {
            return 0;
        }
    }

    // ---- tokens ----

    private static boolean isWhitespace(char c) {
        return c < 128 ? (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) : Character.isWhitespace(c);
    }

    /** The start of the token after the delimiters (fast path), or -1 when more input is needed. */
    private int skipWhitespace() {
        int p = position;
        char[] b = buf;
        int lim = limit;
        while (p < lim && isWhitespace(b[p])) {
            p++;
        }
        if (p > position && p == lim && !sourceClosed) {
            return -1;
        }
        return p;
    }

    /**
     * Returns the next complete token if it matches {@code pattern} (null = any), advancing
     * past it; or null with needInput set when the buffer holds no complete token yet, or
     * null without it when the token does not match.
     */
    private String getCompleteTokenInBuffer(Object pattern) {
        matchValid = false;
        if (delimPattern == null) {
            if (!skipped) {
                int p = skipWhitespace();
                if (p < 0) {
                    needInput = true;
                    return null;
                }
                if (p > position) {
                    skipped = true;
                    position = p;
                }
            }
            if (position == limit) {
                if (sourceClosed) {
                    return null;
                }
                needInput = true;
                return null;
            }
            int q = position;
            char[] b = buf;
            int lim = limit;
            while (q < lim && !isWhitespace(b[q])) {
                q++;
            }
            if (q == lim && !sourceClosed) {
                needInput = true;
                return null;
            }
            return matchToken(pattern, position, q);
        }
        if (!skipped) {
            Matcher m = matcher(delimPattern, position, limit);
            if (m.lookingAt()) {
                if (m.hitEnd() && !sourceClosed) {
                    needInput = true;
                    return null;
                }
                skipped = true;
                position = m.end();
            }
        }
        if (position == limit) {
            if (sourceClosed) {
                return null;
            }
            needInput = true;
            return null;
        }
        Matcher m = matcher(delimPattern, position, limit);
        boolean foundNextDelim = m.find();
        if (foundNextDelim && m.end() == position) {
            foundNextDelim = m.find();
        }
        if (foundNextDelim) {
            if (m.requireEnd() && !sourceClosed) {
                needInput = true;
                return null;
            }
            return matchToken(pattern, position, m.start());
        }
        if (sourceClosed) {
            return matchToken(pattern, position, limit);
        }
        needInput = true;
        return null;
    }

    /** Matches the token [start, end) against pattern (null: any); advances on success. */
    private String matchToken(Object pattern, int start, int end) {
        if (pattern == null || pattern == ANY) {
            recordMatch(ANY, start, end);
            position = end;
            return lastMatch.group();
        }
        if (pattern == INTEGER) {
            if (radix == 10 && isSimpleInteger(start, end)) {
                recordMatch(INTEGER, start, end);
                position = end;
                return lastMatch.group();
            }
            pattern = integerPattern();
        }
        Matcher m = matcher((Pattern) pattern, start, end);
        if (m.matches()) {
            recordMatcher(m);
            if (pattern == integerPattern) {
                lastPattern = INTEGER;
            }
            position = m.end();
            return m.group();
        }
        return null;
    }

    /** [-+]?[0-9]+ in ASCII: what the integer pattern's simple group accepts, fast. */
    private boolean isSimpleInteger(int start, int end) {
        char[] b = buf;
        int i = start;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            i++;
        }
        if (i == end) {
            return false;
        }
        for (; i < end; i++) {
            char c = b[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the last token matched the integer pattern's plain [-+]?digits alternative. */
    private boolean simpleGroupMatched() {
        if (lastMatch instanceof TokenMatch) {
            return true;
        }
        return lastMatch.group(SIMPLE_GROUP_INDEX) != null;
    }

    private boolean hasTokenInBuffer() {
        matchValid = false;
        if (delimPattern == null) {
            int p = skipWhitespace();
            if (p < 0) {
                needInput = true;
                return false;
            }
            position = p;
        } else {
            Matcher m = matcher(delimPattern, position, limit);
            if (m.lookingAt()) {
                if (m.hitEnd() && !sourceClosed) {
                    needInput = true;
                    return false;
                }
                position = m.end();
            }
        }
        return position != limit;
    }

    public boolean hasNext() {
        ensureOpen();
        saveState();
        modCount++;
        while (!sourceClosed) {
            if (hasTokenInBuffer()) {
                return revertState(true);
            }
            readInput();
        }
        boolean result = hasTokenInBuffer();
        return revertState(result);
    }

    public String next() {
        ensureOpen();
        clearCaches();
        modCount++;
        for (;;) {
            String token = getCompleteTokenInBuffer(null);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        return hasNextToken(pattern);
    }

    private boolean hasNextToken(Object pattern) {
        hasNextPattern = null;
        saveState();
        modCount++;
        for (;;) {
            if (getCompleteTokenInBuffer(pattern) != null) {
                matchValid = true;
                cacheResult();
                return revertState(true);
            }
            if (needInput) {
                readInput();
            } else {
                return revertState(false);
            }
        }
    }

    public String next(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        return nextToken(pattern);
    }

    private String nextToken(Object pattern) {
        modCount++;
        if (hasNextPattern == pattern) {
            return getCachedResult();
        }
        clearCaches();
        for (;;) {
            String token = getCompleteTokenInBuffer(pattern);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    // ---- lines and finding ----

    private static Pattern separatorPattern() {
        if (separatorPattern == null) {
            separatorPattern = Pattern.compile(LINE_SEPARATOR_PATTERN);
        }
        return separatorPattern;
    }

    private static boolean isLineSeparator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /**
     * The fast path of findWithinHorizon(linePattern(), 0): the line at position and its
     * separator. Returns the separator length (0 for a last line without one), -1 for no line
     * (end of input), or -2 when more input is needed. The line ends at {@code lineEnd}.
     */
    private int lineEnd;

    private int findLine() {
        char[] b = buf;
        int lim = limit;
        int p = position;
        while (p < lim && !isLineSeparator(b[p])) {
            p++;
        }
        if (p < lim) {
            if (b[p] == '\r') {
                if (p + 1 < lim) {
                    lineEnd = p;
                    return b[p + 1] == '\n' ? 2 : 1;
                }
                if (!sourceClosed) {
                    return -2; // "\r" at the end of the buffer: a "\n" may follow
                }
            }
            lineEnd = p;
            return 1;
        }
        if (!sourceClosed) {
            return -2;
        }
        if (p > position) {
            lineEnd = p;
            return 0;
        }
        return -1;
    }

    public boolean hasNextLine() {
        ensureOpen();
        saveState();
        modCount++;
        clearCaches();
        String result = null;
        int sep;
        for (;;) {
            sep = findLine();
            if (sep != -2) {
                break;
            }
            readInput();
        }
        if (sep >= 0) {
            matchValid = true;
            result = new String(buf, position, lineEnd - position);
            int end = lineEnd + sep;
            recordMatch(LINE, position, end);
            position = end;
            cacheResult(result);
        }
        revertState();
        return result != null;
    }

    public String nextLine() {
        ensureOpen();
        modCount++;
        if (hasNextPattern == LINE) {
            return getCachedResult();
        }
        clearCaches();
        int sep;
        for (;;) {
            sep = findLine();
            if (sep != -2) {
                break;
            }
            readInput();
        }
        if (sep < 0) {
            throw new NoSuchElementException("No line found");
        }
        matchValid = true;
        String result = new String(buf, position, lineEnd - position);
        int end = lineEnd + sep;
        recordMatch(LINE, position, end);
        position = end;
        return result;
    }

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    public String findInLine(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        clearCaches();
        modCount++;
        int endPosition;
        saveState();
        for (;;) {
            if (findPatternInBuffer(separatorPattern(), 0)) {
                endPosition = lastMatch.start();
                break;
            }
            if (needInput) {
                readInput();
            } else {
                endPosition = limit;
                break;
            }
        }
        revertState();
        int horizonForLine = endPosition - position;
        if (horizonForLine == 0) {
            return null;
        }
        return findWithinHorizon(pattern, horizonForLine);
    }

    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon < 0");
        }
        clearCaches();
        modCount++;
        for (;;) {
            if (findPatternInBuffer(pattern, horizon)) {
                matchValid = true;
                return lastMatch.group();
            }
            if (needInput) {
                readInput();
            } else {
                break;
            }
        }
        return null;
    }

    private boolean findPatternInBuffer(Pattern pattern, int horizon) {
        matchValid = false;
        int bufferLimit = limit;
        int horizonLimit = -1;
        int searchLimit = bufferLimit;
        if (horizon > 0) {
            horizonLimit = position + horizon;
            if (horizonLimit < bufferLimit) {
                searchLimit = horizonLimit;
            }
        }
        Matcher m = matcher(pattern, position, searchLimit);
        if (m.find()) {
            if (m.hitEnd() && !sourceClosed) {
                if (searchLimit != horizonLimit) {
                    needInput = true;
                    return false;
                }
                if (m.requireEnd()) {
                    needInput = true;
                    return false;
                }
            }
            recordMatcher(m);
            position = m.end();
            return true;
        }
        if (sourceClosed) {
            return false;
        }
        if (horizon == 0 || searchLimit != horizonLimit) {
            needInput = true;
        }
        return false;
    }

    public Scanner skip(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        clearCaches();
        modCount++;
        for (;;) {
            Matcher m = matcher(pattern, position, limit);
            matchValid = false;
            if (m.lookingAt()) {
                if (m.hitEnd() && !sourceClosed) {
                    needInput = true;
                } else {
                    recordMatcher(m);
                    matchValid = true;
                    position = m.end();
                    return this;
                }
            } else if (sourceClosed) {
                throw new NoSuchElementException();
            } else {
                needInput = true;
            }
            readInput();
        }
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    public MatchResult match() {
        if (!matchValid) {
            throw new IllegalStateException("No match result available");
        }
        return lastMatch;
    }

    // ---- typed values ----

    private static Pattern boolPattern() {
        if (boolPattern == null) {
            boolPattern = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);
        }
        return boolPattern;
    }

    private Pattern integerPattern() {
        if (integerPattern == null || integerPatternRadix != radix) {
            integerPattern = Pattern.compile(buildIntegerPatternString());
            integerPatternRadix = radix;
        }
        return integerPattern;
    }

    private String buildIntegerPatternString() {
        String radixDigits = "0123456789abcdefghijklmnopqrstuvwxyz".substring(0, radix);
        String digit = "((?i)[" + radixDigits + "\\p{javaDigit}])";
        String non0Digit = "[\\p{javaDigit}&&[^0]]";
        String groupedNumeral = "(" + non0Digit + digit + "?" + digit + "?(" + GROUP_SEPARATOR + digit + digit + digit + ")+)";
        String numeral = "((" + digit + "++)|" + groupedNumeral + ")";
        String javaStyleInteger = "([-+]?(" + numeral + "))";
        String negativeInteger = NEGATIVE_PREFIX + numeral + NEGATIVE_SUFFIX;
        String positiveInteger = POSITIVE_PREFIX + numeral + POSITIVE_SUFFIX;
        return "(" + javaStyleInteger + ")|(" + positiveInteger + ")|(" + negativeInteger + ")";
    }

    private Pattern floatPattern() {
        if (floatPattern == null) {
            String digit = "(([0-9\\p{javaDigit}]))";
            String non0Digit = "[\\p{javaDigit}&&[^0]]";
            String exponent = "([eE][+-]?" + digit + "+)?";
            String groupedNumeral = "(" + non0Digit + digit + "?" + digit + "?(" + GROUP_SEPARATOR + digit + digit + digit + ")+)";
            String numeral = "((" + digit + "++)|" + groupedNumeral + ")";
            String decimalNumeral = "(" + numeral + "|" + numeral + DECIMAL_SEPARATOR + digit + "*+|"
                    + DECIMAL_SEPARATOR + digit + "++)";
            String nonNumber = "(NaN|" + NAN_STRING + "|Infinity|" + INFINITY_STRING + ")";
            String positiveFloat = "(" + POSITIVE_PREFIX + decimalNumeral + POSITIVE_SUFFIX + exponent + ")";
            String negativeFloat = "(" + NEGATIVE_PREFIX + decimalNumeral + NEGATIVE_SUFFIX + exponent + ")";
            String decimal = "(([-+]?" + decimalNumeral + exponent + ")|" + positiveFloat + "|" + negativeFloat + ")";
            String hexFloat = "[-+]?0[xX][0-9a-fA-F]*\\.[0-9a-fA-F]+([pP][-+]?[0-9]+)?";
            String positiveNonNumber = "(" + POSITIVE_PREFIX + nonNumber + POSITIVE_SUFFIX + ")";
            String negativeNonNumber = "(" + NEGATIVE_PREFIX + nonNumber + NEGATIVE_SUFFIX + ")";
            String signedNonNumber = "(([-+]?" + nonNumber + ")|" + positiveNonNumber + "|" + negativeNonNumber + ")";
            floatPattern = Pattern.compile(decimal + "|" + hexFloat + "|" + signedNonNumber);
        }
        return floatPattern;
    }

    /** Removes grouping and turns the locale's negative affixes into a leading '-'. */
    private String processIntegerToken(String token) {
        String result = token.replace(",", "");
        boolean isNegative = false;
        if (result.startsWith("-")) {
            isNegative = true;
            result = result.substring(1);
        }
        if (isNegative) {
            result = "-" + result;
        }
        return result;
    }

    private String processFloatToken(String token) {
        String result = token.replace(",", "");
        boolean isNegative = false;
        if (result.startsWith("-")) {
            isNegative = true;
            result = result.substring(1);
        }
        // (The JDK compares with the quoted regex forms of the NaN and infinity strings, which
        // never equal a token: "\u221e" matches the pattern but then fails to parse.)
        if (isNegative) {
            result = "-" + result;
        }
        boolean nonAscii = false;
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                nonAscii = true;
                break;
            }
        }
        if (nonAscii) {
            StringBuilder inASCII = new StringBuilder();
            for (int i = 0; i < result.length(); i++) {
                char nextChar = result.charAt(i);
                if (Character.isDigit(nextChar)) {
                    int d = Character.digit(nextChar, 10);
                    if (d != -1) {
                        inASCII.append(d);
                    } else {
                        inASCII.append(nextChar);
                    }
                } else {
                    inASCII.append(nextChar);
                }
            }
            result = inASCII.toString();
        }
        return result;
    }

    private void setRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        if (this.radix != radix) {
            this.radix = radix;
        }
    }

    public boolean hasNextBoolean() {
        return hasNext(boolPattern());
    }

    public boolean nextBoolean() {
        clearCaches();
        return Boolean.parseBoolean(next(boolPattern()));
    }

    /** hasNext for an integer type: caches the parsed value (null when out of range). */
    private boolean hasNextInteger(int radix, int bits) {
        setRadix(radix);
        ensureOpen();
        boolean result = hasNextToken(INTEGER);
        if (result) {
            try {
                String s = simpleGroupMatched() ? hasNextResult : processIntegerToken(hasNextResult);
                switch (bits) {
                    case 8: typeCache = Byte.parseByte(s, radix); break;
                    case 16: typeCache = Short.parseShort(s, radix); break;
                    case 32: typeCache = Integer.parseInt(s, radix); break;
                    default: typeCache = Long.parseLong(s, radix); break;
                }
            } catch (NumberFormatException nfe) {
                result = false;
            }
        }
        return result;
    }

    /** The next integer token, parsed (InputMismatchException leaves it unread). */
    private long nextInteger(int radix, int bits) {
        setRadix(radix);
        clearCaches();
        try {
            ensureOpen();
            String s = nextToken(INTEGER);
            if (!simpleGroupMatched()) {
                s = processIntegerToken(s);
            }
            switch (bits) {
                case 8: return Byte.parseByte(s, radix);
                case 16: return Short.parseShort(s, radix);
                case 32: return Integer.parseInt(s, radix);
                default: return Long.parseLong(s, radix);
            }
        } catch (NumberFormatException nfe) {
            position = lastMatch.start();
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextByte() {
        return hasNextByte(defaultRadix);
    }

    public boolean hasNextByte(int radix) {
        return hasNextInteger(radix, 8);
    }

    public byte nextByte() {
        return nextByte(defaultRadix);
    }

    public byte nextByte(int radix) {
        if (typeCache instanceof Byte && this.radix == radix) {
            byte val = (Byte) typeCache;
            useTypeCache();
            return val;
        }
        return (byte) nextInteger(radix, 8);
    }

    public boolean hasNextShort() {
        return hasNextShort(defaultRadix);
    }

    public boolean hasNextShort(int radix) {
        return hasNextInteger(radix, 16);
    }

    public short nextShort() {
        return nextShort(defaultRadix);
    }

    public short nextShort(int radix) {
        if (typeCache instanceof Short && this.radix == radix) {
            short val = (Short) typeCache;
            useTypeCache();
            return val;
        }
        return (short) nextInteger(radix, 16);
    }

    public boolean hasNextInt() {
        return hasNextInt(defaultRadix);
    }

    public boolean hasNextInt(int radix) {
        return hasNextInteger(radix, 32);
    }

    public int nextInt() {
        return nextInt(defaultRadix);
    }

    public int nextInt(int radix) {
        if (typeCache instanceof Integer && this.radix == radix) {
            int val = (Integer) typeCache;
            useTypeCache();
            return val;
        }
        return (int) nextInteger(radix, 32);
    }

    public boolean hasNextLong() {
        return hasNextLong(defaultRadix);
    }

    public boolean hasNextLong(int radix) {
        return hasNextInteger(radix, 64);
    }

    public long nextLong() {
        return nextLong(defaultRadix);
    }

    public long nextLong(int radix) {
        if (typeCache instanceof Long && this.radix == radix) {
            long val = (Long) typeCache;
            useTypeCache();
            return val;
        }
        return nextInteger(radix, 64);
    }

    public boolean hasNextFloat() {
        setRadix(10);
        boolean result = hasNext(floatPattern());
        if (result) {
            try {
                typeCache = Float.parseFloat(processFloatToken(hasNextResult));
            } catch (NumberFormatException nfe) {
                result = false;
            }
        }
        return result;
    }

    public float nextFloat() {
        if (typeCache instanceof Float) {
            float val = (Float) typeCache;
            useTypeCache();
            return val;
        }
        setRadix(10);
        clearCaches();
        try {
            return Float.parseFloat(processFloatToken(next(floatPattern())));
        } catch (NumberFormatException nfe) {
            position = lastMatch.start();
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextDouble() {
        setRadix(10);
        boolean result = hasNext(floatPattern());
        if (result) {
            try {
                typeCache = Double.parseDouble(processFloatToken(hasNextResult));
            } catch (NumberFormatException nfe) {
                result = false;
            }
        }
        return result;
    }

    public double nextDouble() {
        if (typeCache instanceof Double) {
            double val = (Double) typeCache;
            useTypeCache();
            return val;
        }
        setRadix(10);
        clearCaches();
        try {
            return Double.parseDouble(processFloatToken(next(floatPattern())));
        } catch (NumberFormatException nfe) {
            position = lastMatch.start();
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    // ---- configuration ----

    private static Pattern whitespacePattern() {
        if (whitespacePattern == null) {
            whitespacePattern = Pattern.compile("\\p{javaWhitespace}+");
        }
        return whitespacePattern;
    }

    public Pattern delimiter() {
        return delimPattern == null ? whitespacePattern() : delimPattern;
    }

    public Scanner useDelimiter(Pattern pattern) {
        modCount++;
        delimPattern = pattern;
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        modCount++;
        delimPattern = Pattern.compile(pattern);
        return this;
    }

    public int radix() {
        return defaultRadix;
    }

    public Scanner useRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        if (defaultRadix == radix) {
            return this;
        }
        modCount++;
        defaultRadix = radix;
        integerPattern = null;
        return this;
    }

    public Scanner reset() {
        delimPattern = null;
        useRadix(10);
        clearCaches();
        modCount++;
        return this;
    }

    public IOException ioException() {
        return lastException;
    }

    public void close() {
        if (closed) {
            return;
        }
        try {
            reader.close();
        } catch (IOException ioe) {
            lastException = ioe;
        }
        sourceClosed = true;
        closed = true;
    }

    public Stream<String> tokens() {
        ensureOpen();
        Iterator<String> it = new Iterator<String>() {
            public boolean hasNext() {
                return Scanner.this.hasNext();
            }

            public String next() {
                return Scanner.this.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    public Stream<MatchResult> findAll(String patString) {
        return findAll(Pattern.compile(patString));
    }

    public Stream<MatchResult> findAll(Pattern pattern) {
        Objects.requireNonNull(pattern);
        ensureOpen();
        Iterator<MatchResult> it = new Iterator<MatchResult>() {
            private MatchResult pending;
            private boolean done;

            public boolean hasNext() {
                if (pending != null) {
                    return true;
                }
                if (done) {
                    return false;
                }
                if (findWithinHorizon(pattern, 0) != null) {
                    pending = lastMatch;
                    return true;
                }
                done = true;
                return false;
            }

            public MatchResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                MatchResult r = pending;
                pending = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    @Override
    public String toString() {
        return "java.util.Scanner"
                + "[delimiters=" + delimiter() + "]"
                + "[position=" + position + "]"
                + "[match valid=" + matchValid + "]"
                + "[need input=" + needInput + "]"
                + "[source closed=" + sourceClosed + "]"
                + "[skipped=" + skipped + "]"
                + "[group separator=\\x{2c}]"
                + "[decimal separator=\\x{2e}]"
                + "[positive prefix=" + POSITIVE_PREFIX + "]"
                + "[negative prefix=" + NEGATIVE_PREFIX + "]"
                + "[positive suffix=" + POSITIVE_SUFFIX + "]"
                + "[negative suffix=" + NEGATIVE_SUFFIX + "]"
                + "[NaN string=" + NAN_STRING + "]"
                + "[infinity string=" + INFINITY_STRING + "]";
    }

    @Override
    public void forEachRemaining(Consumer<? super String> action) {
        Objects.requireNonNull(action);
        while (hasNext()) {
            action.accept(next());
        }
    }
}
