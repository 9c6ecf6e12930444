package dev.dynamos.cli;

import dev.dynamos.experiment.RunProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a run's progress: a progress bar on stderr when a terminal is attached, plain log lines
 * otherwise (so that redirected output stays readable).
 */
final class ConsoleProgress implements RunProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleProgress.class);

    private final String task;
    private final boolean terminal;
    private ProgressBar bar;
    private int total;
    private int done;

    /** Creates a progress display named after the task. */
    ConsoleProgress(String task) {
        this.task = task;
        this.terminal = System.console() != null;
    }

    @Override
    public void start(int totalSteps) {
        total = totalSteps;
        if (terminal) {
            bar =
                    new ProgressBarBuilder()
                            .setTaskName(task)
                            .setInitialMax(totalSteps)
                            .setStyle(ProgressBarStyle.ASCII)
                            .build();
        }
    }

    @Override
    public void stepDone(String description) {
        done++;
        if (bar != null) {
            bar.setExtraMessage(description);
            bar.step();
        } else {
            LOG.info("{} step {}/{}: {}", task, done, total, description);
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
