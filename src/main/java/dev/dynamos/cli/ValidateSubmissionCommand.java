package dev.dynamos.cli;

import dev.dynamos.submission.LiveIds;
import dev.dynamos.submission.SubmissionValidation;
import dev.dynamos.submission.SubmissionValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dynamos validate-submission}: checks a submission CSV against Numerai's rules and the
 * current live ids. Exit 0 when valid (a summary, with any unknown ids, on stdout); exit 2 with one
 * line per broken rule on stderr otherwise.
 */
@Command(
        name = "validate-submission",
        mixinStandardHelpOptions = true,
        description = "Check a submission CSV (id,prediction) against Numerai's rules.")
public final class ValidateSubmissionCommand implements Callable<Integer> {

    @Option(names = "--submission", required = true, description = "The submission CSV file.")
    Path submission;

    @Option(
            names = "--live",
            required = true,
            description = "live.parquet or live.csv, or a dataset version folder holding one.")
    Path live;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Set<String> liveIds = LiveIds.read(live);
        SubmissionValidation validation = SubmissionValidator.validate(submission, liveIds);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : validation.warnings()) {
            out.println("warning: " + warning);
        }
        if (!validation.valid()) {
            validation.errors().forEach(error -> err.println("error: " + error));
            err.println(
                    "invalid: "
                            + submission
                            + " breaks "
                            + validation.errors().size()
                            + " rule(s)");
            err.flush();
            return DynamosCommand.EXIT_BAD_INPUT;
        }
        out.println(summary(validation, liveIds.size()));
        out.flush();
        return 0;
    }

    private String summary(SubmissionValidation validation, int liveCount) {
        return "valid: "
                + submission
                + " has "
                + validation.rows()
                + " rows covering all "
                + liveCount
                + " live ids; unknown ids: "
                + validation.unknownIds().size()
                + (validation.unknownIds().isEmpty() ? "" : " (listed in the warning above)");
    }
}
