package org.boxoffice.support.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.tika.Tika;
import org.boxoffice.support.entity.SupportException;
import org.boxoffice.support.entity.SupportException.Reason;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files of support cases, in {@code boxoffice.support.attachment-dir}, by default {@code
 * <boxoffice.data.dir>/support/attachments}: outside the web root, each under a random name of its
 * own. Several instances share one folder (a shared volume), since a file uploaded through one
 * instance is read through any other. A file is read from the request once, at most
 * one byte past {@code boxoffice.support.attachment-max-bytes}, straight to disk (never held in
 * memory whole); its type is told from its first bytes by Apache Tika, whatever its name or the
 * request's Content-Type say, and must be one of {@code boxoffice.support.attachment-types}.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());

    /** How much of a file Tika looks at: enough for every magic number it knows. */
    private static final int HEAD = 64 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "boxoffice.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "boxoffice.support.attachment-dir")
    Optional<String> attachmentDir = Optional.empty();

    @Inject
    @ConfigProperty(name = "boxoffice.support.attachment-max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(
            name = "boxoffice.support.attachment-types",
            defaultValue = "application/pdf,image/png,image/jpeg,text/plain")
    List<String> types;

    private final Tika tika = new Tika();

    private Path directory;

    private Set<String> allowed;

    @PostConstruct
    void init() {
        directory = attachmentDir
                .map(String::strip)
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder).toAbsolutePath())
                .orElseGet(() ->
                        Path.of(dataDir).toAbsolutePath().resolve("support").resolve("attachments"));
        allowed = types.stream()
                .map(type -> type.strip().toLowerCase(Locale.ROOT))
                .filter(type -> !type.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A file stored: its random name, its size and its type as told from its content. */
    public record Stored(String storageName, long size, String contentType) {}

    /**
     * Writes the body to a new file and checks it; a refused file is deleted at once.
     *
     * @throws SupportException attachment-empty, attachment-too-large (413), attachment-type (415)
     */
    public Stored store(InputStream body) {
        String name = randomName();
        Path file = fileOf(name);
        try {
            Files.createDirectories(directory);
            long size;
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                size = copyBounded(body, out, maxBytes + 1);
            }
            if (size > maxBytes) {
                throw new SupportException(Reason.ATTACHMENT_TOO_LARGE, maxBytes);
            }
            if (size == 0) {
                throw new SupportException(Reason.ATTACHMENT_EMPTY);
            }
            String type = detect(file);
            if (!allowed.contains(type)) {
                throw new SupportException(
                        Reason.ATTACHMENT_TYPE, type, allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
            return new Stored(name, size, type);
        } catch (IOException e) {
            delete(name);
            throw new UncheckedIOException("could not store an attachment", e);
        } catch (RuntimeException e) {
            delete(name);
            throw e;
        }
    }

    /** The type Tika tells from the content alone (no name given): {@code text/plain}, {@code image/png}... */
    String detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        String type = tika.detect(head);
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    /** The stored file of this name. */
    public Path fileOf(String storageName) {
        if (!storageName.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a storage name: " + storageName);
        }
        return directory.resolve(storageName);
    }

    /** Deletes a stored file, if it is there; a failure is logged, not thrown (the row is gone already). */
    public void delete(String storageName) {
        try {
            Files.deleteIfExists(fileOf(storageName));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the support attachment " + storageName, e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    static long copyBounded(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        while (total < max) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, max - total));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    private static String randomName() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
