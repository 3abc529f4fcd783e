package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChinaHolidaysTest {

    @Test
    void theBuiltInCalendarIsShared() {
        assertThat(ChinaHolidays.calendar()).isSameAs(ChinaHolidays.calendar());
        assertThat(ChinaHolidays.FIRST_YEAR).isEqualTo(2000);
        assertThat(ChinaHolidays.LAST_YEAR).isEqualTo(2100);
    }

    @Test
    void builtInSchedulesAre2007To2026EachCitingItsNotice() {
        List<ChinaSchedule> all = ChinaHolidays.builtInSchedules();
        assertThat(all).extracting(ChinaSchedule::year)
                .containsExactlyElementsOf(ChinaHolidayCalendarTest.officialYears().boxed().toList());
        for (ChinaSchedule s : all) {
            Source notice = s.sources().get(0);
            assertThat(notice.type()).isEqualTo(SourceType.NOTICE);
            assertThat(notice.citation()).isEqualTo("国务院办公厅关于" + s.year() + "年部分节假日安排的通知");
            assertThat(notice.reference()).matches("https?://www\\.gov\\.cn/zhengce/zhengceku/.*\\.htm");
            assertThat(s.sources()).hasSize(s.year() == 2015 || s.year() == 2019 || s.year() == 2020 ? 2 : 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2015 | 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知（国发明电〔2015〕1号） | http://www.gov.cn/zhengce/zhengceku/2015-05/13/content_9742.htm
            2019 | 国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）                 | http://www.gov.cn/zhengce/zhengceku/2019-03/22/content_5375877.htm
            2020 | 国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）                       | http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm
            """)
    void amendmentsAreCited(int year, String citation, String url) {
        Source amendment = ChinaHolidays.calendar().schedule(year).orElseThrow().sources().get(1);
        assertThat(amendment.type()).isEqualTo(SourceType.NOTICE);
        assertThat(amendment.citation()).isEqualTo(citation);
        assertThat(amendment.reference()).isEqualTo(url);
    }
}
