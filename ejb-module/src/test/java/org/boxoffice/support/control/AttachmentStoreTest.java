package org.boxoffice.support.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.boxoffice.support.entity.SupportException;
import org.boxoffice.support.entity.SupportException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStoreTest {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    static final byte[] PDF =
            ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path data;

    AttachmentStore store;

    @BeforeEach
    void setUp() {
        store = new AttachmentStore();
        store.dataDir = data.toString();
        store.maxBytes = 100;
        store.types = List.of("application/pdf", "image/png", "image/jpeg", "text/plain");
        store.init();
    }

    @Test
    void instancesThatShareAFolderKeepTheFilesThereInsteadOfInTheirOwnDataFolder(@TempDir Path shared)
            throws IOException {
        store.attachmentDir = Optional.of(shared.toString());
        store.init();
        AttachmentStore.Stored stored = store.store(new ByteArrayInputStream(PNG));
        assertThat(store.fileOf(stored.storageName())).startsWith(shared).exists();
        assertThat(data.resolve("support")).doesNotExist();
    }

    @Test
    void aPngIsStoredUnderARandomNameWithTheTypeOfItsContent() throws IOException {
        AttachmentStore.Stored stored = store.store(new ByteArrayInputStream(PNG));

        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.size()).isEqualTo(PNG.length);
        assertThat(stored.storageName()).matches("[0-9a-f]{32}");
        Path file = store.fileOf(stored.storageName());
        assertThat(file).startsWith(data.resolve("support").resolve("attachments"));
        assertThat(Files.readAllBytes(file)).isEqualTo(PNG);
    }

    @Test
    void textAndPdfAreToldFromTheirContent() {
        assertThat(store.store(new ByteArrayInputStream(
                                "Hello, my ticket did not arrive.\n".getBytes(StandardCharsets.UTF_8)))
                        .contentType())
                .isEqualTo("text/plain");
        assertThat(store.store(new ByteArrayInputStream(PDF)).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAndDeleted() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(zip)))
                .isInstanceOfSatisfying(
                        SupportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ATTACHMENT_TYPE));
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedReadingOneBytePastIt() throws IOException {
        CountingStream body = new CountingStream(new byte[10_000]);

        assertThatThrownBy(() -> store.store(body))
                .isInstanceOfSatisfying(
                        SupportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ATTACHMENT_TOO_LARGE));
        assertThat(body.read).isEqualTo(101);
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(
                        SupportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ATTACHMENT_EMPTY));
    }

    @Test
    void aStorageNameIsNeverAPath() {
        assertThatThrownBy(() -> store.fileOf("../../secrets/privacy-key"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<Path> leftOver() throws IOException {
        Path directory = data.resolve("support").resolve("attachments");
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.toList();
        }
    }

    static final class CountingStream extends ByteArrayInputStream {
        int read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
