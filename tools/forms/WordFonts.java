import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A LibreOffice PDF with its text set again in a composite font, as Word and WPS export a report: one TrueType font
 * embedded as Type0 (Identity-H, two-byte glyph codes), where LibreOffice writes simple Type1 fonts of 256 glyphs each.
 * Every glyph stays where LibreOffice put it (the same text operators, only the strings re-encoded), the rulings are
 * untouched. Optionally the font's ToUnicode map is removed (as some converters write it: the text has no characters)
 * or written without some characters.
 *
 * <pre>java -cp RUNTIME_CLASSPATH tools/forms/WordFonts.java FONT.ttc IN.pdf OUT.pdf [--no-unicode | --drop=字符]</pre>
 */
public class WordFonts {

    public static void main(String[] args) throws Exception {
        String mode = args.length > 3 ? args[3] : "";
        // PDFBox logs through java.util.logging here: a line for every code looked up without a character
        java.util.logging.Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.SEVERE);
        byte[] retyped;
        try (PDDocument doc = Loader.loadPDF(new File(args[1]));
                TrueTypeCollection collection = new TrueTypeCollection(new File(args[0]))) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiZenHei");
            PDType0Font type0 = PDType0Font.load(doc, ttf, true);
            // a font is subset on saving once a content stream has set it (PDPageContentStream registers it); this
            // stream is replaced below
            try (PDPageContentStream register =
                    new PDPageContentStream(doc, doc.getPage(0), PDPageContentStream.AppendMode.APPEND, false)) {
                register.setFont(type0, 10);
            }
            // pages share their resources in LibreOffice's PDFs: every page's fonts are taken before any is replaced
            List<Map<COSName, PDFont>> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                Map<COSName, PDFont> byName = new HashMap<>();
                for (COSName name : page.getResources().getFontNames()) {
                    byName.put(name, page.getResources().getFont(name));
                }
                fonts.add(byName);
            }
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                retype(doc, doc.getPage(p), fonts.get(p), type0);
            }
            retyped = save(doc);
        }
        try (PDDocument doc = Loader.loadPDF(retyped)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (mode.equals("--no-unicode")) {
                        font.getCOSObject().removeItem(COSName.TO_UNICODE);
                    } else if (mode.startsWith("--drop=")) {
                        font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode(doc, font, mode.substring(7)));
                    }
                }
            }
            doc.setAllSecurityToBeRemoved(true);
            doc.getDocumentInformation().setProducer("WordFonts (tools/forms)");
            doc.save(new File(args[2]));
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** The page's text operators with their strings re-encoded for {@code type0}, which becomes its only font. */
    private static void retype(PDDocument doc, PDPage page, Map<COSName, PDFont> fonts, PDType0Font type0)
            throws IOException {
        PDResources resources = page.getResources();
        List<Object> tokens = new PDFStreamParser(page).parse();
        resources.getCOSObject().setItem(COSName.FONT, new COSDictionary());
        COSName name = resources.add(type0);
        List<Object> out = new ArrayList<>();
        PDFont current = null;
        for (Object token : tokens) {
            if (token instanceof Operator op) {
                switch (op.getName()) {
                    case "Tf" -> {
                        current = fonts.get((COSName) out.get(out.size() - 2));
                        out.set(out.size() - 2, name);
                    }
                    case "Tj" -> {
                        COSArray array = new COSArray();
                        recode((COSString) out.getLast(), current, type0, array);
                        out.set(out.size() - 1, array);
                        token = Operator.getOperator("TJ");
                    }
                    case "TJ" -> {
                        COSArray array = new COSArray();
                        for (COSBase element : (COSArray) out.getLast()) {
                            if (element instanceof COSString s) {
                                recode(s, current, type0, array);
                            } else {
                                array.add(element);
                            }
                        }
                        out.set(out.size() - 1, array);
                    }
                    case "'", "\"" -> throw new IllegalStateException("not written by LibreOffice: " + op.getName());
                    default -> {}
                }
            }
            out.add(token);
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
    }

    /**
     * The glyphs of {@code s} in {@code to}, at their own advance widths: each run of text starts where LibreOffice put
     * it, and within a run the glyphs follow one another as a Word export sets them (a glyph narrower in the new font
     * leaves a gap before the next run, not inside its own).
     */
    private static void recode(COSString s, PDFont from, PDType0Font to, COSArray array) throws IOException {
        InputStream in = new ByteArrayInputStream(s.getBytes());
        StringBuilder text = new StringBuilder();
        while (in.available() > 0) {
            String u = from.toUnicode(from.readCode(in));
            if (u != null) {
                text.append(u);
            }
        }
        // the glyphs a subset keeps are those added, as PDPageContentStream.showText does
        text.codePoints().forEach(to::addToSubset);
        array.add(new COSString(to.encode(text.toString())));
    }

    /** The font's ToUnicode map again, without the characters in {@code drop}. */
    private static COSStream toUnicode(PDDocument doc, PDFont font, String drop) throws IOException {
        List<String> entries = new ArrayList<>();
        for (int code = 0; code <= 0xFFFF; code++) {
            String u = font.toUnicode(code);
            if (u != null && u.codePoints().noneMatch(cp -> drop.indexOf(cp) >= 0)) {
                entries.add(String.format("<%04X> <%s>", code, hex(u)));
            }
        }
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int i = 0; i < entries.size(); i += 100) {
            List<String> part = entries.subList(i, Math.min(entries.size(), i + 100));
            cmap.append(part.size()).append(" beginbfchar\n");
            part.forEach(e -> cmap.append(e).append('\n'));
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static String hex(String u) {
        StringBuilder h = new StringBuilder();
        for (char c : u.toCharArray()) {
            h.append(String.format("%04X", (int) c));
        }
        return h.toString();
    }
}
