package io.zhijian.transcription;

import java.nio.file.Path;

/** Where transcription finds a call's recording; the calls feature provides it. */
public interface CallAudioSource {

    /** @param agentChannelIndex 0 = left, 1 = right */
    record CallAudio(Path path, int agentChannelIndex) {
    }

    CallAudio audio(long callId);
}
