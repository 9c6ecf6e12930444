package dev.dynamos.data.prices;

import dev.dynamos.common.BadInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Price rows as read, in file order, before they are laid onto a shared calendar. */
final class PriceRows {

    /** Values per row, in this order: open, high, low, close, adjusted close, volume. */
    private static final int FIELDS = 6;

    private final Map<String, Integer> tickerIds = new HashMap<>();
    private int[] tickerOfRow = new int[1024];
    private int[] dayOfRow = new int[1024];
    private long[] fileRow = new long[1024];
    private double[] values = new double[1024 * FIELDS];
    private int size;
    private long emptyRows;
    private long duplicateRows;
    private String firstDuplicate = "";

    void add(String ticker, int epochDay, long row, double[] fields) {
        if (size == tickerOfRow.length) {
            grow();
        }
        tickerOfRow[size] = tickerIds.computeIfAbsent(ticker, name -> tickerIds.size());
        dayOfRow[size] = epochDay;
        fileRow[size] = row;
        System.arraycopy(fields, 0, values, size * FIELDS, FIELDS);
        size++;
    }

    void skipEmpty() {
        emptyRows++;
    }

    long emptyRows() {
        return emptyRows;
    }

    /** Returns how many rows repeated a ticker and day seen before (known after toHistory). */
    long duplicateRows() {
        return duplicateRows;
    }

    /** Returns where the first repeated row was, or an empty string when there was none. */
    String firstDuplicate() {
        return firstDuplicate;
    }

    long rowsRead() {
        return size + emptyRows;
    }

    /**
     * Lays the rows onto the calendar of all their dates, tickers sorted by name.
     *
     * <p>A ticker and day that appear again keep the first row; the repeats are counted (real
     * vendor files hold a few such copies, usually identical or differing only in volume).
     *
     * @throws BadInputException when no row has a price
     */
    PriceHistory toHistory(Path file) {
        if (size == 0) {
            throw new BadInputException(
                    "no_prices", file + " holds no row with a close price; expected daily prices");
        }
        int[] sortedDays = distinctSortedDays();
        int[] tickerRank = tickerRanks();
        double[][][] fields = new double[FIELDS][tickerIds.size()][sortedDays.length];
        for (double[][] field : fields) {
            for (double[] series : field) {
                Arrays.fill(series, Double.NaN);
            }
        }
        for (int r = 0; r < size; r++) {
            int t = tickerRank[tickerOfRow[r]];
            int d = Arrays.binarySearch(sortedDays, dayOfRow[r]);
            if (!Double.isNaN(fields[3][t][d])) {
                noteDuplicate(r);
                continue;
            }
            for (int f = 0; f < FIELDS; f++) {
                fields[f][t][d] = values[r * FIELDS + f];
            }
        }
        return new PriceHistory(
                dates(sortedDays),
                sortedTickers(),
                fields[0],
                fields[1],
                fields[2],
                fields[3],
                fields[4],
                fields[5]);
    }

    private void noteDuplicate(int r) {
        if (duplicateRows == 0) {
            firstDuplicate =
                    "row "
                            + fileRow[r]
                            + " (line "
                            + (fileRow[r] + 1)
                            + ") repeats "
                            + tickerName(tickerOfRow[r])
                            + " on "
                            + LocalDate.ofEpochDay(dayOfRow[r]);
        }
        duplicateRows++;
    }

    private String tickerName(int id) {
        for (Map.Entry<String, Integer> entry : tickerIds.entrySet()) {
            if (entry.getValue() == id) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("no ticker with id " + id);
    }

    private int[] distinctSortedDays() {
        int[] days = Arrays.copyOf(dayOfRow, size);
        Arrays.sort(days);
        int distinct = 0;
        for (int i = 0; i < days.length; i++) {
            if (i == 0 || days[i] != days[i - 1]) {
                days[distinct++] = days[i];
            }
        }
        return Arrays.copyOf(days, distinct);
    }

    private List<String> sortedTickers() {
        return new ArrayList<>(new TreeMap<>(tickerIds).keySet());
    }

    private int[] tickerRanks() {
        int[] rank = new int[tickerIds.size()];
        int next = 0;
        for (Map.Entry<String, Integer> entry : new TreeMap<>(tickerIds).entrySet()) {
            rank[entry.getValue()] = next++;
        }
        return rank;
    }

    private static List<LocalDate> dates(int[] epochDays) {
        List<LocalDate> dates = new ArrayList<>(epochDays.length);
        for (int day : epochDays) {
            dates.add(LocalDate.ofEpochDay(day));
        }
        return dates;
    }

    private void grow() {
        int capacity = tickerOfRow.length * 2;
        tickerOfRow = Arrays.copyOf(tickerOfRow, capacity);
        dayOfRow = Arrays.copyOf(dayOfRow, capacity);
        fileRow = Arrays.copyOf(fileRow, capacity);
        values = Arrays.copyOf(values, capacity * FIELDS);
    }
}
