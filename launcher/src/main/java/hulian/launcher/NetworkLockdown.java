// Makes the launcher's JVM unable to fetch any network URL (http, https, ftp, …; jar: URLs wrapping one too), so
// LOAD CSV cannot reach a local or remote service even if the console's analysis misses a way to run it.
package hulian.launcher;

import java.io.IOException;
import java.net.Proxy;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Locale;
import java.util.Set;

public final class NetworkLockdown {
    /** Protocols the JDK can open over the network. jar: needs no entry: it opens its inner URL through these. */
    static final Set<String> BLOCKED_PROTOCOLS = Set.of("http", "https", "ftp", "mailto", "netdoc", "gopher");

    private NetworkLockdown() {}

    /**
     * Installs a JVM-wide URL handler factory that refuses every network protocol. Must run before anything opens a
     * URL; the factory can be set once per JVM, so a second call (or a library that set one first) fails loudly.
     */
    public static void install() {
        URL.setURLStreamHandlerFactory(protocol ->
                BLOCKED_PROTOCOLS.contains(protocol.toLowerCase(Locale.ROOT)) ? new Refusing() : null);
    }

    /** A handler that parses URLs as usual but refuses to open any connection. */
    static final class Refusing extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            throw new IOException("network URLs are disabled in Hulian's embedded Neo4j (" + url.getProtocol() + ")");
        }

        @Override
        protected URLConnection openConnection(URL url, Proxy proxy) throws IOException {
            return openConnection(url);
        }
    }
}
