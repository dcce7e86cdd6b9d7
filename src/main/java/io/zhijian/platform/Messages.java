package io.zhijian.platform;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.function.Function;

/** Message bundles in a given UI language, for texts produced outside templates. */
public final class Messages {

    private Messages() {
    }

    /** The shared bundle (layout, navigation, refusals common to several features). */
    public static AppMessages of(String lang) {
        return bundle(AppMessages.class, lang);
    }

    /** A feature's own bundle in the given language. */
    public static <B> B bundle(Class<B> bundle, String lang) {
        return Lang.ZH.equals(lang) ? MessageBundles.get(bundle, Localized.Literal.of(Lang.ZH))
                : MessageBundles.get(bundle);
    }

    /** A problem text from a feature's own bundle, in the language the problem is written in. */
    public static <B> Problem.Text text(Class<B> bundle, Function<B, String> message) {
        return m -> message.apply(bundle(bundle, m.langCode()));
    }
}
