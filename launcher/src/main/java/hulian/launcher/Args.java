// Command-line options of the Hulian Neo4j launcher, parsed strictly:
// any unknown flag, missing value or out-of-range number is a usage error (exit 2).
package hulian.launcher;

import java.nio.file.Path;

final class Args {
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: hulian.launcher.Launcher --home <dataDir> --port <port>",
            "         [--pagecache-mb 128] [--tx-timeout-s 60] [--tx-memory-mb 512] [--tx-total-memory-mb 0] [--no-stdin-watch]",
            "  --home            Neo4j home folder (created if missing; data in <home>/data, logs in <home>/logs)",
            "  --port            Bolt port on 127.0.0.1 (1-65535)",
            "  --pagecache-mb    page cache size in MiB (default 128)",
            "  --tx-timeout-s    server-side transaction timeout in seconds, 0 = none (default 60)",
            "  --tx-memory-mb    per-transaction memory cap in MiB, 0 = none (default 512)",
            "  --tx-total-memory-mb  cap on all transactions' memory together in MiB, 0 = none (default 0)",
            "  --no-stdin-watch  do not exit when stdin reaches EOF (manual runs with stdin=/dev/null)");

    Path home;
    int port = -1;
    int pagecacheMb = 128;
    int txTimeoutS = 60;
    int txMemoryMb = 512;
    int txTotalMemoryMb = 0;
    boolean watchStdin = true;

    /** Thrown for any bad command line; the message is shown above the usage text. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Args parse(String[] argv) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < argv.length; i++) {
            String flag = argv[i];
            if (flag.equals("--no-stdin-watch")) {
                a.watchStdin = false;
                continue;
            }
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new UsageException("help requested");
            }
            if (i + 1 >= argv.length) {
                throw new UsageException("missing value for " + flag);
            }
            String value = argv[++i];
            switch (flag) {
                case "--home" -> {
                    if (value.isBlank()) {
                        throw new UsageException("--home must not be empty");
                    }
                    a.home = Path.of(value).toAbsolutePath().normalize();
                }
                case "--port" -> a.port = number(flag, value, 1, 65535);
                case "--pagecache-mb" -> a.pagecacheMb = number(flag, value, 8, 1 << 20);
                case "--tx-timeout-s" -> a.txTimeoutS = number(flag, value, 0, 86_400);
                case "--tx-memory-mb" -> a.txMemoryMb = number(flag, value, 0, 1 << 20);
                case "--tx-total-memory-mb" -> a.txTotalMemoryMb = number(flag, value, 0, 1 << 20);
                default -> throw new UsageException("unknown option " + flag);
            }
        }
        if (a.home == null) {
            throw new UsageException("--home is required");
        }
        if (a.port < 0) {
            throw new UsageException("--port is required");
        }
        return a;
    }

    private static int number(String flag, String value, int min, int max) throws UsageException {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new UsageException(flag + " must be between " + min + " and " + max + ", got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " must be a whole number, got '" + value + "'");
        }
    }
}
