package org.consularkit.calendar.lunar.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.nlf.calendar.Solar;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator's solar-term moments, to the second, against lunar-java (cn.6tail:lunar, MIT), whose
 * moments come from the independent high-precision 寿星 (sxwnl) algorithm of 许剑伟 (VSOP87 and
 * ELP-2000/82 with their own ΔT).
 */
class SolarTermsTest {

    private static final String[] LUNAR_JAVA_NAMES = {
        "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
        "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "DONG_ZHI",
    };

    @Test
    void everyTermOf1901To2100AgreesWithSxwnlWithinAMinute() {
        long max = 0;
        String worst = "";
        long[] histogram = new long[7];
        for (int year = 1901; year <= 2100; year++) {
            Map<String, Solar> table = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable();
            for (int index = 1; index <= 24; index++) {
                Solar s = table.get(LUNAR_JAVA_NAMES[index - 1]);
                long theirs = LocalDateTime.of(s.getYear(), s.getMonth(), s.getDay(), s.getHour(), s.getMinute(),
                        s.getSecond()).toEpochSecond(ZoneOffset.ofHours(8));
                long difference = Math.abs(SolarTerms.moment(year, index) - theirs);
                histogram[(int) Math.min(6, difference / 10)]++;
                if (difference > max) {
                    max = difference;
                    worst = year + " term " + index;
                }
                assertThat(TimeScale.cstEpochDay(SolarTerms.moment(year, index)))
                        .as("CST date of %d term %d", year, index).isEqualTo(TimeScale.cstEpochDay(theirs));
            }
        }
        // Observed: at most 40 s (Grain in Ear 2048); 2722 terms within 10 s, 1133 within 10-20 s,
        // 713 within 20-30 s, 231 within 30-40 s. The bound keeps a margin for a different JDK's maths.
        assertThat(max).as("largest difference in seconds, at %s; histogram by 10 s: %s", worst,
                java.util.Arrays.toString(histogram)).isLessThanOrEqualTo(45);
    }
}
