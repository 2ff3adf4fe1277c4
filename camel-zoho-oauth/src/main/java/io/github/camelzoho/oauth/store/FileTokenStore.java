package io.github.camelzoho.oauth.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.token.PendingAuthorization;
import io.github.camelzoho.oauth.token.ZohoGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grants in one JSON file, so they survive restarts. Every write goes to a temporary file (mode 0600) in the same
 * folder, is forced to disk and then renamed over the old file, so a crash or a full disk never leaves a half-written
 * file. Compare-and-set holds across processes on the same host through a lock file beside it. A file that cannot be
 * parsed is reported and never overwritten. Pending consent states and the token-request budget stay in memory.
 * <p>
 * With a {@link TokenCipher} that encrypts, the refresh and access tokens are stored AES-GCM encrypted; the other fields
 * (expiry, API domain, accounts server, scope, version) stay readable.
 */
public class FileTokenStore implements ZohoTokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileTokenStore.class);
    private static final int FORMAT = 1;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    /**
     * File locks are held by the JVM, not by a thread or store instance: two instances locking the same file in one
     * JVM get OverlappingFileLockException. So writers in this JVM first serialize on one monitor per file.
     */
    private static final Map<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final ObjectMapper mapper = new ObjectMapper();
    private final InMemoryTokenStore transientState = new InMemoryTokenStore();
    private final boolean posix;
    private final TokenCipher cipher;
    private volatile boolean permissionsChecked;

    /** A store in {@code file} keeping tokens in clear text (the file is still mode 0600). */
    public FileTokenStore(Path file) {
        this(file, TokenCipher.clearText());
    }

    /** A store in {@code file} encrypting the tokens with {@code cipher}. */
    public FileTokenStore(Path file, TokenCipher cipher) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.posix = this.file.getFileSystem().supportedFileAttributeViews().contains("posix");
        this.cipher = cipher == null ? TokenCipher.clearText() : cipher;
    }

    /** Whether tokens are encrypted at rest. */
    public boolean encryptsTokens() {
        return cipher.encrypts();
    }

    public Path getFile() {
        return file;
    }

    @Override
    public Optional<ZohoGrant> load(String account) {
        return Optional.ofNullable(readAll().get(account));
    }

    @Override
    public boolean compareAndSet(String account, long expectedVersion, ZohoGrant next) {
        InMemoryTokenStore.checkVersion(expectedVersion, next);
        return underLock(() -> {
            Map<String, ZohoGrant> all = readAll();
            ZohoGrant current = all.get(account);
            long currentVersion = current == null ? 0 : current.version();
            if (currentVersion != expectedVersion) {
                return false;
            }
            all.put(account, next);
            writeAll(all);
            return true;
        });
    }

    @Override
    public void delete(String account) {
        underLock(() -> {
            Map<String, ZohoGrant> all = readAll();
            if (all.remove(account) != null) {
                writeAll(all);
            }
            return true;
        });
    }

    @Override
    public void savePendingAuthorization(PendingAuthorization pending, Instant now) {
        transientState.savePendingAuthorization(pending, now);
    }

    @Override
    public Optional<PendingAuthorization> consumePendingAuthorization(String state, Instant now) {
        return transientState.consumePendingAuthorization(state, now);
    }

    @Override
    public Optional<Instant> reserveTokenRequest(String account, Instant now, int limit, Duration window) {
        return transientState.reserveTokenRequest(account, now, limit, window);
    }

    @Override
    public String describe() {
        return "file:" + file;
    }

    private interface LockedAction {
        boolean run();
    }

    private boolean underLock(LockedAction action) {
        synchronized (JVM_LOCKS.computeIfAbsent(file, f -> new Object())) {
            return underFileLock(action);
        }
    }

    private boolean underFileLock(LockedAction action) {
        try {
            createParentFolder();
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                assert lock.isValid();
                return action.run();
            }
        } catch (IOException e) {
            throw new ZohoTokenStoreException("Cannot lock the token file " + file + ": " + e
                    + ". Check that the folder exists and is writable by this process", e);
        }
    }

    private void createParentFolder() throws IOException {
        Path dir = file.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
    }

    private Map<String, ZohoGrant> readAll() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new LinkedHashMap<>();
        } catch (IOException e) {
            throw new ZohoTokenStoreException("Cannot read the token file " + file + ": " + e
                    + ". Check its permissions; the file was left untouched", e);
        }
        warnIfReadableByOthers();
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || !root.isObject() || !root.path("grants").isObject()) {
                throw new IllegalArgumentException("no \"grants\" object");
            }
            Map<String, ZohoGrant> all = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = root.get("grants").properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                all.put(e.getKey(), fromJson(e.getKey(), e.getValue()));
            }
            return all;
        } catch (ZohoTokenStoreException e) {
            throw e; // a token that does not decrypt: the message says which key to configure
        } catch (IOException | RuntimeException e) {
            // The message of a parse error may quote file content: never pass it on.
            throw new ZohoTokenStoreException("The token file " + file + " is corrupt (" + e.getClass().getSimpleName()
                    + ") and was left untouched. Restore it from a backup, or move it away and authorize the account "
                    + "again", null);
        }
    }

    private void writeAll(Map<String, ZohoGrant> all) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode grants = root.putObject("grants");
        all.forEach((account, grant) -> grants.set(account, toJson(grant)));
        byte[] bytes;
        try {
            bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new ZohoTokenStoreException("Cannot serialize the grants for " + file, e);
        }
        Path tmp = null;
        try {
            Path dir = file.getParent();
            tmp = posix
                    ? Files.createTempFile(dir, file.getFileName().toString(), ".tmp", ownerOnly())
                    : Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new ZohoTokenStoreException("Cannot write the token file " + file + ": " + e
                    + ". The previous file is unchanged; free disk space or fix permissions", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the rename did not happen, the old file is intact
                }
            }
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    private void warnIfReadableByOthers() {
        if (!posix || permissionsChecked) {
            return;
        }
        permissionsChecked = true;
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(perms)) {
                LOG.warn("Token file {} is readable or writable by others ({}); it will be rewritten with mode 0600 "
                        + "on the next save. Restrict it now with chmod 600", file, PosixFilePermissions.toString(perms));
            }
        } catch (IOException e) {
            LOG.debug("Cannot read permissions of {}: {}", file, e.toString());
        }
    }

    private ObjectNode toJson(ZohoGrant g) {
        ObjectNode n = mapper.createObjectNode();
        n.put("refreshToken", cipher.encrypt(g.refreshToken(), g.account() + "|refreshToken"));
        n.put("accessToken", cipher.encrypt(g.accessToken(), g.account() + "|accessToken"));
        n.put("accessTokenExpiresAt", millis(g.accessTokenExpiresAt()));
        n.put("apiDomain", g.apiDomain());
        n.put("accountsServer", g.accountsServer());
        n.put("scope", g.scope());
        n.put("lastRefreshAt", millis(g.lastRefreshAt()));
        n.put("version", g.version());
        return n;
    }

    private ZohoGrant fromJson(String account, JsonNode n) {
        if (!n.isObject() || !n.path("accountsServer").isTextual() || !n.path("version").canConvertToLong()) {
            throw new IllegalArgumentException("grant " + account + " lacks accountsServer or version");
        }
        return new ZohoGrant(account, cipher.decrypt(text(n, "refreshToken"), account + "|refreshToken"),
                cipher.decrypt(text(n, "accessToken"), account + "|accessToken"), instant(n, "accessTokenExpiresAt"),
                text(n, "apiDomain"), n.get("accountsServer").asText(), text(n, "scope"), instant(n, "lastRefreshAt"),
                n.get("version").asLong());
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : Instant.ofEpochMilli(v.asLong());
    }
}
