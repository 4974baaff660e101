package org.boxoffice.sales.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.boxoffice.sales.entity.SalesFigures;

/**
 * Writes a sales report's lines as CSV (RFC 4180, UTF-8) and as a spreadsheet (.xlsx) at once, a
 * line at a time: the spreadsheet through POI's streaming {@link SXSSFWorkbook}, which keeps only
 * a window of rows in memory and the rest in a temporary file, so that a report of many lines
 * needs little heap. The spreadsheet has a second sheet with the totals per currency.
 */
public final class ReportFiles implements AutoCloseable {

    /** The columns, in order; docs/reports.md says what each holds. */
    public static final List<String> COLUMNS = List.of(
            "organisation",
            "day",
            "zone",
            "event_id",
            "event",
            "event_starts_at",
            "ticket_type_id",
            "ticket_type",
            "currency",
            "tickets_sold",
            "tickets_refunded",
            "gross",
            "fees",
            "taxes",
            "refunds",
            "net",
            "check_ins");

    /** Rows of the spreadsheet kept in memory before they go to the temporary file. */
    private static final int WINDOW = 200;

    private final String organisation;
    private final LocalDate day;
    private final ZoneId zone;
    private final ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
    private final Writer csv = new OutputStreamWriter(csvBytes, StandardCharsets.UTF_8);
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet;
    private final CellStyle decimals;
    private final Map<String, SalesFigures> totals = new TreeMap<>();
    private int lines;
    private long sold;
    private long refunded;
    private long admitted;

    public ReportFiles(String organisation, LocalDate day, ZoneId zone) {
        this.organisation = organisation;
        this.day = day;
        this.zone = zone;
        this.sheet = workbook.createSheet("Sales " + day);
        this.decimals = workbook.createCellStyle();
        decimals.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00#"));
        write(String.join(",", COLUMNS));
        Row header = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            header.createCell(i).setCellValue(COLUMNS.get(i));
        }
    }

    /** Adds a line to both files. */
    public void add(SalesFigures line) {
        lines++;
        sold += line.ticketsSold();
        refunded += line.ticketsRefunded();
        admitted += line.checkIns();
        String code = line.currency().getCurrencyCode();
        SalesFigures total = totals.getOrDefault(code, SalesFigures.none(0, "", null, null, null, line.currency()));
        totals.put(
                code,
                total.sold(line.ticketsSold(), line.gross(), line.fees(), line.taxes())
                        .refunded(line.ticketsRefunded(), line.refunds())
                        .admitted(line.checkIns()));
        String startsAt =
                line.eventStartsAt() == null ? "" : line.eventStartsAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        write(String.join(
                ",",
                csv(text(organisation)),
                day.toString(),
                zone.getId(),
                String.valueOf(line.eventId()),
                csv(text(line.eventTitle())),
                startsAt,
                line.ticketTypeId() == null ? "" : String.valueOf(line.ticketTypeId()),
                csv(text(line.ticketType() == null ? "" : line.ticketType())),
                code,
                String.valueOf(line.ticketsSold()),
                String.valueOf(line.ticketsRefunded()),
                line.gross().toPlainString(),
                line.fees().toPlainString(),
                line.taxes().toPlainString(),
                line.refunds().toPlainString(),
                line.net().toPlainString(),
                String.valueOf(line.checkIns())));
        Row row = sheet.createRow(lines);
        int column = 0;
        row.createCell(column++).setCellValue(organisation);
        row.createCell(column++).setCellValue(day.toString());
        row.createCell(column++).setCellValue(zone.getId());
        row.createCell(column++).setCellValue(line.eventId());
        row.createCell(column++).setCellValue(line.eventTitle());
        row.createCell(column++).setCellValue(startsAt);
        if (line.ticketTypeId() != null) {
            row.createCell(column).setCellValue(line.ticketTypeId());
        }
        column++;
        row.createCell(column++).setCellValue(line.ticketType() == null ? "" : line.ticketType());
        row.createCell(column++).setCellValue(code);
        row.createCell(column++).setCellValue(line.ticketsSold());
        row.createCell(column++).setCellValue(line.ticketsRefunded());
        column = money(row, column, line.gross());
        column = money(row, column, line.fees());
        column = money(row, column, line.taxes());
        column = money(row, column, line.refunds());
        column = money(row, column, line.net());
        row.createCell(column).setCellValue(line.checkIns());
    }

    private int money(Row row, int column, BigDecimal amount) {
        var cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(decimals);
        return column + 1;
    }

    /** The files, once every line was added; the counts are those of the lines. */
    public record Written(byte[] csv, byte[] xlsx, int lines, long ticketsSold, long ticketsRefunded, long checkIns) {}

    /** Ends both files. */
    public Written finish() {
        try {
            csv.flush();
            Sheet sums = workbook.createSheet("Totals");
            Row header = sums.createRow(0);
            List<String> columns = List.of(
                    "currency",
                    "tickets_sold",
                    "tickets_refunded",
                    "gross",
                    "fees",
                    "taxes",
                    "refunds",
                    "net",
                    "check_ins");
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            int index = 1;
            for (SalesFigures total : totals.values()) {
                Row row = sums.createRow(index++);
                row.createCell(0).setCellValue(total.currency().getCurrencyCode());
                row.createCell(1).setCellValue(total.ticketsSold());
                row.createCell(2).setCellValue(total.ticketsRefunded());
                int column = money(row, 3, total.gross());
                column = money(row, column, total.fees());
                column = money(row, column, total.taxes());
                column = money(row, column, total.refunds());
                column = money(row, column, total.net());
                row.createCell(column).setCellValue(total.checkIns());
            }
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            workbook.write(xlsx);
            return new Written(csvBytes.toByteArray(), xlsx.toByteArray(), lines, sold, refunded, admitted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void write(String line) {
        try {
            csv.write(line);
            csv.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text that people typed (an organisation's name, an event's title, a ticket type's name) as a
     * CSV cell that a spreadsheet never runs: one that begins with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return would be read as a formula by Excel or LibreOffice
     * ("CSV injection"), so it gets a single quote in front, as OWASP advises. Numbers, days and
     * zones are the report's own and stay as they are (a negative net is a number, not a formula).
     * The spreadsheet needs none of this: its cells are strings.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    /** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. */
    public static String csv(String field) {
        String value = field == null ? "" : field;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
