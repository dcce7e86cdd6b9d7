package io.zhijian.performance;

/** Operational data was imported or the assessment rules changed: months' KPIs must be computed again. */
record MonthDataChanged() {
}
