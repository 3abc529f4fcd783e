package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForecastCommandTest {

    @Test
    void aTableOfTheForecastWithItsPrinciplesAndAmbiguousChoices() {
        CliRun r = CliRun.library("forecast", "--year", "2027");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("""
                forecast 2027: status FORECAST, principles PRINCIPLES_2025
                date        day  role            statutory  festivals
                2027-01-01  Fri  DAY_OFF         true       New Year's Day
                """).contains("2027-02-13  Sat  MAKEUP_WORKDAY  false      Spring Festival\n")
                .contains("ambiguous choices:\n  - labour-day: 5 days from 2027-05-01 ");
    }

    @Test
    void theScheduleAsJsonWithTheChoicesOnStandardError() {
        CliRun r = CliRun.library("forecast", "--year", "2027", "--format", "json");
        assertThat(r.out()).startsWith("{\n  \"format\": \"consularkit.cn-schedule/1\",\n  \"year\": 2027,\n");
        assertThat(r.err()).startsWith("consularkit forecast: ambiguous: labour-day: 5 days from 2027-05-01");
    }

    @Test
    void beforeThePrinciplesTheRegulationAlone() {
        CliRun r = CliRun.library("forecast", "--year", "2024", "--format", "csv");
        assertThat(r.out()).doesNotContain("MAKEUP_WORKDAY");
    }

    @Test
    void aYearOutsideTheCalendar() {
        CliRun r = CliRun.library("forecast", "--year", "2101");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit forecast: China's public holidays are known for the years 2000-2100; "
                + "year 2101 is outside that range\n");
    }

    @Test
    void daysAndHolidaysWithForecast() {
        CliRun days = CliRun.library("days", "--calendar", "cn", "--from", "2027-02-13", "--to", "2027-02-13",
                "--format", "csv", "--forecast");
        assertThat(days.out()).isEqualTo("date,type,names,status\n2027-02-13,MAKEUP_WORKDAY,Spring Festival,FORECAST\n");
        CliRun without = CliRun.library("days", "--calendar", "cn", "--from", "2027-02-13", "--to", "2027-02-13",
                "--format", "csv");
        assertThat(without.out()).isEqualTo("date,type,names,status\n2027-02-13,WEEKEND,,PROVISIONAL\n");
        CliRun us = CliRun.library("days", "--calendar", "us-federal", "--from", "2027-02-13", "--to", "2027-02-13",
                "--forecast");
        assertThat(us.status()).isEqualTo(2);
        assertThat(us.err()).isEqualTo("consularkit days: --forecast applies to the calendar cn only, not to 'us-federal'\n");
    }

    @Test
    void anExecutiveOrderClosingLoadedWithSchedule() {
        CliRun r = CliRun.library("days", "--calendar", "post:beijing", "--from", "2026-12-24", "--to", "2026-12-24",
                "--format", "json", "--schedule", "us-2026-closings-FIXTURE.json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"type\": \"CLOSURE\"").contains("https://example.org/consularkit/us-2026-closing-fixture");
    }
}
