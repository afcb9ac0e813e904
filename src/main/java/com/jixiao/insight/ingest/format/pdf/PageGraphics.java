package com.jixiao.insight.ingest.format.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one page, read from its content stream without rendering it: stroked straight segments
 * (lines and the sides of {@code re} rectangles) and filled thin shapes (Word and WPS often draw a border as a filled
 * rectangle half a point high) become horizontal or vertical {@link Ruling}s; curves, diagonals and white lines are
 * left out. Images are counted, never decoded. Text is skipped here (the text stripper reads it).
 *
 * <p>Coordinates are turned into the display space that PDFBox's {@code TextPosition.getX()/getY()} use: crop box
 * origin, y down, page rotation applied, so that glyphs and rulings can be compared directly.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {

    /** A filled shape this thin (points) is a line. */
    private static final float THIN = 3f;
    /** A segment this far from horizontal or vertical (points over its length) still counts as one. */
    private static final float SKEW = 1f;

    private final float left;
    private final float bottom;
    private final float width;
    private final float height;
    private final int rotation;
    private final int maxRulings;

    private final List<Ruling> rulings = new ArrayList<>();
    private int images;
    private boolean overflow;

    // the path being built, in PDF device space (CTM applied)
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> boxes = new ArrayList<>(); // minX, minY, maxX, maxY, straight (1/0)
    private float[] box;
    private Point2D.Float start;
    private Point2D.Float current;

    private PageGraphics(PDPage page, int maxRulings) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.bottom = crop.getLowerLeftY();
        this.width = crop.getWidth();
        this.height = crop.getHeight();
        this.rotation = page.getRotation();
        this.maxRulings = maxRulings;
    }

    /** The page's rulings (none when it holds more than {@code maxRulings}: a drawing, not a table) and images. */
    static PageGraphics read(PDPage page, int maxRulings) throws IOException {
        PageGraphics graphics = new PageGraphics(page, maxRulings);
        graphics.processPage(page);
        return graphics;
    }

    List<Ruling> rulings() {
        return overflow ? List.of() : rulings;
    }

    int images() {
        return images;
    }

    /** Display width and height: the crop box, turned by the page rotation. */
    float displayWidth() {
        return rotation == 90 || rotation == 270 ? height : width;
    }

    float displayHeight() {
        return rotation == 90 || rotation == 270 ? width : height;
    }

    @Override
    public void showTextString(byte[] string) {
        // text is read by the text stripper; decoding glyphs here would only cost time
    }

    @Override
    public void showTextStrings(COSArray array) {
        // as above
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        endSubpath();
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void drawImage(PDImage image) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // clipping is not followed: Word and WPS clip to the page or the cell, never to hide a border
    }

    @Override
    public void moveTo(float x, float y) {
        endSubpath();
        start = new Point2D.Float(x, y);
        current = start;
        box = new float[] {x, y, x, y, 1};
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        segments.add(new float[] {current.x, current.y, x, y});
        extend(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (current == null) {
            moveTo(x3, y3);
        }
        extend(x1, y1);
        extend(x2, y2);
        extend(x3, y3);
        box[4] = 0;
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (current != null && start != null && (current.x != start.x || current.y != start.y)) {
            segments.add(new float[] {current.x, current.y, start.x, start.y});
        }
        current = start;
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath() throws IOException {
        stroke();
        reset();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        fill();
        reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fill();
        stroke();
        reset();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a gradient is no line
    }

    private void stroke() {
        if (!visible(getGraphicsState().getStrokingColor())) {
            return;
        }
        for (float[] s : segments) {
            add(s[0], s[1], s[2], s[3]);
        }
    }

    private void fill() {
        endSubpath();
        if (!visible(getGraphicsState().getNonStrokingColor())) {
            return;
        }
        for (float[] b : boxes) {
            if (b[4] == 0) {
                continue; // a curved shape: a logo, a seal, a rounded box
            }
            float[] p = display(b[0], b[1]);
            float[] q = display(b[2], b[3]);
            float w = Math.abs(p[0] - q[0]);
            float h = Math.abs(p[1] - q[1]);
            if (h <= THIN && w > h) {
                float y = (p[1] + q[1]) / 2;
                addDisplay(true, y, Math.min(p[0], q[0]), Math.max(p[0], q[0]));
            } else if (w <= THIN && h > w) {
                float x = (p[0] + q[0]) / 2;
                addDisplay(false, x, Math.min(p[1], q[1]), Math.max(p[1], q[1]));
            }
        }
    }

    private void add(float x1, float y1, float x2, float y2) {
        float[] p = display(x1, y1);
        float[] q = display(x2, y2);
        float dx = Math.abs(p[0] - q[0]);
        float dy = Math.abs(p[1] - q[1]);
        if (dy <= SKEW && dx > dy) {
            addDisplay(true, (p[1] + q[1]) / 2, Math.min(p[0], q[0]), Math.max(p[0], q[0]));
        } else if (dx <= SKEW && dy > dx) {
            addDisplay(false, (p[0] + q[0]) / 2, Math.min(p[1], q[1]), Math.max(p[1], q[1]));
        }
    }

    /** Keeps the part of a ruling that lies on the page. */
    private void addDisplay(boolean horizontal, float position, float from, float to) {
        float across = horizontal ? displayHeight() : displayWidth();
        float along = horizontal ? displayWidth() : displayHeight();
        if (position < -1 || position > across + 1) {
            return;
        }
        from = Math.max(from, 0);
        to = Math.min(to, along);
        if (to - from < 1) {
            return;
        }
        if (rulings.size() >= maxRulings) {
            overflow = true;
            return;
        }
        rulings.add(new Ruling(horizontal, position, from, to));
    }

    private void extend(float x, float y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }

    private void endSubpath() {
        if (box != null) {
            boxes.add(box);
            box = null;
        }
    }

    private void reset() {
        segments.clear();
        boxes.clear();
        box = null;
        start = null;
        current = null;
    }

    /** PDF device space to display space, the way PDFBox's TextPosition does it (crop box, rotation, y down). */
    private float[] display(float x, float y) {
        float tx = x - left;
        float ty = y - bottom;
        return switch (rotation) {
            case 90 -> new float[] {ty, tx};
            case 180 -> new float[] {width - tx, ty};
            case 270 -> new float[] {height - ty, width - tx};
            default -> new float[] {tx, height - ty};
        };
    }

    /** A white line or fill draws nothing on white paper: a hidden border is no border. */
    private static boolean visible(PDColor color) {
        try {
            int rgb = color.toRGB();
            return (rgb >> 16 & 0xFF) < 0xF0 || (rgb >> 8 & 0xFF) < 0xF0 || (rgb & 0xFF) < 0xF0;
        } catch (IOException | RuntimeException e) {
            return true; // a pattern or an unusual colour space: count it as drawn
        }
    }
}
