// Turns a Neo4j start-up exception into one HULIAN_NEO4J_ERROR line and an exit code,
// by walking the cause chain for the store-lock and port-bind exception types.
package hulian.launcher;

import java.net.BindException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

final class Failures {
    static final int EXIT_START_FAILED = 1;
    static final int EXIT_LOCKED = 3;
    static final int EXIT_PORT_IN_USE = 4;

    final int exitCode;
    final String line;

    private Failures(int exitCode, String line) {
        this.exitCode = exitCode;
        this.line = line;
    }

    static Failures classify(Throwable error, Path home, int port) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
            // 5.26 throws org.neo4j.io.locker.FileLockException ("Lock file has been locked by another
            // process"); the page cache has its own FileLockException (an IOException) for store files.
            if (t instanceof org.neo4j.io.locker.FileLockException
                    || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
                return new Failures(EXIT_LOCKED, "HULIAN_NEO4J_ERROR data-folder-locked: another Neo4j process is using "
                        + home + ". Stop it (or set NEO4J_DATA_DIR to another folder) and try again.");
            }
            // org.neo4j.configuration.helpers.PortBindException extends java.net.BindException.
            if (t instanceof BindException) {
                return new Failures(EXIT_PORT_IN_USE, "HULIAN_NEO4J_ERROR port-in-use: cannot listen on 127.0.0.1:"
                        + port + " (" + oneLine(rootMessage(t)) + "). Pick another port and try again.");
            }
        }
        return new Failures(EXIT_START_FAILED, "HULIAN_NEO4J_ERROR start-failed: " + describe(error));
    }

    /** The deepest useful message in the chain, squeezed onto one line. */
    static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
            String msg = t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
            if (sb.length() > 0) {
                sb.append(" <- caused by ");
            }
            sb.append(oneLine(msg));
            if (sb.length() > 1500) {
                break;
            }
        }
        return sb.toString();
    }

    /** Message of the innermost cause, e.g. Netty's "bind(..) failed with error(-98): Address already in use". */
    private static String rootMessage(Throwable t) {
        Throwable root = t;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        while (root.getCause() != null && seen.put(root, true) == null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : String.valueOf(t.getMessage());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
