package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.consularkit.calendar.ChinaNotice.Effect;
import org.consularkit.calendar.ChinaNotice.Kind;
import org.consularkit.calendar.ChinaSchedule.Change;
import org.consularkit.calendar.ChinaSchedule.DayRole;
import org.consularkit.core.DataFileException;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChinaNoticeParserTest {

    static List<Integer> years() {
        return Notices.years();
    }

    static List<String> complete() {
        return Notices.COMPLETE;
    }

    private static DataFileException error(String text) {
        try {
            ChinaNoticeParser.parse(text, "t.txt");
        } catch (DataFileException e) {
            return e;
        }
        throw new AssertionError("no error for:\n" + text);
    }

    /** The 2026 notice with one line replaced. */
    private static String with2026(String line, String replacement) {
        String text = Notices.text("2026");
        assertThat(text).contains(line);
        return text.replace(line, replacement);
    }

    //-----------------------------------------------------------------------
    @Nested
    class EveryNotice {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaNoticeParserTest#years")
        void parsesToTheBuiltInOfficialScheduleOfItsYear(int year) {
            ChinaSchedule parsed = ChinaNotice.combine(Notices.ofYear(year));
            ChinaSchedule builtIn = ChinaHolidays.calendar().schedule(year).orElseThrow();
            assertThat(parsed.changesFrom(builtIn)).isEmpty();
            assertThat(parsed.blocks()).isEqualTo(builtIn.blocks());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaNoticeParserTest#years")
        void agreesDayByDayWithTheHolidayCnFileOfItsYear(int year) throws IOException {
            ChinaSchedule parsed = ChinaNotice.combine(Notices.ofYear(year));
            ChinaSchedule holidayCn;
            try (InputStream in = getClass().getResourceAsStream("cn/holiday-cn/" + year + ".json")) {
                holidayCn = ChinaScheduleLoader.readHolidayCn(in, year + ".json").schedule();
            }
            ChinaHolidayCalendar a = ChinaHolidays.calendar().withSchedule(parsed);
            ChinaHolidayCalendar b = ChinaHolidays.calendar().withSchedule(holidayCn);
            for (LocalDate d = LocalDate.of(year - 1, 12, 1); d.getYear() <= year; d = d.plusDays(1)) {
                assertThat(a.dayType(d)).as("%s", d).isEqualTo(b.dayType(d));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaNoticeParserTest#complete")
        void givesEveryItemTheStatutoryDaysOfTheRegulationInForce(String name) {
            ChinaNotice n = Notices.parse(name);
            for (ChinaNotice.Item item : n.items()) {
                List<LocalDate> expected = item.festivals().stream()
                        .flatMap(f -> f.statutoryDays(n.year()).stream()).sorted().distinct().toList();
                assertThat(item.statutoryDays()).isEqualTo(expected);
            }
        }
    }

    @Test
    void the2009CopyIsReportedAsPartialNotGuessed() {
        assertThatThrownBy(() -> Notices.parse("2009"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("2009.txt:15:1: expected a complete notice, ending with its closing paragraph, the issuer's "
                        + "signature (国务院办公厅 or 国务院) and the date (this partial copy breaks off in item 六; it "
                        + "is not read), but was \"六、国庆节、中秋节10月1日至8日放假,共8天。其中,10月1日(星期四)、10月2日(星期五)、"
                        + "10月3日(星期六)为国… (84 characters)\"");
    }

    //-----------------------------------------------------------------------
    @Nested
    class Source {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2007           | ARRANGEMENT | 国务院办公厅 | 国务院办公厅关于2007年部分节假日安排的通知 | false | 国办发明电〔2006〕49号 | 2006-12-14
                2010           | ARRANGEMENT | 国务院办公厅 | 国务院办公厅关于2010年部分节假日安排的通知 | false | 国办发明电〔2009〕27号 | 2009-12-07
                2012           | ARRANGEMENT | 国务院办公厅 | 国务院办公厅关于2012年部分节假日安排的通知 | false | 国办发明电〔2011〕45号 | 2011-12-05
                2013           | ARRANGEMENT | 国务院办公厅 | 国务院办公厅关于2013年部分节假日安排的通知 | false | 国办发明电〔2012〕33号 | 2012-12-08
                2015           | ARRANGEMENT | 国务院办公厅 | 国务院办公厅关于2015年部分节假日安排的通知 | true  |                       | 2014-12-16
                2015-amendment | AMENDMENT   | 国务院       | 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知 | false | 国发明电〔2015〕1号 | 2015-05-13
                2019-amendment | AMENDMENT   | 国务院办公厅 | 国务院办公厅关于调整2019年劳动节假期安排的通知 | false | 国办发明电〔2019〕3号 | 2019-03-22
                2020-amendment | AMENDMENT   | 国务院办公厅 | 国务院办公厅关于延长2020年春节假期的通知 | true  |                       | 2020-01-26
                2026           | ARRANGEMENT | 国务院办公厅 | 国务院办公厅关于2026年部分节假日安排的通知 | false |                       | 2025-11-04
                """)
        void titleDocumentNumberAndDate(String name, Kind kind, String issuer, String title, boolean inferred,
                String number, LocalDate date) {
            ChinaNotice n = Notices.parse(name);
            assertThat(n.kind()).isEqualTo(kind);
            assertThat(n.issuer()).isEqualTo(issuer);
            assertThat(n.title()).isEqualTo(title);
            assertThat(n.isTitleInferred()).isEqualTo(inferred);
            assertThat(n.documentNumber()).isEqualTo(java.util.Optional.ofNullable(number));
            assertThat(n.date()).isEqualTo(date);
            assertThat(n.year()).isEqualTo(Integer.parseInt(name.substring(0, 4)));
        }

        @Test
        void citesTheTitleTheDocumentNumberAndTheDate() {
            ChinaNotice n = Notices.parse("2007");
            assertThat(n.source().type()).isEqualTo(SourceType.NOTICE);
            assertThat(n.source().citation())
                    .isEqualTo("国务院办公厅关于2007年部分节假日安排的通知（国办发明电〔2006〕49号，2006年12月14日）");
            assertThat(n.source().url()).isEmpty();
            assertThat(n.schedule().orElseThrow().sources()).containsExactly(n.source());
        }

        @Test
        void citesTheUrlGiven() {
            URI url = URI.create("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");
            ChinaNotice n = ChinaNoticeParser.parse(Notices.text("2026"), "2026.txt", url);
            assertThat(n.source().url()).contains(url);
            assertThatThrownBy(() -> ChinaNoticeParser.parse(Notices.text("2026"), "2026.txt", URI.create("ftp://x/y")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Notice URL must be absolute http(s), but was ftp://x/y");
        }

        @Test
        void warnsOfAMissingTitleAndDocumentNumber() {
            assertThat(Notices.parse("2020").warnings()).containsExactly(
                    "2020.txt: the text has no title line; the notice is cited as 国务院办公厅关于2020年部分节假日安排的通知",
                    "2020.txt: the text has no document number (发文字号); the citation leaves it out");
            assertThat(Notices.parse("2021").warnings()).isEmpty();
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Amendments {

        @Test
        void theSummaryNamesKindYearTitleDateAndItemCount() {
            assertThat(Notices.parse("2026")).hasToString(
                    "ChinaNotice[ARRANGEMENT 2026, 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04, 7 items]");
            assertThat(Notices.parse("2015-amendment").toString()).startsWith("ChinaNotice[AMENDMENT 2015, ")
                    .endsWith(", 1 item]");
        }

        @Test
        void victoryDay2015AddsABlockWithItsMakeUpDay() {
            ChinaNotice a = Notices.parse("2015-amendment");
            assertThat(a.items()).singleElement().satisfies(i -> {
                assertThat(i.festivals()).containsExactly(ChinaPublicHoliday.VICTORY_DAY_2015);
                assertThat(i.effect()).isEqualTo(Effect.BLOCK);
                assertThat(i.daysOff()).containsExactly(LocalDate.of(2015, 9, 3), LocalDate.of(2015, 9, 4),
                        LocalDate.of(2015, 9, 5));
                assertThat(i.makeupWorkdays()).containsExactly(LocalDate.of(2015, 9, 6));
                assertThat(i.statutoryDays()).isEmpty();
            });
            ChinaSchedule base = Notices.parse("2015").schedule().orElseThrow();
            assertThat(a.applyTo(base).changesFrom(base)).extracting(Change::toString).containsExactly(
                    "2015-09-03 victory-day-2015: NONE -> DAY_OFF",
                    "2015-09-04 victory-day-2015: NONE -> DAY_OFF",
                    "2015-09-05 victory-day-2015: NONE -> DAY_OFF",
                    "2015-09-06 victory-day-2015: NONE -> MAKEUP_WORKDAY");
        }

        @Test
        void labourDay2019ReplacesTheBlock() {
            ChinaSchedule base = Notices.parse("2019").schedule().orElseThrow();
            ChinaSchedule amended = Notices.parse("2019-amendment").applyTo(base);
            assertThat(amended.changesFrom(base)).extracting(Change::toString).containsExactly(
                    "2019-04-28 labour-day: NONE -> MAKEUP_WORKDAY",
                    "2019-05-02 labour-day: NONE -> DAY_OFF",
                    "2019-05-03 labour-day: NONE -> DAY_OFF",
                    "2019-05-04 labour-day: NONE -> DAY_OFF",
                    "2019-05-05 labour-day: NONE -> MAKEUP_WORKDAY");
            assertThat(amended.sources()).hasSize(2);
        }

        @Test
        void covidExtension2020DropsTheMakeUpDayInsideTheExtension() {
            ChinaNotice a = Notices.parse("2020-amendment");
            assertThat(a.items()).singleElement().satisfies(i -> {
                assertThat(i.effect()).isEqualTo(Effect.EXTENSION);
                assertThat(i.daysOff()).containsExactly(LocalDate.of(2020, 2, 2));
            });
            ChinaSchedule base = Notices.parse("2020").schedule().orElseThrow();
            assertThat(a.applyTo(base).changesFrom(base)).extracting(Change::toString).containsExactly(
                    "2020-01-31 spring-festival: NONE -> DAY_OFF",
                    "2020-02-01 spring-festival: MAKEUP_WORKDAY -> DAY_OFF",
                    "2020-02-02 spring-festival: NONE -> DAY_OFF");
        }

        @Test
        void itemsThatAreNotDateRulesAreNotes() {
            assertThat(Notices.parse("2020-amendment").notes()).containsExactly(
                    "line 11: 二、各地大专院校、中小学、幼儿园推迟开学,具体时间由教育部门另行通知。",
                    "line 12: 三、因疫情防控不能休假的职工,应根据《中华人民共和国劳动法》规定安排补休,未休假期的工资报酬应按照有关政策保障落实。");
            assertThat(Notices.parse("2024").notes()).containsExactly(
                    "line 12: 鼓励各单位结合带薪年休假等制度落实,安排职工在除夕(2月9日)休息。");
        }

        @Test
        void combineAppliesAmendmentsInDateOrder() {
            List<ChinaNotice> notices = new ArrayList<>(Notices.ofYear(2020));
            java.util.Collections.reverse(notices);
            assertThat(ChinaNotice.combine(notices).blocks())
                    .isEqualTo(ChinaHolidays.calendar().schedule(2020).orElseThrow().blocks());
        }

        @Test
        void combineNeedsOneArrangementOfOneYear() {
            assertThatThrownBy(() -> ChinaNotice.combine(List.of(Notices.parse("2019-amendment"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Expected one notice arranging 2019, but got 0");
            assertThatThrownBy(() -> ChinaNotice.combine(List.of(Notices.parse("2019"), Notices.parse("2020"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Notices of different years: 2019 and 2020");
            assertThatThrownBy(() -> Notices.parse("2019-amendment")
                    .applyTo(ChinaHolidays.calendar().schedule(2020).orElseThrow()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The notice 国务院办公厅关于调整2019年劳动节假期安排的通知 is for 2019, not for 2020");
        }

        @Test
        void anArrangementForAnOfficialYearIsReportedAsChanges() {
            ChinaSchedule original = Notices.parse("2019").schedule().orElseThrow();
            ChinaSchedule builtIn = ChinaHolidays.calendar().schedule(2019).orElseThrow();
            assertThat(original.changesFrom(builtIn)).extracting(Change::toString).containsExactly(
                    "2019-04-28 labour-day: MAKEUP_WORKDAY -> NONE",
                    "2019-05-02 labour-day: DAY_OFF -> NONE",
                    "2019-05-03 labour-day: DAY_OFF -> NONE",
                    "2019-05-04 labour-day: DAY_OFF -> NONE",
                    "2019-05-05 labour-day: MAKEUP_WORKDAY -> NONE");
            assertThat(original.changesFrom(builtIn).get(0)).satisfies(c -> {
                assertThat(c.isRemoved()).isTrue();
                assertThat(c.isAdded()).isFalse();
                assertThat(c.before()).isEqualTo(DayRole.MAKEUP_WORKDAY);
            });
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Wordings {

        @Test
        void fullWidthAndAsciiPunctuationReadAlike() {
            String ascii = Notices.text("2026");
            String full = ascii.replace(',', '，').replace(':', '：').replace('(', '（').replace(')', '）')
                    .replace(';', '；');
            assertThat(ChinaNoticeParser.parse(full, "f.txt").schedule())
                    .isEqualTo(ChinaNoticeParser.parse(ascii, "a.txt").schedule());
            assertThat(Notices.text("2013")).contains("（星期六）");
        }

        @Test
        void windowsAndOtherLineEndingsEndOneLineEach() {
            String text = with2026("5月9日(周六)上班。", "5月9日(周六)加班。");
            for (String eol : List.of("\r\n", "\r", "\u2028", "\u2029", "\u0085")) {
                assertThat(error(text.replace("\n", eol))).as("%04x", (int) eol.charAt(0))
                        .hasMessageStartingWith("t.txt:13:31: expected a date rule of a holiday notice");
                assertThat(ChinaNoticeParser.parse(Notices.text("2026").replace("\n", eol), "t.txt").schedule())
                        .isEqualTo(Notices.parse("2026").schedule());
            }
        }

        @Test
        void aTitleSplitAcrossLinesIsJoined() {
            assertThat(Notices.parse("2016").title()).isEqualTo("国务院办公厅关于2016年部分节假日安排的通知");
            assertThat(Notices.parse("2024").title()).isEqualTo("国务院办公厅关于2024年部分节假日安排的通知");
        }

        @Test
        void itemHeadingsOnLinesOfTheirOwn() {
            assertThat(Notices.parse("2012").items()).hasSize(6);
        }

        @Test
        void linesWrappedAnywhereAsInACopyFromAPdf() {
            for (String name : List.of("2007", "2012", "2024", "2025", "2026")) {
                String text = Notices.text(name);
                StringBuilder wrapped = new StringBuilder();
                for (String line : text.split("\n", -1)) {
                    for (int i = 0; i < line.length(); i += 13) {
                        wrapped.append(line, i, Math.min(line.length(), i + 13)).append('\n');
                    }
                    if (line.isEmpty()) {
                        wrapped.append('\n');
                    }
                }
                assertThat(ChinaNoticeParser.parse(wrapped.toString(), name).schedule().orElseThrow().blocks()).as(name)
                        .isEqualTo(Notices.parse(name).schedule().orElseThrow().blocks());
            }
        }

        @Test
        void aPastedWebPageWithItsFurniture() {
            String page = "首页 > 政策 > 政策文件库\n索 引 号：000014349/2025-00087\n主题分类：综合政务\\其他\n"
                    + "发文机关：国务院办公厅\n成文日期：2025年11月04日\n标　　题：国务院办公厅关于2026年部分节假日安排的通知\n"
                    + "发文字号：国办发明电〔2025〕7号\n发布日期：2025年11月04日\n"
                    + Notices.text("2026").strip() + "\n（此件公开发布）\n【我要纠错】【打印】【关闭】\n";
            ChinaNotice n = ChinaNoticeParser.parse(page, "page.txt");
            assertThat(n.documentNumber()).contains("国办发明电〔2025〕7号");
            assertThat(n.schedule().orElseThrow().blocks()).isEqualTo(Notices.parse("2026").schedule().orElseThrow().blocks());
            assertThat(n.source().citation()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）");
            assertThat(n.warnings()).containsExactly("page.txt: lines 1 (首页>政策>政策文件库), 2 (索引号:000014349/2025-00087), "
                    + "3 (主题分类:综合政务\\其他), 4 (发文机关:国务院办公厅), 5 (成文日期:2025年11月04日), 6 (标题:国务院办公厅关于2026年部分节假日安排的通知), "
                    + "7 (发文字号:国办发明电〔2025〕7号), 8 (发布日期:2025年11月04日), 22 ((此件公开发布)), 23 (【我要纠错】【打印】【关闭】) ignored as page furniture");
        }

        @Test
        void chineseNumeralDates() {
            assertThat(Notices.parse("2007").date()).isEqualTo(LocalDate.of(2006, 12, 14));
            assertThat(Notices.parse("2010").date()).isEqualTo(LocalDate.of(2009, 12, 7));
            String text = with2026("一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。", "一、元旦:一月一日(周四)至三日(周六)放假调休,共三天。");
            assertThat(ChinaNoticeParser.parse(text, "t.txt").schedule()).isEqualTo(Notices.parse("2026").schedule());
        }

        @Test
        void theOldLongSentenceStyleIsChecked() {
            String text = Notices.text("2007").replace("其中1月1日为法定假日", "其中1月2日为法定假日");
            assertThat(error(text)).hasMessage("t.txt:10:22: expected a statutory day of 元旦 under the regulation in force "
                    + "in 2007 (全国年节及纪念日放假办法（国务院令第270号，1999年9月18日修订发布）), but was \"2007-01-02\"");
        }

        @Test
        void theFixtureOf2027IsReadWithItsFurnitureLine() {
            ChinaNotice n = ChinaNoticeParser.parse(Notices.resource("cn/fixture-2027-notice.txt"), "fixture.txt");
            assertThat(n.schedule().orElseThrow().blocks()).isEqualTo(
                    ChinaHolidays.calendar().withSchedule(n.schedule().orElseThrow()).schedule(2027).orElseThrow()
                            .blocks());
            assertThat(n.warnings()).anyMatch(w -> w.contains("TEST FIXTURE") || w.contains("测试样例"));
        }
    }

    //-----------------------------------------------------------------------
    /**
     * The brackets after a date: its day of the week, its lunar date or a festival, each checked
     * against the date (here the first day off of the 2026 Spring Festival, 2026-02-15, a Sunday,
     * lunar 2025-12-28).
     */
    @Nested
    class DateAnnotations {

        private static final String LINE = "2月15日(农历腊月二十八、周日)";

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2月15日(农历腊月廿八、周日)", "2月15日(农历12月廿八、周日)", "2月15日(农历十二月二十八、周日)",
            "2月15日(农历腊月二十八当日、周日)", "2月15日(农历腊月二十八、星期日)", "2月15日(农历腊月二十八、星期天)",
            "2月15日(农历腊月二十八、周天)", "2月15日(周日)"})
        void otherSpellingsOfTheSameDayAreAccepted(String spelling) {
            assertThat(ChinaNoticeParser.parse(with2026(LINE, spelling), "t.txt").schedule())
                    .isEqualTo(Notices.parse("2026").schedule());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "农历腊月卅|expected the lunar date of 2026-02-15, which is lunar 2025-12-28",
            "农历腊月廿|expected the lunar date of 2026-02-15, which is lunar 2025-12-28",
            "农历腊月二十九|expected the lunar date of 2026-02-15, which is lunar 2025-12-28",
            "农历冬月二十八|expected the lunar date of 2026-02-15, which is lunar 2025-12-28",
            "农历中秋|expected the lunar date of 2026-02-15, which is lunar 2025-12-28",
            "农历13月二十八|expected a lunar date (农历除夕, 农历正月初一, 农历腊月二十八, …)",
            "农历腊月初十一|expected a lunar date (农历除夕, 农历正月初一, 农历腊月二十八, …)",
            "农历腊月十|expected a lunar date (农历除夕, 农历正月初一, 农历腊月二十八, …)",
            "农历腊月三十一|expected a lunar date (农历除夕, 农历正月初一, 农历腊月二十八, …)",
            "农历月二十八|expected a lunar date (农历除夕, 农历正月初一, 农历腊月二十八, …)",
            "农历腊月|expected a lunar date (农历除夕, 农历正月初一, 农历腊月二十八, …)",
            "农历除夕|expected 除夕 (New Year's Eve) to be the day before the 1st of the 1st lunar month (2026-02-15 is"
                    + " lunar 2025-12-28)",
            "农历清明|expected the day of the Qingming solar term (2026-04-05)",
        })
        void aLunarDateThatIsNotTheDateIsRejected(String lunar, String problem) {
            assertThat(error(with2026(LINE, "2月15日(" + lunar + "、周日)"))).hasMessage(
                    "t.txt:11:12: " + problem + ", but was \"" + lunar + "\"");
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
            "周八|expected a day of the week (星期一…星期日, 周一…周日)",
            "星期日日|expected a day of the week (星期一…星期日, 周一…周日)",
            "周六|expected the day of the week of 2026-02-15, a Sunday",
            "元旦|expected the date of the festival named in brackets",
            "春游|expected a day of the week, a lunar date (农历…) or a festival in brackets after a date",
        })
        void aDayOfTheWeekOrFestivalThatIsNotTheDateIsRejected(String annotation, String problem) {
            assertThat(error(with2026(LINE, "2月15日(农历腊月二十八、" + annotation + ")"))).hasMessage(
                    "t.txt:11:20: " + problem + ", but was \"" + annotation + "\"");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"元旦", "新年", "“元旦”"})
        void aFestivalNamedInBracketsOnItsDateIsAccepted(String festival) {
            assertThat(ChinaNoticeParser.parse(with2026("1月1日(周四)", "1月1日(" + festival + "、周四)"), "t.txt").schedule())
                    .isEqualTo(Notices.parse("2026").schedule());
        }

        @Test
        void aLunarDateAfterTheLastYearOfTheLunarCalendarIsRejected() {
            String text = """
                    国务院办公厅关于2100年部分节假日安排的通知
                    经国务院批准,现将2100年元旦放假日期的具体安排通知如下。
                    一、元旦:2101年1月1日(农历冬月初一)放假。
                    国务院办公厅
                    2099年11月4日
                    """;
            assertThat(error(text)).hasMessage(
                    "t.txt:3:16: expected a date within the lunar calendar's years, but was \"农历冬月初一\"");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Errors {

        @Test
        void unaccountedTextInAnItem() {
            assertThat(error(with2026("5月9日(周六)上班。", "5月9日(周六)加班。"))).hasMessage(
                    "t.txt:13:31: expected a date rule of a holiday notice (…放假, …上班, …补休, 共N天, …), "
                            + "but was \"5月9日(周六)加班\"");
        }

        @Test
        void aWrongDayOfTheWeek() {
            assertThat(error(with2026("1月4日(周日)上班", "1月4日(周六)上班"))).hasMessage(
                    "t.txt:10:35: expected the day of the week of 2026-01-04, a Sunday, but was \"周六\"");
        }

        @Test
        void aWrongLunarDate() {
            assertThat(error(with2026("农历正月初七", "农历正月初八"))).hasMessage(
                    "t.txt:11:28: expected the lunar date of 2026-02-23, which is lunar 2026-01-07, but was \"农历正月初八\"");
        }

        @Test
        void aSpringFestivalBlockWithoutNewYearsEveUnderThe2025Rules() {
            String text = Notices.resource("cn/fixture-2027-notice.txt")
                    .replace("2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天",
                            "2月6日（农历正月初一、周六）至12日（农历正月初七、周五）放假调休，共7天");
            assertThat(error(text)).hasMessage("t.txt:6: expected the days off of 春节 to contain its statutory days under "
                    + "the regulation in force in 2027 (全国年节及纪念日放假办法（国务院令第795号修订，2024年11月10日公布，"
                    + "2025年1月1日起施行）): 2027-02-05, 2027-02-06, 2027-02-07, 2027-02-08; 2027-02-05 (除夕) is not a day "
                    + "off, but was \"2027-02-06/2027-02-12\"");
        }

        @Test
        void aCountThatDoesNotMatchTheRange() {
            assertThat(error(with2026("共9天", "共8天"))).hasMessage(
                    "t.txt:11:43: expected 共N天 to count the days off 2026-02-15/2026-02-23 (9), but was \"8天\"");
        }

        @Test
        void aMakeUpDayOnAWeekday() {
            assertThat(error(with2026("5月9日(周六)上班", "5月8日上班"))).hasMessage(
                    "t.txt:13:31: expected a make-up working day (上班) on a Saturday or Sunday (2026-05-08 is a Friday), "
                            + "but was \"5月8日上班\"");
        }

        @Test
        void aMissingFestival() {
            String text = with2026("三、清明节:4月4日(周六)至6日(周一)放假,共3天。\n", "")
                    .replace("四、劳动节", "三、劳动节").replace("五、端午节", "四、端午节").replace("六、中秋节", "五、中秋节")
                    .replace("七、国庆节", "六、国庆节");
            assertThat(error(text)).hasMessage("t.txt:16: expected an item for every holiday of the regulation in force "
                    + "in 2026 (全国年节及纪念日放假办法（国务院令第795号修订，2024年11月10日公布，2025年1月1日起施行）); none for 清明节");
        }

        @Test
        void aDateAfterTheClosingParagraph() {
            String text = with2026("推动错峰出行。", "推动错峰出行。节假日期间,要注意安全。10月8日(周四)上班。");
            assertThat(error(text)).hasMessage("t.txt:17:49: expected no date rule after the closing paragraph, "
                    + "but was \"10月8日(周四)上班\"");
        }

        @Test
        void textAfterTheSignature() {
            assertThat(error(Notices.text("2026") + "附件:2027年日历\n")).hasMessage(
                    "t.txt:21:1: expected nothing after the signature and the date of the notice, but was \"附件:2027年日历\"");
        }

        @Test
        void emptyAndOverlongTexts() {
            assertThat(error(" \n\n")).hasMessage("t.txt: expected the text of a State Council holiday notice, but was empty");
            assertThat(error("通".repeat(ChinaNoticeParser.MAX_CHARS + 1))).hasMessage(
                    "t.txt: expected a notice of at most 1048576 characters, but the text has 1048577");
        }

        @Test
        void bytesThatAreNotUtf8() {
            InputStream in = new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0x28});
            assertThatThrownBy(() -> ChinaNoticeParser.read(in, "<stdin>"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("<stdin>: expected UTF-8 text");
        }

        /**
         * A stream is cut off only past four bytes per allowed character (the longest UTF-8
         * sequence); up to there its text is decoded and measured in characters.
         */
        @Test
        void aStreamIsCutOffOnlyPastFourBytesPerAllowedCharacter() {
            int bytes = ChinaNoticeParser.MAX_CHARS * 4;
            InputStream atTheLimit = new ByteArrayInputStream("a".repeat(bytes).getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> ChinaNoticeParser.read(atTheLimit, "<stdin>"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("<stdin>: expected a notice of at most 1048576 characters, but the text has 4194304");
            InputStream pastTheLimit = new ByteArrayInputStream("a".repeat(bytes + 1).getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> ChinaNoticeParser.read(pastTheLimit, "<stdin>"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("<stdin>: expected a notice of at most 1048576 characters, but the text is longer");
        }

        @Test
        void readsAStream() throws IOException {
            InputStream in = new ByteArrayInputStream(Notices.text("2026").getBytes(StandardCharsets.UTF_8));
            assertThat(ChinaNoticeParser.read(in, "<stdin>").schedule()).isEqualTo(Notices.parse("2026").schedule());
        }
    }

    //-----------------------------------------------------------------------
    /** The lines around the body: page furniture, title, document number, signature and date. */
    @Nested
    class Frame {

        private static final String TITLE = "国务院办公厅关于2026年部分节假日安排的通知";
        private static final String SIGNATURE = "国务院办公厅\n2025年11月4日";

        private static final String PARTIAL = "expected a complete notice, ending with its closing paragraph, the "
                + "issuer's signature (国务院办公厅 or 国务院) and the date (this partial copy breaks off";

        private static ChinaNotice parse(String text) {
            return ChinaNoticeParser.parse(text, "t.txt");
        }

        @Test
        void aTextOfPageFurnitureOnlyIsAPartialCopy() {
            assertThat(error("来源:中国政府网\n打印\n")).hasMessage(
                    "t.txt:2:1: " + PARTIAL + "; it is not read), but was \"打印\"");
        }

        @Test
        void theDocumentNumberAndDateOfThePageFurnitureAreRead() {
            ChinaNotice n = parse("来源:中国政府网\n发文字号:国办发明电〔2025〕7号\n成文日期:2025年11月04日\n"
                    + Notices.text("2026"));
            assertThat(n.documentNumber()).contains("国办发明电〔2025〕7号");
            assertThat(n.date()).isEqualTo(LocalDate.of(2025, 11, 4));
            assertThat(n.warnings()).containsExactly("t.txt: lines 1 (来源:中国政府网), 2 (发文字号:国办发明电〔2025〕7号), "
                    + "3 (成文日期:2025年11月04日) ignored as page furniture");
        }

        @Test
        void aPageDateThatIsNotTheDateOfTheNoticeIsRejected() {
            assertThat(error("成文日期:2025年11月05日\n" + Notices.text("2026"))).hasMessage(
                    "t.txt:20: expected the date of the notice to agree with the page's 成文日期 2025-11-05, "
                            + "but was \"2025-11-04\"");
            assertThat(error("来源:中国政府网\n成文日期:2025年13月05日\n" + Notices.text("2026"))).hasMessage(
                    "t.txt:2:6: expected a valid date, but was \"2025年13月05日\"");
        }

        @Test
        void aFurnitureLineThatOnlyStartsLikeADocumentNumberOrDateGivesNeither() {
            ChinaNotice n = parse("发文字号:国办发明电\n成文日期:待定\n" + Notices.text("2026"));
            assertThat(n.documentNumber()).isEmpty();
            assertThat(n.date()).isEqualTo(LocalDate.of(2025, 11, 4));
        }

        @Test
        void aPageTitleIsTheTitleWhenTheTextHasNone() {
            ChinaNotice n = parse("标题:" + TITLE + "\n" + Notices.text("2026").replace(TITLE + "\n", ""));
            assertThat(n.title()).isEqualTo(TITLE);
            assertThat(n.isTitleInferred()).isFalse();
        }

        @Test
        void aTitleOnThreeLinesIsJoinedAndOnFourIsRejected() {
            assertThat(parse(with2026(TITLE, "国务院办公厅关于2026年\n部分节假日\n安排的通知")).title()).isEqualTo(TITLE);
            assertThat(error(with2026(TITLE, "国务院办公厅关于\n2026年\n部分节假日\n安排的通知"))).hasMessage(
                    "t.txt:7:1: expected a title ending with 通知 (notice), on at most three lines, "
                            + "but was \"国务院办公厅关于\"");
            assertThat(error(with2026(TITLE, "国务院办公厅关于2026年部分节假日安排的"))).hasMessage(
                    "t.txt:7:1: expected a title ending with 通知 (notice), on at most three lines, "
                            + "but was \"国务院办公厅关于2026年部分节假日安排的\"");
        }

        @Test
        void theSignatureAndDateMayShareALine() {
            ChinaNotice n = parse(with2026(SIGNATURE, "国务院办公厅2025年11月4日"));
            assertThat(n.issuer()).isEqualTo("国务院办公厅");
            assertThat(n.date()).isEqualTo(LocalDate.of(2025, 11, 4));
        }

        @Test
        void aSignatureThatIsNotTheIssuerOfTheTitleIsRejected() {
            assertThat(error(with2026(SIGNATURE, "国务院2025年11月4日"))).hasMessage(
                    "t.txt:18: expected the signature of the issuer named by the title (国务院办公厅), but was \"国务院\"");
            assertThat(error(with2026(SIGNATURE, "国务院\n2025年11月4日"))).hasMessage(
                    "t.txt:18: expected the signature of the issuer named by the title (国务院办公厅), but was \"国务院\"");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"国务院某部2025年11月4日", "国务院办公厅2025年11月4日。", "2025年11月4日"})
        void aLastLineThatIsNotSignatureAndDateIsAPartialCopy(String last) {
            assertThat(error(with2026(SIGNATURE, last))).hasMessage(
                    "t.txt:18:1: " + PARTIAL + " in item 七; it is not read), but was \"" + last + "\"");
        }

        @Test
        void pageFurnitureAfterTheDateIsIgnored() {
            ChinaNotice n = parse(with2026(SIGNATURE, SIGNATURE + "\n第1页\n打印"));
            assertThat(n.schedule()).isEqualTo(Notices.parse("2026").schedule());
            assertThat(n.warnings()).containsExactly("t.txt: lines 20 (第1页), 21 (打印) ignored as page furniture",
                    "t.txt: the text has no document number (发文字号); the citation leaves it out");
        }

        @Test
        void aNoticeWithoutBodyIsRejectedAtTheLineAfterItsHeader() {
            assertThat(error(SIGNATURE + "\n")).hasMessage(
                    "t.txt:1: expected the body of a notice between its title and its signature");
            assertThat(error(TITLE + "\n" + SIGNATURE + "\n")).hasMessage(
                    "t.txt:2: expected the body of a notice between its title and its signature");
            assertThat(error(TITLE + "\n国办发明电〔2025〕7号\n" + SIGNATURE + "\n")).hasMessage(
                    "t.txt:3: expected the body of a notice between its title and its signature");
        }

        @Test
        void aTextOfExactlyTheMaximumLengthIsRead() {
            String text = Notices.text("2026");
            String padded = text.replace("推动错峰出行。", "推动错峰出行。" + "。".repeat(ChinaNoticeParser.MAX_CHARS
                    - text.length()));
            assertThat(padded).hasSize(ChinaNoticeParser.MAX_CHARS);
            assertThat(parse(padded).schedule()).isEqualTo(Notices.parse("2026").schedule());
        }
    }

    //-----------------------------------------------------------------------
    /** Variants of the dates of the 2026 notice's first item: the same schedule, or the exact error. */
    @Nested
    class DateVariants {

        private static final String RANGE = "1月1日(周四)至3日(周六)放假调休";
        private static final String WORK = "1月4日(周日)上班";
        private static final String RULE = "expected a date rule of a holiday notice (…放假, …上班, …补休, 共N天, …), but was ";

        private static ChinaSchedule schedule(String text) {
            return ChinaNoticeParser.parse(text, "t.txt").schedule().orElseThrow();
        }

        private static ChinaSchedule official() {
            return schedule(Notices.text("2026"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"至", "到", "—", "–", "-", "~", "〜", "～", "－"})
        void everyRangeMarkReadsLikeZhi(String mark) {
            assertThat(schedule(with2026(RANGE, RANGE.replace("至", mark)))).isEqualTo(official());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"至至", "+"})
        void anythingElseBetweenTheDatesOfARangeIsUnaccounted(String mark) {
            assertThat(error(with2026(RANGE, RANGE.replace("至", mark)))).hasMessage(
                    "t.txt:10:6: " + RULE + "\"" + RANGE.replace("至", mark) + "\"");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"１月１日(周四)至３日(周六)放假调休", "01月01日(周四)至03日(周六)放假调休",
                "2026年1月1日(周四)至2026年1月3日(周六)放假调休"})
        void fullWidthDigitsLeadingZerosAndWrittenYearsReadAlike(String range) {
            assertThat(schedule(with2026(RANGE, range))).isEqualTo(official());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"1月4(周日)上班", "1月004日(周日)上班", "12026年1月4日(周日)上班", "026年1月4日(周日)上班",
                "00001月4日(周日)上班"})
        void aDateWithoutDayMarkOrWithTooManyDigitsIsNotADate(String work) {
            assertThat(error(with2026(WORK, work))).hasMessage("t.txt:10:30: " + RULE + "\"" + work + "\"");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"4", "1月4", "2026", "2026年", "2026年1", "2026年1月", "4日"})
        void anUnfinishedDateAtTheEndOfTheLineIsUnaccounted(String end) {
            assertThat(error(with2026(WORK + "。", WORK + "。" + end))).hasMessage(
                    "t.txt:10:41: " + RULE + "\"" + end + "\"");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2024 | t.txt:10:30: expected a date in the years 2025-2027 (the notice is for 2026), but was "2024年1月4日"
                2025 | t.txt:10:40: expected the day of the week of 2025-01-04, a Saturday, but was "周日"
                2027 | t.txt:10:40: expected the day of the week of 2027-01-04, a Monday, but was "周日"
                2028 | t.txt:10:30: expected a date in the years 2025-2027 (the notice is for 2026), but was "2028年1月4日"
                """)
        void aWrittenYearIsTheYearOfTheNoticeOrNextToIt(int year, String message) {
            assertThat(error(with2026(WORK, year + "年" + WORK))).hasMessage(message);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                13月4日上班      | t.txt:10:30: expected a valid date, but was "13月4日"
                1月32日上班      | t.txt:10:30: expected a valid date, but was "1月32日"
                1月4日(周日上班  | t.txt:10:34: expected a closing bracket, but was "(周日上班。"
                """)
        void anImpossibleDateOrAnUnclosedBracketIsRejected(String work, String message) {
            assertThat(error(with2026(WORK, work))).hasMessage(message);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"、", "至"})
        void aListOrRangeEndingWithItsMarkIsUnaccounted(String mark) {
            assertThat(error(with2026(WORK, "1月4日(周日)" + mark))).hasMessage("t.txt:10:30: " + RULE + "\"1月4日(周日)"
                    + mark + "\"");
        }

        @Test
        void aCountRightAfterTheDaysOffIsCheckedLikeGong() {
            assertThat(schedule(with2026(RANGE + ",共3天", RANGE + "3天"))).isEqualTo(official());
            assertThat(error(with2026(RANGE + ",共3天", RANGE + "4天"))).hasMessage(
                    "t.txt:10:25: expected 共N天 to count the days off 2026-01-01/2026-01-03 (3), but was \"4天\"");
        }

        @Test
        void aRangeThatEndsBeforeItStartsIsRejected() {
            assertThat(error(with2026(RANGE, "1月3日(周六)至1日(周四)放假调休"))).hasMessage(
                    "t.txt:10:15: expected a range that does not end before it starts, but was \"2026-01-03至2026-01-01\"");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"共3天", "共003天", "共三天"})
        void theCountMayBeWrittenInDigitsOrInWords(String count) {
            assertThat(schedule(with2026("共3天", count))).isEqualTo(official());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0003", "两"})
        void aCountOfFourDigitsOrLiangIsNotThree(String count) {
            assertThat(error(with2026("共3天", "共" + count + "天"))).hasMessage(
                    "t.txt:10:26: expected 共N天 to count the days off 2026-01-01/2026-01-03 (3), but was \"" + count
                            + "天\"");
        }
    }

    //-----------------------------------------------------------------------
    /** Variants of the item headings of the 2026 notice (一、元旦: … 七、国庆节: …). */
    @Nested
    class Headings {

        private static final String NAMES = "expected an item that names its festival (元旦, 春节, 清明节, 劳动节, 端午节, "
                + "中秋节, 国庆节), but was ";

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = '|', textBlock = """
                一、元旦:   | 一、元旦
                一、元旦:   | '一、元旦 '
                七、国庆节: | 七、国庆节
                """)
        void aHeadingWithoutItsColonIsRead(String heading, String variant) {
            assertThat(ChinaNoticeParser.parse(with2026(heading, variant), "t.txt").schedule())
                    .isEqualTo(Notices.parse("2026").schedule());
        }

        /** The 2020 notice has 六、国庆节、中秋节: ; 和 and 及 join two festivals alike. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"、", "和", "及"})
        void aHeadingJoiningTwoFestivalsNamesBoth(String mark) {
            ChinaNotice n = ChinaNoticeParser.parse(Notices.text("2020").replace("六、国庆节、中秋节:", "六、国庆节" + mark
                    + "中秋节:"), "t.txt");
            assertThat(n.items().get(5).festivals())
                    .containsExactly(ChinaPublicHoliday.NATIONAL_DAY, ChinaPublicHoliday.MID_AUTUMN);
            assertThat(n.schedule()).isEqualTo(Notices.parse("2020").schedule());
        }

        @Test
        void aHeadingWithoutItsFestivalIsRejected() {
            assertThat(error(with2026("七、国庆节:", "七、"))).hasMessage("t.txt:16:1: " + NAMES + "\"七、10月1日(周四)至"
                    + "7日(周三)放假调休,共7天。9月20日(周日)、10月10日(周六)上班。鼓励单位和个人结合落… (162 characters)\"");
            assertThat(error(with2026("七、国庆节:", "七、国庆节和"))).hasMessage("t.txt:16:1: " + NAMES + "\"七、国庆节和"
                    + "10月1日(周四)至7日(周三)放假调休,共7天。9月20日(周日)、10月10日(周六)上班。鼓励单位和个… (166 characters)\"");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"七国庆节", "十七、国庆节"})
        void aHeadingWithoutItsMarkOrWithAnotherNumberIsNotAHeading(String heading) {
            assertThat(error(with2026("七、国庆节:", heading + ":"))).hasMessage(
                    "t.txt:16:1: expected a date rule of a holiday notice (…放假, …上班, …补休, 共N天, …), but was \""
                            + heading + "\"");
        }
    }

    //-----------------------------------------------------------------------
    /** The edges of the frame and the body: cut-off titles, empty bodies, the range of years, the date of a notice. */
    @Nested
    class Edges {

        private static final String TITLE = "国务院办公厅关于2026年部分节假日安排的通知";
        private static final String INTRO = "经国务院批准,现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下";
        private static final String SIGNATURE = "国务院办公厅\n2025年11月4日";

        @Test
        void aTitleCutOffAtTheEndOfTheTextIsRejected() {
            assertThat(error(TITLE.substring(0, 12) + "\n" + TITLE.substring(12, 20) + "\n")).hasMessage(
                    "t.txt:1:1: expected a title ending with 通知 (notice), on at most three lines, but was \"国务院办公厅关于2026\"");
        }

        @Test
        void aTitleOnTwoLinesAfterTwoLinesOfPageFurnitureIsJoined() {
            String text = "来源:中国政府网\n打印\n" + with2026(TITLE, TITLE.substring(0, 12) + "\n" + TITLE.substring(12));
            assertThat(ChinaNoticeParser.parse(text, "t.txt").title()).isEqualTo(TITLE);
        }

        @Test
        void aSignatureAndDateOnOneLineRightAfterTheTitleLeaveNoBody() {
            assertThat(error(TITLE + "\n国务院办公厅2025年11月4日\n")).hasMessage(
                    "t.txt:2: expected the body of a notice between its title and its signature");
        }

        @Test
        void textAfterTheSignatureOfTheStateCouncil() {
            assertThat(error(Notices.text("2015-amendment") + "附件:日历\n")).hasMessage(
                    "t.txt:16:1: expected nothing after the signature and the date of the notice, but was \"附件:日历\"");
        }

        /** The error points at the last character of the body. */
        @ParameterizedTest(name = "[{index}] 通知如下{0}")
        @CsvSource(delimiter = '|', textBlock = """
                ''   | 54 | 下
                。   | 55 | 。
                :    | 55 | :
                """)
        void aBodyThatStopsAfterTheSentenceThatIntroducesTheArrangementsIsRejected(String end, int column, String last) {
            assertThat(error(TITLE + "\n" + INTRO + end + "\n" + SIGNATURE + "\n")).hasMessage("t.txt:2:" + column
                    + ": expected the arrangements after the sentence that introduces them, but was \"" + last + "\"");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {ChinaSchedule.FIRST_YEAR, ChinaSchedule.LAST_YEAR})
        void aNoticeForTheFirstOrLastYearIsReadUpToItsDates(int year) {
            assertThat(error(with2026(TITLE, TITLE.replace("2026", Integer.toString(year))))).hasMessage(
                    "t.txt:10:11: expected the day of the week of " + year + "-01-01, a "
                            + LocalDate.of(year, 1, 1).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + ", but was \"周四\"");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {ChinaSchedule.FIRST_YEAR - 1, ChinaSchedule.LAST_YEAR + 1})
        void aNoticeForAYearOutsideTheRangeIsRejectedAtItsTitle(int year) {
            assertThat(error(with2026(TITLE, TITLE.replace("2026", Integer.toString(year))))).hasMessage(
                    "t.txt:7: expected a notice for a year from 2000 to 2100, but was \"" + year + "\"");
        }

        @Test
        void aNoticeWithoutTitleForAYearOutsideTheRangeIsRejectedAtItsBody() {
            String text = Notices.text("2026").replace(TITLE + "\n", "").replace("现将2026年", "现将2101年");
            assertThat(error(text)).hasMessage("t.txt:7: expected a notice for a year from 2000 to 2100, but was \"2101\"");
        }

        @Test
        void aNoticeDatedInTheYearItIsForOrTheYearBeforeHasNoDateWarning() {
            assertThat(Notices.parse("2019-amendment").warnings()).isEmpty();
            assertThat(Notices.parse("2026").warnings()).containsExactly(
                    "2026.txt: the text has no document number (发文字号); the citation leaves it out");
        }

        @Test
        void aNoticeDatedTwoYearsBeforeOrInTheYearAfterIsReadWithAWarning() {
            assertThat(ChinaNoticeParser.parse(with2026("2025年11月4日", "2024年11月4日"), "t.txt").warnings())
                    .containsExactly("t.txt: the text has no document number (发文字号); the citation leaves it out",
                            "t.txt: the notice is dated 2024-11-04, not in the year before or the year it is for (2026)");
            assertThat(ChinaNoticeParser.parse(with2026("2025年11月4日", "2027年1月4日"), "t.txt").warnings())
                    .containsExactly("t.txt: the text has no document number (发文字号); the citation leaves it out",
                            "t.txt: the notice is dated 2027-01-04, not in the year before or the year it is for (2026)");
        }

        @Test
        void aPartialCopyWhoseFirstBodyLineIsAnItemNamesThatItem() {
            assertThat(error(TITLE + "\n一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。\n")).hasMessage("t.txt:2:1: expected a complete notice, "
                    + "ending with its closing paragraph, the issuer's signature (国务院办公厅 or 国务院) and the date (this partial copy "
                    + "breaks off in item 一; it is not read), but was \"一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。\"");
        }

        @Test
        void theSentenceThatIntroducesTheArrangementsMayOpenTheBody() {
            String text = with2026("各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n" + INTRO + "。", "如下。");
            assertThat(ChinaNoticeParser.parse(text, "t.txt").schedule()).isEqualTo(Notices.parse("2026").schedule());
        }

        @Test
        void anAmendmentWithoutTitleWhoseFirstSentenceOpensWithItsSubjectIsCitedByIt() {
            String text = Notices.text("2020-amendment").replace("各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n", "")
                    .replace("经国务院批准,为加强新型冠状病毒感染的肺炎疫情防控工作,有效减少人员聚集,阻断疫情传播,更好保障人民群众生命安全和"
                            + "身体健康,现将", "现将");
            assertThat(ChinaNoticeParser.parse(text, "t.txt").title()).isEqualTo("国务院办公厅关于延长2020年春节假期的通知");
        }

        @Test
        void theSubjectOfAnUntitledAmendmentLeavesOutItsClosingJuTiAnPai() {
            ChinaNotice n = ChinaNoticeParser.parse(Notices.text("2020-amendment").replace("春节假期的具体安排通知如下",
                    "春节假期具体安排通知如下"), "t.txt");
            assertThat(n.title()).isEqualTo("国务院办公厅关于延长2020年春节假期的通知");
        }

        @Test
        void anItemHeadingAloneOnItsLineGivesNoDayOff() {
            assertThat(error(with2026("一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。", "一、元旦:")))
                    .hasMessage("t.txt: expected item 一 (元旦) to give at least one day off, but was \"\"");
        }

        /** The closing paragraph is read as such only in the last item. */
        @Test
        void anItemAfterTheClosingParagraphMakesItAnUnreadableRule() {
            assertThat(error(with2026("度过节日假期。", "度过节日假期。\n八、国庆节"))).hasMessage("t.txt:17:37: expected a date "
                    + "rule of a holiday notice (…放假, …上班, …补休, 共N天, …), but was \"节假日期间\"");
        }

        @Test
        void aLastLineOfOnlyANumeralIsNotAnItem() {
            ChinaNotice n = ChinaNoticeParser.parse(with2026("度过节日假期。", "度过节日假期。\n八"), "t.txt");
            assertThat(n.schedule()).isEqualTo(Notices.parse("2026").schedule());
            assertThat(n.notes()).containsExactly("line 17: 鼓励单位和个人结合落实带薪年休假等制度,实际形成较长假期,推动错峰出行。");
        }

        @Test
        void aCountOfAOneDayGroupNamesTheDay() {
            assertThat(error(with2026("1月1日(周四)至3日(周六)放假调休,共3天", "1月1日(周四)放假,共2天"))).hasMessage(
                    "t.txt:10:17: expected 共N天 to count the days off 2026-01-01 (1), but was \"2天\"");
        }

        @Test
        void aFirstDateWithoutItsMonthIsRejected() {
            assertThat(error(with2026("1月1日(周四)至3日", "1日(周四)至3日"))).hasMessage(
                    "t.txt:10:6: expected a date with its month (…月…日), but was \"1日\"");
        }

        @Test
        void aWrittenYearOrMonthZeroIsNotLeftOut() {
            assertThat(error(with2026("1月1日(周四)至3日", "0000年1月1日(周四)至3日"))).hasMessage(
                    "t.txt:10:6: expected a date in the years 2025-2027 (the notice is for 2026), but was \"0000年1月1日\"");
            assertThat(error(with2026("1月1日(周四)至3日", "1月1日(周四)至0月3日"))).hasMessage(
                    "t.txt:10:15: expected a valid date, but was \"0月3日\"");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"初十", "十一", "廿", "廿九", "三十"})
        void aLunarDayAtTheEndsOfItsWordingIsRead(String day) {
            assertThat(error(with2026("2月28日(周六)", "2月28日(农历正月" + day + "、周六)"))).hasMessage(
                    "t.txt:11:63: expected the lunar date of 2026-02-28, which is lunar 2026-01-12, but was \"农历正月" + day + "\"");
        }

        @Test
        void theLunarRangeAfterARangeIsCheckedAtItsEnd() {
            assertThat(error(Notices.text("2007").replace("即农历大年初一至初七", "即农历大年初一至初八"))).hasMessage(
                    "t.txt:11:16: expected the lunar date of 2007-02-24, which is lunar 2007-01-07, but was \"即农历大年初一至初八\"");
        }

        @Test
        void anExtensionOfAnotherFestivalThanTheAmendmentsIsRejected() {
            assertThat(error(Notices.text("2020-amendment").replace("一、延长2020年春节假期", "一、延长2020年国庆节假期")))
                    .hasMessage("t.txt:10:3: expected the festival the amendment is about (春节), but was "
                            + "\"延长2020年国庆节假期至2月2日(农历正月初九,星期日)\"");
        }

        @Test
        void anExtensionInAnAmendmentThatNamesNoFestivalIsForTheFestivalItExtends() {
            ChinaNotice n = ChinaNoticeParser.parse(Notices.text("2020-amendment").replace("现将延长2020年春节假期", "现将延长2020年假期"),
                    "t.txt");
            assertThat(n.title()).isEqualTo("国务院办公厅关于延长2020年假期的通知");
            assertThat(n.items()).isEqualTo(Notices.parse("2020-amendment").items());
        }

        @Test
        void anExtensionWithoutTheDayWorkResumesIsRead() {
            ChinaNotice n = ChinaNoticeParser.parse(Notices.text("2020-amendment").replace(",2月3日(星期一)起正常上班", ""),
                    "t.txt");
            assertThat(n.items()).isEqualTo(Notices.parse("2020-amendment").items());
        }

        @Test
        void paragraphsNumberedBeyondTenAreNotes() {
            ChinaNotice n = ChinaNoticeParser.parse(with2026("10月10日(周六)上班。\n", "10月10日(周六)上班。\n八、甲。\n九、乙。\n"
                    + "十、丙。\n十一、"), "t.txt");
            assertThat(n.schedule()).isEqualTo(Notices.parse("2026").schedule());
            assertThat(n.notes()).containsExactly("line 17: 八、甲。", "line 18: 九、乙。", "line 19: 十、丙。",
                    "line 20: 十一、鼓励单位和个人结合落实带薪年休假等制度,实际形成较长假期,推动错峰出行。节假日期间,各地区、各部门要妥善"
                            + "安排好值班和安全、保卫、疫情防控等工作,遇有重大突发事件,要按规定及时报告并妥善处置,确保人民群众祥和平安度过节日假期。");
        }

        @Test
        void theClosingParagraphEndsALastItemWithoutMakeUpDay() {
            ChinaNotice n = ChinaNoticeParser.parse(with2026("9月20日(周日)、10月10日(周六)上班。", ""), "t.txt");
            assertThat(n.notes()).containsExactly("line 17: 鼓励单位和个人结合落实带薪年休假等制度,实际形成较长假期,推动错峰出行。");
            assertThat(n.items().get(6).makeupWorkdays()).isEmpty();
        }

        @Test
        void anAmendmentWithoutTheStatutoryDayOfItsFestivalIsRejected() {
            String text = Notices.text("2019-amendment").replace("5月1日至4日放假调休,共4天", "5月2日至4日放假调休,共3天");
            assertThat(error(text)).hasMessage("t.txt:11: expected the days off of 劳动节 to contain its statutory days "
                    + "under the regulation in force in 2019 (全国年节及纪念日放假办法（国务院令第644号修订，2013年12月11日公布，"
                    + "2014年1月1日起施行）): 2019-05-01; 2019-05-01 is not a day off, but was \"2019-05-02/2019-05-04\"");
        }
    }

    //-----------------------------------------------------------------------
    /** Where the closing paragraph starts, paragraph numbers past twenty, brackets, statutory days at the weekend. */
    @Nested
    class Paragraphs {

        private static final String RULE = "expected a date rule of a holiday notice (…放假, …上班, …补休, 共N天, …), but was ";

        @Test
        void aClosingSentenceBeforeTheDatesOfTheLastItemIsAnUnreadableRule() {
            assertThat(error(with2026("七、国庆节:", "七、国庆节:各单位要妥善安排。"))).hasMessage(
                    "t.txt:16:7: " + RULE + "\"各单位要妥善安排\"");
        }

        @Test
        void aClosingSentenceInAnItemBeforeTheLastIsAnUnreadableRule() {
            assertThat(error(with2026("1月4日(周日)上班。", "1月4日(周日)上班。各单位要妥善安排。"))).hasMessage(
                    "t.txt:10:41: " + RULE + "\"各单位要妥善安排\"");
        }

        @Test
        void aClosingSentenceAfterAnExtensionEndsTheAmendment() {
            String text = Notices.text("2020-amendment")
                    .replace("起正常上班。", "起正常上班。各地区、各部门要妥善安排好值班工作。")
                    .replace("二、各地大专院校、中小学、幼儿园推迟开学,具体时间由教育部门另行通知。\n", "")
                    .replace("三、因疫情防控不能休假的职工,应根据《中华人民共和国劳动法》规定安排补休,未休假期的工资报酬应按照有关政策保障落实。\n",
                            "");
            ChinaNotice n = ChinaNoticeParser.parse(text, "t.txt");
            assertThat(n.items()).isEqualTo(Notices.parse("2020-amendment").items());
            assertThat(n.notes()).isEmpty();
        }

        @Test
        void paragraphsNumberedBeyondTwentyAreNotes() {
            StringBuilder notes = new StringBuilder();
            String[] numbers = {"八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
            for (String number : numbers) {
                notes.append(number).append("、甲。\n");
            }
            ChinaNotice n = ChinaNoticeParser.parse(with2026("10月10日(周六)上班。\n", "10月10日(周六)上班。\n" + notes
                    + "二十一、"), "t.txt");
            assertThat(n.schedule()).isEqualTo(Notices.parse("2026").schedule());
            assertThat(n.notes()).hasSize(14).endsWith("line 29: 二十、甲。", "line 30: 二十一、鼓励单位和个人结合落实带薪年休假等制度,"
                    + "实际形成较长假期,推动错峰出行。节假日期间,各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作,遇有重大突发"
                    + "事件,要按规定及时报告并妥善处置,确保人民群众祥和平安度过节日假期。");
        }

        @Test
        void aParagraphWithANumberButNoDateIsANote() {
            ChinaNotice n = ChinaNoticeParser.parse(with2026("10月10日(周六)上班。\n", "10月10日(周六)上班。\n八、附件:2026年日历。\n九、"),
                    "t.txt");
            assertThat(n.schedule()).isEqualTo(Notices.parse("2026").schedule());
            assertThat(n.notes()).hasSize(2).startsWith("line 17: 八、附件:2026年日历。");
        }

        @Test
        void aStrayClosingBracketEndsNoSentence() {
            ChinaNotice n = ChinaNoticeParser.parse(with2026("带薪年休假等制度,", "带薪年休假等制度),"), "t.txt");
            assertThat(n.schedule()).isEqualTo(Notices.parse("2026").schedule());
            assertThat(n.notes()).containsExactly("line 17: 鼓励单位和个人结合落实带薪年休假等制度),实际形成较长假期,推动错峰出行。");
        }

        /** 2022-01-01, the one statutory day of 元旦 under the 2013 rules, is a Saturday. */
        @Test
        void aStatutoryDayOnTheWeekendRightBeforeTheBlockNeedNotBeADayOff() {
            ChinaNotice n = ChinaNoticeParser.parse(Notices.text("2022").replace("2022年1月1日至3日放假,共3天。",
                    "2022年1月3日放假,与周末连休。"), "t.txt");
            assertThat(n.items().get(0).daysOff()).containsExactly(LocalDate.of(2022, 1, 3));
            assertThat(n.items().get(0).statutoryDays()).containsExactly(LocalDate.of(2022, 1, 1));
        }

        @Test
        void aStatutoryDayOnTheWeekendThatIsAMakeUpDayIsRejected() {
            String text = Notices.text("2022").replace("2022年1月1日至3日放假,共3天。", "2022年1月3日放假,与周末连休。1月1日(星期六)上班。");
            assertThat(error(text)).hasMessage("t.txt:10: expected the days off of 元旦 to contain its statutory days "
                    + "under the regulation in force in 2022 (全国年节及纪念日放假办法（国务院令第644号修订，2013年12月11日公布，"
                    + "2014年1月1日起施行）): 2022-01-01; 2022-01-01 is not a day off, but was \"2022-01-03\"");
        }

        @Test
        void aSpringFestivalBlockWithoutTheSecondDayNamesIt() {
            assertThat(error(with2026("至23日(农历正月初七、周一)放假调休,共9天", "至17日放假调休,共3天"))).hasMessage(
                    "t.txt:11: expected the days off of 春节 to contain its statutory days under the regulation in force "
                            + "in 2026 (全国年节及纪念日放假办法（国务院令第795号修订，2024年11月10日公布，2025年1月1日起施行）): "
                            + "2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19; 2026-02-18 (正月初二) is not a day off, but was "
                            + "\"2026-02-15/2026-02-17\"");
        }
    }

    //-----------------------------------------------------------------------

    /** Random edits of every notice (left out of mutation testing: slow, and random). */
    @Nested
    class RandomEdits {

        /**
         * Mutates every notice at random (characters deleted, inserted, replaced or duplicated, lines
         * dropped or repeated) and checks that the parser returns a notice or throws a {@link
         * DataFileException} of bounded length, never anything else.
         */
        @Test
        void anyMutatedTextGivesANoticeOrADataFileException() {
            long seed = new Random().nextLong();
            Random random = new Random(seed);
            String alphabet = "0123456789年月日至—、,:;()。一二三四五六七八九十〇周星期放假调休上班补共天农历除夕初正腊国务院办公厅"
                    + "元旦春节清明劳动端午中秋庆与末连不公为法定其将\n ";
            int notices = 0;
            int errors = 0;
            for (int round = 0; round < 150; round++) {
                for (String name : Notices.FILES) {
                    String text = Notices.text(name);
                    StringBuilder sb = new StringBuilder(text);
                    int edits = 1 + random.nextInt(4);
                    for (int e = 0; e < edits; e++) {
                        int at = random.nextInt(sb.length() + 1);
                        char c = alphabet.charAt(random.nextInt(alphabet.length()));
                        switch (random.nextInt(6)) {
                            case 0 -> { if (at < sb.length()) { sb.deleteCharAt(at); } }
                            case 1 -> sb.insert(at, c);
                            case 2 -> { if (at < sb.length()) { sb.setCharAt(at, c); } }
                            case 3 -> { if (at < sb.length()) { sb.insert(at, sb.charAt(at)); } }
                            case 4 -> {
                                int nl = sb.indexOf("\n", at);
                                if (nl >= 0) {
                                    int start = sb.lastIndexOf("\n", Math.max(at - 1, 0)) + 1;
                                    sb.delete(start, nl + 1);
                                }
                            }
                            default -> {
                                int end = Math.min(sb.length(), at + random.nextInt(40));
                                sb.insert(at, sb.substring(at, end));
                            }
                        }
                    }
                    try {
                        ChinaNotice n = ChinaNoticeParser.parse(sb.toString(), name);
                        assertThat(n.items()).isNotEmpty();
                        notices++;
                    } catch (DataFileException e) {
                        assertThat(e.getMessage().length()).as("seed %s", seed).isLessThan(800);
                        errors++;
                    } catch (RuntimeException e) {
                        throw new AssertionError("seed " + seed + ", " + name + ": " + e + "\n" + sb, e);
                    }
                }
            }
            System.out.println("ChinaNoticeParserTest: seed " + seed + ", " + notices + " notices and " + errors
                    + " errors from mutated texts");
            assertThat(notices + errors).isEqualTo(150 * Notices.FILES.size());
        }
    }
}
