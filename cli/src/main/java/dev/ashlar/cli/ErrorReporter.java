package dev.ashlar.cli;

import dev.ashlar.error.AshlarException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr and exit code 1. Ashlar's own errors already say what to do, so
 * their message is printed as is; anything else is prefixed with its type. The stack trace only with --verbose.
 * Everything goes through {@link Output}, which redacts the config's passwords and URL credentials.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        AshlarCli root = (AshlarCli) commandLine.getCommandSpec().root().userObject();
        Output err = root.err();
        Throwable cause = unwrap(ex);
        err.println("error: " + message(cause));
        if (verbose(parseResult)) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace.toString());
        } else if (!(cause instanceof CliException) && !(cause instanceof AshlarException)) {
            err.println("(run again with --verbose for the stack trace)");
        }
        err.flush();
        return 1;
    }

    static String message(Throwable t) {
        String message = t.getMessage() == null || t.getMessage().isBlank() ? "(no message)" : t.getMessage();
        if (t instanceof CliException || t instanceof AshlarException) {
            return message;
        }
        return t.getClass().getSimpleName() + ": " + message;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof ExceptionInInitializerError || current instanceof InvocationTargetException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
