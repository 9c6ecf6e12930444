package dev.dynamos.data.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamos.common.BadInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCsvReaderTest {

    private static final String HEADER = "date,ticker,open,high,low,close,adj_close,volume";

    @TempDir Path dir;

    @Test
    void gzipAndPlainFilesGiveTheSameHistory() {
        SyntheticPrices prices = SyntheticPrices.generate(4, 30, 11);

        PriceHistory plain = PriceCsvReader.read(prices.write(dir.resolve("p.csv"))).history();
        PriceHistory gzip = PriceCsvReader.read(prices.write(dir.resolve("p.csv.gz"))).history();

        assertThat(gzip.dayCount()).isEqualTo(30).isEqualTo(plain.dayCount());
        assertThat(gzip.tickerCount()).isEqualTo(4);
        for (int t = 0; t < 4; t++) {
            assertThat(gzip.close(t)).containsExactly(plain.close(t));
            assertThat(gzip.adjClose(t)).containsExactly(prices.adjClose[t]);
            assertThat(gzip.volume(t)).containsExactly(prices.volume[t]);
        }
    }

    @Test
    void emptyRowsAreSkippedCountedAndLeftAsNaN() {
        Path file =
                SyntheticPrices.writeLines(
                        dir.resolve("p.csv"),
                        HEADER,
                        "2017-01-03,AAA,1,2,0.5,1.5,1.4,100",
                        "2017-01-04,AAA,,,,,,",
                        "2017-01-05,AAA,1,2,0.5,1.6,1.5,100",
                        "2017-01-04,BBB,1,2,0.5,1.5,1.5,100",
                        "2017-01-05,BBB,,,,,,");

        PriceLoad load = PriceCsvReader.read(file);

        assertThat(load.rowsRead()).isEqualTo(5);
        assertThat(load.emptyRowsSkipped()).isEqualTo(2);
        PriceHistory history = load.history();
        assertThat(history.day(1)).isEqualTo(LocalDate.of(2017, 1, 4));
        assertThat(history.close(0)).containsExactly(1.5, Double.NaN, 1.6);
        assertThat(history.close(1)).containsExactly(Double.NaN, 1.5, Double.NaN);
    }

    @Test
    void repeatedTickerAndDayKeepsTheFirstRowAndCountsTheRepeat() {
        Path file =
                SyntheticPrices.writeLines(
                        dir.resolve("p.csv"),
                        HEADER,
                        "2017-01-03,AAA,1,2,0.5,1.5,1.4,100",
                        "2017-01-03,AAA,1,2,0.5,1.5,1.4,101");

        PriceLoad load = PriceCsvReader.read(file);

        assertThat(load.duplicateRowsSkipped()).isEqualTo(1);
        assertThat(load.history().volume(0)).containsExactly(100.0);
    }

    @Test
    void missingAdjustedCloseColumnIsAllowed() {
        Path file =
                SyntheticPrices.writeLines(
                        dir.resolve("p.csv"),
                        "date,ticker,open,high,low,close,volume",
                        "2017-01-03,AAA,1,2,0.5,1.5,100");

        PriceHistory history = PriceCsvReader.read(file).history();

        assertThat(history.close(0)).containsExactly(1.5);
        assertThat(history.adjClose(0)).containsExactly(Double.NaN);
    }

    @Test
    void missingColumnNamesTheFileAndTheColumn() {
        Path file =
                SyntheticPrices.writeLines(
                        dir.resolve("novolume.csv"),
                        "date,ticker,open,high,low,close,adj_close",
                        "2017-01-03,AAA,1,2,0.5,1.5,1.4");

        assertThatThrownBy(() -> PriceCsvReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("missing_column")
                .hasMessageContaining("novolume.csv")
                .hasMessageContaining("'volume'");
    }

    @Test
    void badDateNamesTheFileTheRowAndTheValue() {
        Path file =
                SyntheticPrices.writeLines(
                        dir.resolve("baddate.csv"),
                        HEADER,
                        "2017-01-03,AAA,1,2,0.5,1.5,1.4,100",
                        "2017-01-04,AAA,1,2,0.5,1.5,1.4,100",
                        "2017-13-05,AAA,1,2,0.5,1.5,1.4,100");

        assertThatThrownBy(() -> PriceCsvReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bad_date")
                .hasMessageContaining("baddate.csv")
                .hasMessageContaining("row 3")
                .hasMessageContaining("'2017-13-05'");
    }

    @Test
    void unparsableNumberIsBadInputNamingTheFile() {
        Path file =
                SyntheticPrices.writeLines(
                        dir.resolve("badnumber.csv"), HEADER, "2017-01-03,AAA,1,2,0.5,abc,1.4,100");

        assertThatThrownBy(() -> PriceCsvReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bad_price_file")
                .hasMessageContaining("badnumber.csv");
    }

    @Test
    void missingFileIsBadInput() {
        assertThatThrownBy(() -> PriceCsvReader.read(dir.resolve("absent.csv")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("missing_file");
    }
}
