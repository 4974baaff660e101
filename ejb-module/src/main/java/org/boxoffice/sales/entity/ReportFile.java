package org.boxoffice.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One file of a sales report, kept in the database that every instance shares. */
@Entity
@Table(name = "sales_report_file")
@IdClass(ReportFile.Key.class)
public class ReportFile {

    /** The formats a report is written in. */
    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** The key: the report and the format. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long reportId;
        private Format format;

        public Key() {}

        public Key(long reportId, Format format) {
            this.reportId = reportId;
            this.format = format;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(reportId, key.reportId) && format == key.format;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, format);
        }
    }

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private Format format;

    @Column(nullable = false)
    private byte[] content;

    protected ReportFile() {}

    public ReportFile(long reportId, Format format, byte[] content) {
        this.reportId = reportId;
        this.format = format;
        this.content = content.clone();
    }

    public Format format() {
        return format;
    }

    public byte[] content() {
        return content.clone();
    }
}
