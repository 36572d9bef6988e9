package cn.jiedao.mediation.dispute;

import java.time.LocalDate;

/** The list's filters; null means any. {@code from}/{@code to} are inclusive days of receipt (Asia/Shanghai). */
public record DisputeFilter(DisputeStatus status, DisputeCategory category, IntakeChannel channel, String gridCode,
        LocalDate from, LocalDate to, Boolean overdue, Boolean needsClassification) {
}
