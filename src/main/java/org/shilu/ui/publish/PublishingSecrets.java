package org.shilu.ui.publish;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javafx.stage.Window;

import org.shilu.store.PublishProfile;
import org.shilu.store.Secrets;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;

/**
 * The publishing places' secrets for this run: remembered ones read from the owner-only secrets
 * file off the FX thread, the rest asked once, and those to be remembered written off the FX thread.
 */
final class PublishingSecrets {
    private final Window owner;
    private final Messages messages;
    private final UiThread uiThread;
    private final Secrets secrets;
    private final Consumer<String> status;
    private final Map<String, String> thisRun = new ConcurrentHashMap<>();

    PublishingSecrets(Window owner, Messages messages, UiThread uiThread, Path configFolder, Consumer<String> status) {
        this.owner = owner;
        this.messages = messages;
        this.uiThread = uiThread;
        this.secrets = new Secrets(configFolder);
        this.status = status;
    }

    /** Reads the remembered secrets of these places (off the FX thread), then hands the places back on it. */
    void load(List<PublishProfile> places, Runnable then) {
        uiThread.inBackground(() -> {
            Map<String, String> found = new HashMap<>();
            for (PublishProfile place : places) {
                secrets.get(place.secretName()).ifPresent(secret -> found.put(place.secretName(), secret));
            }
            return found;
        }, found -> {
            thisRun.putAll(found);
            then.run();
        }, failure -> then.run());
    }

    /** The secret a place needs before it starts (asked on the FX thread if not known), or null when not given. */
    String before(PublishProfile place) {
        if (!thisRun.containsKey(place.secretName())) {
            SecretDialog.ask(owner, messages, place, secrets.file()).ifPresent(given -> keep(place, given));
        }
        return thisRun.get(place.secretName());
    }

    /** A key file's passphrase, from a place's own thread: asked only when the key turns out to have one. */
    String passphrase(PublishProfile place) {
        String known = thisRun.get(place.secretName());
        if (known == null) {
            known = secrets.get(place.secretName()).orElse(null); // on the place's own thread
        }
        if (known != null) {
            thisRun.put(place.secretName(), known);
            return known;
        }
        try {
            uiThread.waitFor(() -> {
                SecretDialog.ask(owner, messages, place, secrets.file()).ifPresent(given -> keep(place, given));
                return null;
            }, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thisRun.get(place.secretName());
    }

    /** A secret given: kept for the run, and in the secrets file when it is to be remembered. */
    private void keep(PublishProfile place, SecretDialog.Given given) {
        thisRun.put(place.secretName(), given.secret());
        if (given.remember()) {
            uiThread.inBackground(() -> {
                secrets.remember(place.secretName(), given.secret());
                return null;
            }, written -> { }, failure -> status.accept(messages.text("publish.secret.notRemembered", secrets.file())));
        }
    }
}
