package io.zhijian.platform;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The message bundle in a given UI language, for texts produced outside templates. */
public final class Messages {

    private Messages() {
    }

    public static AppMessages of(String lang) {
        return Lang.ZH.equals(lang)
                ? MessageBundles.get(AppMessages.class, Localized.Literal.of(Lang.ZH))
                : MessageBundles.get(AppMessages.class);
    }
}
