import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Makes the PDF and Office files of the bad-input corpus (src/test/resources/import/bad/) that BadInputCorpusTest
 * refuses one by one. Run by tools/badinput/make_bad_input.sh with the project's runtime class path (PDFBox, POI):
 *
 * <pre>java -cp $CP tools/badinput/MakeBadInput.java src/test/resources/import/bad</pre>
 *
 * Every file is small on disk; what makes it bad is described at each method.
 */
public final class MakeBadInput {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/import/bad");
        Files.createDirectories(out);
        write(out, "encrypted.pdf", encryptedPdf());
        write(out, "scan.pdf", scanPdf());
        write(out, "500-pages.pdf", manyPagesPdf(500));
        byte[] text = textPdf();
        write(out, "truncated.pdf", Arrays.copyOf(text, text.length * 2 / 3));
        write(out, "zip-bomb.docx", zipBomb(DOCX_TYPES, "word/document.xml", WORD_START, 64));
        write(out, "zip-bomb.xlsx", zipBomb(XLSX_TYPES, "xl/worksheets/sheet1.xml", SHEET_START, 64));
        byte[] docx = smallDocx();
        write(out, "corrupt.docx", Arrays.copyOf(docx, docx.length / 2));
        write(out, "encrypted.docx", encryptedOoxml(docx));
    }

    private static void write(Path dir, String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        System.out.printf("%-16s %,9d bytes%n", name, bytes.length);
    }

    /** One page of Latin text (no CJK font needed): a text PDF that is fine but for its cut-off end. */
    static byte[] textPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 760);
                cs.showText("2024 Project expenditure performance self-evaluation");
                cs.newLineAtOffset(0, -20);
                cs.showText("Initial budget 120.00   Adjusted budget 118.50   Executed 110.20");
                cs.endText();
                for (int y = 700; y >= 500; y -= 25) { // a ruled table, so the file has some body to cut
                    cs.moveTo(72, y);
                    cs.lineTo(520, y);
                }
                cs.stroke();
            }
            return save(doc);
        }
    }

    /** The text PDF with a password to open it (AES-256), as a unit's "protected" export arrives. */
    static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(textPdf())) {
            AccessPermission permissions = new AccessPermission();
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", permissions);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** Two A4 pages that are only a picture each (a ruled form as pixels): a scan, no text layer. */
    static byte[] scanPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage picture = new BufferedImage(150, 212, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 150, 212);
            g.setColor(Color.BLACK);
            for (int y = 30; y < 200; y += 12) {
                g.drawLine(12, y, 138, y);
            }
            for (int x : new int[] {12, 40, 80, 138}) {
                g.drawLine(x, 30, x, 198);
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(doc);
        }
    }

    /**
     * {@code pages} small pages, each showing one line of text; the pages share one content stream and one font, so
     * the file stays a few kilobytes while a reader that walks every page would do {@code pages} times the work.
     */
    static byte[] manyPagesPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDStream content = new PDStream(doc);
            try (OutputStream os = content.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(("BT /" + font.getName() + " 10 Tf 20 60 Td (Annual report, one of many pages) Tj ET")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(new PDRectangle(300, 100));
                page.setResources(resources);
                page.setContents(content);
                doc.addPage(page);
            }
            return save(doc);
        }
    }

    static final String DOCX_TYPES = "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>";
    static final String XLSX_TYPES = "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    static final String WORD_START = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
            + "main\"><w:body><w:p><w:r><w:t>";
    static final String SHEET_START = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>";

    /**
     * A zip bomb dressed as an OOXML file: a real {@code [Content_Types].xml} naming the main part, (for XLSX) a
     * workbook, and a main part that starts as real XML and goes on for {@code megabytes} MB of one letter, deflated
     * at the best level (about 1,000 to 1: 64 MB pack into some 65 KB).
     */
    static byte[] zipBomb(String override, String mainPart, String start, int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas."
                            + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                            + "ContentType=\"application/xml\"/>" + override + "</Types>");
            if (mainPart.startsWith("xl/")) {
                entry(
                        zip,
                        "xl/workbook.xml",
                        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>"
                                + "<sheet name=\"Sheet1\" sheetId=\"1\"/></sheets></workbook>");
            }
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + start).getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            for (long written = 0; written < megabytes * 1024L * 1024; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A one-table Word document made with POI (the corrupt and the encrypted DOCX are made from it). */
    static byte[] smallDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("2024年度项目支出绩效自评表");
            doc.createParagraph().createRun().setText("单位名称：示例单位");
            XWPFTable table = doc.createTable(3, 4);
            String[][] cells = {
                {"项目名称", "示例项目", "主管部门", "示例局"},
                {"年初预算数", "100.00", "全年预算数", "100.00"},
                {"全年执行数", "95.00", "执行率", "95.00%"}
            };
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** {@code ooxml} saved with a password to open, as Office and WPS do: an OLE2 file with EncryptionInfo. */
    static byte[] encryptedOoxml(byte[] ooxml) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("user-secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                new ByteArrayInputStream(ooxml).transferTo(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
