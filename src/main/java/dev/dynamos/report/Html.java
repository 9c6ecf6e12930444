package dev.dynamos.report;

import java.util.List;
import java.util.Locale;

/** HTML text helpers: escaping, number formatting and tables. */
final class Html {

    private Html() {}

    /** Returns the text with HTML's special characters escaped, safe in content and attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns a number as table text: integers plainly, others to 4 decimals, NaN as "n/a". */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Returns an HTML table with a header row; cells are escaped. */
    static String table(List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table>\n<thead><tr>");
        for (String header : headers) {
            out.append("<th>").append(escape(header)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "table row has " + row.size() + " cells, expected " + headers.size());
            }
            out.append("<tr>");
            for (String cell : row) {
                out.append("<td>").append(escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    /** Returns a lower-case identifier made of letters, digits and single dashes. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "chart" : slug;
    }
}
