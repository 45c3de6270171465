package org.shilu.media;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/** The sound inputs a recording can be made from: the studio feed comes in through one of them. */
public interface SoundInputs {
    /** An input by the name the operator picks it by, and how to get its line. */
    record Input(String name, Callable<TargetDataLine> line) {
    }

    List<Input> list();

    /**
     * The computer's inputs (Java Sound's mixers) that record in {@link Recorder#FORMAT}; and, with
     * {@code -Dshilu.soundInput.file=FILE.wav}, that file played in in real time (for benchmarks).
     */
    static SoundInputs system() {
        return () -> {
            DataLine.Info wanted = new DataLine.Info(TargetDataLine.class, Recorder.FORMAT);
            List<Input> inputs = new ArrayList<>();
            for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                Mixer mixer = AudioSystem.getMixer(info);
                if (mixer.isLineSupported(wanted)) {
                    inputs.add(new Input(info.getName(), () -> (TargetDataLine) mixer.getLine(wanted)));
                }
            }
            String file = System.getProperty("shilu.soundInput.file");
            if (file != null) {
                inputs.add(new Input("File " + java.nio.file.Path.of(file).getFileName(),
                        () -> FileInput.of(java.nio.file.Path.of(file), true).line()));
            }
            return inputs;
        };
    }
}
