package dev.ashlar.cli;

import dev.ashlar.migration.Prompt;
import java.io.Console;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Asks codegen's yes/no questions on the terminal; end of input means "no answer". */
final class ConsolePrompt implements Prompt {
    private final Function<String, String> readLine;

    ConsolePrompt(Function<String, String> readLine) {
        this.readLine = readLine;
    }

    /** A prompt on the terminal, or {@link Prompt#none()} when there is no terminal to ask (CI, pipes). */
    static Prompt forTerminal() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return Prompt.none();
        }
        return new ConsolePrompt(question -> console.readLine("%s", question));
    }

    @Override
    public Optional<Boolean> confirm(String question) {
        String ask = question + " [y/n] ";
        for (int tries = 0; tries < 5; tries++) {
            String answer = readLine.apply(ask);
            if (answer == null) {
                return Optional.empty();
            }
            switch (answer.trim().toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> {
                    return Optional.of(true);
                }
                case "n", "no" -> {
                    return Optional.of(false);
                }
                default -> ask = "Please answer y or n. " + question + " [y/n] ";
            }
        }
        return Optional.empty();
    }

    /**
     * From Java 22 {@code System.console()} may return a console when input is redirected; {@code isTerminal()}
     * (Java 22+) then tells. On Java 21 a non-null console is a terminal.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
