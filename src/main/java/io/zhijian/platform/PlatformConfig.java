package io.zhijian.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Settings shared by every feature: where data lives and whether demo data is seeded. */
@ConfigMapping(prefix = "zhijian")
public interface PlatformConfig {

    /** Folder holding the H2 database, the Lucene index and the recordings. */
    @WithDefault("./data")
    Path dataDir();

    /** Seed the demo team and users (password "demo") at start-up; never on in production. */
    @WithDefault("false")
    boolean demoData();

    /** Load the seed scorecards and question banks after HTTP has opened (ready once they are in). */
    @WithDefault("true")
    boolean seedFilesInBackground();

    /**
     * How long after start-up the periodic jobs (deadline auto-submit, auto-QA and transcription polls, search index
     * commits) first run (read by their schedules). Their first runs load and compile code of their own; on a small
     * machine they would take processor time from the first requests, which matter more than a job that can wait.
     */
    @WithDefault("15s")
    String jobsFirstRunAfter();

    /** Encrypts login cookies. Generated once into {@code <data-dir>/session.key} unless set. */
    String sessionKey();
}
