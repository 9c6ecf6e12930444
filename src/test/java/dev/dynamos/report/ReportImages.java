package dev.dynamos.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Reads the embedded chart images back out of a report page. */
final class ReportImages {

    private static final Pattern IMG =
            Pattern.compile(
                    "<img id=\"([^\"]+)\" alt=\"([^\"]+)\""
                            + " src=\"data:image/png;base64,([^\"]+)\">");

    private ReportImages() {}

    /** Returns each chart image decoded with ImageIO, by image id, in page order. */
    static Map<String, BufferedImage> decode(String html) {
        Map<String, BufferedImage> images = new LinkedHashMap<>();
        Matcher matcher = IMG.matcher(html);
        while (matcher.find()) {
            byte[] png = Base64.getDecoder().decode(matcher.group(3));
            try {
                images.put(matcher.group(1), ImageIO.read(new ByteArrayInputStream(png)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return images;
    }

    /** Returns the number of {@code <img} tags of any form in the page. */
    static int imgTags(String html) {
        return html.split("<img", -1).length - 1;
    }

    /** Returns how many distinct colours the image holds, counted up to {@code cap}. */
    static int distinctColors(BufferedImage image, int cap) {
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight() && colors.size() < cap; y += 2) {
            for (int x = 0; x < image.getWidth() && colors.size() < cap; x += 2) {
                colors.add(image.getRGB(x, y));
            }
        }
        return colors.size();
    }
}
