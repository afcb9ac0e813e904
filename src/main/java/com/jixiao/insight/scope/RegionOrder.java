package com.jixiao.insight.scope;

import java.util.Comparator;

/**
 * Regions in the order people count them: a run of digits compares as a number, so 第2区 comes before 第10区 and
 * 湖北省/第9市 before 湖北省/第10市; other characters compare as text.
 */
public final class RegionOrder {

    /** Region paths or names, digit runs by value. */
    public static final Comparator<String> NATURAL = RegionOrder::compare;

    private RegionOrder() {}

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String da = stripZeros(a.substring(i, endA));
                String db = stripZeros(b.substring(j, endB));
                int byValue = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
