// Entry point: runs embedded Neo4j Community with a loopback Bolt listener for Hulian's Node server,
// prints one HULIAN_NEO4J_READY line on stdout, and stops on SIGTERM/SIGINT or when stdin reaches EOF.
package hulian.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

public final class Launcher {
    static final String DATABASE = "neo4j";
    static final String HOST = "127.0.0.1";

    private static final AtomicReference<DatabaseManagementService> SERVICE = new AtomicReference<>();
    private static final CountDownLatch BUILD_DONE = new CountDownLatch(1);

    private Launcher() {}

    public static void main(String[] argv) throws InterruptedException {
        // stdout is the protocol channel: keep the real one for the READY line and send
        // anything else that writes to System.out (Neo4j, libraries) to stderr instead.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        // Before Neo4j loads: no URL this JVM opens may reach the network (LOAD CSV from http, https, ftp, jar:http).
        NetworkLockdown.install();

        Args args;
        try {
            args = Args.parse(argv);
        } catch (Args.UsageException e) {
            System.err.println("hulian-launcher: " + e.getMessage());
            System.err.println(Args.USAGE);
            System.exit(2);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::stop, "hulian-shutdown"));
        if (args.watchStdin) {
            watchStdin();
        }

        String version;
        long t0 = System.nanoTime();
        long tBuilt;
        try {
            try {
                prepareHome(args.home);
                SERVICE.set(new DatabaseManagementServiceBuilder(args.home).setConfig(settings(args)).build());
            } finally {
                BUILD_DONE.countDown();
            }
            tBuilt = System.nanoTime();
            GraphDatabaseService db = SERVICE.get().database(DATABASE);
            db.executeTransactionally("RETURN 1");
            version = kernelVersion(db);
        } catch (Throwable e) {
            Failures f = Failures.classify(e, args.home, args.port);
            System.err.println(f.line);
            System.err.flush();
            System.exit(f.exitCode);
            return;
        }
        long now = System.nanoTime();
        System.err.printf("hulian-launcher: Neo4j %s ready in %d ms (jvm %d ms, dbms build %d ms, first query %d ms), home %s%n",
                version, (now - t0) / 1_000_000 + jvmUptimeMs(t0), jvmUptimeMs(t0), (tBuilt - t0) / 1_000_000,
                (now - tBuilt) / 1_000_000, args.home);
        protocol.println("HULIAN_NEO4J_READY bolt://" + HOST + ":" + args.port + " neo4j/" + version);
        protocol.flush();

        // Neo4j's own threads keep the JVM alive; park main until the process is stopped.
        new CountDownLatch(1).await();
    }

    static Map<Setting<?>, Object> settings(Args a) {
        Map<Setting<?>, Object> s = new HashMap<>();
        // Bolt on loopback only, no TLS; embedded auth stays off (its default), which is fine on 127.0.0.1.
        s.put(BoltConnector.enabled, true);
        s.put(BoltConnector.listen_address, new SocketAddress(HOST, a.port));
        s.put(BoltConnector.advertised_address, new SocketAddress(HOST, a.port));
        s.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        s.put(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST));
        // Bolt's Netty event loops wait a 5 s quiet period each (x2) on shutdown; 1 s keeps stop fast.
        // Internal (unsupported) setting, verified present in the pinned 5.26 patch.
        s.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1);
        s.put(HttpConnector.enabled, false);
        s.put(HttpsConnector.enabled, false);
        // LOAD CSV must not read local files, nor connect to any address (IPv4 and IPv6 blocked entirely);
        // NetworkLockdown also refuses every network URL JVM-wide.
        s.put(GraphDatabaseSettings.allow_file_urls, false);
        s.put(GraphDatabaseInternalSettings.cypher_ip_blocklist, List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")));
        // Small disk footprint: no 256 MiB pre-allocated tx logs, small rotation, keep few files.
        s.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        s.put(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16));
        s.put(GraphDatabaseSettings.keep_logical_logs, "2 files");
        s.put(GraphDatabaseSettings.udc_enabled, false);
        // Memory and time bounds.
        s.put(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(a.pagecacheMb));
        s.put(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(a.txTimeoutS));
        s.put(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(a.txMemoryMb));
        // All transactions together stay inside the heap, beside Neo4j's own caches (0 = no global cap).
        s.put(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(a.txTotalMemoryMb));
        return s;
    }

    static String kernelVersion(GraphDatabaseService db) {
        String v = Version.getNeo4jVersion();
        if (v != null && !v.isBlank() && !v.startsWith("dev")) {
            return v.trim();
        }
        return db.executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                Map.of(), r -> String.valueOf(r.next().get("v")));
    }

    /** Creates home and home/logs up front: otherwise log4j floods stderr with stack traces before Neo4j fails. */
    private static void prepareHome(Path home) throws IOException {
        try {
            Files.createDirectories(home.resolve("logs"));
        } catch (IOException e) {
            throw new IOException("cannot use " + home + " as the Neo4j home folder", e);
        }
        if (!Files.isWritable(home)) {
            throw new IOException("the Neo4j home folder " + home + " is not writable");
        }
    }

    /** Milliseconds the JVM spent before {@code t0} (start-up and class loading up to the build). */
    private static long jvmUptimeMs(long t0) {
        long uptimeNow = ManagementFactory.getRuntimeMXBean().getUptime();
        return Math.max(0, uptimeNow - (System.nanoTime() - t0) / 1_000_000);
    }

    /** Shutdown hook: wait for a start in progress to settle, then stop Neo4j cleanly. */
    private static void stop() {
        try {
            BUILD_DONE.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DatabaseManagementService service = SERVICE.getAndSet(null);
        if (service != null) {
            System.err.println("hulian-launcher: stopping Neo4j");
            try {
                service.shutdown();
                System.err.println("hulian-launcher: Neo4j stopped");
            } catch (Throwable e) {
                System.err.println("hulian-launcher: error while stopping Neo4j: " + Failures.describe(e));
            }
        }
    }

    /** Exit (through the shutdown hook) once stdin reaches EOF, i.e. when the parent process is gone. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[1024];
            try (InputStream in = System.in) {
                while (in.read(buf) >= 0) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the parent is gone too.
            }
            System.err.println("hulian-launcher: stdin closed, shutting down");
            System.exit(0);
        }, "hulian-stdin-watch");
        t.setDaemon(true);
        t.start();
    }
}
