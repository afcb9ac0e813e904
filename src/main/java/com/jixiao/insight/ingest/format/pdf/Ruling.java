package com.jixiao.insight.ingest.format.pdf;

/**
 * A horizontal or vertical line on the page, in display coordinates (points, origin top left).
 *
 * @param horizontal whether it runs left to right (else top to bottom)
 * @param position its y when horizontal, its x when vertical
 * @param from where it starts along its direction (the smaller x or y)
 * @param to where it ends (the larger)
 */
record Ruling(boolean horizontal, float position, float from, float to) {

    float length() {
        return to - from;
    }

    /** How much of {@code [a, b]} this ruling covers. */
    float overlap(float a, float b) {
        return Math.max(0, Math.min(to, b) - Math.max(from, a));
    }

    Ruling at(float newPosition) {
        return new Ruling(horizontal, newPosition, from, to);
    }
}
