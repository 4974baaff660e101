package org.boxoffice.sales.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Currency;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boxoffice.sales.entity.SalesFigures;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

    private static final OffsetDateTime STARTS = OffsetDateTime.parse("2026-12-24T20:00:00Z");

    private static SalesFigures line(long event, String title, String currency, String gross, String refunds) {
        return SalesFigures.none(event, title, STARTS, 7L, "Adult", Currency.getInstance(currency))
                .sold(2, new BigDecimal(gross), new BigDecimal("3.00"), new BigDecimal("1.5967"))
                .refunded(1, new BigDecimal(refunds))
                .admitted(1);
    }

    @Test
    void amountsAreAtTheirCurrencysDigitsAndNetIsGrossAndFeesLessRefunds() {
        SalesFigures eur = line(1, "Gala", "EUR", "20", "11.5");
        assertThat(eur.gross()).isEqualByComparingTo("20.00").hasToString("20.00");
        assertThat(eur.taxes()).hasToString("1.60");
        assertThat(eur.net()).hasToString("11.50");
        SalesFigures yen = line(2, "Gala", "JPY", "2000", "1000");
        assertThat(yen.taxes()).hasToString("2");
        assertThat(yen.net()).hasToString("1003");
    }

    @Test
    void csvAndSpreadsheetHaveEveryLineAndTotalsPerCurrency() throws Exception {
        ReportFiles.Written written;
        try (ReportFiles files =
                new ReportFiles("Elbe, \"Concerts\"", LocalDate.of(2026, 12, 6), ZoneId.of("Europe/Berlin"))) {
            files.add(line(1, "Gala, night", "EUR", "20", "11.5"));
            files.add(line(2, "Matinee", "USD", "30", "0"));
            files.add(line(3, "Gala II", "EUR", "10", "0"));
            written = files.finish();
        }
        assertThat(written.lines()).isEqualTo(3);
        assertThat(written.ticketsSold()).isEqualTo(6);
        String[] csv = new String(written.csv(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(csv).hasSize(4);
        assertThat(csv[0]).isEqualTo(String.join(",", ReportFiles.COLUMNS));
        assertThat(csv[1])
                .isEqualTo("\"Elbe, \"\"Concerts\"\"\",2026-12-06,Europe/Berlin,1,\"Gala, night\","
                        + "2026-12-24T20:00:00Z,7,Adult,EUR,2,1,20.00,3.00,1.60,11.50,11.50,1");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written.xlsx()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            var totals = workbook.getSheet("Totals");
            assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("EUR");
            assertThat(totals.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(30.00);
            // net: 20.00 + 3.00 - 11.50 and 10.00 + 3.00
            assertThat(totals.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(24.50);
            assertThat(totals.getRow(2).getCell(0).getStringCellValue()).isEqualTo("USD");
            assertThat(totals.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(30.00);
        }
    }

    @Test
    void textsThatASpreadsheetWouldRunAsFormulasGetAQuoteInTheCsvAndStayAsTheyAreInTheSpreadsheet() throws Exception {
        ReportFiles.Written written;
        try (ReportFiles files = new ReportFiles("@Elbe", LocalDate.of(2026, 12, 6), ZoneId.of("Europe/Berlin"))) {
            files.add(line(1, "=HYPERLINK(\"http://evil.example\",\"x\")", "EUR", "20", "30"));
            files.add(line(2, "+1+2", "EUR", "20", "0"));
            files.add(line(3, "-2+3", "EUR", "20", "0"));
            files.add(line(4, "\t=1", "EUR", "20", "0"));
            files.add(line(5, "\r=1", "EUR", "20", "0"));
            files.add(line(6, "Gala = 1 + 1", "EUR", "20", "0"));
            written = files.finish();
        }
        String[] csv = new String(written.csv(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(csv[1])
                .as("quoted for the comma, and a quote first")
                .startsWith("'@Elbe,2026-12-06,Europe/Berlin,1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")
                .as("a negative net is a number")
                .endsWith(",EUR,2,1,20.00,3.00,1.60,30.00,-7.00,1");
        assertThat(csv[2]).contains(",2,'+1+2,");
        assertThat(csv[3]).contains(",3,'-2+3,");
        assertThat(csv[4]).contains(",4,'\t=1,");
        assertThat(csv[5]).contains(",5,\"'\r=1\",");
        assertThat(csv[6]).as("only the first character counts").contains(",6,Gala = 1 + 1,");
        assertThat(ReportFiles.text("")).isEmpty();
        assertThat(ReportFiles.text("Adult")).isEqualTo("Adult");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written.xlsx()))) {
            var first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("@Elbe");
            assertThat(first.getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
        }
    }
}
