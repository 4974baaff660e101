package org.boxoffice.reporting.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes report rows to {@code <data dir>/reports/<job>-<execution id>.csv}. The file is named by
 * the execution so that reruns never overwrite an earlier report; a restart appends to its own.
 */
@Named
@Dependent
public class CsvFileWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String header;

    @Inject
    @ConfigProperty(name = "boxoffice.data.dir", defaultValue = "data")
    String dataDirectory;

    private Path file;
    private BufferedWriter out;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        file = Path.of(dataDirectory, "reports", job.getJobName() + "-" + job.getExecutionId() + ".csv")
                .toAbsolutePath();
        Files.createDirectories(file.getParent());
        boolean fresh = checkpoint == null || Files.notExists(file);
        out = Files.newBufferedWriter(
                file,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        if (fresh && header != null && !header.isBlank()) {
            out.write(header);
            out.newLine();
        }
        job.setExitStatus(file.toString());
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        for (Object item : items) {
            out.write(((EventRow) item).toCsv());
            out.newLine();
        }
        out.flush();
    }

    @Override
    public Serializable checkpointInfo() {
        return file.toString();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
