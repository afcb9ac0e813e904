import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Keeps pages FIRST to LAST (1-based) of a PDF: {@code java -cp $CP PdfPages.java IN OUT FIRST LAST}. The pages are
 * kept as they are (content, fonts, rulings); only the others are dropped.
 */
public final class PdfPages {

    public static void main(String[] args) throws Exception {
        int first = Integer.parseInt(args[2]);
        int last = Integer.parseInt(args[3]);
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            for (int i = doc.getNumberOfPages(); i >= 1; i--) {
                if (i < first || i > last) {
                    doc.removePage(i - 1);
                }
            }
            doc.getDocumentInformation().setCreationDate(null);
            doc.getDocumentInformation().setModificationDate(null);
            doc.save(new File(args[1]));
            System.out.println(args[1] + ": " + doc.getNumberOfPages() + " pages, " + new File(args[1]).length()
                    + " bytes");
        }
    }
}
