package io.zhijian.performance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Creates a month's row the first time anyone writes to the month. The insert runs in a transaction of its own so
 * that two first writers racing each other do not fail: the loser's insert is refused by the primary key, and both
 * then lock the one row.
 */
@ApplicationScoped
class PerformanceMonths {

    @Inject
    PerformanceMonths self;

    PerformanceMonth locked(String period) {
        if (PerformanceMonth.byPeriod(period).isEmpty()) {
            try {
                self.create(period);
            } catch (RuntimeException raced) {
                // another request created it first: fine, it exists now
            }
        }
        return PerformanceMonth.locked(period).orElseThrow();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void create(String period) {
        PerformanceMonth month = new PerformanceMonth();
        month.period = period;
        month.status = PerformanceMonth.Status.DRAFT;
        month.persist();
        PerformanceMonth.getEntityManager().flush();
    }
}
