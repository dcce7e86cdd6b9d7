package io.zhijian.identity;

/** What a user may do. A user may hold several roles. */
public enum Role {
    ADMIN, TRAINER, QA, LEAD,
    /** The project manager (项目经理 / 项目主管): every team's KPIs, reports and monthly assessment; scores nothing. */
    MANAGER,
    AGENT;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String QA_NAME = "QA";
    public static final String LEAD_NAME = "LEAD";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String AGENT_NAME = "AGENT";
}
