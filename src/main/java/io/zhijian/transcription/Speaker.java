package io.zhijian.transcription;

/** Who is speaking in a transcript segment: mono recordings cannot tell, so their speech is UNKNOWN. */
public enum Speaker { AGENT, CUSTOMER, UNKNOWN }
