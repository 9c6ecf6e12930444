package dev.dynamos.report;

/** The fixed parts of a report page: head with inline style, and the chart-check script. */
final class ReportPage {

    private static final String STYLE =
            """
            body { font-family: sans-serif; margin: 24px auto; max-width: 1160px; color: #222; }
            h1 { font-size: 24px; margin-bottom: 4px; }
            h2 { font-size: 19px; margin-top: 32px; border-bottom: 1px solid #ddd; }
            h3 { font-size: 15px; margin: 20px 0 6px; }
            p.config { color: #555; font-family: monospace; margin-top: 0; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { border: 1px solid #ccc; padding: 4px 10px; text-align: right; }
            th { background: #f3f3f3; }
            td:first-child { text-align: left; }
            figure { margin: 16px 0; }
            figure img { max-width: 100%; border: 1px solid #eee; }
            """;

    /**
     * Marks the body with whether every image decoded, for headless checks: "charts-ok N" or
     * "charts-broken: id1,id2".
     */
    private static final String CHECK_SCRIPT =
            """
            <script>
            window.addEventListener('load', function () {
              var images = document.images, broken = [];
              for (var i = 0; i < images.length; i++) {
                if (!images[i].complete || images[i].naturalWidth === 0) {
                  broken.push(images[i].id || ('image-' + i));
                }
              }
              document.body.setAttribute('data-chart-check', broken.length === 0
                  ? 'charts-ok ' + images.length : 'charts-broken: ' + broken.join(','));
            });
            </script>
            """;

    private ReportPage() {}

    /** Returns the page start up to and including the opening body tag. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + Html.escape(title)
                + "</title>\n<style>\n"
                + STYLE
                + "</style>\n"
                + CHECK_SCRIPT
                + "</head>\n<body>\n";
    }

    /** Returns the page end. */
    static String tail() {
        return "</body>\n</html>\n";
    }
}
