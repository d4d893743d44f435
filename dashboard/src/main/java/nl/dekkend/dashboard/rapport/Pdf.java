package nl.dekkend.dashboard.rapport;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * HTML to a tagged PDF (PDF/UA-1) with openhtmltopdf: every font registered and embedded from the classpath (DejaVu
 * Sans, see {@code rapport/fonts/LICENSE.txt}), SVG through Batik, nothing loaded from outside. The HTML carries
 * {@code lang}, a title and a description.
 */
final class Pdf {

    static final String FAMILY = "DejaVu Sans";
    static final String FONT_REGULAR = "/rapport/fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "/rapport/fonts/DejaVuSans-Bold.ttf";

    static {
        // openhtmltopdf logs every font and CSS property it skips; a failure still ends in an exception
        XRLog.setLoggingEnabled(false);
    }

    private Pdf() {}

    static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> Pdf.class.getResourceAsStream(FONT_REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> Pdf.class.getResourceAsStream(FONT_BOLD), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the report to PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
