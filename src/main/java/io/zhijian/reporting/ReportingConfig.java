package io.zhijian.reporting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;

/** When the period reports are generated and when they are due (local time of the server). */
@ConfigMapping(prefix = "zhijian.reports")
public interface ReportingConfig {

    /**
     * The time, on the day after a period ends, the archive generates its report: yesterday's daily report every day,
     * last week's on Monday, last month's on the 1st.
     */
    @WithDefault("08:00")
    LocalTime generateAt();

    /** The deadline the same day: a report generated (or submitted) later counts as late in the on-time rate. */
    @WithDefault("09:00")
    LocalTime dueAt();

    /** How often the archive looks for reports to generate (read by its schedule). */
    @WithDefault("60s")
    String checkEvery();

    /** How long after start-up it first looks (read by its schedule). */
    @WithDefault("30s")
    String firstCheckAfter();
}
